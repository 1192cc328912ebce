import { gzipSync } from 'node:zlib';

/** Bytes in a kilobyte as the budgets count them. */
const BYTES_PER_KILOBYTE = 1024;

/**
 * Size in bytes of `body` compressed with gzip at level 9: what a server compressing its
 * responses would send. Sizes are measured, not estimated, so budgets compare like with like.
 */
export function gzipSizeBytes(body: Uint8Array | string): number {
  return gzipSync(body, { level: 9 }).length;
}

/** Sum of {@link gzipSizeBytes} over several bodies, in kilobytes (1 kB = 1024 bytes). */
export function totalGzipKilobytes(bodies: Iterable<Uint8Array | string>): number {
  let total = 0;
  for (const body of bodies) total += gzipSizeBytes(body);
  return total / BYTES_PER_KILOBYTE;
}
