import { localTime, shiftDay, zonedInstant } from './time.js';
import type { Subscription } from './types.js';

/** A digest missed while the bot was down is still sent within this long after its time. */
export const GRACE_MS = 6 * 60 * 60 * 1000;

export interface DueDay {
  /** The subscription's local day the digest is for. */
  readonly day: string;
  /** When it is (or was) due. */
  readonly due: Date;
}

/** The instant from which the subscription's deliveries count, to the minute. */
export function activeFrom(subscription: Subscription): number {
  const t = Date.parse(subscription.activeFrom);
  return t - (t % 60_000);
}

export function isLive(subscription: Subscription): boolean {
  return !subscription.paused && !subscription.disabled;
}

/** When the digest for a local day is due. */
export function dueAt(subscription: Pick<Subscription, 'time' | 'tz'>, day: string): Date {
  return zonedInstant(day, subscription.time, subscription.tz);
}

/**
 * The most recent local day whose delivery time has come, at `now`: today once today's time has
 * passed, otherwise yesterday. Undefined when that time falls before the subscription became active
 * (nothing is owed yet).
 */
export function latestDue(subscription: Subscription, now: Date): DueDay | undefined {
  const today = localTime(now, subscription.tz).day;
  let day = today;
  let due = dueAt(subscription, day);
  if (due.getTime() > now.getTime()) {
    day = shiftDay(today, -1);
    due = dueAt(subscription, day);
  }
  if (due.getTime() > now.getTime() || due.getTime() < activeFrom(subscription)) return undefined;
  return { day, due };
}

/**
 * The next delivery at `now`: a due, undelivered digest still inside the grace window (it goes out at
 * the next tick), else the next scheduled time. `done(day)` says whether a day is already served.
 */
export function nextDelivery(subscription: Subscription, now: Date, done: (day: string) => boolean, graceMs = GRACE_MS): DueDay | undefined {
  if (!isLive(subscription)) return undefined;
  const today = localTime(now, subscription.tz).day;
  const from = activeFrom(subscription);
  for (let offset = -1; offset <= 2; offset++) {
    const day = shiftDay(today, offset);
    const due = dueAt(subscription, day);
    const t = due.getTime();
    if (t < from || done(day)) continue;
    if (t > now.getTime() || now.getTime() - t <= graceMs) return { day, due };
  }
  return undefined;
}
