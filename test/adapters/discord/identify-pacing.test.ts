import { randomInt } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createClient } from '@redis/client';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { sharedIdentifyPacing, type IdentifyManager, type IdentifyPacing } from '../../../src/adapters/discord/identify-pacing.js';
import { createLogger } from '../../../src/logger.js';
import { cleanRedis, uniqueNamespace } from '../../support/digest-helpers.js';
import { LogCapture } from '../../support/log-capture.js';
import { redisUrl, skipWithoutRedis } from '../../support/redis.js';
import { startTcpProxy, type TcpProxy } from '../../support/tcp-proxy.js';

/**
 * The identify throttler shared through Redis (src/adapters/discord/identify-pacing.ts), against the
 * real Redis: several "processes" (each its own pacing and connection) of one bot, short slots so the
 * tests stay quick. Two compiled bots against the fake Discord: shard-processes.test.ts.
 */

const SPACING_MS = 500;
const LATE_LIMIT_MS = 150;

/** What the throttler reads of discord.js's WebSocketManager: a bot token (its id in base64 first) and max_concurrency. */
function manager(botId: string, maxConcurrency: number): IdentifyManager {
  return {
    options: { token: `${Buffer.from(botId).toString('base64url')}.AAAAAA.${'x'.repeat(27)}` },
    fetchGatewayInformation: () => Promise.resolve({ session_start_limit: { max_concurrency: maxConcurrency } }),
  };
}

const newBotId = () => `1${String(randomInt(1e9)).padStart(9, '0')}${String(randomInt(1e8)).padStart(8, '0')}`;

const opened: IdentifyPacing[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((pacing) => pacing.close()));
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function pacing(url: string, namespace: string, log = createLogger('silent'), timeoutMs = 1_000): IdentifyPacing {
  const made = sharedIdentifyPacing({ url, namespace, timeoutMs, log, spacingMs: SPACING_MS, lateLimitMs: LATE_LIMIT_MS });
  if (!made) throw new Error('expected shared pacing for a Redis URL');
  opened.push(made);
  return made;
}

test('SQLite or no store: no shared pacing, discord.js paces its own shards', () => {
  const log = createLogger('silent');
  expect(sharedIdentifyPacing({ url: 'sqlite://:memory:', namespace: 'n', timeoutMs: 1_000, log })).toBeUndefined();
  expect(sharedIdentifyPacing({ url: 'sqlite:///var/lib/kuril/kuril.sqlite', namespace: 'n', timeoutMs: 1_000, log })).toBeUndefined();
  expect(sharedIdentifyPacing({ url: 'rediss://cache.example:6380', namespace: 'n', timeoutMs: 1_000, log })).toBeDefined();
});

describe.skipIf(skipWithoutRedis)('on one Redis', () => {
  test('two processes identifying at once: each bucket one at a time, slots apart, whichever process sends', { timeout: 30_000 }, async () => {
    const namespace = uniqueNamespace();
    cleanups.push(() => cleanRedis(namespace));
    const bot = newBotId();
    // max_concurrency 2: buckets 0 (shards 0, 2, 4, 6) and 1 (shards 1, 3); A opens 0–2, B 3–6.
    const [a, b] = await Promise.all([pacing(redisUrl(), namespace).build(manager(bot, 2)), pacing(redisUrl(), namespace).build(manager(bot, 2))]);
    const sent: { shard: number; at: number }[] = [];
    const identify = async (throttler: typeof a, shard: number) => {
      await throttler.waitForIdentify(shard, new AbortController().signal);
      sent.push({ shard, at: performance.now() });
    };
    await Promise.all([...[0, 1, 2].map((shard) => identify(a, shard)), ...[3, 4, 5, 6].map((shard) => identify(b, shard))]);

    expect(sent.map((s) => s.shard).sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (const bucket of [0, 1]) {
      const times = sent.filter((s) => s.shard % 2 === bucket).map((s) => s.at);
      const gaps = times.slice(1).map((at, i) => at - times[i]!);
      expect(gaps.length).toBe(bucket === 0 ? 3 : 2);
      for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(SPACING_MS - LATE_LIMIT_MS);
    }
    // one key per bot and bucket, on Redis's clock: nothing else is written
    const client = createClient({ url: redisUrl() });
    await client.connect();
    try {
      const keys: string[] = [];
      for await (const batch of client.scanIterator({ MATCH: `${namespace}*`, COUNT: 100 })) keys.push(...batch);
      // the last slot of each bucket may have expired already; any key left is one of the two
      for (const key of keys) expect([`${namespace}:discord-identify:${bot}:0`, `${namespace}:discord-identify:${bot}:1`]).toContain(key);
    } finally {
      client.destroy();
    }
  });

  test('another bot on the same Redis does not wait for this one', { timeout: 30_000 }, async () => {
    const namespace = uniqueNamespace();
    cleanups.push(() => cleanRedis(namespace));
    const slow = () => {
      const made = sharedIdentifyPacing({ url: redisUrl(), namespace, timeoutMs: 1_000, log: createLogger('silent'), spacingMs: 60_000 })!;
      opened.push(made);
      return made;
    };
    const first = await slow().build(manager(newBotId(), 1));
    const other = await slow().build(manager(newBotId(), 1));
    const signal = new AbortController().signal;
    await first.waitForIdentify(0, signal);
    // the first bot's next slot is a minute away; the other bot's shard 0 has a bucket of its own
    const started = performance.now();
    await other.waitForIdentify(0, signal);
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  test('an answer that comes back too late to use its slot: the identify takes the next one', { timeout: 30_000 }, async () => {
    const namespace = uniqueNamespace();
    cleanups.push(() => cleanRedis(namespace));
    const throttler = await pacing(redisUrl(), namespace).build(manager(newBotId(), 1));
    const started = performance.now();
    const waiting = throttler.waitForIdentify(0, new AbortController().signal);
    // a busy event loop while the reservation is out: its (immediate) slot is gone by the time we could send
    while (performance.now() - started < 2 * LATE_LIMIT_MS) {
      // busy
    }
    await waiting;
    // sent in the next slot, a whole spacing after the first: never in the stale one, crowding whoever took the next
    expect(performance.now() - started).toBeGreaterThanOrEqual(SPACING_MS - LATE_LIMIT_MS);
  });

  test('a shard that closes while it waits: the wait ends with the abort, before its slot', { timeout: 30_000 }, async () => {
    const namespace = uniqueNamespace();
    cleanups.push(() => cleanRedis(namespace));
    const slow = sharedIdentifyPacing({ url: redisUrl(), namespace, timeoutMs: 1_000, log: createLogger('silent'), spacingMs: 60_000 })!;
    opened.push(slow);
    const throttler = await slow.build(manager(newBotId(), 1));
    await throttler.waitForIdentify(0, new AbortController().signal);
    const closing = new AbortController();
    const started = performance.now();
    const waiting = throttler.waitForIdentify(1, closing.signal);
    setTimeout(() => closing.abort(), 200);
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  describe('Redis stops answering', () => {
    let proxy: TcpProxy;
    afterEach(async () => proxy.close());

    test('this process paces its own shards meanwhile, says so once, and shares again when Redis is back', { timeout: 40_000 }, async () => {
      const target = new URL(redisUrl());
      proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port) || 6379 }, 'refuse');
      const namespace = uniqueNamespace();
      cleanups.push(() => cleanRedis(namespace));
      const capture = new LogCapture();
      const bot = newBotId();
      // 1,000 buckets: each shard below is the first of its bucket, so discord.js's own throttler lets it through at once
      // a store timeout far longer than the test: a refused connection is seen at once, not waited out
      const throttler = await pacing(proxy.url, namespace, createLogger('info', capture), 60_000).build(manager(bot, 1_000));
      const signal = new AbortController().signal;
      const started = performance.now();
      await throttler.waitForIdentify(0, signal);
      expect(performance.now() - started).toBeLessThan(30_000);
      await throttler.waitForIdentify(1, signal);
      expect(capture.entries('Redis does not answer')).toHaveLength(1);
      expect(capture.entries('answers again')).toHaveLength(0);

      proxy.set('forward');
      let shard = 2;
      await vi.waitFor(
        async () => {
          await throttler.waitForIdentify(shard++, signal);
          expect(capture.entries('answers again')).toHaveLength(1);
        },
        { timeout: 20_000, interval: 100 },
      );
      expect(capture.entries('Redis does not answer')).toHaveLength(1);
      // the last identify took its slot in Redis again
      const client = createClient({ url: redisUrl() });
      await client.connect();
      try {
        expect(await client.exists(`${namespace}:discord-identify:${bot}:${shard - 1}`)).toBe(1);
      } finally {
        client.destroy();
      }
    });
  });
});
