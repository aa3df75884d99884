import { describe, expect, it } from 'vitest';
import { HEALTHY, isDue, MAX_DELAY_MS, nextAttemptAt, recordFailure, recordSuccess } from '../../src/intake/backoff.js';

const now = new Date('2026-03-06T00:00:00Z');
const minutes = (date: Date) => (date.getTime() - now.getTime()) / 60_000;
const noJitter = () => 0;
const mostJitter = () => 0.999_999;

describe('feed backoff', () => {
  it('doubles the wait from one minute after each failure in a row', () => {
    expect([1, 2, 3, 4, 5].map((failures) => minutes(nextAttemptAt(failures, now, noJitter)))).toEqual([1, 2, 4, 8, 16]);
  });

  it('never waits more than six hours, however long the feed has been down', () => {
    expect(minutes(nextAttemptAt(9, now, noJitter))).toBe(256);
    expect(minutes(nextAttemptAt(10, now, noJitter))).toBe(360);
    expect(nextAttemptAt(5_000, now, noJitter).getTime() - now.getTime()).toBe(MAX_DELAY_MS);
  });

  it('cuts each wait by up to a fifth at random', () => {
    expect(minutes(nextAttemptAt(1, now, mostJitter))).toBeCloseTo(0.8, 3);
    expect(minutes(nextAttemptAt(20, now, () => 0.5))).toBe(360 * 0.9);
  });

  it('allows a feed that has not failed at once', () => {
    expect(nextAttemptAt(0, now)).toEqual(now);
    expect(isDue(HEALTHY, now)).toBe(true);
  });

  it('holds a failing feed back until its next attempt, and a success clears it', () => {
    const once = recordFailure(HEALTHY, now, noJitter);
    const twice = recordFailure(once, now, noJitter);
    expect(twice).toEqual({ failures: 2, nextAttemptAt: new Date('2026-03-06T00:02:00Z') });
    expect(isDue(twice, new Date('2026-03-06T00:01:59Z'))).toBe(false);
    expect(isDue(twice, new Date('2026-03-06T00:02:00Z'))).toBe(true);
    expect(recordSuccess()).toEqual({ failures: 0 });
  });
});
