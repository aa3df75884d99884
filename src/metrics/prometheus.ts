import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { PLATFORMS, type Platform } from '../common/caller.js';
import { COMMAND_OUTCOMES, STORE_OPERATIONS, type Metrics } from '../common/metrics.js';

/** The Metrics port on prom-client, with its own registry (so two bots in one test process never share counters). */
export interface PrometheusMetrics extends Metrics {
  readonly registry: Registry;
  /**
   * kuril_delivery_suspended{platform}: how many credentials (Discord's token, each Slack workspace's
   * or org's) the auth breakers hold back now, read from `read` at each scrape. A count, not a label per
   * workspace: team ids are not secret, but one series per workspace would grow with every install; the
   * error log names each scope.
   */
  watchSuspended(read: () => readonly { readonly platform: Platform }[]): void;
}

export interface PrometheusOptions {
  /** The registry's command names: any other name is counted as `unknown`, so no typed text becomes a label. */
  readonly commandNames: readonly string[];
}

/** A label from a fixed set, or `other`: a label value can never carry something we did not write. */
const oneOf = <T extends string>(allowed: readonly T[], value: string, fallback: string): string => ((allowed as readonly string[]).includes(value) ? value : fallback);

/** The adapters' request kinds (src/adapters/*: the in-flight tracker's `kind`). */
const REQUEST_KINDS = ['command', 'autocomplete', 'form', 'button', 'message', 'slash command', 'direct message', 'mention'] as const;

export function createPrometheusMetrics(options: PrometheusOptions): PrometheusMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const platform = (value: Platform) => oneOf(PLATFORMS, value, 'other');

  const commands = new Counter({ name: 'kuril_commands_total', help: 'Commands run, by command and outcome.', labelNames: ['command', 'outcome'], registers });
  const answers = new Histogram({
    name: 'kuril_answer_seconds',
    help: 'Time from a request reaching the bot to its reply being sent, by platform and kind.',
    labelNames: ['platform', 'kind'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 1.5, 2.5, 5, 10],
    registers,
  });
  const digests = new Counter({ name: 'kuril_digests_total', help: 'Daily digests, by platform and result (sent, failed).', labelNames: ['platform', 'result'], registers });
  const alerts = new Counter({ name: 'kuril_alerts_total', help: 'Breaking alerts, by platform and result (sent, failed).', labelNames: ['platform', 'result'], registers });
  const duplicates = new Counter({
    name: 'kuril_duplicates_prevented_total',
    help: 'Digests and alerts not sent again because the ledger or another process had them.',
    labelNames: ['platform', 'what'],
    registers,
  });
  const rateLimits = new Counter({ name: 'kuril_rate_limited_total', help: 'Rate limits (HTTP 429) met, by platform.', labelNames: ['platform'], registers });
  const store = new Histogram({
    name: 'kuril_store_seconds',
    help: 'Store round trips, by operation.',
    labelNames: ['operation'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 2.5],
    registers,
  });
  const feeds = new Counter({ name: 'kuril_feed_polls_total', help: 'News feeds fetched, by outcome (ok, failed).', labelNames: ['outcome'], registers });
  const shardsUp = new Gauge({ name: 'kuril_gateway_shards_up', help: "This process's gateway shards that are connected.", labelNames: ['platform'], registers });
  const shardsRun = new Gauge({ name: 'kuril_gateway_shards', help: 'Gateway shards this process runs.', labelNames: ['platform'], registers });

  let readSuspended: () => readonly { readonly platform: Platform }[] = () => [];
  new Gauge({
    name: 'kuril_delivery_suspended',
    help: "Credentials whose digests and alerts this process holds back because the platform keeps rejecting them (open auth breakers), by platform.",
    labelNames: ['platform'],
    registers,
    collect() {
      const held = readSuspended();
      // Every platform has a series (0 included), so an alert rule sees it go back to 0.
      for (const on of PLATFORMS.filter((p) => p !== 'console')) this.set({ platform: on }, held.filter((s) => s.platform === on).length);
    },
  });

  const commandNames = [...options.commandNames];
  return {
    registry,
    commandRun: (command, outcome) => commands.inc({ command: oneOf(commandNames, command, 'unknown'), outcome: oneOf(COMMAND_OUTCOMES, outcome, 'other') }),
    answered: (on, kind, seconds) => answers.observe({ platform: platform(on), kind: oneOf(REQUEST_KINDS, kind, 'other') }, seconds),
    digestSent: (on) => digests.inc({ platform: platform(on), result: 'sent' }),
    digestFailed: (on) => digests.inc({ platform: platform(on), result: 'failed' }),
    alertSent: (on) => alerts.inc({ platform: platform(on), result: 'sent' }),
    alertFailed: (on) => alerts.inc({ platform: platform(on), result: 'failed' }),
    duplicatePrevented: (on, what) => duplicates.inc({ platform: platform(on), what: oneOf(['digest', 'alert'], what, 'other') }),
    rateLimited: (on) => rateLimits.inc({ platform: platform(on) }),
    storeLatency: (operation, seconds) => store.observe({ operation: oneOf(STORE_OPERATIONS, operation, 'other') }, seconds),
    feedPolled: (outcome) => feeds.inc({ outcome: oneOf(['ok', 'failed'], outcome, 'other') }),
    watchSuspended(read) {
      readSuspended = read;
    },
    gatewayShards(on, up, total) {
      shardsUp.set({ platform: platform(on) }, up);
      shardsRun.set({ platform: platform(on) }, total);
    },
  };
}
