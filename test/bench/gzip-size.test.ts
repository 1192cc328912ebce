import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gzipSizeBytes, totalGzipKilobytes } from './gzip-size';

describe('gzip sizing', () => {
  it('measures gzip at level 9', () => {
    const body = 'const answer = 42;\n'.repeat(500);
    expect(gzipSizeBytes(body)).toBe(gzipSync(body, { level: 9 }).length);
    expect(gunzipSync(gzipSync(body, { level: 9 })).toString()).toBe(body);
  });

  it('sums several bodies in kilobytes of 1024 bytes', () => {
    const bodies = [Buffer.from('a'.repeat(10_000)), 'b'.repeat(5_000)];
    expect(totalGzipKilobytes(bodies)).toBeCloseTo(
      (gzipSizeBytes('a'.repeat(10_000)) + gzipSizeBytes('b'.repeat(5_000))) / 1024,
    );
    expect(totalGzipKilobytes([])).toBe(0);
  });
});
