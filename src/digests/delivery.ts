import { setMaxListeners } from 'node:events';
import { composeDigest, type ComposedDigest } from '../briefings/digest.js';
import type { Reply } from '../briefings/reply.js';
import type { Dossier } from '../dossier/dossier.js';
import { activeFrom, dueAt, isLive } from './due.js';
import { PlatformLimiter, PLATFORM_LIMITS, type RateLimits } from './limiter.js';
import type { DigestStore, StoreLog } from './store/digest-store.js';
import { channelKey, type DigestCursor, type DigestSender, type LedgerEntry, type SendResult, type Subscription } from './types.js';

/**
 * Exactly one digest per channel per local day, whatever happens to the bot.
 *
 * For each channel-day a worker:
 *   1. takes the claim `<platform>:<channel>:<day>` with a lease (Redis SET NX PX, or the in-process
 *      table for SQLite) and keeps it alive with a heartbeat while it works; no claim, no send;
 *   2. reads the ledger: a recorded day is never sent again;
 *   3. re-reads the subscription (it may have been paused, changed or removed since the tick);
 *   4. composes the digest from the channel's cursor, waits for the rate limiter, sends;
 *   5. on the platform's confirmation writes the ledger entry at once, then the cursor, then releases.
 * The one window left: a crash after the platform accepted a message and before step 5 finished (one
 * store write, about a millisecond). The next start finds no ledger entry and sends that channel's
 * digest again: at most one duplicate per channel, only for the sends in flight at the crash.
 *
 * Sends that the platform rate-limits are released and retried after Retry-After; a channel that is
 * gone disables its subscription; a failing send is retried at the next tick while the grace window lasts.
 */

export type Outcome =
  /** Sent and recorded. */
  | 'sent'
  /** Nothing new and the channel skips quiet days: recorded without sending. */
  | 'quiet'
  /** Already recorded (by this or another process). */
  | 'done'
  /** Another process holds the claim; the next tick looks again. */
  | 'busy'
  /** Paused, removed or rescheduled since the tick. */
  | 'skipped'
  /** The channel is gone: subscription disabled. */
  | 'gone'
  /** Could not send (error or rate limits); the next tick retries. */
  | 'failed'
  /** Shutting down before the send started; the next start picks it up. */
  | 'abandoned';

export interface DeliveryJob {
  readonly subscription: Subscription;
  readonly day: string;
  /** The tick that found it due (the scheduler's clock). */
  readonly tickAt: Date;
}

export interface DeliveryOptions {
  readonly store: DigestStore;
  readonly sender: DigestSender;
  /** The event set now (it may be replaced while the bot runs). */
  readonly dossier: () => Dossier;
  readonly log: StoreLog;
  /** This process's id in claims and the ledger. */
  readonly owner: string;
  readonly now: () => Date;
  readonly limits?: RateLimits;
  /** Sends in flight at once (default 16): a slow channel holds up one worker, not the fan-out. */
  readonly concurrency?: number;
  /** Claim lease (default 60 s), renewed every third of it while a worker holds the claim. */
  readonly leaseMs?: number;
  /** Rate-limited retries of one channel-day before leaving it to the next tick (default 5). */
  readonly maxAttempts?: number;
  /** Called after each job settles (tests and the benchmark watch progress with it). */
  readonly onOutcome?: (job: DeliveryJob, outcome: Outcome) => void;
}

interface Queued {
  readonly job: DeliveryJob;
  readonly name: string;
  attempts: number;
  readonly settle: (outcome: Outcome) => void;
}

export class DeliveryQueue {
  readonly platform: DigestSender['platform'];
  /** Replaced when the adapter reconnects and registers a new sender; sends already started keep theirs. */
  sender: DigestSender;
  private readonly limiter: PlatformLimiter;
  private readonly concurrency: number;
  private readonly leaseMs: number;
  private readonly maxAttempts: number;
  private readonly ready: Queued[] = [];
  private readonly delayed = new Map<Queued, NodeJS.Timeout>();
  private readonly pending = new Map<string, Promise<Outcome>>();
  private readonly inFlight = new Set<Promise<void>>();
  /** Confirmed sends whose ledger write failed, by claim name: retried until they succeed. */
  private readonly unrecorded = new Map<string, () => Promise<void>>();
  private readonly composed = new Map<string, ComposedDigest>();
  private readonly abort = new AbortController();
  private workers = 0;
  private stopping = false;

  constructor(private readonly options: DeliveryOptions) {
    this.platform = options.sender.platform;
    this.sender = options.sender;
    this.limiter = new PlatformLimiter(options.limits ?? PLATFORM_LIMITS[options.sender.platform]);
    this.concurrency = Math.max(1, options.concurrency ?? 16);
    this.leaseMs = options.leaseMs ?? 60_000;
    this.maxAttempts = options.maxAttempts ?? 5;
    // every worker waiting for the limiter listens to the stop signal
    setMaxListeners(this.concurrency + 10, this.abort.signal);
  }

  /** Channel-days queued or in flight. */
  get size(): number {
    return this.pending.size;
  }

  isPending(subscription: Subscription, day: string): boolean {
    return this.pending.has(claimName(subscription, day));
  }

  /**
   * One message outside the digest fan-out (a breaking alert), through the same sender and rate
   * limiter: waits for a slot, sends, and honours a 429 for the sends after it. Rejects once the queue
   * is stopping (the caller has sent nothing then).
   */
  async sendNow(channelId: string, reply: Reply): Promise<SendResult> {
    await this.limiter.acquire(channelId, this.abort.signal);
    const result = await this.sender.send(channelId, reply);
    if (typeof result === 'object') {
      if (result.global) this.limiter.pauseAll(Math.max(0, result.retryAfterMs));
      else this.limiter.blockChannel(channelId, Math.max(0, result.retryAfterMs));
    }
    return result;
  }

  /** Queues a channel-day (once: a second call returns the first one's outcome). */
  deliver(job: DeliveryJob): Promise<Outcome> {
    const name = claimName(job.subscription, job.day);
    const existing = this.pending.get(name);
    if (existing) return existing;
    if (this.stopping) return Promise.resolve('abandoned');
    const outcome = new Promise<Outcome>((resolve) => {
      this.ready.push({ job, name, attempts: 0, settle: resolve });
    }).then((result) => {
      this.pending.delete(name);
      this.options.onOutcome?.(job, result);
      return result;
    });
    this.pending.set(name, outcome);
    this.pump();
    return outcome;
  }

  /**
   * Stops: queued channel-days are abandoned (never claimed, so the next start sends them), a worker
   * waiting for the rate limiter gives up its claim, and sends already on the wire are awaited for up
   * to `timeoutMs` and recorded. A send still unanswered then is left to its lease; see the class note.
   */
  async stop(timeoutMs = 10_000): Promise<void> {
    this.stopping = true;
    this.abort.abort();
    for (const queued of this.ready.splice(0)) queued.settle('abandoned');
    for (const [queued, timer] of this.delayed) {
      clearTimeout(timer);
      queued.settle('abandoned');
    }
    this.delayed.clear();
    if (this.inFlight.size === 0) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const result = await Promise.race([Promise.allSettled([...this.inFlight]).then(() => 'done' as const), timeout]);
    clearTimeout(timer);
    if (result === 'timeout') {
      this.options.log.warn({ platform: this.platform, inFlight: this.inFlight.size }, 'digest sends still unanswered at shutdown; left to their leases');
    }
  }

  private pump(): void {
    while (!this.stopping && this.workers < this.concurrency && this.ready.length > 0) {
      const queued = this.ready.shift()!;
      this.workers++;
      const run = this.process(queued)
        .catch((error: unknown) => {
          this.options.log.error({ err: error, channel: queued.name }, 'digest delivery failed');
          return 'failed' as const;
        })
        .then((outcome) => {
          if (outcome !== 'retry') queued.settle(outcome);
        })
        .finally(() => {
          this.workers--;
          this.inFlight.delete(run);
          this.pump();
        });
      this.inFlight.add(run);
    }
  }

  private retryLater(queued: Queued, ms: number): 'retry' | Outcome {
    queued.attempts++;
    if (queued.attempts >= this.maxAttempts || this.stopping) return this.stopping ? 'abandoned' : 'failed';
    const timer = setTimeout(() => {
      this.delayed.delete(queued);
      this.ready.push(queued);
      this.pump();
    }, ms);
    timer.unref();
    this.delayed.set(queued, timer);
    return 'retry';
  }

  private async process(queued: Queued): Promise<Outcome | 'retry'> {
    const { store, owner, log } = this.options;
    const { job, name } = queued;
    const channel = job.subscription;

    if (!(await store.claim(name, owner, this.leaseMs))) return 'busy';
    let held = true;
    const heartbeat = setInterval(() => {
      store.renew(name, owner, this.leaseMs).then(
        (ok) => {
          if (!ok && held) log.warn({ channel: name }, 'digest claim lost while working on it');
        },
        (error: unknown) => log.warn({ err: error, channel: name }, 'digest claim renewal failed'),
      );
    }, Math.max(50, this.leaseMs / 3));
    heartbeat.unref();
    const release = async () => {
      held = false;
      clearInterval(heartbeat);
      await store.release(name, owner).catch((error: unknown) => log.warn({ err: error, channel: name }, 'digest claim release failed'));
    };

    try {
      const state = await store.getDeliveryState(channel, job.day);
      if (state.ledger) return 'done';
      const current = state.subscription;
      if (!current || !isLive(current) || !stillDue(current, job.day, job.tickAt)) return 'skipped';

      const digest = this.compose(job.day, state.cursor);
      const entry = (status: LedgerEntry['status']): LedgerEntry => ({ day: job.day, status, at: this.options.now().toISOString(), by: owner });
      if (digest.quiet && current.quiet === 'skip') {
        await store.record(channel, entry('quiet'), digest.coverage, { name, owner });
        return 'quiet';
      }

      try {
        await this.limiter.acquire(channel.channelId, this.abort.signal);
      } catch {
        return 'abandoned';
      }
      const result = await this.sender.send(channel.channelId, digest.reply);
      if (result === 'sent') {
        const write = async () => void (await store.record(channel, entry('sent'), digest.coverage, { name, owner }));
        try {
          await this.recordSent(name, write);
        } catch (error) {
          // The store is down: remember the record and keep retrying it (flushUnrecorded, every tick);
          // the claim is kept until its lease ends so no one else resends meanwhile.
          this.unrecorded.set(name, write);
          held = false;
          clearInterval(heartbeat);
          log.error({ err: error, channel: name }, 'digest sent but not recorded yet (store unavailable); retrying the record every tick');
          return 'sent';
        }
        log.info({ channel: name, events: digest.events.length }, 'digest delivered');
        return 'sent';
      }
      if (result === 'gone') {
        await store.putSubscription({ ...current, disabled: { reason: 'channel gone or access lost', at: this.options.now().toISOString() }, updatedAt: this.options.now().toISOString() });
        log.warn({ channel: name }, 'digest channel gone or bot lost access: subscription disabled');
        return 'gone';
      }
      const ms = Math.max(0, result.retryAfterMs);
      if (result.global) this.limiter.pauseAll(ms);
      else this.limiter.blockChannel(channel.channelId, ms);
      log.info({ channel: name, retryAfterMs: ms, global: result.global ?? false }, 'digest send rate limited; will retry');
      return this.retryLater(queued, ms);
    } finally {
      if (!this.unrecorded.has(name)) await release();
    }
  }

  /**
   * The digest for a day and cursor. Channels on the same cursor get the same digest (usually all of
   * them: one fan-out a day), so it is composed once per distinct cursor, not once per channel.
   */
  private compose(day: string, cursor: DigestCursor | undefined): ComposedDigest {
    const key = `${day}|${cursor ? `${cursor.day}|${cursor.open.join(',')}` : 'first'}`;
    let digest = this.composed.get(key);
    if (!digest) {
      if (this.composed.size >= 256) this.composed.clear();
      digest = composeDigest(this.options.dossier(), day, cursor);
      this.composed.set(key, digest);
    }
    return digest;
  }

  /** Retries ledger writes that failed after a confirmed send; the scheduler calls it every tick. */
  async flushUnrecorded(): Promise<void> {
    for (const [name, write] of this.unrecorded) {
      try {
        await write();
        this.unrecorded.delete(name);
        await this.options.store.release(name, this.options.owner).catch(() => undefined);
        this.options.log.info({ channel: name }, 'digest delivered (recorded late)');
      } catch (error) {
        this.options.log.warn({ err: error, channel: name }, 'digest record still failing');
        return;
      }
    }
  }

  /** The platform confirmed: record now, retrying a failed write briefly, since a lost record means a resend. */
  private async recordSent(name: string, write: () => Promise<void>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await write();
        return;
      } catch (error) {
        if (attempt >= 5) throw error;
        this.options.log.warn({ err: error, channel: name, attempt }, 'digest ledger write failed; retrying');
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  }
}

export function claimName(channel: Pick<Subscription, 'platform' | 'channelId'>, day: string): string {
  return `${channelKey(channel)}:${day}`;
}

/** The day is still owed under the subscription as it is now (its time may have changed since the tick). */
function stillDue(subscription: Subscription, day: string, now: Date): boolean {
  const due = dueAt(subscription, day).getTime();
  return due <= now.getTime() && due >= activeFrom(subscription);
}
