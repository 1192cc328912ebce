import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '../../../shared/workshop/ids';
import { createDeviceTokens } from './device-tokens';

describe('device tokens', () => {
  it('verify to the device they were issued for', () => {
    const tokens = createDeviceTokens();
    const issued = tokens.issue();
    expect(tokens.verify(issued.token)).toBe(issued.deviceId);
    // Device ids end up in the workshop document as anonymous voter ids.
    expect(issued.deviceId).toMatch(ID_PATTERN);
    expect(tokens.issue().deviceId).not.toBe(issued.deviceId);
  });

  it('refuse a token with any character changed (forgery)', () => {
    const tokens = createDeviceTokens();
    const { token } = tokens.issue();
    const alphabet = '0123456789abcdefABCDEF-_.';
    fc.assert(
      fc.property(fc.nat(token.length - 1), fc.constantFrom(...alphabet), (position, replacement) => {
        fc.pre(token[position] !== replacement);
        const forged = `${token.slice(0, position)}${replacement}${token.slice(position + 1)}`;
        expect(tokens.verify(forged)).toBeNull();
      }),
    );
  });

  it('refuse a device id paired with a signature made for another device', () => {
    const tokens = createDeviceTokens();
    const first = tokens.issue();
    const second = tokens.issue();
    const [, , signature] = second.token.split('.');
    expect(tokens.verify(`d1.${first.deviceId}.${signature}`)).toBeNull();
  });

  it('refuse tokens from another room session (a replayed token)', () => {
    const earlierRoom = createDeviceTokens();
    const thisRoom = createDeviceTokens();
    expect(thisRoom.verify(earlierRoom.issue().token)).toBeNull();
  });

  it('refuse anything that is not a token', () => {
    const tokens = createDeviceTokens();
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(tokens.verify(value)).toBeNull();
      }),
    );
    for (const value of ['', 'd1..', `d1.${'a'.repeat(32)}.${'A'.repeat(43)}`, 'x'.repeat(10_000)]) {
      expect(tokens.verify(value)).toBeNull();
    }
  });
});
