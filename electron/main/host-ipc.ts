import { ipcMain, webContents, type IpcMainInvokeEvent } from 'electron';
import { eventChannel, methodChannel } from '../../shared/host-api/define';
import { hostMethodNames } from '../../shared/host-api/contract';
import { dispatchHostCall } from '../../shared/host-api/dispatch';
import { HostError } from '../../shared/host-api/errors';
import type { Host } from '../host/create-host';
import { isTrustedSenderFrame } from './url-policy';

/** The reply envelope; IPC drops custom error fields, so errors travel as data. */
import type { HostReply } from '../../shared/host-api/contract';
type IpcReply = HostReply;

function senderOf(event: IpcMainInvokeEvent) {
  const frame = event.senderFrame;
  return frame === null ? null : { url: frame.url, isTop: frame.parent === null };
}

/**
 * Binds every contract method to `ipcMain.handle` on its derived channel. Each call is
 * refused unless it comes from the top frame of our own page, and its argument is
 * validated against the contract before the host sees it.
 */
export function registerHostIpc(host: Host, trustedOrigins: readonly string[]): () => void {
  for (const name of hostMethodNames) {
    ipcMain.handle(methodChannel(name), async (event, input: unknown): Promise<IpcReply> => {
      if (!isTrustedSenderFrame(senderOf(event), trustedOrigins)) {
        return {
          ok: false,
          error: new HostError(
            'forbidden',
            'ReadyRoom refused a request from a page that is not its own.',
          ).toData(),
        };
      }
      try {
        return { ok: true, result: await dispatchHostCall(host.methods, name, input) };
      } catch (error) {
        const hostError =
          error instanceof HostError ? error : new HostError('internal', 'Something went wrong.');
        return { ok: false, error: hostError.toData() };
      }
    });
  }
  const unsubscribe = host.events.subscribe((name, payload) => {
    for (const contents of webContents.getAllWebContents()) {
      if (!contents.isDestroyed() && trustedOrigins.some((origin) => contents.getURL().startsWith(origin))) {
        contents.send(eventChannel(name), payload);
      }
    }
  });
  return () => {
    unsubscribe();
    for (const name of hostMethodNames) ipcMain.removeHandler(methodChannel(name));
  };
}
