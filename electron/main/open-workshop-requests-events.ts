import { app } from 'electron';
import {
  workshopPathFromArgument,
  workshopPathsFromCommandLine,
  type WorkshopOpenRequests,
} from './open-workshop-requests';

/**
 * Collects the workshop files the operating system asks ReadyRoom to open (open-workshop-requests.ts
 * decides which arguments are files) and shows the facilitator window for them. Call it in
 * the instance that holds the single-instance lock, before the app is ready: macOS may send
 * `open-file` for the double-clicked file before `ready`.
 */
export function listenForWorkshopFiles(
  requests: WorkshopOpenRequests,
  showFacilitatorWindow: () => void,
): void {
  // Windows and Linux: the file is an argument of this, the first, launch.
  requests.request(workshopPathsFromCommandLine(process.argv, { workingDirectory: process.cwd() }));

  // macOS: Finder sends the file as an event, on launch and while running.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    const workshopPath = workshopPathFromArgument(filePath, { workingDirectory: process.cwd() });
    if (workshopPath !== null) requests.request([workshopPath]);
    if (app.isReady()) showFacilitatorWindow();
  });

  // Windows and Linux: a second launch (or a double-click while running) hands its command
  // line and working directory to us, then quits.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    requests.request(workshopPathsFromCommandLine(argv, { workingDirectory }));
    showFacilitatorWindow();
  });
}
