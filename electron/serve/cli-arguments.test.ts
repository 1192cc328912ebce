import { describe, expect, it } from 'vitest';
import { parseServeArguments, ServeArgumentError } from './cli-arguments';

describe('parseServeArguments', () => {
  it('defaults to any free port and no data folder', () => {
    expect(parseServeArguments([])).toEqual({
      port: 0,
      dataDirectory: null,
      open: false,
      roomHost: null,
      help: false,
    });
  });

  it('reads --port, --data-dir, --open and --room-host in both spellings', () => {
    expect(
      parseServeArguments(['--port', '0', '--data-dir', '/tmp/x', '--open', '--room-host=127.0.0.2']),
    ).toEqual({
      port: 0,
      dataDirectory: '/tmp/x',
      open: true,
      roomHost: '127.0.0.2',
      help: false,
    });
    expect(parseServeArguments(['--port=8123']).port).toBe(8123);
  });

  it('takes the data folder from READYROOM_DATA_DIR unless --data-dir is given', () => {
    expect(parseServeArguments([], { READYROOM_DATA_DIR: '/env' }).dataDirectory).toBe('/env');
    expect(parseServeArguments(['--data-dir', '/flag'], { READYROOM_DATA_DIR: '/env' }).dataDirectory).toBe(
      '/flag',
    );
  });

  it('explains a bad port, a missing value and an unknown option', () => {
    expect(() => parseServeArguments(['--port', 'abc'])).toThrow(/whole number from 0 to 65535/);
    expect(() => parseServeArguments(['--port', '70000'])).toThrow(ServeArgumentError);
    expect(() => parseServeArguments(['--data-dir'])).toThrow(/--data-dir needs a value/);
    expect(() => parseServeArguments(['--data-dir', '--open'])).toThrow(/needs a value/);
    expect(() => parseServeArguments(['--verbose'])).toThrow(/does not know the option "--verbose"/);
  });
});
