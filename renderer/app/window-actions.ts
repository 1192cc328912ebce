import type { HostApi } from '../../shared/host-api/contract';
import type { Workshop } from '../../shared/workshop/workshop';
import { audienceScreenUrl } from '../bridge';
import { text } from '../../shared/text';

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
        problem: text('app.audienceBlocked'),
      }
    : { open: true, problem: null };
}

/** Hands a file to the browser's download (used for exports in the browser shell). */
export function downloadBase64(base64: string, fileName: string, mimeType: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  downloadBlob(new Blob([bytes], { type: mimeType }), fileName);
}

function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads a workshop as a `.readyroom` file (a copy; the library file is unchanged). */
export async function downloadWorkshopCopy(workshop: Workshop, fileName: string): Promise<void> {
  // The file writer pulls in the schemas; load it only when someone exports.
  const { serialiseWorkshop } = await import('../../shared/workshop/file');
  downloadBlob(new Blob([serialiseWorkshop(workshop)], { type: 'application/json' }), fileName);
}
