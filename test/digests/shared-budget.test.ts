import { afterEach, describe, expect, it } from 'vitest';
import { createSharedBudget, type SharedBudget, type SharedBudgetOptions, type Slot } from '../../src/digests/shared-budget.js';
import { testLog, uniqueNamespace } from '../support/digest-helpers.js';
import { redisUrl, skipWithoutRedis } from '../support/redis.js';
import { startTcpProxy, type ProxyMode } from '../support/tcp-proxy.js';

/**
 * The budget shared by every process of one bot, on the real Redis: two budgets on their own
 * connections stand for two processes. Spacing is checked on the slot times Redis hands out (its own
 * clock), not on when the timers fired, so a loaded machine cannot make these tests flake; wall-clock
 * checks are one-sided (a caller never goes before its slot) or have generous slack.
 */

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function budget(options: Partial<SharedBudgetOptions> & Pick<SharedBudgetOptions, 'key' | 'perSecond'>): { budget: SharedBudget; log: ReturnType<typeof testLog> } {
  const log = testLog();
  const made = createSharedBudget({ url: redisUrl(), log, ...options });
  cleanups.push(() => made.close());
  return { budget: made, log };
}

/** Acquires until a slot comes from Redis (the connection comes up in the background), for at most `ms`. */
async function untilShared(budget: SharedBudget, ms = 10_000): Promise<Slot> {
  const deadline = performance.now() + ms;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const slot = await budget.acquire();
    if (slot.shared) return slot;
    if (performance.now() > deadline) throw new Error('the budget never got a slot from Redis');
  }
}

interface Taken {
  readonly slot: Slot;
  readonly startedAt: number;
  readonly resolvedAt: number;
}

/** `loops` callers per budget, each acquiring in turn until the budget has handed out `each` slots. */
async function take(budgets: SharedBudget[], each: number, loops = 8): Promise<Taken[]> {
  const taken: Taken[] = [];
  await Promise.all(
    budgets.map(async (b) => {
      let left = each;
      await Promise.all(
        Array.from({ length: loops }, async () => {
          while (left-- > 0) {
            const startedAt = performance.now();
            const slot = await b.acquire();
            taken.push({ slot, startedAt, resolvedAt: performance.now() });
          }
        }),
      );
    }),
  );
  return taken;
}

/** The most slot times (µs) in any span of `spanUs`. */
function busiest(times: number[], spanUs = 1_000_000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[j]! < sorted[i]! - spanUs + 1) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

const gaps = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted.slice(1).map((t, i) => t - sorted[i]!);
};

describe.skipIf(skipWithoutRedis)('shared budget on Redis', () => {
  it('two processes sharing a key get slots one interval apart on Redis’s clock, never more than N in a second', { timeout: 30_000 }, async () => {
    const key = `discord:${uniqueNamespace()}`;
    const perSecond = 100;
    const processes = [budget({ key, perSecond }).budget, budget({ key, perSecond }).budget];
    await Promise.all(processes.map((b) => untilShared(b)));

    const started = performance.now();
    const taken = await take(processes, 150);
    const elapsedMs = performance.now() - started;

    expect(taken).toHaveLength(300);
    expect(taken.every((t) => t.slot.shared)).toBe(true);
    const times = taken.map((t) => t.slot.at);
    const spacing = gaps(times);
    // Every slot is its own, at least one interval (10 ms = 10,000 µs) after the one before, whichever process asked.
    expect(Math.min(...spacing)).toBeGreaterThanOrEqual(10_000);
    expect(busiest(times)).toBeLessThanOrEqual(perSecond);
    // With callers always waiting, Redis hands the slots out back to back: the rate is the configured one.
    const median = [...spacing].sort((a, b) => a - b)[spacing.length >> 1]!;
    expect(median).toBeLessThanOrEqual(10_500);
    // Each caller slept until its slot (timers never fire early; the 1 ms is their rounding).
    for (const t of taken) expect(t.resolvedAt - t.startedAt).toBeGreaterThanOrEqual(t.slot.waitMs - 1);
    // On the wall clock: never faster than the rate (300 slots span 2.99 s), and at least half of it despite a loaded machine.
    expect(elapsedMs).toBeGreaterThanOrEqual(2_990 - 100);
    expect(elapsedMs).toBeLessThan(300 / (perSecond / 2) * 1_000);
  });

  it('(control) two processes on keys of their own would exceed N in a second together', { timeout: 30_000 }, async () => {
    const perSecond = 100;
    const processes = [budget({ key: `discord:${uniqueNamespace()}`, perSecond }).budget, budget({ key: `discord:${uniqueNamespace()}`, perSecond }).budget];
    await Promise.all(processes.map((b) => untilShared(b)));
    const taken = await take(processes, 150);
    expect(taken.every((t) => t.slot.shared)).toBe(true);
    expect(busiest(taken.map((t) => t.slot.at))).toBeGreaterThan(perSecond);
  });

  it('reserves nothing for a caller already stopped, and a stopped caller stops waiting for its slot', { timeout: 20_000 }, async () => {
    // One slot every 2 s: the next free slot is far ahead, so a wasted reservation would show.
    const { budget: slow } = budget({ key: `discord:${uniqueNamespace()}`, perSecond: 0.5, assumedProcesses: 1 });
    const first = await untilShared(slow);
    const stopped = new AbortController();
    stopped.abort(new Error('shutting down'));
    await expect(slow.acquire(stopped.signal)).rejects.toThrow('shutting down');
    // The next slot is the one right after `first`: the stopped caller took none.
    const next = await slow.acquire();
    expect(next.at - first.at).toBe(2_000_000);

    // The slot after is 2 s away; its caller is stopped long before it comes.
    const stopping = new AbortController();
    const started = performance.now();
    const waiting = slow.acquire(stopping.signal);
    setTimeout(() => stopping.abort(new Error('shutting down')), 50);
    await expect(waiting).rejects.toThrow('shutting down');
    expect(performance.now() - started).toBeLessThan(1_500);
  });
});

describe.skipIf(skipWithoutRedis)('shared budget when Redis does not answer', () => {
  async function proxied(mode: ProxyMode, options: Partial<SharedBudgetOptions> = {}) {
    const target = new URL(redisUrl());
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) }, mode);
    cleanups.push(() => proxy.close());
    const made = budget({ key: `discord:${uniqueNamespace()}`, perSecond: 90, assumedProcesses: 3, redisTimeoutMs: 200, retryRedisAfterMs: 300, ...options, url: proxy.url });
    return { proxy, ...made };
  }

  it('with Redis down from the start, spaces this process at its share (90 / 3 = 30 a second)', async () => {
    const { budget: down } = await proxied('refuse');
    const slots = await Promise.all(Array.from({ length: 10 }, () => down.acquire()));
    expect(slots.every((s) => !s.shared)).toBe(true);
    // 1/30 s apart on this process's clock (µs, rounded).
    for (const gap of gaps(slots.map((s) => s.at))) expect(gap).toBeGreaterThanOrEqual(33_333 - 1);
  });

  it('without a Redis URL, is the insurance alone', async () => {
    const log = testLog();
    const alone = createSharedBudget({ key: 'discord:memory', perSecond: 90, assumedProcesses: 3, log });
    cleanups.push(() => alone.close());
    const slots = await Promise.all(Array.from({ length: 5 }, () => alone.acquire()));
    expect(slots.every((s) => !s.shared)).toBe(true);
    for (const gap of gaps(slots.map((s) => s.at))) expect(gap).toBeGreaterThanOrEqual(33_333 - 1);
  });

  it.each(['refuse', 'blackhole'] as const)('Redis cut off mid-run (%s): the insurance answers, and Redis again once it is back', { timeout: 30_000 }, async (mode) => {
    const { proxy, budget: cut, log } = await proxied('forward');
    await untilShared(cut);
    proxy.set(mode);
    // A Redis that drops the connection fails at once; one that keeps it and never answers, within the 200 ms timeout.
    const during = await Promise.all(Array.from({ length: 5 }, () => cut.acquire()));
    expect(during.every((s) => !s.shared)).toBe(true);
    proxy.set('forward');
    await untilShared(cut);
    if (mode === 'blackhole') expect(log.messages('warn').filter((m) => m.includes('did not answer'))).toHaveLength(1);
  });
});
