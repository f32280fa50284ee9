// Rate limits with an injectable clock (tests never sleep): a token bucket per connection for messages, and a
// bucket per address for wrong join codes. Fastify's rate-limit plugin guards the HTTP routes in general.

export type Clock = { now(): number };
export const systemClock: Clock = { now: () => Date.now() };

/** `burst` actions at once, refilled at `perSecond`. */
export class TokenBucket {
  private tokens: number;
  private last: number;
  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    private readonly clock: Clock,
  ) {
    this.tokens = burst;
    this.last = clock.now();
  }

  private refill(): void {
    const now = this.clock.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
  }

  /** Take one token; false when the bucket is empty. */
  take(): boolean {
    this.refill();
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** True while no token is left, without taking one. */
  empty(): boolean {
    this.refill();
    return this.tokens < 1;
  }
}

/** Buckets per key (an address), forgotten when full again so the map stays small. */
export class KeyedLimiter {
  private readonly buckets = new Map<string, TokenBucket>();
  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    private readonly clock: Clock,
  ) {}

  blocked(key: string): boolean {
    return this.buckets.get(key)?.empty() ?? false;
  }

  /** Count one failure for the key. */
  fail(key: string): void {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size > 10_000) this.buckets.clear();
      bucket = new TokenBucket(this.burst, this.perSecond, this.clock);
      this.buckets.set(key, bucket);
    }
    bucket.take();
  }
}
