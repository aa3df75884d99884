import { afterEach, describe, expect, it } from 'vitest';
import { createDigestStore } from '../../src/digests/store/open-store.js';
import { StoreUnavailableError } from '../../src/store/unavailable.js';
import { cleanRedis, discordChannel, service, subscription, testLog, uniqueNamespace } from '../support/digest-helpers.js';
import { createMemorySender } from '../support/memory-sender.js';
import { redisUrl, skipWithoutRedis } from '../support/redis.js';
import { startTcpProxy } from '../support/tcp-proxy.js';

/**
 * The real Redis behind a TCP proxy that the test turns off: store calls fail fast or within the
 * store timeout with StoreUnavailableError, never hang, and the store comes back by itself.
 */

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function proxiedStore(mode: 'forward' | 'refuse', timeoutMs = 2_000) {
  const target = new URL(redisUrl());
  const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) }, mode);
  const namespace = uniqueNamespace();
  const log = testLog();
  const store = await createDigestStore({ url: proxy.url, namespace, log, timeoutMs });
  cleanups.push(
    () => proxy.close(),
    () => cleanRedis(namespace),
    () => store.close(),
  );
  return { proxy, store, log, namespace };
}

/** Retries `call` until it succeeds, for at most `ms`. */
async function eventually<T>(call: () => Promise<T>, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

describe.skipIf(skipWithoutRedis)('digest store when Redis is cut off', () => {
  it('a call to a Redis that stopped answering fails within the store timeout', { timeout: 20_000 }, async () => {
    const { proxy, store } = await proxiedStore('forward', 400);
    await store.putSubscription(subscription(discordChannel(1)));
    proxy.set('blackhole');
    const started = Date.now();
    await expect(store.getSubscription(discordChannel(1))).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('opens at once with Redis down, fails fast, logs the outage once, and resumes digests when Redis is back', { timeout: 30_000 }, async () => {
    const started = Date.now();
    const { proxy, store, log } = await proxiedStore('refuse');
    expect(Date.now() - started).toBeLessThan(1_000);
    // no offline queue: a call while Redis is known down does not wait for the timeout
    await eventually(() => (log.messages('warn').some((m) => m.includes('Redis unreachable')) ? Promise.resolve() : Promise.reject(new Error('not yet'))), 5_000);
    const call = Date.now();
    await expect(store.listSubscriptions()).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(Date.now() - call).toBeLessThan(500);

    // a tick while the store is down sends nothing and does not throw
    const digests = service(store, log);
    const sender = createMemorySender();
    digests.registerSender(sender);
    expect((await digests.tick(new Date('2026-02-21T09:00:00Z'))).sent).toBe(0);

    proxy.set('forward');
    await eventually(() => store.putSubscription(subscription(discordChannel(1))), 10_000);
    expect((await digests.tick(new Date('2026-02-21T09:00:00Z'))).sent).toBe(1);
    expect(sender.sent.map((s) => s.channelId)).toEqual(['1']);
    expect(log.messages('warn').filter((m) => m.includes('Redis unreachable'))).toHaveLength(1);
    expect(log.messages('info').filter((m) => m.includes('Redis reachable again'))).toHaveLength(1);
  });
});
