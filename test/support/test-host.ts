import path from 'node:path';
import { buildHostApi, type HostApi } from '../../shared/host-api/contract';
import { dispatchHostCall } from '../../shared/host-api/dispatch';
import { HostError } from '../../shared/host-api/errors';
import { confSettingsFilePath, openConfSettingsFile } from '../../electron/host/conf-settings';
import { createHost, type Host } from '../../electron/host/create-host';

/** A real host (real conf settings file) in `dataDirectory`, as the browser shell builds it. */
export function createTestHost(dataDirectory: string, options: { now?: () => Date } = {}): Host {
  return createHost({
    ...options,
    defaultLibraryFolder: path.join(dataDirectory, 'workshops'),
    shell: 'browser',
    appName: 'ReadyRoom',
    version: '0.0.0-test',
    openSettingsFile: () => openConfSettingsFile(dataDirectory),
    settingsFilePath: confSettingsFilePath(dataDirectory),
  });
}

/**
 * The renderer-facing API over a real host, going through the same validation as both
 * transports but without a network hop: for renderer store tests.
 */
export function inProcessHostApi(host: Host): HostApi {
  return buildHostApi(
    async (name, input) => {
      try {
        return { ok: true, result: await dispatchHostCall(host.methods, name, input) };
      } catch (error) {
        const hostError = error instanceof HostError ? error : new HostError('internal', String(error));
        return { ok: false, error: hostError.toData() };
      }
    },
    (name, listener) =>
      host.events.subscribe((eventName, payload) => {
        if (eventName === name) listener(payload);
      }),
  );
}
