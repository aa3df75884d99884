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
  /** Claim lease (default 60 s), renewed every third of it while a send is in progress. */
  readonly leaseMs?: number;
  /** Alerts in flight at once (default 8). */
  readonly concurrency?: number;
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
      if (!queue) continue;
      for (const event of alertEvents(events, setting.min, setting.since.slice(0, 10))) {
        const name = alertClaimName(setting, event.id);
        if (!this.done.has(name)) candidates.push({ setting, event, queue, name });
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
    const { name, event } = job;
    const leaseMs = this.options.leaseMs ?? 60_000;
    if (!(await store.claim(name, owner, leaseMs))) return 'busy';
    const heartbeat = setInterval(() => {
      store.renew(name, owner, leaseMs).catch((error: unknown) => log.warn({ err: error, channel: name }, 'alert claim renewal failed'));
    }, Math.max(50, leaseMs / 3));
    heartbeat.unref();
    let release = true;
    try {
      if (await store.getAlertLedger(job.setting, event.id)) return 'done';
      const current = await store.getAlertSetting(job.setting);
      if (!current || current.disabled || !warrantsAlert(event, current.min, current.since.slice(0, 10))) return 'skipped';

      let result;
      try {
        result = await job.queue.sendNow(current.channelId, alertReply(event));
      } catch (error) {
        // Shutting down before the send went: the next start sends it.
        if (this.stopping) return 'failed';
        throw error;
      }
      const at = this.options.now().toISOString();
      if (result === 'sent') {
        try {
          await store.recordAlert(current, { eventId: event.id, at, by: owner }, { name, owner });
        } catch (error) {
          // Sent but not recorded: keep the claim until its lease ends, so no one resends meanwhile.
          release = false;
          log.error({ err: error, channel: name }, 'alert sent but not recorded (store unavailable)');
          return 'sent';
        }
        log.info({ channel: name, event: event.id }, 'alert delivered');
        return 'sent';
      }
      if (result === 'gone') {
        await store.putAlertSetting({ ...current, disabled: { reason: 'channel gone or access lost', at }, updatedAt: at });
        log.warn({ channel: name }, 'alert channel gone or bot lost access: alerts disabled');
        return 'gone';
      }
      log.info({ channel: name, retryAfterMs: result.retryAfterMs }, 'alert rate limited; the next tick retries');
      return 'failed';
    } finally {
      clearInterval(heartbeat);
      if (release) await store.release(name, owner).catch((error: unknown) => log.warn({ err: error, channel: name }, 'alert claim release failed'));
    }
  }
}
