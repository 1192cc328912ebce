import type { HostApi } from '../../shared/host-api/contract';
import { serialiseWorkshop } from '../../shared/workshop/file';
import type { Workshop } from '../../shared/workshop/workshop';
import { audienceScreenUrl } from '../bridge';

let audienceWindow: Window | null = null;

/**
 * Opens or closes the audience screen. The desktop shell opens its own window on the external
 * display; the browser shell leaves it to the page, which opens a separate browser window.
 */
export async function toggleAudienceWindow(
  host: HostApi,
  believedOpen: boolean,
): Promise<{ open: boolean; problem: string | null }> {
  const open = believedOpen && (audienceWindow === null || !audienceWindow.closed);
  if (open) {
    audienceWindow?.close();
    audienceWindow = null;
    await host.presentation.closeAudienceScreen();
    return { open: false, problem: null };
  }
  if (await host.presentation.openAudienceScreen()) return { open: true, problem: null };
  audienceWindow = window.open(audienceScreenUrl(), 'readyroom-audience', 'popup,width=1280,height=720');
  return audienceWindow === null
    ? {
        open: false,
        problem: 'The audience screen could not open. Allow pop-ups for this page and try again.',
      }
    : { open: true, problem: null };
}

/** Downloads a workshop as a `.readyroom` file (a copy; the library file is unchanged). */
export function downloadWorkshopCopy(workshop: Workshop, fileName: string): void {
  const blob = new Blob([serialiseWorkshop(workshop)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
