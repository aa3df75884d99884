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
  /**
   * Besides the bucket, never more than `globalPerSecond` requests in any 1 s + this margin, counted
   * when each request actually goes: a send delayed by a busy event loop cannot bunch up with the next
   * ones into a window the platform would refuse (default 20 ms).
   */
  readonly windowMarginMs?: number;
  /** Messages per second to one channel. */
  readonly perChannelPerSecond?: number;
}

/**
 * Discord allows a bot 50 requests/s in total (and per-route limits it announces with 429s): requests
 * are spaced at 50/s, may catch up by a few after a stall of the event loop, and never more than 50 go
 * in any 1.02 s (about 49/s sustained). Slack allows about one message per second per channel, with
 * workspace limits on top; 20/s overall keeps a large fan-out polite.
 */
export const PLATFORM_LIMITS: Readonly<Record<DigestSender['platform'], RateLimits>> = {
  discord: { globalPerSecond: 50, globalBurst: 5, windowMarginMs: 20 },
  slack: { globalPerSecond: 20, globalBurst: 3, windowMarginMs: 50, perChannelPerSecond: 1 },
};

/**
 * GCRA, the token bucket as one number: the theoretical arrival time of the next request. Also the
 * shared budget's insurance when Redis is away (shared-budget.ts).
 */
export class Bucket {
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

interface Waiter {
  readonly channelId: string;
  readonly resolve: () => void;
  readonly reject: (reason: unknown) => void;
  readonly signal?: AbortSignal;
  readonly onAbort?: () => void;
}

/**
 * One dispatcher per platform hands out send slots to waiting workers in order: the next slot goes as
 * soon as the bucket, the sliding window and any 429 pause allow, to the first waiter whose channel is
 * not blocked. No slot is reserved and then wasted, so the fan-out runs at the platform's rate.
 */
export class PlatformLimiter {
  private readonly global?: Bucket;
  private readonly channels = new Map<string, Bucket>();
  private readonly blocked = new Map<string, number>();
  /** When the last `globalPerSecond` slots went, oldest first. */
  private readonly recent: number[] = [];
  private readonly windowMax: number;
  private readonly windowMs: number;
  private readonly waiters: Waiter[] = [];
  private timer?: NodeJS.Timeout;
  private pausedUntil = 0;

  constructor(
    private readonly limits: RateLimits,
    private readonly clock: () => number = () => performance.now(),
  ) {
    if (limits.globalPerSecond) this.global = new Bucket(limits.globalPerSecond, limits.globalBurst);
    this.windowMax = limits.globalPerSecond ? Math.max(1, Math.floor(limits.globalPerSecond)) : 0;
    this.windowMs = 1000 + (limits.windowMarginMs ?? 20);
  }

  /** Waits until a request to the channel may go. Rejects with the signal's reason if it fires. */
  acquire(channelId: string, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = signal
        ? {
            channelId,
            resolve,
            reject,
            signal,
            onAbort: () => {
              const index = this.waiters.indexOf(waiter);
              if (index >= 0) this.waiters.splice(index, 1);
              reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
            },
          }
        : { channelId, resolve, reject };
      if (waiter.onAbort) signal?.addEventListener('abort', waiter.onAbort, { once: true });
      this.waiters.push(waiter);
      this.dispatch();
    });
  }

  /** A per-route 429: this channel waits, the others go on. */
  blockChannel(channelId: string, ms: number): void {
    this.blocked.set(channelId, Math.max(this.blocked.get(channelId) ?? 0, this.clock() + ms));
  }

  /** A global 429: everything on the platform waits. */
  pauseAll(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock() + ms);
  }

  /** Waiting workers (tests). */
  get waiting(): number {
    return this.waiters.length;
  }

  /** When the sliding window has room for one more request. */
  private windowFreeAt(): number {
    if (!this.windowMax || this.recent.length < this.windowMax) return 0;
    return this.recent[this.recent.length - this.windowMax]! + this.windowMs;
  }

  private dispatch(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    while (this.waiters.length > 0) {
      const now = this.clock();
      const globalAt = Math.max(this.pausedUntil, this.windowFreeAt(), this.global?.freeAt() ?? 0);
      if (globalAt > now) return this.arm(globalAt - now);
      let index = -1;
      let soonest = Infinity;
      for (let i = 0; i < this.waiters.length; i++) {
        const channelId = this.waiters[i]!.channelId;
        const at = Math.max(this.blocked.get(channelId) ?? 0, this.channels.get(channelId)?.freeAt() ?? 0);
        if (at <= now) {
          index = i;
          break;
        }
        soonest = Math.min(soonest, at);
      }
      if (index < 0) return this.arm(soonest - now);
      const [waiter] = this.waiters.splice(index, 1);
      this.global?.reserve(now);
      this.channelBucket(waiter!.channelId)?.reserve(now);
      if (this.windowMax) {
        this.recent.push(now);
        if (this.recent.length > this.windowMax) this.recent.shift();
      }
      if (waiter!.onAbort) waiter!.signal?.removeEventListener('abort', waiter!.onAbort);
      this.sweep(now);
      waiter!.resolve();
    }
  }

  private arm(ms: number): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.dispatch();
    }, Math.max(1, Math.ceil(ms)));
  }

  private channelBucket(channelId: string): Bucket | undefined {
    if (!this.limits.perChannelPerSecond) return undefined;
    let bucket = this.channels.get(channelId);
    if (!bucket) this.channels.set(channelId, (bucket = new Bucket(this.limits.perChannelPerSecond)));
    return bucket;
  }

  /** Forgets idle channels so a fan-out over thousands of channels does not keep a bucket for each. */
  private sweep(now: number): void {
    if (this.channels.size < 2000 && this.blocked.size < 2000) return;
    for (const [id, bucket] of this.channels) if (bucket.idleSince(now)) this.channels.delete(id);
    for (const [id, until] of this.blocked) if (until <= now) this.blocked.delete(id);
  }
}
