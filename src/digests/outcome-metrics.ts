import type { Platform } from '../common/caller.js';
import type { Metrics } from '../common/metrics.js';
import type { AlertOutcome } from './alerts.js';
import type { DeliveryOptions, Outcome } from './delivery.js';
import type { SchedulerOptions } from './scheduler.js';

/**
 * Digest and alert outcomes as operators see them in /metrics (kuril_digests_total,
 * kuril_alerts_total, kuril_duplicates_prevented_total): sent, failed (the next tick retries), or a
 * duplicate the ledger or another process's claim prevented. Other outcomes (quiet, skipped, gone…)
 * are in the logs.
 */

export function countDigest(metrics: Metrics, platform: Platform, outcome: Outcome): void {
  if (outcome === 'sent') metrics.digestSent(platform);
  else if (outcome === 'failed') metrics.digestFailed(platform);
  else if (outcome === 'done' || outcome === 'busy') metrics.duplicatePrevented(platform, 'digest');
}

export function countAlert(metrics: Metrics, platform: Platform, outcome: AlertOutcome): void {
  if (outcome === 'sent') metrics.alertSent(platform);
  else if (outcome === 'failed') metrics.alertFailed(platform);
  else if (outcome === 'done' || outcome === 'busy') metrics.duplicatePrevented(platform, 'alert');
}

/** The scheduler options that count both (for createDigestService). */
export function countOutcomes(metrics: Metrics): Pick<SchedulerOptions, 'onAlertOutcome'> & { delivery: Pick<DeliveryOptions, 'onOutcome'> } {
  return {
    delivery: { onOutcome: (job, outcome) => countDigest(metrics, job.subscription.platform, outcome) },
    onAlertOutcome: (platform, outcome) => countAlert(metrics, platform, outcome),
  };
}
