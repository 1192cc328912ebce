import type { NetworkInterfaceInfo } from 'node:os';
import type { RoomAddress } from '../../../shared/host-api/voting-contract';
import { text } from '../../../shared/text';

/** The address that only this computer can reach. */
export const LOOPBACK_ROOM_ADDRESS: RoomAddress = {
  address: '127.0.0.1',
  label: text('host.voting.thisComputerOnly'),
  isPrivate: false,
};

/** Whether an IPv4 address is in a private LAN range (10/8, 172.16/12, 192.168/16). */
export function isPrivateIPv4(address: string): boolean {
  const parts = address.split('.').map((part) => (/^\d{1,3}$/.test(part) ? Number(part) : Number.NaN));
  if (parts.length !== 4 || parts.some((part) => !(part >= 0 && part <= 255))) return false;
  const [first, second] = parts as [number, number, number, number];
  return first === 10 || (first === 172 && second >= 16 && second <= 31) || (first === 192 && second === 168);
}

/**
 * The addresses the desktop app offers for the voting room, from `os.networkInterfaces()`:
 * this computer's IPv4 addresses on private LANs first (the first is preselected), then its
 * other external IPv4 addresses, then "this computer only". IPv6 is left out: phones
 * type or scan the address, and an IPv4 address is the one that reliably works on room Wi-Fi.
 */
export function listRoomAddresses(
  interfaces: Readonly<Record<string, readonly NetworkInterfaceInfo[] | undefined>>,
): RoomAddress[] {
  const privateAddresses: RoomAddress[] = [];
  const otherAddresses: RoomAddress[] = [];
  const seen = new Set<string>();
  for (const [name, entries] of Object.entries(interfaces)) {
    for (const entry of entries ?? []) {
      // Node 18.0–18.3 reported the family as a number.
      const family: unknown = entry.family;
      if ((family !== 'IPv4' && family !== 4) || entry.internal || seen.has(entry.address)) continue;
      seen.add(entry.address);
      const isPrivate = isPrivateIPv4(entry.address);
      (isPrivate ? privateAddresses : otherAddresses).push({
        address: entry.address,
        label: text('host.voting.networkAddress', { network: name, address: entry.address }),
        isPrivate,
      });
    }
  }
  return [...privateAddresses, ...otherAddresses, LOOPBACK_ROOM_ADDRESS];
}

/**
 * The address list of the browser shell: loopback unless `--room-host` names another
 * address (the room then listens there, e.g. for a rehearsal with real phones).
 */
export function browserShellRoomAddresses(roomHost: string | null): RoomAddress[] {
  if (roomHost === null || roomHost === LOOPBACK_ROOM_ADDRESS.address) return [LOOPBACK_ROOM_ADDRESS];
  return [
    {
      address: roomHost,
      label: text('host.voting.roomHostAddress', { address: roomHost }),
      isPrivate: isPrivateIPv4(roomHost),
    },
    LOOPBACK_ROOM_ADDRESS,
  ];
}
