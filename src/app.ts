import { randomUUID } from 'node:crypto';
import type { Readable, Writable } from 'node:stream';
import type { Adapter, AdapterDeps } from './adapters/adapter.js';
import { createConsoleBot } from './adapters/console/console-bot.js';
import { createAskLimiter } from './commands/ask-limiter.js';
import { commands } from './commands/registry.js';
import { StartError, messageOf } from './common/start-error.js';
import { ConfigError, loadConfig, secretValues, slackMode } from './config.js';
import { within } from './adapters/in-flight.js';
import { countOutcomes } from './digests/outcome-metrics.js';
import { createDigestService } from './digests/service.js';
import { createDigestStore } from './digests/store/open-store.js';
import { DossierError } from './dossier/validate.js';
import { openEventSet } from './intake/event-set.js';
import { FeedsError, loadFeeds } from './intake/feeds.js';
import { createPoller } from './intake/poller.js';
import { createIntakeService } from './intake/service.js';
import { intakeNamespace } from './intake/store/candidate-store.js';
import { openCandidateStore } from './intake/store/open-intake-store.js';
import { createLogger } from './logger.js';
import { closeRenderer, startRenderer } from './charts/renderer.js';
import { storeHealth } from './metrics/health.js';
import type { MetricsServer } from './metrics/server.js';
import { registerSecrets } from './redact.js';

/** What the app talks to: the process's streams and signals in production, fakes in tests. */
export interface AppIO {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Whether a person is typing at stdin (the console then shows a prompt). */
  readonly interactive?: boolean;
  /** Where SIGINT and SIGTERM arrive (the process, or an emitter a test controls). */
  readonly signals: { once(signal: 'SIGINT' | 'SIGTERM', listener: (signal: NodeJS.Signals) => void): unknown };
}

/**
 * The whole bot, in process: configuration → event set → digests → adapters, until the console's
 * input ends or a signal arrives. Resolves with the exit code. Start-up problems (a bad setting, a
 * corrupt event set, a rejected token) are one line on stderr and exit code 1, never a stack trace.
 * With no platform tokens it runs the console bot.
 */
export async function run(env: NodeJS.ProcessEnv, io: AppIO): Promise<number> {
  const fail = (message: string) => {
    io.stderr.write(`kuril-brief: ${message}\n`);
    return 1;
  };
  let config;
  let feeds;
  try {
    config = loadConfig(env);
    feeds = config.INTAKE_INTERVAL_MIN > 0 ? loadFeeds(config.FEEDS_FILE) : [];
  } catch (error) {
    if (error instanceof ConfigError || error instanceof FeedsError) return fail(`cannot start. ${error.message}`);
    throw error;
  }
  registerSecrets(secretValues(config));
  const log = createLogger(config.LOG_LEVEL, io.stderr);
  // Counted only when operators asked for /metrics (METRICS_PORT); prom-client loads only then.
  const metrics = config.METRICS_PORT === undefined ? undefined : (await import('./metrics/prometheus.js')).createPrometheusMetrics({ commandNames: commands.map((c) => c.name) });

  // The store (STORE_URL) keeps digests, news candidates and approved events. Neither opener waits
  // for Redis: commands work without it, and digests resume when it answers. The event set is the
  // shipped files plus the approved events; a bad set stops start-up with file, record and field.
  let candidates;
  let store;
  let digests;
  let events;
  try {
    candidates = await openCandidateStore(config.STORE_URL, log, intakeNamespace(config.STORE_NAMESPACE), { timeoutMs: config.STORE_TIMEOUT_MS });
    store = await createDigestStore({ url: config.STORE_URL, namespace: config.STORE_NAMESPACE, timeoutMs: config.STORE_TIMEOUT_MS, log });
    events = await openEventSet({ ...(config.DATA_DIR ? { dataDir: config.DATA_DIR } : {}), store: candidates, log });
    // The scheduler starts when a platform adapter hands over its sender (digests.registerSender).
    digests = createDigestService({
      store,
      dossier: events.current,
      log,
      defaultTimeZone: config.TZ_DEFAULT,
      maxPerWorkspace: config.DIGEST_MAX_PER_WORKSPACE,
      autoStart: true,
      budgetUrl: config.STORE_URL,
      ...(metrics ? countOutcomes(metrics) : {}),
    });
  } catch (error) {
    await Promise.allSettled([candidates?.close(), store?.close()]);
    if (error instanceof DossierError) return fail(`cannot start. ${error.message}`);
    return fail(`cannot open the store (STORE_URL). ${messageOf(error)}`);
  }
  metrics?.watchSuspended(() => digests.suspended());
  const deps: AdapterDeps = {
    config,
    dossier: events.current,
    now: () => new Date(),
    log,
    digests,
    askLimiter: createAskLimiter(config.ASK_RATE_LIMIT),
    intake: createIntakeService(candidates, events),
    installations: digests.store,
    ...(metrics ? { metrics } : {}),
  };

  const adapters: Adapter[] = [];
  // Platform libraries load only when their adapter runs, so the console bot starts quickly.
  if (config.DISCORD_TOKEN) adapters.push((await import('./adapters/discord/discord-bot.js')).createDiscordBot(deps));
  if (slackMode(config)) adapters.push((await import('./adapters/slack/slack-bot.js')).createSlackBot(deps));
  if (adapters.length === 0) {
    io.stderr.write('kuril-brief: no DISCORD_TOKEN or SLACK_BOT_TOKEN set, running the console bot (type /kuril help, or ask a question; Ctrl-D quits).\n');
    adapters.push(createConsoleBot(deps, { input: io.stdin, output: io.stdout, interactive: io.interactive === true }));
  }

  // News feeds, polled by one process at a time (the lease lives in the shared store).
  const owner = `intake-${randomUUID()}`;
  const poller = createPoller({
    feeds,
    store: candidates,
    dossier: events.current,
    intervalMs: config.INTAKE_INTERVAL_MIN * 60_000,
    log,
    claim: (leaseMs) => digests.store.claim('intake-poll', owner, leaseMs),
    ...(metrics ? { metrics } : {}),
  });

  // /healthz and /metrics, open while the adapters start (health says what is not connected yet).
  let metricsServer: MetricsServer | undefined;
  if (metrics && config.METRICS_PORT !== undefined) {
    const store = digests.store;
    const health = [
      ...adapters.map((adapter) => ({ name: adapter.name, problem: () => adapter.health?.() })),
      storeHealth(() => store.getCursor(HEALTH_PROBE), (seconds) => metrics.storeLatency('health', seconds)),
    ];
    try {
      metricsServer = await (await import('./metrics/server.js')).startMetricsServer({ port: config.METRICS_PORT, registry: metrics.registry, health });
    } catch (error) {
      await digests.close().catch(() => undefined);
      await candidates.close().catch(() => undefined);
      return fail(`cannot open METRICS_PORT ${config.METRICS_PORT} for /healthz and /metrics (${(error as NodeJS.ErrnoException).code ?? messageOf(error)}).`);
    }
    log.info({ port: metricsServer.port }, 'health and metrics on /healthz and /metrics');
  }

  // Signals are handled from here on, so one that arrives while an adapter is still starting also
  // shuts down cleanly (stop() is safe on an adapter that has not finished starting).
  // One budget (SHUTDOWN_BUDGET_MS) for the whole shutdown: each stage gets what the ones before left.
  let stopping: Promise<void> | undefined;
  const shutdown = () =>
    (stopping ??= (async () => {
      const deadline = performance.now() + config.SHUTDOWN_BUDGET_MS;
      const left = () => Math.max(0, deadline - performance.now());
      // Digest posts in flight finish (or are left to their lease) while the platforms are still
      // connected; a quarter of the budget stays for the adapters and the stores.
      await digests.scheduler.stop(left() * 0.75).catch((error: unknown) => log.error({ err: error }, 'digest scheduler stop failed'));
      await within(left(), Promise.allSettled(adapters.map((a) => a.stop(left()))));
      events.stop();
      await within(left(), poller.stop());
      // The scheduler has stopped: close() only closes the store.
      await within(left(), digests.close().catch((error: unknown) => log.error({ err: error }, 'digest store close failed')));
      await within(left(), candidates.close().catch((error: unknown) => log.error({ err: error }, 'intake store close failed')));
      await within(left(), metricsServer?.close() ?? Promise.resolve());
      await within(left(), closeRenderer());
      if (left() === 0) log.warn({ budgetMs: config.SHUTDOWN_BUDGET_MS }, 'shutdown budget used up; exiting with work unfinished');
    })());
  const signalled = new Promise<void>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      log.info({ signal }, 'shutting down');
      resolve();
    };
    io.signals.once('SIGINT', onSignal);
    io.signals.once('SIGTERM', onSignal);
  });

  const started: Adapter[] = [];
  for (const adapter of adapters) {
    const outcome = await Promise.race([adapter.start().then(() => 'started' as const, (error: unknown) => error), signalled.then(() => 'signal' as const)]);
    if (outcome === 'signal') break;
    if (outcome !== 'started') {
      // The adapter's one line is all the operator needs; only what did start is stopped, quietly.
      await Promise.allSettled(started.map((a) => a.stop()));
      await metricsServer?.close();
      await digests.close().catch(() => undefined);
      await candidates.close().catch(() => undefined);
      return fail(`cannot start the ${adapter.name} adapter. ${outcome instanceof StartError ? outcome.message : messageOf(outcome)}`);
    }
    started.push(adapter);
  }

  // Approvals elsewhere and edited data files reach this process within a minute.
  events.start();
  poller.start();
  // A platform bot draws charts for anyone at any time: its chart worker starts now, after the
  // platforms are connected, so no chart waits for Vega, resvg and the fonts to load. The console
  // bot, often one command long, starts it with its first chart (as does CHART_WORKER_AT_START=off).
  if (config.CHART_WORKER_AT_START === 'on' && !adapters.some((a) => a.name === 'console')) {
    startRenderer().then(
      () => log.debug('chart worker ready'),
      (error: unknown) => log.warn({ err: error }, 'chart worker did not start; the first chart will try again'),
    );
  }

  // The console ends with its input; platform adapters run until a signal.
  const endings = adapters.map((a) => a.finished);
  const ended = endings.every((f): f is Promise<void> => f !== undefined) ? Promise.all(endings).then(() => undefined) : new Promise<void>(() => {});
  await Promise.race([ended, signalled]);
  await shutdown();
  return 0;
}

/** A channel no one subscribes: /healthz reads its (absent) cursor to see that the store answers. */
const HEALTH_PROBE = { platform: 'console', channelId: 'health-probe' } as const;

