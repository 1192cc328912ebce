import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { isStateEvent, type HostEventName } from '../../shared/host-api/contract';
import { TOKEN_QUERY_PARAMETER } from '../../shared/host-api/loopback-http';
import { hostAllowed, originAllowed } from '../host/http/request-origin';
import type { Host } from '../host/create-host';
import { tokensMatch } from './access-token';

/** How long the browser shell waits for a closed tab to come back before closing the room. */
export const WINDOWS_GONE_AFTER_MS = 60_000;

/** The browser shell's WebSocket of host events, and its "windows gone" timer. */
export interface EventSocket {
  /** Takes an HTTP upgrade for the events path: checks Host, Origin and token, then accepts. */
  upgrade(request: http.IncomingMessage, socket: Duplex, head: Buffer): void;
  close(): void;
}

/**
 * Pushes every host event to every connected page. With no page connected for
 * `windowsGoneAfterMs` (every tab closed, not just reloaded), the host hears that its windows
 * are gone and closes the voting room.
 */
export function createEventSocket(options: {
  readonly host: Host;
  readonly token: string;
  readonly allowedHosts: () => ReadonlySet<string>;
  readonly allowedOrigins: () => ReadonlySet<string>;
  readonly windowsGoneAfterMs?: number;
}): EventSocket {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  let windowsGoneTimer: NodeJS.Timeout | undefined;
  // The latest message of each event that tells the current state of something. A page reads
  // that state, then opens its socket (later still if it is busy drawing its first screen),
  // and an event in between would be lost to it; a socket that reconnects has missed the ones
  // sent while it was away. So every new socket first gets these, and ends up current.
  const latestStates = new Map<HostEventName, string>();
  const unsubscribe = options.host.events.subscribe((name, payload) => {
    const message = JSON.stringify({ event: name, payload });
    if (isStateEvent(name)) latestStates.set(name, message);
    for (const client of sockets.clients) {
      if (client.readyState === client.OPEN) client.send(message);
    }
  });

  function accept(client: WebSocket, request: http.IncomingMessage): void {
    clearTimeout(windowsGoneTimer);
    client.on('close', () => {
      clearTimeout(windowsGoneTimer);
      if (sockets.clients.size > 0) return;
      windowsGoneTimer = setTimeout(() => {
        if (sockets.clients.size === 0) void options.host.windowsGone();
      }, options.windowsGoneAfterMs ?? WINDOWS_GONE_AFTER_MS);
      windowsGoneTimer.unref();
    });
    // The event socket only talks one way; anything a client sends is ignored.
    client.on('message', () => {});
    for (const message of latestStates.values()) client.send(message);
    sockets.emit('connection', client, request);
  }

  return {
    upgrade(request, socket, head) {
      const url = new URL(request.url ?? '/', 'http://loopback');
      const refuse = (status: number, reason: string) => {
        socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      };
      if (
        !hostAllowed(request, options.allowedHosts()) ||
        !originAllowed(request, options.allowedOrigins(), true)
      ) {
        return refuse(403, 'Forbidden');
      }
      if (!tokensMatch(options.token, url.searchParams.get(TOKEN_QUERY_PARAMETER))) {
        return refuse(401, 'Unauthorized');
      }
      sockets.handleUpgrade(request, socket, head, (client) => accept(client, request));
    },
    close() {
      clearTimeout(windowsGoneTimer);
      unsubscribe();
      for (const client of sockets.clients) client.terminate();
      sockets.close();
    },
  };
}
