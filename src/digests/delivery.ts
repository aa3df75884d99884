import { createHash } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { composeDigest, type ComposedDigest } from '../briefings/digest.js';
import type { Dossier } from '../dossier/dossier.js';
import { AuthBreaker, type BreakerOptions } from './breaker.js';
import { HeldClaim } from './claim.js';
import { activeFrom, dueAt, isLive } from './due.js';
import { PlatformLimiter, PLATFORM_LIMITS, type RateLimits } from './limiter.js';
import type { SharedBudget } from './shared-budget.js';
import type { DigestStore, StoreLog } from './store/digest-store.js';
import { shiftDay } from './time.js';
import { channelKey, type DeliveryProgress, type DigestCursor, type DigestSender, type LedgerEntry, type PartKey, type SendResult, type Subscription } from './types.js';

/**
 * One digest per channel per local day. For each channel-day a worker:
 *   1. takes the claim `<platform>:<scope>:<channel>:<day>` with a lease and keeps it alive (claim.ts);
 *      no claim, no post;
 *   2. reads the ledger (a recorded day is never sent again), the subscription as it is now, the
 *      cursor, and the day's progress;
 *   3. composes the digest and renders it into the platform's posts; progress saved for the same
 *      rendering says how many were confirmed already, and only the rest are posted;
 *   4. before each post: a slot from the rate limiters (this process's, and the budget shared by
 *      every process), the auth breaker closed, and the claim's lease confirmed recently enough that
 *      the post ends before it could expire (the fence);
 *   5. after each confirmed post but the last, saves the progress (fenced: only while the claim is
 *      ours); after the last, records the day and moves the cursor in one fenced write.
 * Every post carries a fixed tag (Discord nonce, Slack metadata), so a retry after an unclear failure
 * does not post twice. docs/digests.md states the guarantee and its limits.
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
  /** Could not send (an unclear failure, rate limits, a stale claim); the next tick retries. */
  | 'failed'
  /** The platform refused in a way that will repeat (403, another 4xx): not retried until the next day. */
  | 'refused'
  /** The claim was lost mid-way: another process owns the channel-day now; we stopped. */
  | 'lost'
  /** The auth breaker of the channel's credentials is open (rejected): nothing is posted with them until a probe succeeds. */
  | 'suspended'
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
  /** The platform's request budget shared with other processes (shared-budget.ts). */
  readonly budget?: SharedBudget;
  readonly breaker?: BreakerOptions;
  /** Sends in flight at once (default 16): a slow channel holds up one worker, not the fan-out. */
  readonly concurrency?: number;
  /**
   * Claim lease (default 90 s), renewed every third of it. A post starts only while the last
   * confirmed renewal is younger than lease − the sender's timeout − 2 s (claim.ts).
   */
  readonly leaseMs?: number;
  /** Rate-limited retries of one channel-day before leaving it to the next tick (default 5). */
  readonly maxAttempts?: number;
  /** A delivery starting this long after its due time first looks for its post on the platform (default 2 min). */
  readonly verifyAfterMs?: number;
  /** The monotonic clock of leases and the breakers (tests). */
  readonly clock?: () => number;
  /** Called after each job settles (tests and the benchmark watch progress with it). */
  readonly onOutcome?: (job: DeliveryJob, outcome: Outcome) => void;
}

/** Default claim lease: three times the slowest post (15 s client timeout) plus room for renewals. */
export const DEFAULT_LEASE_MS = 90_000;

/** Why a post did not go: the claim is no longer safely ours, the breaker is open, or we are stopping. */
export type Held = { readonly kind: 'held'; readonly why: 'lost' | 'stale' | 'suspended' | 'stopping' };

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
  /**
   * One auth breaker per scope (the credentials a post goes out with): Discord has one bot token,
   * Slack installed in many workspaces one token each, so one workspace's revoked token never holds
   * back the others' digests. One small object per installation served, kept for the process's life.
   */
  private readonly breakers = new Map<string, AuthBreaker>();
  private readonly limiter: PlatformLimiter;
  private readonly concurrency: number;
  private readonly leaseMs: number;
  private readonly maxAttempts: number;
  private readonly ready: Queued[] = [];
  private readonly delayed = new Map<Queued, NodeJS.Timeout>();
  private readonly pending = new Map<string, Promise<Outcome>>();
  private readonly inFlight = new Map<Promise<void>, string>();
  /** Confirmed sends whose ledger write failed, by claim name: retried until they succeed. */
  private readonly unrecorded = new Map<string, () => Promise<boolean>>();
  /** Posts whose last attempt ended without an answer (`<claim>#<part>`): the retry looks for them first. */
  private readonly unclear = new Set<string>();
  /** Channel-days refused in a way that will repeat: not tried again that day. */
  private readonly refusedToday = new Set<string>();
  private readonly composed = new Map<string, ComposedDigest>();
  private readonly abort = new AbortController();
  private workers = 0;
  private stopping = false;

  constructor(private readonly options: DeliveryOptions) {
    this.platform = options.sender.platform;
    this.sender = options.sender;
    this.limiter = new PlatformLimiter(options.limits ?? PLATFORM_LIMITS[options.sender.platform]);
    this.concurrency = Math.max(1, options.concurrency ?? 16);
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.maxAttempts = options.maxAttempts ?? 5;
    // every worker waiting for the limiter listens to the stop signal
    setMaxListeners(this.concurrency + 20, this.abort.signal);
  }

  /** Channel-days queued or in flight. */
  get size(): number {
    return this.pending.size;
  }

  isPending(subscription: Subscription, day: string): boolean {
    return this.pending.has(claimName(subscription, day));
  }

  /** Whether this queue's sender posts for the subscription (same bot identity, or a record from before scoping). */
  serves(record: { platform: string; scope?: string | undefined }): boolean {
    if (record.platform !== this.platform) return false;
    if (record.scope === undefined) return true;
    return this.sender.serves ? this.sender.serves(record.scope) : record.scope === this.sender.scope;
  }

  /**
   * Takes a claim, fenced by the sender's timeout. The lease is never shorter than three of the
   * sender's timeouts, so a post can always start between two renewals.
   */
  takeClaim(name: string): Promise<HeldClaim | undefined> {
    const { store, owner, log, clock } = this.options;
    const leaseMs = Math.max(this.leaseMs, 3 * this.sender.timeoutMs);
    return HeldClaim.take(store, { name, owner, leaseMs, sendTimeoutMs: this.sender.timeoutMs, log, ...(clock ? { clock } : {}) });
  }

  /**
   * One post under a claim: waits for a slot (this process's limiter, then the shared budget), checks
   * the breaker and the fence, posts, and lets the limiter and the breaker learn from the answer.
   * Throws what the sender throws (an unclear failure). Breaking alerts use it too (alerts.ts).
   */
  async postPart(claim: HeldClaim, part: unknown, key: PartKey): Promise<SendResult | Held> {
    const held = (why: Held['why']): Held => ({ kind: 'held', why });
    try {
      await this.limiter.acquire(key.channelId, this.abort.signal);
      await this.options.budget?.acquire(this.abort.signal);
    } catch {
      return held('stopping');
    }
    if (!claim.canSend()) return held(claim.isLost ? 'lost' : 'stale');
    // Records from before scoping post with the sender's own credentials: they share its breaker.
    const scope = key.scope ?? this.sender.scope ?? '';
    const breaker = this.breakerFor(scope);
    if (!breaker.allow()) return held('suspended');
    let result: SendResult;
    try {
      result = await this.sender.sendPart(part, key);
    } catch (error) {
      breaker.inconclusive();
      throw error;
    }
    if (result.kind === 'unauthorized') {
      if (breaker.failed(result.reason)) {
        this.options.log.error(
          { platform: this.platform, scope, reason: result.reason },
          `${this.platform} rejected the bot's credentials repeatedly (${result.reason}): digests and alerts posted with them (scope ${scope || 'unscoped'}) are paused, with one probe every few minutes`,
        );
      }
    } else if (result.kind !== 'rate-limited') {
      if (breaker.succeeded()) this.options.log.info({ platform: this.platform, scope }, `${this.platform} accepts the bot's credentials again (scope ${scope || 'unscoped'}): digests and alerts resume`);
    }
    if (result.kind === 'rate-limited') {
      const ms = Math.max(0, result.retryAfterMs);
      if (result.global) {
        this.limiter.pauseAll(ms);
        // discord.js refuses this process's posts until then: slots reserved meanwhile would go unused, the other processes' take them.
        this.options.budget?.pauseFor(ms);
      } else this.limiter.blockChannel(key.channelId, ms);
    }
    return result;
  }

  /** The breaker of one scope's credentials (made on first use). */
  private breakerFor(scope: string): AuthBreaker {
    let breaker = this.breakers.get(scope);
    if (!breaker) {
      breaker = new AuthBreaker({ ...(this.options.clock ? { clock: this.options.clock } : {}), ...this.options.breaker });
      this.breakers.set(scope, breaker);
    }
    return breaker;
  }

  /** Scopes whose credentials the platform keeps rejecting (breaker open), with its last reason: nothing is posted with them but a probe. */
  suspended(): { readonly scope: string; readonly reason: string | undefined }[] {
    return [...this.breakers].filter(([, breaker]) => breaker.isOpen).map(([scope, breaker]) => ({ scope, reason: breaker.reason }));
  }

  /** Queues a channel-day (once: a second call returns the first one's outcome). */
  deliver(job: DeliveryJob): Promise<Outcome> {
    const name = claimName(job.subscription, job.day);
    const existing = this.pending.get(name);
    if (existing) return existing;
    if (this.stopping) return Promise.resolve('abandoned');
    if (this.refusedToday.has(name)) return Promise.resolve('refused');
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
   * waiting for a slot gives up its claim, and posts already on the wire are awaited for up to
   * `timeoutMs`. Returns what settled meanwhile and what was still unanswered (left to its lease:
   * the next owner resumes from the saved progress and looks for the unanswered post first).
   */
  async stop(timeoutMs = 10_000): Promise<{ readonly queued: number; readonly finished: string[]; readonly unanswered: string[] }> {
    this.stopping = true;
    this.abort.abort();
    let queued = 0;
    for (const item of this.ready.splice(0)) {
      item.settle('abandoned');
      queued++;
    }
    for (const [item, timer] of this.delayed) {
      clearTimeout(timer);
      item.settle('abandoned');
      queued++;
    }
    this.delayed.clear();
    const running = new Map(this.inFlight);
    if (running.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, Math.max(0, timeoutMs))));
      await Promise.race([Promise.allSettled([...running.keys()]), timeout]);
      clearTimeout(timer);
    }
    const unanswered = [...this.inFlight.values()];
    const finished = [...running.values()].filter((name) => !unanswered.includes(name));
    return { queued, finished, unanswered };
  }

  private pump(): void {
    while (!this.stopping && this.workers < this.concurrency && this.ready.length > 0) {
      const queued = this.ready.shift()!;
      this.workers++;
      const run = this.process(queued)
        .catch((error: unknown) => {
          this.options.log.error({ err: error, channel: queued.name }, 'digest delivery failed; the next tick retries');
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
      this.inFlight.set(run, queued.name);
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

    const claim = await this.takeClaim(name);
    if (!claim) return 'busy';
    try {
      const state = await store.getDeliveryState(channel, job.day);
      if (state.ledger) return 'done';
      const current = state.subscription;
      if (!current || !isLive(current) || !stillDue(current, job.day, job.tickAt)) return 'skipped';

      const digest = this.compose(job.day, state.cursor);
      const entry = (status: LedgerEntry['status']): LedgerEntry => ({ day: job.day, status, at: this.options.now().toISOString(), by: owner });
      if (digest.quiet && current.quiet === 'skip') {
        return (await store.record(channel, entry('quiet'), digest.coverage, claim.fence)) ? 'quiet' : this.claimLost(name);
      }

      const parts = this.sender.render(digest.reply);
      const rendering = renderingHash(parts);
      let progress = await store.getProgress(channel, job.day);
      if (progress && progress.digest !== rendering) {
        if (progress.sent > 0) return this.closeChangedRendering(claim, current, job.day, progress, entry('sent'));
        progress = undefined;
      }
      const ids = [...(progress?.ids ?? [])];
      // A late start or a resumed delivery may follow a process that died between a post and its record.
      const late = this.options.now().getTime() - dueAt(current, job.day).getTime() > (this.options.verifyAfterMs ?? 2 * 60_000);
      for (let index = progress?.sent ?? 0; index < parts.length; index++) {
        const partName = `${name}#${index}`;
        const verify = this.unclear.has(partName) || (index === (progress?.sent ?? 0) && (progress !== undefined || late));
        let result: SendResult | Held;
        try {
          result = await this.postPart(claim, parts[index], { channelId: channel.channelId, delivery: job.day, index, count: parts.length, verify, ...(channel.scope ? { scope: channel.scope } : {}) });
        } catch (error) {
          this.unclear.add(partName);
          log.warn({ err: error, channel: name, part: index + 1, of: parts.length }, 'digest post unanswered; the retry looks for it before posting again');
          return 'failed';
        }
        if (result.kind !== 'sent') return this.notSent(queued, current, result, index, parts.length);
        this.unclear.delete(partName);
        ids.push(result.id);
        if (index < parts.length - 1) {
          const saved: DeliveryProgress = { day: job.day, digest: rendering, parts: parts.length, sent: index + 1, ids };
          if (!(await store.putProgress(channel, saved, claim.fence))) return this.claimLost(name);
        }
      }

      const write = () => store.record(channel, entry('sent'), digest.coverage, claim.fence);
      let recorded: boolean;
      try {
        recorded = await this.recordSent(name, write);
      } catch (error) {
        // The store is down: keep the claim to its lease (no one else resends meanwhile) and retry the record every tick.
        this.unrecorded.set(name, write);
        claim.keepUntilLeaseEnds();
        log.error({ err: error, channel: name }, 'digest sent but not recorded yet (store unavailable); retrying the record every tick');
        return 'sent';
      }
      if (!recorded) return this.claimLost(name);
      if (current.refusals) await this.clearRefusals(current);
      log.info({ channel: name, events: digest.events.length, parts: parts.length }, 'digest delivered');
      return 'sent';
    } finally {
      if (!this.unrecorded.has(name)) await claim.end();
    }
  }

  private claimLost(name: string): Outcome {
    this.options.log.warn({ channel: name }, 'claim lost, another process owns it; not sending or recording anything more');
    return 'lost';
  }

  /** A post that did not go through: what it means for the channel-day. */
  private async notSent(queued: Queued, current: Subscription, result: Exclude<SendResult, { kind: 'sent' }> | Held, index: number, count: number): Promise<Outcome | 'retry'> {
    const { log } = this.options;
    const { name, job } = queued;
    const where = { channel: name, part: index + 1, of: count };
    switch (result.kind) {
      case 'held':
        if (result.why === 'lost') return this.claimLost(name);
        if (result.why === 'stale') log.warn(where, 'digest post held back: no confirmed claim renewal recently (store unreachable); the next tick retries');
        return result.why === 'stopping' ? 'abandoned' : result.why === 'suspended' ? 'suspended' : 'failed';
      case 'rate-limited':
        log.info({ ...where, retryAfterMs: result.retryAfterMs, global: result.global ?? false }, 'digest post rate limited; will retry');
        return this.retryLater(queued, Math.max(0, result.retryAfterMs));
      case 'gone':
        await this.disable(current, `the channel no longer exists (${result.reason})`);
        log.warn({ ...where, reason: result.reason }, 'digest channel gone: subscription disabled');
        return 'gone';
      case 'forbidden':
        this.refuse(name);
        await this.countRefusal(current, job.day, result.reason);
        return 'refused';
      case 'rejected':
        this.refuse(name);
        log.warn({ ...where, reason: result.reason }, 'digest post refused by the platform; not retried today');
        return 'refused';
      case 'unauthorized':
        log.warn({ ...where, reason: result.reason }, 'digest post refused: the platform rejected the bot credentials');
        return 'failed';
    }
  }

  private refuse(name: string): void {
    if (this.refusedToday.size >= 50_000) this.refusedToday.clear();
    this.refusedToday.add(name);
  }

  private async disable(current: Subscription, reason: string): Promise<Subscription | undefined> {
    const at = this.options.now().toISOString();
    return this.options.store.updateSubscription(current, (s) => (s.disabled ? undefined : { ...s, disabled: { reason: reason.slice(0, 200), at }, updatedAt: at }));
  }

  /**
   * A refusal for lack of access: counted on the subscription per local day (atomically, so a change
   * made meanwhile is kept); the third day in a row disables it and tells the subscriber why.
   */
  private async countRefusal(current: Subscription, day: string, reason: string): Promise<void> {
    const { store, log } = this.options;
    const at = this.options.now().toISOString();
    const updated = await store.updateSubscription(current, (s) => {
      if (s.refusals?.lastDay === day || s.disabled) return undefined;
      const days = s.refusals?.lastDay === shiftDay(day, -1) ? s.refusals.days + 1 : 1;
      const next: Subscription = { ...s, refusals: { days, lastDay: day, reason: reason.slice(0, 200) }, updatedAt: at };
      return days >= REFUSAL_DAYS ? { ...next, disabled: { reason: `no access to the channel for ${days} days in a row (${reason})`.slice(0, 200), at } } : next;
    });
    const days = updated?.refusals?.days ?? 1;
    log.warn({ channel: channelKey(current), reason, days }, 'digest post forbidden (no access to the channel); retried on later days');
    if (!updated?.disabled || current.disabled) return;
    log.warn({ channel: channelKey(current), days }, 'digest subscription disabled after repeated access refusals; telling the subscriber');
    await this.sender
      .notify(updated.subscribedBy, accessLostNotice(updated.channelId, days), updated.scope)
      .catch((error: unknown) => log.warn({ err: error, channel: channelKey(current) }, 'could not tell the subscriber that the digest stopped'));
  }

  private async clearRefusals(current: Subscription): Promise<void> {
    await this.options.store
      .updateSubscription(current, (s) => {
        if (!s.refusals) return undefined;
        const { refusals: _cleared, ...rest } = s;
        return rest;
      })
      .catch((error: unknown) => this.options.log.warn({ err: error, channel: channelKey(current) }, 'could not clear the refusal count'));
  }

  /**
   * Progress saved for a different rendering of the day (the event set changed between attempts)
   * with posts already in the channel: starting over would repeat them, and posting the rest of the
   * new rendering would mix two digests. The day is closed as sent with what was posted, and the
   * cursor is left where it was, so the next digest covers everything since: nothing is posted twice
   * and nothing is lost.
   */
  private async closeChangedRendering(claim: HeldClaim, current: Subscription, day: string, progress: DeliveryProgress, entry: LedgerEntry): Promise<Outcome> {
    if (!(await this.options.store.record(current, entry, undefined, claim.fence))) return this.claimLost(claim.name);
    this.options.log.warn(
      { channel: claim.name, posted: progress.sent, of: progress.parts },
      'digest changed after part of it was posted; the day is closed with the parts posted and the next digest covers the rest',
    );
    return 'sent';
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

  /**
   * Retries ledger writes that failed after a confirmed send; the scheduler calls it every tick. The
   * claim is ours again first (renewed, or taken back if it ran out and nobody took it); if another
   * process holds it, it has the progress and resumes: we record nothing.
   */
  async flushUnrecorded(): Promise<void> {
    const { store, owner, log } = this.options;
    for (const [name, write] of this.unrecorded) {
      try {
        const leaseMs = Math.max(this.leaseMs, 3 * this.sender.timeoutMs);
        const ours = (await store.renew(name, owner, leaseMs)) || (await store.claim(name, owner, leaseMs));
        if (!ours || !(await write())) {
          this.unrecorded.delete(name);
          this.claimLost(name);
          continue;
        }
        this.unrecorded.delete(name);
        await store.release(name, owner).catch(() => undefined);
        log.info({ channel: name }, 'digest delivered (recorded late)');
      } catch (error) {
        log.warn({ err: error, channel: name }, 'digest record still failing');
        return;
      }
    }
  }

  /** The platform confirmed: record now, retrying a failed write briefly, since a lost record means a resend. */
  private async recordSent(name: string, write: () => Promise<boolean>): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await write();
      } catch (error) {
        if (attempt >= 5) throw error;
        this.options.log.warn({ err: error, channel: name, attempt }, 'digest ledger write failed; retrying');
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  }
}

/** Local days in a row of access refusals after which a subscription is disabled. */
export const REFUSAL_DAYS = 3;

/** What the subscriber is told when the digest stops for lack of access (plain words, no internals). */
export function accessLostNotice(channelId: string, days: number): string {
  return (
    `I could not post the daily Kuril Islands brief in <#${channelId}> for ${days} days in a row: I no longer have access to that channel or permission to post there. ` +
    'The daily brief for that channel is now stopped. To start it again, give me access and run /kuril subscribe in the channel.'
  );
}

/** Identifies a rendering: progress saved for another one does not apply. */
export function renderingHash(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 32);
}

export function claimName(channel: Pick<Subscription, 'platform' | 'channelId' | 'scope'>, day: string): string {
  return `${channelKey(channel)}:${day}`;
}

/** The day is still owed under the subscription as it is now (its time may have changed since the tick). */
function stillDue(subscription: Subscription, day: string, now: Date): boolean {
  const due = dueAt(subscription, day).getTime();
  return due <= now.getTime() && due >= activeFrom(subscription);
}
