import { afterEach, describe, expect, it } from 'vitest';
import { createSharedBudget, DEFAULT_HORIZON_MS, type SharedBudget, type SharedBudgetOptions, type Slot } from '../../src/digests/shared-budget.js';
import { closeRedisConnection, openRedisConnection } from '../../src/store/redis-connection.js';
import { reserveSpacedSlot } from '../../src/store/spaced-slots.js';
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
    // It waited without a reservation (its slot lay beyond the horizon): the next caller has that slot.
    const after = await slow.acquire();
    expect(after.at - next.at).toBe(2_000_000);
  });

  it('with callers always waiting, no slot is reserved further ahead than the horizon, and the rate is kept', { timeout: 30_000 }, async () => {
    // 2 × 24 callers at 100 a second: reserving for each at once would hold slots 480 ms ahead.
    const key = `discord:${uniqueNamespace()}`;
    const perSecond = 100;
    const processes = [budget({ key, perSecond }).budget, budget({ key, perSecond }).budget];
    await Promise.all(processes.map((b) => untilShared(b)));
    const taken = await take(processes, 100, 24);
    expect(taken.every((t) => t.slot.shared)).toBe(true);
    // waitMs is the slot's distance from Redis's clock when the script ran: exact, whatever the machine's load.
    expect(Math.max(...taken.map((t) => t.slot.waitMs))).toBeLessThanOrEqual(DEFAULT_HORIZON_MS);
    const spacing = gaps(taken.map((t) => t.slot.at));
    expect(Math.min(...spacing)).toBeGreaterThanOrEqual(10_000);
    const median = [...spacing].sort((a, b) => a - b)[spacing.length >> 1]!;
    expect(median).toBeLessThanOrEqual(10_500);
  });

  it('a process paused (a global 429) reserves nothing until the pause ends; the other takes the slots meanwhile', { timeout: 30_000 }, async () => {
    const key = `discord:${uniqueNamespace()}`;
    const perSecond = 100;
    const paused = budget({ key, perSecond }).budget;
    const other = budget({ key, perSecond }).budget;
    await Promise.all([untilShared(paused), untilShared(other)]);
    // The other process keeps four callers waiting all along.
    let done = false;
    const others: Slot[] = [];
    const running = Promise.all(
      Array.from({ length: 4 }, async () => {
        while (!done) others.push(await other.acquire());
      }),
    );
    try {
      const before = await paused.acquire();
      paused.pauseFor(300);
      const after = await paused.acquire();
      // On Redis's clock: the pause began after `before` came, and nothing was reserved during it (1 ms: the clock mapping's rounding).
      expect(after.at - before.at).toBeGreaterThanOrEqual(300_000 - 1_000);
      // At 100 a second the pause held about 30 slots: the other process had them (some may pass unused on a loaded machine).
      expect(others.filter((s) => s.at > before.at && s.at < after.at).length).toBeGreaterThanOrEqual(15);
      expect(Math.min(...gaps([before, after, ...others].map((s) => s.at)))).toBeGreaterThanOrEqual(10_000);
    } finally {
      done = true;
      await running;
    }
  });
});

describe.skipIf(skipWithoutRedis)('the reservation script (store/spaced-slots.ts)', () => {
  it('beyond the horizon it reserves nothing and says when the next slot is; without a horizon it reserves as far ahead as needed', async () => {
    const connection = openRedisConnection(redisUrl(), testLog(), 'spaced slots test');
    const { client } = connection;
    cleanups.push(() => closeRedisConnection(client));
    await connection.usable();
    const key = `kuril-budget:test:${uniqueNamespace()}`;
    cleanups.push(async () => void (await client.del(key)));
    const second = 1_000_000;
    const horizon = 100_000;

    const first = await reserveSpacedSlot(client, key, second, horizon);
    expect(first).toMatchObject({ reserved: true, atUs: first.nowUs });
    // The next slot is a second away, beyond the 100 ms horizon: asked twice, it stays where it is.
    const refused = await reserveSpacedSlot(client, key, second, horizon);
    expect(refused).toMatchObject({ reserved: false, atUs: first.atUs + second });
    expect(await reserveSpacedSlot(client, key, second, horizon)).toMatchObject({ reserved: false, atUs: first.atUs + second });
    expect(Number(await client.get(key))).toBe(first.atUs + second);
    // Without a horizon (identify pacing), the same queue hands it out.
    expect(await reserveSpacedSlot(client, key, second)).toMatchObject({ reserved: true, atUs: first.atUs + second });
    expect(Number(await client.get(key))).toBe(first.atUs + 2 * second);
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
