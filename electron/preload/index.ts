/**
 * Preload: exposes the host API as `window.readyroom`, generated from the contract's keys,
 * and nothing else. Raw `ipcRenderer` never reaches the page. Methods answer with a
 * `HostReply` envelope; `renderer/bridge.ts` unwraps it into values or `HostError`s.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { assertHostEventName, groupByNamespace, type HostReply } from '../../shared/host-api/contract';
import { eventChannel, methodChannel } from '../../shared/host-api/define';

const exposed = {
  ...groupByNamespace(
    (name) =>
      (input?: unknown): Promise<HostReply> =>
        ipcRenderer.invoke(methodChannel(name), input),
  ),
  events: {
    on(name: string, listener: (payload: unknown) => void): () => void {
      assertHostEventName(name);
      const channel = eventChannel(name);
      const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, handler);
      return () => {
        ipcRenderer.removeListener(channel, handler);
      };
    },
  },
};

contextBridge.exposeInMainWorld('readyroom', exposed);
