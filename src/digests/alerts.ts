import { alertEvents, alertReply, warrantsAlert } from '../briefings/alert.js';
import type { Dossier, KurilEvent } from '../dossier/dossier.js';
import type { DeliveryQueue } from './delivery.js';
import type { DigestStore, StoreLog } from './store/digest-store.js';
import { channelKey, type AlertSetting, type DigestSender } from './types.js';

/**
 * Breaking alerts: at each scheduler tick, every channel with alerts on gets each live event that
 * qualifies (alertEvents: |Goldstein| ≥ its minimum, entered the record since alerts were turned on)
 * exactly once, across restarts and instances, by the same rules as a digest (delivery.ts):
 *   1. the claim `alert:<platform>:<channel>:<event>`, kept alive while working; no claim, no send;
 *   2. the alert ledger: an event recorded for the channel is never sent there again;
 *   3. the setting re-read (alerts may have been turned off since the tick);
 *   4. the send, through the platform's queue (its sender and rate limiter);
 *   5. on the platform's confirmation, the ledger entry at once, then the claim released.
 * A rate-limited or failed send is left to the next tick (a minute later); a channel that is gone
 * has its alerts disabled.
 */

export type AlertOutcome = 'sent' | 'done' | 'busy' | 'skipped' | 'gone' | 'failed';

export interface AlertOptions {
  readonly store: DigestStore;
  readonly dossier: () => Dossier;
  readonly log: StoreLog;
  readonly owner: string;
  readonly now: () => Date;
  /** The platform's delivery queue, if its adapter has registered a sender. */
  readonly queue: (platform: DigestSender['platform']) => DeliveryQueue | undefined;
  /** Alerts in flight at once (default 8). */
  readonly concurrency?: number;
  /** Called after each alert settles (the app counts them for /metrics: outcome-metrics.ts). */
  readonly onOutcome?: (platform: DigestSender['platform'], outcome: AlertOutcome) => void;
}

interface AlertJob {
  readonly setting: AlertSetting;
  readonly event: KurilEvent;
  readonly queue: DeliveryQueue;
  readonly name: string;
}

export function alertClaimName(channel: Pick<AlertSetting, 'platform' | 'channelId'>, eventId: string): string {
  return `alert:${channelKey(channel)}:${eventId}`;
}

export class AlertDispatcher {
  /** Claim names known alerted, so steady-state ticks skip the ledger. */
  private readonly done = new Set<string>();
  /** Posts whose last attempt ended without an answer: the retry looks for them first. */
  private readonly unclear = new Set<string>();
  /** Alerts the platform refused in a way that will repeat, with the UTC day: not retried that day. */
  private readonly refused = new Map<string, string>();
  private running = false;
  private stopping = false;

  constructor(private readonly options: AlertOptions) {}

  /** Sends every alert owed at this tick; resolves with how many went out. Never throws. */
  async tick(): Promise<number> {
    // A tick whose sends outlast a minute is not overlapped: the next one finds what is left.
    if (this.running) return 0;
    this.running = true;
    try {
      const jobs = await this.owed();
      let sent = 0;
      const worker = async () => {
        for (let job = jobs.shift(); job && !this.stopping; job = jobs.shift()) {
          const outcome = await this.deliver(job).catch((error: unknown): AlertOutcome => {
            this.options.log.error({ err: error, channel: job.name }, 'alert delivery failed; the next tick retries');
            return 'failed';
          });
          this.options.onOutcome?.(job.queue.platform, outcome);
          if (outcome === 'sent') sent++;
          if (outcome === 'sent' || outcome === 'done') this.done.add(job.name);
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, this.options.concurrency ?? 8) }, worker));
      return sent;
    } catch (error) {
      this.options.log.error({ err: error }, 'alert tick failed; the next tick tries again');
      return 0;
    } finally {
      this.running = false;
    }
  }

  /** No new alert starts after this; the scheduler then stops the queues, which ends any wait for a send slot. */
  stop(): void {
    this.stopping = true;
  }

  /** Channel-events that qualify, whose channel's platform has a sender, and that the ledger does not show as sent. */
  private async owed(): Promise<AlertJob[]> {
    const { store, dossier } = this.options;
    const events = dossier();
    const candidates: AlertJob[] = [];
    for (const setting of await store.listAlertSettings()) {
      if (setting.disabled) continue;
      const queue = this.options.queue(setting.platform as DigestSender['platform']);
      if (!queue?.serves(setting)) continue;
      for (const event of alertEvents(events, setting.min, setting.since.slice(0, 10))) {
        const name = alertClaimName(setting, event.id);
        if (!this.done.has(name) && this.refused.get(name) !== this.options.now().toISOString().slice(0, 10)) candidates.push({ setting, event, queue, name });
      }
    }
    const ledgers = await store.getAlertLedgers(candidates.map((c) => ({ channel: c.setting, eventId: c.event.id })));
    return candidates.filter((candidate, i) => {
      if (ledgers[i]) this.done.add(candidate.name);
      return !ledgers[i];
    });
  }

  private async deliver(job: AlertJob): Promise<AlertOutcome> {
    const { store, owner, log } = this.options;
    const { name, event, queue } = job;
    const claim = await queue.takeClaim(name);
    if (!claim) return 'busy';
    let release = true;
    try {
      if (await store.getAlertLedger(job.setting, event.id)) return 'done';
      const current = await store.getAlertSetting(job.setting);
      if (!current || current.disabled || !warrantsAlert(event, current.min, current.since.slice(0, 10))) return 'skipped';

      // Usually one post; each carries its own tag, so a retry after an unclear failure never repeats one.
      const parts = queue.sender.render(alertReply(event));
      for (let index = 0; index < parts.length; index++) {
        const partName = `${name}#${index}`;
        let result;
        try {
          result = await queue.postPart(claim, parts[index], { channelId: current.channelId, delivery: `alert:${event.id}`, index, count: parts.length, verify: this.unclear.has(partName), ...(current.scope ? { scope: current.scope } : {}) });
        } catch (error) {
          this.unclear.add(partName);
          throw error;
        }
        this.unclear.delete(partName);
        if (result.kind === 'sent') continue;
        if (result.kind === 'gone') {
          const at = this.options.now().toISOString();
          // Atomic against a change made meanwhile (alerts turned off or their minimum changed): only `disabled` is set.
          await store.updateAlertSetting(current, (latest) => ({ ...latest, disabled: { reason: `the channel no longer exists (${result.reason})`.slice(0, 200), at }, updatedAt: at }));
          log.warn({ channel: name }, 'alert channel gone: alerts disabled');
          return 'gone';
        }
        if (result.kind === 'forbidden' || result.kind === 'rejected') {
          // It will repeat: not asked again until tomorrow (UTC).
          if (this.refused.size >= 50_000) this.refused.clear();
          this.refused.set(name, this.options.now().toISOString().slice(0, 10));
        }
        if (result.kind === 'held' && result.why === 'lost') log.warn({ channel: name }, 'claim lost, another process owns it; alert not sent');
        else log.info({ channel: name, result: result.kind, ...('reason' in result ? { reason: result.reason } : {}) }, 'alert not sent; the next tick retries');
        return 'failed';
      }
      const at = this.options.now().toISOString();
      let recorded: boolean;
      try {
        recorded = await store.recordAlert(current, { eventId: event.id, at, by: owner }, claim.fence);
      } catch (error) {
        // Sent but not recorded: keep the claim until its lease ends, so no one resends meanwhile.
        release = false;
        log.error({ err: error, channel: name }, 'alert sent but not recorded (store unavailable)');
        return 'sent';
      }
      if (!recorded) {
        log.warn({ channel: name }, 'claim lost, another process owns it; alert sent but recorded by nobody here');
        return 'sent';
      }
      log.info({ channel: name, event: event.id }, 'alert delivered');
      return 'sent';
    } finally {
      await claim.end(!release);
    }
  }
}
