/**
 * Preload of every ReadyRoom window: exposes the host API as `window.readyroom`, and nothing
 * else: `invoke(name, input)` for a contract method and `events.on(name, listener)` for a
 * contract event. Raw `ipcRenderer` never reaches the page: only names from the contract's
 * lists pass, each to the IPC channel derived from it (anything else is answered without a
 * message to the main process). Methods answer with the `HostReply` envelope; the renderer's
 * contract-generated proxy (`shared/host-api/host-api-proxy.ts`, used by `renderer/bridge.ts`)
 * groups them by namespace and unwraps the replies.
 *
 * The audience window (the screen the whole room watches) gets only the read-only part of
 * the API, plus the keypad ballot the room casts there. The main process marks that window
 * with a command-line switch (window-options.ts), which the page cannot change, and enforces
 * the same subset on its side (host-ipc.ts); this only keeps the page from reaching methods it
 * could not use. One file for both windows: a sandboxed preload must be self-contained.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  assertHostEventName,
  audienceEventNames,
  audienceMethodNames,
  hostEventNames,
  hostMethodNames,
} from '../../shared/host-api/contract';
import { AUDIENCE_WINDOW_SWITCH, eventChannel, methodChannel } from '../../shared/host-api/define';
import type { HostReply } from '../../shared/host-api/host-reply';
import type { ExposedHost } from '../../shared/host-api/exposed-host';

const isAudienceWindow = process.argv.includes(AUDIENCE_WINDOW_SWITCH);
const methodNames: ReadonlySet<string> = new Set(isAudienceWindow ? audienceMethodNames : hostMethodNames);
const eventNames = isAudienceWindow ? audienceEventNames : hostEventNames;

const exposed: ExposedHost = {
  invoke(name: string, input?: unknown): Promise<HostReply> {
    if (typeof name !== 'string' || !methodNames.has(name)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown-method', message: `This window of ReadyRoom cannot call ${String(name)}.` },
      });
    }
    return ipcRenderer.invoke(methodChannel(name), input) as Promise<HostReply>;
  },
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
