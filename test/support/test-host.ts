import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHostApi, type HostApi } from '../../shared/host-api/contract';
import { dispatchHostCall } from '../../shared/host-api/dispatch';
import { replyTo } from '../../shared/host-api/host-reply';
import { confSettingsFilePath, openConfSettingsFile } from '../../electron/host/conf-settings';
import { createHost, type Host, type HostOptions } from '../../electron/host/create-host';
import { LOOPBACK_ROOM_ADDRESS } from '../../electron/host/voting/addresses';

/**
 * The built renderer (`npm run build`); the voting room serves the participant page from it.
 * (A string, not a `URL`: under jsdom the global `URL` is jsdom's, which Node's
 * `fileURLToPath` refuses.)
 */
const BUILT_RENDERER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../out/renderer');

/**
 * A real host (real conf settings file) in `dataDirectory`, as the browser shell builds it.
 * Its voting room listens on loopback only.
 */
export function createTestHost(
  dataDirectory: string,
  options: { now?: () => Date; voting?: Partial<HostOptions['voting']> } = {},
): Host {
  return createHost({
    ...options,
    voting: {
      dataDirectory,
      rendererDirectory: BUILT_RENDERER,
      listAddresses: () => [LOOPBACK_ROOM_ADDRESS],
      ...options.voting,
    },
    defaultLibraryFolder: path.join(dataDirectory, 'workshops'),
    shell: 'browser',
    appName: 'ReadyRoom',
    version: '0.0.0-test',
    openSettingsFile: () => openConfSettingsFile(dataDirectory),
    settingsFilePath: confSettingsFilePath(dataDirectory),
  });
}

/**
 * The renderer-facing API over a real host, going through the same validation and the same
 * reply envelope as both transports but without a network hop: for renderer store tests.
 */
export function inProcessHostApi(host: Host): HostApi {
  return buildHostApi(
    (name, input) => replyTo(() => dispatchHostCall(host.methods, name, input)),
    (name, listener) =>
      host.events.subscribe((eventName, payload) => {
        if (eventName === name) listener(payload);
      }),
  );
}
