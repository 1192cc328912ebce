import http from 'node:http';
import type { RoomCheck } from '../../../shared/host-api/voting-contract';
import { text } from '../../../shared/text';
import { LOOPBACK_ROOM_ADDRESS } from './addresses';
import type { RoomServer } from './room-server';

/**
 * Asks the room for its phone page over the network, as a phone would, so the facilitator
 * knows before anyone tries that the address answers. A room on 127.0.0.1 answers too, but
 * only this computer can reach it: the message says so.
 */
export function checkRoomAnswers(server: RoomServer): Promise<RoomCheck> {
  const started = performance.now();
  return new Promise((resolve) => {
    const request = http.get(`${server.origin}/room/state`, { timeout: 3_000 }, (response) => {
      response.resume();
      const milliseconds = Math.max(1, Math.round(performance.now() - started));
      const ok = response.statusCode === 200;
      const loopback = server.address === LOOPBACK_ROOM_ADDRESS.address || server.address === '::1';
      resolve({
        reachable: ok,
        message: !ok
          ? text('host.roomCheck.answeredWithError', {
              address: server.address,
              status: String(response.statusCode ?? text('host.roomCheck.noStatus')),
            })
          : loopback
            ? text('host.roomCheck.thisComputerOnly', { milliseconds: String(milliseconds) })
            : text('host.roomCheck.answers', { address: server.address, milliseconds: String(milliseconds) }),
      });
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', () =>
      resolve({
        reachable: false,
        message: text('host.roomCheck.nothingAnswers', {
          address: server.address,
          port: String(server.port),
        }),
      }),
    );
  });
}
