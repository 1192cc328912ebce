/**
 * The browser shell: `npm run serve`. Runs the same host services as the desktop app and
 * serves the built renderer to a browser on this computer only.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHost } from '../host/create-host';
import { REHEARSAL_ROOM_LIMITS } from '../host/voting/rehearsal-phones';
import { confSettingsFilePath, openConfSettingsFile } from '../host/conf-settings';
import { browserShellRoomAddresses } from '../host/voting/addresses';
import { parseServeArguments, SERVE_USAGE, ServeArgumentError } from './cli-arguments';
import { defaultBrowserShellDataDirectory, defaultLibraryFolder } from './data-directory';
import { startLoopbackServer } from './loopback-server';
import { openInSystemBrowser } from './open-browser';
import { text } from '../../shared/text';

declare const __APP_VERSION__: string;

async function main(): Promise<void> {
  const parsed = parseServeArguments(process.argv.slice(2), process.env);
  if (parsed.help) {
    console.log(SERVE_USAGE);
    return;
  }
  const dataDirectory = path.resolve(parsed.dataDirectory ?? defaultBrowserShellDataDirectory());
  mkdirSync(dataDirectory, { recursive: true });

  const rendererDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../renderer');
  const host = createHost({
    shell: 'browser',
    appName: 'ReadyRoom',
    version: __APP_VERSION__,
    openSettingsFile: () => openConfSettingsFile(dataDirectory),
    settingsFilePath: confSettingsFilePath(dataDirectory),
    defaultLibraryFolder:
      parsed.dataDirectory === null ? defaultLibraryFolder() : path.join(dataDirectory, 'workshops'),
    voting: {
      dataDirectory,
      rendererDirectory,
      listAddresses: () => browserShellRoomAddresses(parsed.roomHost),
      // Tests only: every browser context of an end-to-end test is 127.0.0.1, so the limits
      // that keep one address from crowding a real room are lifted (as for a rehearsal).
      roomLimits: process.env.READYROOM_TEST_SHARED_ADDRESS === '1' ? REHEARSAL_ROOM_LIMITS : undefined,
    },
  });
  const server = await startLoopbackServer({
    host,
    rendererDirectory,
    token: randomBytes(24).toString('base64url'),
    port: parsed.port,
  });

  console.log(text('host.serve.running'));
  console.log(server.url);
  console.log(text('host.serve.dataFolder', { path: dataDirectory }));
  if (parsed.open) openInSystemBrowser(server.url);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await host.dispose();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  if (error instanceof ServeArgumentError) {
    console.error(error.message);
  } else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    console.error(text('host.serve.portInUse'));
  } else {
    console.error(text('host.serve.couldNotStart'), error);
  }
  process.exit(1);
});
