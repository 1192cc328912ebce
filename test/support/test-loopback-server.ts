import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Host } from '../../electron/host/create-host';
import { startLoopbackServer, type LoopbackServer } from '../../electron/serve/loopback-server';
import { makeTemporaryDirectory } from './temporary-directory';
import { createTestHost } from './test-host';

/** A running browser-shell server for a test, and how to take it down. */
export interface TestLoopbackServer {
  readonly server: LoopbackServer;
  /** The real host it serves (its data lives under {@link root}). */
  readonly host: Host;
  /** The temporary folder holding `renderer/` (what the server serves) and `data/` (the host's). */
  readonly root: string;
  stop(): Promise<void>;
}

/**
 * The real browser-shell server on 127.0.0.1 (any free port) over a real host in a
 * temporary folder. `fillRenderer` may put files in the served folder before it starts.
 */
export async function startTestLoopbackServer(
  token: string,
  fillRenderer: (rendererDirectory: string) => void = () => {},
  options: { readonly windowsGoneAfterMs?: number } = {},
): Promise<TestLoopbackServer> {
  const directory = makeTemporaryDirectory();
  const rendererDirectory = path.join(directory.path, 'renderer');
  mkdirSync(rendererDirectory, { recursive: true });
  fillRenderer(rendererDirectory);
  const host = createTestHost(path.join(directory.path, 'data'));
  const server = await startLoopbackServer({ host, rendererDirectory, token, port: 0, ...options });
  return {
    server,
    host,
    root: directory.path,
    stop: async () => {
      await server.close();
      await host.dispose();
      directory.remove();
    },
  };
}
