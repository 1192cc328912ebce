/**
 * Which workshop files the operating system asks ReadyRoom to open, and holding those
 * requests until the facilitator window can take them. Pure apart from the file-exists check,
 * which callers may replace.
 *
 * How a double-clicked `.readyroom` file reaches the app:
 * - Windows and Linux: as a command-line argument, on the first launch (`process.argv`) or,
 *   when ReadyRoom already runs, forwarded to it by the `second-instance` event (with the
 *   second launch's working directory, against which relative paths are resolved).
 * - macOS: through the `open-file` event, which can fire before the app is ready.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The workshop file extension, as the file association registers it. */
export const WORKSHOP_FILE_EXTENSION = '.readyroom';

/** The parts of `node:path` the parsing needs; tests pass `path.win32` to check Windows paths. */
export type PathFlavour = Pick<typeof path, 'resolve' | 'extname'>;

export interface WorkshopArgumentOptions {
  /** Where the launch happened; relative arguments are resolved against it. */
  readonly workingDirectory: string;
  /** True when the path names an existing regular file. Defaults to a `stat` of the disk. */
  readonly isFile?: (filePath: string) => boolean;
  /** Path rules of the platform; `node:path` of this machine by default. */
  readonly pathFlavour?: PathFlavour;
}

function isExistingFile(filePath: string): boolean {
  try {
    return statSync(filePath).isFile();
  } catch {
    return false;
  }
}

/** A `file://` URL as Linux desktop environments pass it (`Exec=… %U`), else the text itself. */
function withoutFileUrl(argument: string): string | null {
  if (!/^file:/i.test(argument)) return argument;
  try {
    return fileURLToPath(argument);
  } catch {
    return null;
  }
}

/**
 * The absolute path of the workshop file one argument names, or null when it names none: a
 * switch, the executable or app folder, a file of another kind, or a file that does not exist.
 */
export function workshopPathFromArgument(argument: string, options: WorkshopArgumentOptions): string | null {
  const flavour = options.pathFlavour ?? path;
  const isFile = options.isFile ?? isExistingFile;
  const candidate = withoutFileUrl(argument.trim());
  if (candidate === null || candidate === '') return null;
  if (flavour.extname(candidate).toLowerCase() !== WORKSHOP_FILE_EXTENSION) return null;
  const absolute = flavour.resolve(options.workingDirectory, candidate);
  return isFile(absolute) ? absolute : null;
}

/**
 * The workshop files named on a command line, in order, each once. Switches (`-x`, `--x`,
 * `--x=y`, Chromium's own such as `--original-process-start-time=…`, macOS's `-psn_…`) are
 * skipped; after a bare `--`, every argument is a path even if it starts with a dash. The
 * executable and the app folder never end in `.readyroom`, so no position needs skipping —
 * which matters because Electron may reorder arguments it forwards to `second-instance`.
 */
export function workshopPathsFromCommandLine(
  argv: readonly string[],
  options: WorkshopArgumentOptions,
): string[] {
  const found: string[] = [];
  let switchesEnded = false;
  for (const argument of argv) {
    if (!switchesEnded && argument === '--') {
      switchesEnded = true;
      continue;
    }
    if (!switchesEnded && argument.startsWith('-')) continue;
    const workshopPath = workshopPathFromArgument(argument, options);
    if (workshopPath !== null && !found.includes(workshopPath)) found.push(workshopPath);
  }
  return found;
}

/**
 * Holds "open this workshop" requests until a receiver (the loaded facilitator window) is
 * attached, then hands them over in order. A request arriving while a receiver is attached
 * goes straight through; one the receiver cannot take (it returns false) waits for the next.
 */
export class WorkshopOpenRequests {
  #pending: string[] = [];
  #receiver: ((workshopPath: string) => boolean) | null = null;

  /** Asks for workshops to be opened, now if a receiver is attached, else once one is. */
  request(workshopPaths: readonly string[]): void {
    for (const workshopPath of workshopPaths) {
      if (!this.#pending.includes(workshopPath)) this.#pending.push(workshopPath);
    }
    this.#flush();
  }

  /** Starts delivering to `receiver`, beginning with everything that waited. */
  attach(receiver: (workshopPath: string) => boolean): void {
    this.#receiver = receiver;
    this.#flush();
  }

  /** Stops delivering (the window is reloading or closed); new requests wait again. */
  detach(): void {
    this.#receiver = null;
  }

  /** The requests still waiting, oldest first. */
  get pending(): readonly string[] {
    return [...this.#pending];
  }

  #flush(): void {
    while (this.#receiver !== null && this.#pending.length > 0) {
      const next = this.#pending[0] as string;
      if (!this.#receiver(next)) return;
      this.#pending.shift();
    }
  }
}
