/** How much a key may do: a burst of `capacity`, then `refillPerSecond` on average. */
export interface BucketSettings {
  readonly capacity: number;
  readonly refillPerSecond: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * Token buckets, one per key (a device, an address). Each request takes one token; tokens
 * come back at a steady rate up to the bucket's capacity. Memory stays bounded: past
 * `maxKeys` buckets, the idle (full) ones are forgotten first, then the oldest.
 */
export class TokenBuckets {
  readonly #settings: BucketSettings;
  readonly #now: () => number;
  readonly #maxKeys: number;
  readonly #buckets = new Map<string, Bucket>();

  /** `now` returns milliseconds (`performance.now` or a test clock). */
  constructor(settings: BucketSettings, now: () => number, maxKeys = 10_000) {
    if (!(settings.capacity >= 1) || !(settings.refillPerSecond > 0)) {
      throw new Error('A token bucket needs a capacity of at least 1 and a positive refill rate.');
    }
    this.#settings = settings;
    this.#now = now;
    this.#maxKeys = maxKeys;
  }

  /** Takes one token for `key`; false when the bucket is empty (the request is refused). */
  take(key: string): boolean {
    const now = this.#now();
    let bucket = this.#buckets.get(key);
    if (bucket === undefined) {
      this.#makeRoom(now);
      bucket = { tokens: this.#settings.capacity, updatedAt: now };
      this.#buckets.set(key, bucket);
    } else {
      this.#refill(bucket, now);
    }
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** How many keys are tracked now. */
  get size(): number {
    return this.#buckets.size;
  }

  #refill(bucket: Bucket, now: number): void {
    const elapsedSeconds = Math.max(0, now - bucket.updatedAt) / 1000;
    bucket.tokens = Math.min(
      this.#settings.capacity,
      bucket.tokens + elapsedSeconds * this.#settings.refillPerSecond,
    );
    bucket.updatedAt = now;
  }

  #makeRoom(now: number): void {
    if (this.#buckets.size < this.#maxKeys) return;
    for (const [key, bucket] of this.#buckets) {
      this.#refill(bucket, now);
      if (bucket.tokens >= this.#settings.capacity) this.#buckets.delete(key);
    }
    // Everyone is busy: forget the oldest keys (a Map iterates in insertion order).
    for (const key of this.#buckets.keys()) {
      if (this.#buckets.size < this.#maxKeys) break;
      this.#buckets.delete(key);
    }
  }
}
