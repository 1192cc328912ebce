/**
 * The room's live channel: one WebSocket per phone at `/room/live?token=…` that only ever
 * tells the phone to look again ("changed") or that the room closed. A heartbeat drops the
 * sockets of phones whose Wi-Fi went, so the facilitator's count of connected phones is true.
 */
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { clientAddress } from '../http/request-origin';
import type { RoomGuards } from './room-guards';
import type { RoomPush } from './room-request-schemas';

/** The path of the live channel. */
export const LIVE_PATH = '/room/live';

/** What the live channel needs from the server around it. */
export interface RoomLiveOptions extends RoomGuards {
  readonly closing: () => boolean;
}

/** The running live channel. */
export interface RoomLive {
  /** Handles an HTTP upgrade request (the server's 'upgrade' event). */
  upgrade(request: http.IncomingMessage, socket: Duplex, head: Buffer): void;
  push(message: RoomPush): void;
  /** Says goodbye to every phone (waiting a moment for them to close politely), then cuts what is left. */
  close(): Promise<void>;
}

const REASONS: Readonly<Record<number, string>> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  421: 'Misdirected Request',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

/** Starts the live channel (and its heartbeat). */
export function startRoomLive(options: RoomLiveOptions): RoomLive {
  const { limits, admission } = options;
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1024, perMessageDeflate: false });
  const socketsByDevice = new Map<string, Set<WebSocket>>();
  const liveSockets = new WeakSet<WebSocket>();

  function accept(client: WebSocket, deviceId: string): void {
    // Released in the instant between the check and the upgrade: the phone reconnects.
    if (!admission.devices.socketOpened(deviceId)) {
      client.terminate();
      return;
    }
    let own = socketsByDevice.get(deviceId);
    if (own === undefined) {
      own = new Set();
      socketsByDevice.set(deviceId, own);
    }
    // A phone that reconnects keeps its newest connections; the oldest one goes.
    for (const old of own) {
      if (own.size < limits.socketsPerDevice) break;
      // Its 'close' handler (below) tells the devices it went.
      old.terminate();
      own.delete(old);
    }
    own.add(client);
    liveSockets.add(client);
    // Phones only listen; anything they send is ignored.
    client.on('message', () => undefined);
    client.on('pong', () => {
      liveSockets.add(client);
      admission.devices.touch(deviceId);
    });
    client.on('error', () => client.terminate());
    client.on('close', () => {
      const set = socketsByDevice.get(deviceId);
      set?.delete(client);
      if (set !== undefined && set.size === 0) socketsByDevice.delete(deviceId);
      admission.devices.socketClosed(deviceId);
    });
  }

  const heartbeat = setInterval(() => {
    for (const client of sockets.clients) {
      if (!liveSockets.has(client)) {
        client.terminate();
        continue;
      }
      liveSockets.delete(client);
      client.ping();
    }
  }, limits.pingIntervalMs);
  heartbeat.unref();

  function push(message: RoomPush): void {
    const text = JSON.stringify(message);
    for (const client of sockets.clients) {
      if (client.readyState === client.OPEN) client.send(text);
    }
  }

  return {
    upgrade(request, socket, head) {
      socket.on('error', () => socket.destroy());
      const refuse = (status: number) => {
        socket.end(
          `HTTP/1.1 ${status} ${REASONS[status] ?? 'Unauthorized'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
        );
      };
      let url: URL;
      try {
        url = new URL(request.url ?? '/', 'http://room.invalid');
      } catch {
        return refuse(404);
      }
      if (options.closing()) return refuse(503);
      if (!options.hostAllowed(request)) return refuse(421);
      if (url.pathname !== LIVE_PATH) return refuse(404);
      if (!options.originAllowed(request)) return refuse(403);
      const address = clientAddress(request);
      if (!options.perAddress.take(address)) return refuse(429);
      const device = admission.authenticate(url.searchParams.get('token'), address);
      if ('status' in device)
        return refuse(device.status === 429 || device.status === 503 ? device.status : 401);
      sockets.handleUpgrade(request, socket, head, (client: WebSocket) => accept(client, device.deviceId));
    },
    push,
    async close() {
      clearInterval(heartbeat);
      push({ type: 'room-closed' });
      // Give phones a moment to hear "room closed" and close politely, then cut what is left.
      const clients = [...sockets.clients];
      const goodbyes = Promise.all(
        clients.map((client) => new Promise<void>((resolve) => client.once('close', () => resolve()))),
      );
      for (const client of clients) client.close(1001, 'The voting room has closed');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([goodbyes, new Promise<void>((resolve) => (timer = setTimeout(resolve, 500)))]);
      clearTimeout(timer);
      for (const client of sockets.clients) client.terminate();
      sockets.close();
    },
  };
}
