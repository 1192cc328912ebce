import { ipcMain, webContents, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { eventChannel, methodChannel } from '../../shared/host-api/define';
import {
  audienceEventNames,
  audienceMethodNames,
  hostMethodNames,
  type HostEventName,
  type HostMethodName,
} from '../../shared/host-api/contract';
import { dispatchHostCall } from '../../shared/host-api/dispatch';
import { HostError } from '../../shared/host-api/errors';
import { text } from '../../shared/text';
import { failureReply, replyTo, type HostReply } from '../../shared/host-api/host-reply';
import type { Host } from '../host/create-host';
import { isTrustedSenderFrame, originOf } from './url-policy';

/** How the desktop shell binds the host to IPC. */
export interface HostIpcOptions {
  /** The exact origins of our own pages (`app://readyroom`, or the dev server's). */
  readonly trustedOrigins: readonly string[];
  /**
   * True for the one window that gets the whole host API: the facilitator's. Every other
   * window (the audience screen) gets only the audience's part, so a window nobody told us
   * about can change nothing.
   */
  readonly hasFullAccess: (contents: WebContents) => boolean;
}

const audienceMethods: ReadonlySet<HostMethodName> = new Set(audienceMethodNames);
const audienceEvents: ReadonlySet<HostEventName> = new Set(audienceEventNames);

function senderOf(event: IpcMainInvokeEvent) {
  const frame = event.senderFrame;
  return frame === null ? null : { url: frame.url, isTop: frame.parent === null };
}

function refusal(message: string): HostReply {
  return failureReply(new HostError('forbidden', message));
}

/**
 * Binds every contract method to `ipcMain.handle` on its derived channel. Each call is
 * refused unless it comes from the top frame of our own page, and (outside the facilitator's
 * window) unless the method is one the audience screen may call; only then is its argument
 * validated against the contract, and only a valid argument reaches the host. Events go to
 * our own pages only, matched by exact origin, each window hearing only what it may.
 */
export function registerHostIpc(host: Host, options: HostIpcOptions): () => void {
  const { trustedOrigins, hasFullAccess } = options;
  for (const name of hostMethodNames) {
    ipcMain.handle(methodChannel(name), async (event, input: unknown): Promise<HostReply> => {
      // Both checks come before the argument is looked at: a foreign page gets nothing parsed.
      if (!isTrustedSenderFrame(senderOf(event), trustedOrigins)) {
        return refusal(text('host.desktop.foreignPage'));
      }
      if (!hasFullAccess(event.sender) && !audienceMethods.has(name)) {
        return refusal(text('host.desktop.audienceReadOnly'));
      }
      return replyTo(() => dispatchHostCall(host.methods, name, input));
    });
  }
  const unsubscribe = host.events.subscribe((name, payload) => {
    for (const contents of webContents.getAllWebContents()) {
      if (contents.isDestroyed()) continue;
      const origin = originOf(contents.getURL());
      if (origin === null || !trustedOrigins.includes(origin)) continue;
      if (!hasFullAccess(contents) && !audienceEvents.has(name)) continue;
      contents.send(eventChannel(name), payload);
    }
  });
  return () => {
    unsubscribe();
    for (const name of hostMethodNames) ipcMain.removeHandler(methodChannel(name));
  };
}
