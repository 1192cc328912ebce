import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Version tag at the start of every device token, so the format can change later. */
const TOKEN_VERSION = 'd1';
const TOKEN_PATTERN = /^d1\.([0-9a-f]{32})\.([A-Za-z0-9_-]{43})$/;

/** A phone's identity in one room session. */
export interface IssuedDevice {
  /** Anonymous and random; appears in ballots (it never says who holds the phone). */
  readonly deviceId: string;
  /** What the phone presents on every request: the device id plus a signature. */
  readonly token: string;
}

/** Issues and checks device tokens for one room session. */
export interface DeviceTokens {
  issue(): IssuedDevice;
  /** The device id inside a token this session issued; null for anything else. */
  verify(token: unknown): string | null;
}

/**
 * Device tokens signed with HMAC-SHA256 under a secret that lives only in memory for one
 * room session: a token cannot be forged without the secret, and a token from an earlier
 * room (or another computer) is refused because its secret is gone.
 */
export function createDeviceTokens(secret: Buffer = randomBytes(32)): DeviceTokens {
  const sign = (deviceId: string) =>
    createHmac('sha256', secret).update(`${TOKEN_VERSION}.${deviceId}`).digest('base64url');
  return {
    issue() {
      const deviceId = randomBytes(16).toString('hex');
      return { deviceId, token: `${TOKEN_VERSION}.${deviceId}.${sign(deviceId)}` };
    },
    verify(token) {
      if (typeof token !== 'string' || token.length > 100) return null;
      const match = TOKEN_PATTERN.exec(token);
      const deviceId = match?.[1];
      const signature = match?.[2];
      if (deviceId === undefined || signature === undefined) return null;
      const expected = Buffer.from(sign(deviceId));
      const given = Buffer.from(signature);
      return expected.length === given.length && timingSafeEqual(expected, given) ? deviceId : null;
    },
  };
}
