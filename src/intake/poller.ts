import type { Metrics } from '../common/metrics.js';
import { StoreUnavailableError } from '../store/unavailable.js';
import type { Dossier } from '../dossier/dossier.js';
import { feedHealthOf, pollFeeds, type FeedState, type PollReport } from './poll.js';
import type { CandidateStore } from './store/candidate-store.js';
import type { Feed } from './types.js';

/**
 * Polls the feeds every INTAKE_INTERVAL_MIN minutes while the bot runs. Several processes may share
 * one store: a lease (the store's claim) lets one of them poll each round, so two never propose the
 * same story twice. The first poll waits a minute, so a short console session fetches nothing.
 */
export interface PollerLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface Poller {
  start(): void;
  stop(): Promise<void>;
  /** Feed states as this process last saw them (for /kuril status). */
  readonly state: ReadonlyMap<string, FeedState>;
}

export interface PollerOptions {
  readonly feeds: readonly Feed[];
  readonly store: CandidateStore;
  readonly dossier: () => Dossier;
  readonly intervalMs: number;
  readonly log: PollerLog;
  /** Takes the poll's lease for this round; false when another process holds it. */
  readonly claim: (leaseMs: number) => Promise<boolean>;
  readonly firstDelayMs?: number;
  /** Counts each feed fetched (METRICS_PORT). */
  readonly metrics?: Pick<Metrics, 'feedPolled'>;
}

export function createPoller(options: PollerOptions): Poller {
  const state = new Map<string, FeedState>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;

  const round = async () => {
    if (!(await options.claim(options.intervalMs * 0.9))) return;
    const now = new Date();
    const report: PollReport = await pollFeeds({ feeds: options.feeds, dossier: options.dossier(), store: options.store, now, state });
    for (const feed of report.feeds) {
      if (feed.status !== 'waiting') options.metrics?.feedPolled(feed.status === 'error' ? 'failed' : 'ok');
      if (feed.status === 'error') options.log.warn({ feed: feed.feed.id, problem: feed.message, retryAt: feed.retryAt }, 'news feed failed');
    }
    options.log.info({ feeds: report.feeds.length, created: report.created.map((c) => c.id), grown: report.grown.map((c) => c.id) }, 'news feeds polled');
    // The candidates are in; only /kuril status's view of the feeds waits for the next round.
    await options.store.saveFeedHealth(feedHealthOf(report, state, now)).catch((error: unknown) => {
      if (!(error instanceof StoreUnavailableError)) throw error;
      options.log.warn({ problem: error.message }, 'news feeds polled, but their health could not be saved: the store is unavailable');
    });
  };
  const tick = () => {
    running ??= round()
      .catch((error: unknown) => {
        // The store is down or slow: nothing was kept of this round (pollFeeds), so the next round fetches it all again.
        if (error instanceof StoreUnavailableError) options.log.warn({ problem: error.message }, 'news poll skipped: the store is unavailable; trying again next round');
        else options.log.error({ err: error }, 'news poll failed');
      })
      .finally(() => (running = undefined));
  };

  return {
    state,
    start() {
      if (timer || options.intervalMs <= 0) return;
      timer = setTimeout(function next() {
        tick();
        timer = setTimeout(next, options.intervalMs);
        timer.unref();
      }, options.firstDelayMs ?? 60_000);
      timer.unref();
    },
    async stop() {
      clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
