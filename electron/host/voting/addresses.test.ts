import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import {
  browserShellRoomAddresses,
  isPrivateIPv4,
  listRoomAddresses,
  LOOPBACK_ROOM_ADDRESS,
} from './addresses';

function ipv4(address: string, internal = false): NetworkInterfaceInfo {
  return {
    address,
    netmask: '255.255.255.0',
    family: 'IPv4',
    mac: '00:00:00:00:00:00',
    internal,
    cidr: null,
  };
}

describe('room addresses', () => {
  it('knows the private LAN ranges', () => {
    for (const address of ['10.0.0.5', '172.16.0.1', '172.31.255.254', '192.168.1.20']) {
      expect(isPrivateIPv4(address)).toBe(true);
    }
    for (const address of [
      '172.15.0.1',
      '172.32.0.1',
      '8.8.8.8',
      '127.0.0.1',
      '169.254.1.1',
      '192.169.0.1',
      '10.0.0',
      'x',
    ]) {
      expect(isPrivateIPv4(address)).toBe(false);
    }
  });

  it('lists private LAN addresses first (the first is preselected), then others, then this computer only', () => {
    const addresses = listRoomAddresses({
      lo: [ipv4('127.0.0.1', true)],
      docker0: [ipv4('203.0.113.9')],
      'Wi-Fi': [
        ipv4('192.168.1.20'),
        {
          address: 'fe80::1',
          netmask: 'ffff:ffff:ffff:ffff::',
          family: 'IPv6',
          mac: '00:00:00:00:00:00',
          internal: false,
          cidr: null,
          scopeid: 1,
        },
      ],
      Ethernet: [ipv4('10.1.2.3')],
    });
    expect(addresses).toEqual([
      { address: '192.168.1.20', label: 'Wi-Fi (192.168.1.20)', isPrivate: true },
      { address: '10.1.2.3', label: 'Ethernet (10.1.2.3)', isPrivate: true },
      { address: '203.0.113.9', label: 'docker0 (203.0.113.9)', isPrivate: false },
      LOOPBACK_ROOM_ADDRESS,
    ]);
  });

  it('offers this computer only when there is no network', () => {
    expect(listRoomAddresses({})).toEqual([LOOPBACK_ROOM_ADDRESS]);
    expect(listRoomAddresses({ lo: [ipv4('127.0.0.1', true)], eth0: undefined })).toEqual([
      LOOPBACK_ROOM_ADDRESS,
    ]);
  });

  it('gives the browser shell loopback unless --room-host names another address', () => {
    expect(browserShellRoomAddresses(null)).toEqual([LOOPBACK_ROOM_ADDRESS]);
    expect(browserShellRoomAddresses('127.0.0.1')).toEqual([LOOPBACK_ROOM_ADDRESS]);
    expect(browserShellRoomAddresses('192.168.1.20')[0]).toEqual({
      address: '192.168.1.20',
      label: '192.168.1.20 (from --room-host)',
      isPrivate: true,
    });
  });
});
