import { performance } from 'node:perf_hooks';
import type { Platform } from '../common/caller.js';
import type { Metrics } from '../common/metrics.js';
import type { Logger } from '../logger.js';

/**
 * The replies an adapter is working on, so that stopping can finish them. One behaviour for every
 * platform: once stopping, no new work starts; stop waits for the work in flight up to its budget,
 * then logs what it abandons. A failure is logged (as `err`) and never reaches the platform library.
 */
export interface InFlight {
  /** Runs the work; resolves when it is done, never rejects. Refused (resolves at once) once stopping. */
  track(kind: string, work: () => Promise<void>): Promise<void>;
  /** Stops taking work and waits for the work in flight, at most `budgetMs`. */
  drain(budgetMs: number): Promise<void>;
  readonly size: number;
}

/** How long an adapter's stop waits for replies still being written, unless the app gives it less (SHUTDOWN_BUDGET_MS). */
export const DRAIN_BUDGET_MS = 5_000;

/** `metrics`: each piece of work's duration, from arrival to reply sent, is the answer latency. */
export function createInFlight(log: Pick<Logger, 'error' | 'warn'>, platform: Platform, metrics?: Metrics): InFlight {
  const jobs = new Map<Promise<void>, string>();
  let stopping = false;
  return {
    get size() {
      return jobs.size;
    },
    track(kind, work) {
      if (stopping) return Promise.resolve();
      const started = performance.now();
      const job = Promise.resolve()
        .then(work)
        .catch((error: unknown) => log.error({ err: error, kind, platform }, `${platform} ${kind} failed`))
        .finally(() => {
          jobs.delete(job);
          metrics?.answered(platform, kind, (performance.now() - started) / 1_000);
        });
      jobs.set(job, kind);
      return job;
    },
    async drain(budgetMs) {
      stopping = true;
      if (jobs.size === 0) return;
      let timer: NodeJS.Timeout | undefined;
      const budget = new Promise<'late'>((resolve) => (timer = setTimeout(resolve, budgetMs, 'late')));
      const outcome = await Promise.race([Promise.allSettled([...jobs.keys()]).then(() => 'done' as const), budget]);
      clearTimeout(timer);
      if (outcome === 'late') log.warn({ platform, abandoned: [...jobs.values()] }, `${platform}: stopped with replies unfinished`);
    },
  };
}

/** Waits for `work` at most `ms`: 'done', or 'late' (the work goes on unwatched). */
export async function within(ms: number, work: Promise<unknown>): Promise<'done' | 'late'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(resolve, Math.max(0, ms), 'late')));
  try {
    return await Promise.race([work.then(() => 'done' as const), late]);
  } finally {
    clearTimeout(timer);
  }
}
