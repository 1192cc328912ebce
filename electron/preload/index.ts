/**
 * Preload of every ReadyRoom window: exposes the host API as `window.readyroom`, generated
 * from the contract's keys, and nothing else; raw `ipcRenderer` never reaches the page.
 * Methods answer with a `HostReply` envelope; `renderer/bridge.ts` unwraps it.
 *
 * The audience window (the screen the whole room watches) gets only the read-only part of
 * the API, plus the keypad ballot the room casts there. The main process marks that window
 * with a command-line switch (window-options.ts), which the page cannot change, and enforces
 * the same subset on its side (host-ipc.ts); this only keeps the page from seeing methods it
 * could not use. One file for both windows: a sandboxed preload must be self-contained.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  assertHostEventName,
  audienceEventNames,
  audienceMethodNames,
  groupByNamespace,
  hostEventNames,
  hostMethodNames,
  type HostReply,
} from '../../shared/host-api/contract';
import { AUDIENCE_WINDOW_SWITCH, eventChannel, methodChannel } from '../../shared/host-api/define';

const isAudienceWindow = process.argv.includes(AUDIENCE_WINDOW_SWITCH);
const methodNames = isAudienceWindow ? audienceMethodNames : hostMethodNames;
const eventNames = isAudienceWindow ? audienceEventNames : hostEventNames;

const exposed = {
  ...groupByNamespace(
    (name) =>
      (input?: unknown): Promise<HostReply> =>
        ipcRenderer.invoke(methodChannel(name), input),
    methodNames,
  ),
  events: {
    on(name: string, listener: (payload: unknown) => void): () => void {
      assertHostEventName(name, eventNames);
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
