import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readStaticFile } from '../../electron/serve/static-files';

/** A running {@link startStaticServer}. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Serves the files under `root` on 127.0.0.1 at a free port, for baseline pages. It uses
 * the browser shell's own file resolver (same content types, same refusal of paths that
 * escape `root`) so a baseline is served no faster or slower than the app.
 */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://loopback').pathname;
    readStaticFile(root, pathname)
      .then((file) => {
        if (file === null) {
          response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
          return;
        }
        response.writeHead(200, {
          'Content-Type': file.contentType,
          'Content-Length': file.body.length,
          'Cache-Control': 'no-cache',
        });
        response.end(request.method === 'HEAD' ? undefined : file.body);
      })
      .catch((error: unknown) => {
        response.writeHead(500).end(String(error));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  };
}
