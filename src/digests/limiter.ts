import { setTimeout as sleep } from 'node:timers/promises';
import type { DigestSender } from './types.js';

/**
 * Rate limits for the digest fan-out, per platform: a token bucket for the platform as a whole, one per
 * channel, and pauses that honour 429 Retry-After (per channel for a route limit, everything for a
 * global one). Workers ask before each send; the buckets space the sends out so the platform rarely
 * has to say 429 at all.
 */
export interface RateLimits {
  /** Requests per second across the platform. */
  readonly globalPerSecond?: number;
  /** Burst allowed on top of the steady rate (tokens); 1 spaces requests evenly. */
  readonly globalBurst?: number;
  /** Messages per second to one channel. */
  readonly perChannelPerSecond?: number;
}

/**
 * Discord allows a bot 50 requests/s in total (and per-route limits it announces with 429s); 49 leaves
 * a margin for clock jitter so the global limit is never hit. Slack allows about one message per
 * second per channel, with workspace limits on top; 20/s overall keeps a large fan-out polite.
 */
export const PLATFORM_LIMITS: Readonly<Record<DigestSender['platform'], RateLimits>> = {
  discord: { globalPerSecond: 49, globalBurst: 1 },
  slack: { globalPerSecond: 20, globalBurst: 1, perChannelPerSecond: 1 },
};

/** GCRA, the token bucket as one number: the theoretical arrival time of the next request. */
class Bucket {
  private tat = 0;
  private readonly interval: number;
  private readonly tolerance: number;

  constructor(perSecond: number, burst = 1) {
    this.interval = 1000 / perSecond;
    this.tolerance = (Math.max(1, burst) - 1) * this.interval;
  }

  /** Reserves the next slot; returns how long to wait for it (ms). */
  reserve(now: number): number {
    const start = Math.max(now, this.tat - this.tolerance);
    this.tat = Math.max(this.tat, now) + this.interval;
    return start - now;
  }

  /** When a request could go without waiting. */
  freeAt(): number {
    return this.tat - this.tolerance;
  }

  idleSince(now: number): boolean {
    return this.tat <= now;
  }
}

export class PlatformLimiter {
  private readonly global?: Bucket;
  private readonly channels = new Map<string, Bucket>();
  private readonly blocked = new Map<string, number>();
  private pausedUntil = 0;

  constructor(
    private readonly limits: RateLimits,
    private readonly clock: () => number = () => performance.now(),
  ) {
    if (limits.globalPerSecond) this.global = new Bucket(limits.globalPerSecond, limits.globalBurst);
  }

  /** Waits until a request to the channel may go. Rejects (AbortError) if the signal fires. */
  async acquire(channelId: string, signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const now = this.clock();
      const channel = this.channelBucket(channelId);
      const blockedUntil = Math.max(this.pausedUntil, this.blocked.get(channelId) ?? 0, channel?.freeAt() ?? 0);
      if (blockedUntil > now) {
        await sleep(blockedUntil - now, undefined, { signal });
        continue;
      }
      const wait = this.global?.reserve(now) ?? 0;
      if (wait > 0) await sleep(wait, undefined, { signal });
      // A global pause announced while we waited for our slot: wait it out (the slot is given up).
      if (this.pausedUntil > this.clock() || (this.blocked.get(channelId) ?? 0) > this.clock()) continue;
      channel?.reserve(this.clock());
      this.sweep();
      return;
    }
  }

  /** A per-route 429: this channel waits, the others go on. */
  blockChannel(channelId: string, ms: number): void {
    this.blocked.set(channelId, Math.max(this.blocked.get(channelId) ?? 0, this.clock() + ms));
  }

  /** A global 429: everything on the platform waits. */
  pauseAll(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock() + ms);
  }

  private channelBucket(channelId: string): Bucket | undefined {
    if (!this.limits.perChannelPerSecond) return undefined;
    let bucket = this.channels.get(channelId);
    if (!bucket) this.channels.set(channelId, (bucket = new Bucket(this.limits.perChannelPerSecond)));
    return bucket;
  }

  /** Forgets idle channels so a fan-out over thousands of channels does not keep a bucket for each. */
  private sweep(): void {
    if (this.channels.size < 2000 && this.blocked.size < 2000) return;
    const now = this.clock();
    for (const [id, bucket] of this.channels) if (bucket.idleSince(now)) this.channels.delete(id);
    for (const [id, until] of this.blocked) if (until <= now) this.blocked.delete(id);
  }
}
