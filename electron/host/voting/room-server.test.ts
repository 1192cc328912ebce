import { describe, expect, it } from 'vitest';
import { startRoomServer, tidyName, type RoomHandlers } from './room-server';

const handlers: RoomHandlers = {
  phoneRound: () => null,
  castBallot: async () => null,
  onDevicesChange: () => undefined,
};

describe('the room server', () => {
  it('never listens on every address at once', async () => {
    for (const address of ['0.0.0.0', '::', '']) {
      await expect(
        startRoomServer({ address, code: 'K7PX2M', namedVoting: false, participantFiles: null, handlers }),
      ).rejects.toThrow(/one chosen address/);
    }
  });

  it('listens on the address it is given, on a free port, and stops', async () => {
    const server = await startRoomServer({
      address: '127.0.0.1',
      code: 'K7PX2M',
      namedVoting: false,
      participantFiles: null,
      handlers,
    });
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.joinUrl).toBe(`http://127.0.0.1:${server.port}/join?code=K7PX2M`);
    expect(server.port).toBeGreaterThan(0);
    await server.close();
    await server.close();
  });

  it('tidies names: invisible and direction characters gone, spaces collapsed', () => {
    expect(tidyName('  Ada\u0000  Lovelace\n')).toBe('Ada Lovelace');
    expect(tidyName('Ada\nLovelace')).toBe('Ada Lovelace');
    expect(tidyName('\u202eevil\u202c name\u200b')).toBe('evil name');
    expect(tidyName('Zoë Ñúñez')).toBe('Zoë Ñúñez');
    expect(tidyName('\u0007\u200d ')).toBe('');
  });
});
