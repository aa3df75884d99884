import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import cron, { type ScheduledTask } from 'node-cron';
import type { Dossier } from '../dossier/dossier.js';
import { AlertDispatcher, type AlertOptions } from './alerts.js';
import { DeliveryQueue, claimName, type DeliveryOptions, type Outcome } from './delivery.js';
import { GRACE_MS, isLive, latestDue } from './due.js';
import { roundRobin } from './fair-order.js';
import type { RateLimits } from './limiter.js';
import { createSharedBudget, DISCORD_SHARED_PER_SECOND, type SharedBudget } from './shared-budget.js';
import type { DigestStore, StoreLog } from './store/digest-store.js';
import { channelKey, type DigestSender, type Subscription, type SuspendedCredentials } from './types.js';

/**
 * The digest clock. node-cron ticks once a minute; each tick lists the subscriptions and finds those
 * whose delivery time has come in their own zone (see due.ts), that the ledger does not show as done.
 * A digest up to 6 hours late (the bot was down) is still sent: start() runs a catch-up tick at once.
 * One later than that is recorded as missed, logged, and the next day's digest covers its events.
 * Deliveries go through one DeliveryQueue per platform (claims, ledger, rate limits: delivery.ts).
 */

export interface SchedulerOptions {
  readonly store: DigestStore;
  /** The event set now (it may be replaced while the bot runs). */
  readonly dossier: () => Dossier;
  readonly log: StoreLog & { debug?(details: object, message: string): void };
  /** The clock (tests inject one; tick(now) also takes an explicit time). */
  readonly now?: () => Date;
  /** Id of this process in claims and the ledger. */
  readonly owner?: string;
  readonly graceMs?: number;
  /** Per-platform overrides of the rate limits. */
  readonly limits?: Partial<Record<DigestSender['platform'], RateLimits>>;
  readonly delivery?: Pick<DeliveryOptions, 'concurrency' | 'leaseMs' | 'maxAttempts' | 'onOutcome' | 'breaker' | 'verifyAfterMs' | 'clock'>;
  /** Called after each breaking alert settles, as `delivery.onOutcome` is for digests. */
  readonly onAlertOutcome?: AlertOptions['onOutcome'];
  /**
   * Where Discord's request budget is shared with the other processes of the same bot: the store's
   * `redis://` URL (STORE_URL); anything else (SQLite, tests) keeps it in this process.
   */
  readonly budgetUrl?: string;
}

/** Digest outcomes of a tick, and `alerts`: breaking alerts sent. */
export type TickReport = Readonly<Record<Outcome | 'missed' | 'due' | 'alerts', number>>;

const emptyReport = (): Record<Outcome | 'missed' | 'due' | 'alerts', number> => ({
  due: 0,
  sent: 0,
  quiet: 0,
  done: 0,
  busy: 0,
  skipped: 0,
  gone: 0,
  failed: 0,
  refused: 0,
  lost: 0,
  suspended: 0,
  abandoned: 0,
  missed: 0,
  alerts: 0,
});

/** A unique id for this process: host, pid and a random part (a restarted process is a new owner). */
export function processId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

export class DigestScheduler {
  readonly owner: string;
  private readonly now: () => Date;
  private readonly graceMs: number;
  private readonly queues = new Map<DigestSender['platform'], DeliveryQueue>();
  private readonly alerts: AlertDispatcher;
  /** The latest local day known done per channel, so steady-state ticks skip the ledger. */
  private readonly done = new Map<string, string>();
  private task?: ScheduledTask;
  private scanning = false;
  private lastPrune = 0;
  /** Ticks still running, so stop() returns only once none can touch the store any more. */
  private readonly ticking = new Set<Promise<TickReport>>();
  private stopped = false;
  private stopping?: Promise<void>;
  private readonly budgets: SharedBudget[] = [];

  constructor(private readonly options: SchedulerOptions) {
    this.owner = options.owner ?? processId();
    this.now = options.now ?? (() => new Date());
    this.graceMs = options.graceMs ?? GRACE_MS;
    this.alerts = new AlertDispatcher({
      store: options.store,
      dossier: options.dossier,
      log: options.log,
      owner: this.owner,
      now: this.now,
      queue: (platform) => this.queues.get(platform),
      ...(options.onAlertOutcome ? { onOutcome: options.onAlertOutcome } : {}),
    });
  }

  /** Credentials the platforms keep rejecting, per platform and scope, with the last reason (the auth breakers that are open). */
  suspended(): SuspendedCredentials[] {
    return [...this.queues].flatMap(([platform, queue]) => queue.suspended().map((entry) => ({ platform, ...entry })));
  }

  get running(): boolean {
    return this.task !== undefined;
  }

  /** Adds a platform's sender (a second one for the same platform replaces the first). */
  addSender(sender: DigestSender): void {
    const existing = this.queues.get(sender.platform);
    if (existing) {
      // the adapter reconnected: later sends go through the new sender
      existing.sender = sender;
      return;
    }
    let budget: SharedBudget | undefined;
    // Discord's global limit is per bot: every process posting as this application shares one budget,
    // kept in Redis. Without Redis the process's own limiter (limiter.ts, 50/s) is the budget: a
    // shared budget in memory would only slow one process down to a share of the limit.
    if (sender.platform === 'discord' && /^rediss?:\/\//.test(this.options.budgetUrl ?? '')) {
      budget = createSharedBudget({ ...(this.options.budgetUrl ? { url: this.options.budgetUrl } : {}), key: `discord:${sender.scope ?? 'unscoped'}`, perSecond: DISCORD_SHARED_PER_SECOND, log: this.options.log });
      this.budgets.push(budget);
    }
    this.queues.set(
      sender.platform,
      new DeliveryQueue({
        ...this.options.delivery,
        ...(budget ? { budget } : {}),
        store: this.options.store,
        dossier: this.options.dossier,
        log: this.options.log,
        owner: this.owner,
        now: this.now,
        sender,
        ...(this.options.limits?.[sender.platform] ? { limits: this.options.limits[sender.platform] } : {}),
      }),
    );
  }

  platforms(): DigestSender['platform'][] {
    return [...this.queues.keys()];
  }

  /** Runs a catch-up tick now (digests missed while the bot was down), then ticks every minute. */
  async start(): Promise<TickReport> {
    if (this.task) throw new Error('the digest scheduler is already running');
    this.stopped = false;
    this.task = cron.schedule('* * * * *', () => this.onCron(), { name: 'kuril-digests', noOverlap: false });
    const report = await this.tick(this.now());
    this.options.log.info({ ...report, platforms: this.platforms() }, 'digest scheduler started (catch-up tick done)');
    return report;
  }

  /**
   * Stops ticking and lets each platform queue finish or abandon its sends (DeliveryQueue.stop) within
   * `budgetMs`, then logs what was confirmed and what was abandoned. Runs once: a second call waits
   * for the first.
   */
  stop(budgetMs = 8_000): Promise<void> {
    return (this.stopping ??= this.stopOnce(budgetMs));
  }

  private async stopOnce(budgetMs: number): Promise<void> {
    const deadline = performance.now() + budgetMs;
    this.stopped = true;
    this.alerts.stop();
    await this.task?.stop();
    await this.task?.destroy();
    this.task = undefined;
    const results = await Promise.all(
      [...this.queues.values()].map(async (q) => ({ platform: q.platform, ...(await q.stop(Math.max(0, deadline - performance.now()))) })),
    );
    for (const { platform, queued, finished, unanswered } of results) {
      if (queued + finished.length + unanswered.length === 0) continue;
      const details = { platform, finished, notStarted: queued, unanswered };
      if (unanswered.length > 0) this.options.log.warn(details, 'digest delivery stopped: posts still unanswered are left to their leases; the next start resumes them from the saved progress');
      else this.options.log.info(details, 'digest delivery stopped: deliveries in flight finished; those not started go out at the next start');
    }
    // A tick may still be scanning (the catch-up tick at start): the store is closed after this.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled([...this.ticking]), new Promise((resolve) => (timer = setTimeout(resolve, Math.max(0, deadline - performance.now()))))]);
    clearTimeout(timer);
    await Promise.allSettled(this.budgets.map((b) => b.close()));
  }

  private onCron(): void {
    if (this.scanning || this.stopped) {
      this.options.log.debug?.({}, 'digest tick skipped: the previous scan is still running');
      return;
    }
    void this.tick(this.now());
  }

  /**
   * One tick at `now`: finds every channel-day due and not done, sends (or records as missed), sends
   * the breaking alerts owed (alerts.ts), and resolves when this tick's deliveries have settled. Never
   * throws: store errors are logged.
   */
  async tick(now: Date): Promise<TickReport> {
    const run = this.scan(now);
    this.ticking.add(run);
    try {
      return await run;
    } finally {
      this.ticking.delete(run);
    }
  }

  private async scan(now: Date): Promise<TickReport> {
    const report = emptyReport();
    if (this.stopped) return report;
    const deliveries: Promise<void>[] = [];
    this.scanning = true;
    try {
      for (const queue of this.queues.values()) await queue.flushUnrecorded();
      const subscriptions = await this.options.store.listSubscriptions();
      // forget channels no longer subscribed, so the done table stays the size of the subscription list
      if (this.done.size > subscriptions.length * 2 + 100) {
        const live = new Set(subscriptions.map(doneKey));
        for (const key of this.done.keys()) if (!live.has(key)) this.done.delete(key);
      }
      const candidates: { subscription: Subscription; day: string; due: Date; queue: DeliveryQueue }[] = [];
      for (const subscription of subscriptions) {
        if (!isLive(subscription)) continue;
        const queue = this.queues.get(subscription.platform as DigestSender['platform']);
        if (!queue?.serves(subscription)) continue;
        const latest = latestDue(subscription, now);
        if (!latest) continue;
        if ((this.done.get(doneKey(subscription)) ?? '') >= latest.day) continue;
        if (queue.isPending(subscription, latest.day)) continue;
        candidates.push({ ...latest, subscription, queue });
      }
      // Guilds and workspaces take turns, so a big one does not hold up everyone else's time.
      const ordered = roundRobin(candidates, (c) => `${c.subscription.platform}:${c.subscription.workspaceId ?? c.subscription.channelId}`);
      const ledgers = await this.options.store.getLedgers(ordered.map((c) => ({ channel: c.subscription, day: c.day })));
      ordered.forEach((candidate, i) => {
        if (ledgers[i]) {
          this.markDone(candidate.subscription, candidate.day);
          return;
        }
        report.due++;
        const late = now.getTime() - candidate.due.getTime();
        const work =
          late > this.graceMs
            ? this.markMissed(candidate.subscription, candidate.day, candidate.due, now).then((missed): Outcome | 'missed' => (missed ? 'missed' : 'busy'))
            : candidate.queue.deliver({ subscription: candidate.subscription, day: candidate.day, tickAt: now });
        deliveries.push(
          work.then((outcome) => {
            report[outcome]++;
            if (outcome === 'sent' || outcome === 'quiet' || outcome === 'done' || outcome === 'missed') this.markDone(candidate.subscription, candidate.day);
          }),
        );
      });
    } catch (error) {
      this.options.log.error({ err: error }, 'digest tick failed; the next tick tries again');
    } finally {
      this.scanning = false;
    }
    deliveries.push(this.alerts.tick().then((sent) => void (report.alerts += sent)));
    await Promise.all(deliveries).catch((error: unknown) => this.options.log.error({ err: error }, 'digest tick failed'));
    await this.maybePrune(now);
    return report;
  }

  private markDone(subscription: Subscription, day: string): void {
    const key = doneKey(subscription);
    if ((this.done.get(key) ?? '') < day) this.done.set(key, day);
  }

  /** More than the grace window late: record the day as missed (once, under the claim) and say so. */
  private async markMissed(subscription: Subscription, day: string, due: Date, now: Date): Promise<boolean> {
    const { store, log } = this.options;
    const name = claimName(subscription, day);
    if (!(await store.claim(name, this.owner, 30_000))) return false;
    try {
      if (await store.getLedger(subscription, day)) return true;
      await store.record(subscription, { day, status: 'missed', at: now.toISOString(), by: this.owner }, undefined, { name, owner: this.owner });
      log.warn(
        { channel: name, due: due.toISOString(), lateMinutes: Math.round((now.getTime() - due.getTime()) / 60_000) },
        'digest skipped: more than the grace window late (the bot was down); the next digest covers its events',
      );
      return true;
    } finally {
      await store.release(name, this.owner);
    }
  }

  private async maybePrune(now: Date): Promise<void> {
    if (now.getTime() - this.lastPrune < 24 * 60 * 60 * 1000) return;
    this.lastPrune = now.getTime();
    try {
      const pruned = await this.options.store.prune();
      if (pruned > 0) this.options.log.info({ pruned }, 'digest ledger: expired entries removed');
    } catch (error) {
      this.options.log.warn({ err: error }, 'digest ledger prune failed');
    }
  }
}

/**
 * The done table's key: the channel and its zone. Local days are days in the channel's zone, so after a
 * change of zone a day "done" in the old zone (Tokyo's 8 March) says nothing about the new one (UTC's
 * 7 March, still owed): the model-based fault run found exactly that.
 */
function doneKey(subscription: Subscription): string {
  return `${channelKey(subscription)}|${subscription.tz}`;
}
