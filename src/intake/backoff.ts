/**
 * Per-feed backoff: a feed that fails is left alone for 1 minute, then 2, 4, 8 … up to 6 hours, so a
 * dead or blocking server is not hammered every poll. Pure: the clock and the randomness are passed in.
 */

export const FIRST_DELAY_MS = 60_000;
export const MAX_DELAY_MS = 6 * 60 * 60_000;
/** Each delay is cut by up to this share at random, so feeds that failed together (the network was down) do not all retry together. */
export const JITTER = 0.2;

export interface FeedBackoff {
  /** Failures in a row since the last success. */
  readonly failures: number;
  /** Not before this instant; undefined when the feed may be polled now. */
  readonly nextAttemptAt?: Date;
}

export const HEALTHY: FeedBackoff = { failures: 0 };

/**
 * When to try again after `failures` failures in a row: the step doubles from 1 minute up to 6 hours,
 * less a random cut of up to 20% (never more than the cap). `random` returns [0, 1), like Math.random.
 */
export function nextAttemptAt(failures: number, now: Date, random: () => number = Math.random): Date {
  if (failures <= 0) return now;
  // Capping the exponent first keeps 2 ** n finite however long a feed has been down.
  const step = Math.min(FIRST_DELAY_MS * 2 ** Math.min(failures - 1, 30), MAX_DELAY_MS);
  return new Date(now.getTime() + Math.round(step * (1 - JITTER * random())));
}

export function recordFailure(state: FeedBackoff, now: Date, random: () => number = Math.random): FeedBackoff {
  const failures = state.failures + 1;
  return { failures, nextAttemptAt: nextAttemptAt(failures, now, random) };
}

/** A fetch that succeeded (new items or "not modified") clears the backoff. */
export function recordSuccess(): FeedBackoff {
  return HEALTHY;
}

export function isDue(state: FeedBackoff, now: Date): boolean {
  return state.nextAttemptAt === undefined || state.nextAttemptAt.getTime() <= now.getTime();
}
