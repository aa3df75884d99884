import { afterEach, describe, expect, it } from 'vitest';
import { createMemorySender } from '../support/memory-sender.js';
import { discordChannel, openStore, service, subscription, testLog } from '../support/digest-helpers.js';
import { skipWithoutRedis } from '../support/redis.js';

/** Several bot instances, each with its own keyv client, sharing one Redis (REDIS_URL). */

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function instances(count: number) {
  const log = testLog();
  const first = await openStore('redis', log);
  cleanups.push(first.cleanup);
  const stores = [first.store];
  for (let i = 1; i < count; i++) {
    const other = await openStore('redis', log, { url: first.url, namespace: first.namespace });
    cleanups.push(other.cleanup);
    stores.push(other.store);
  }
  const platform = new Map<string, number>();
  const runtimes = stores.map((store) => {
    const runtime = service(store, log);
    runtime.registerSender(createMemorySender({ latencyMs: () => Math.random() * 15, onAccept: (id) => platform.set(id, (platform.get(id) ?? 0) + 1) }));
    return runtime;
  });
  return { log, stores, runtimes, platform };
}

describe.skipIf(skipWithoutRedis)('digests on a shared Redis', () => {
  it('three instances ticking at once send each channel exactly one digest', async () => {
    const { stores, runtimes, platform } = await instances(3);
    for (let i = 0; i < 45; i++) await stores[0]!.putSubscription(subscription(discordChannel(`r${i}`)));
    const now = new Date('2026-02-21T09:00:00Z');
    const reports = await Promise.all(runtimes.map((r) => r.tick(now)));
    expect(platform.size).toBe(45);
    expect([...platform.values()].every((n) => n === 1)).toBe(true);
    expect(reports.reduce((total, r) => total + r.sent, 0)).toBe(45);
    // a later tick on any instance sends nothing more
    const again = await Promise.all(runtimes.map((r) => r.tick(new Date('2026-02-21T09:01:00Z'))));
    expect(again.every((r) => r.sent === 0)).toBe(true);
    expect(platform.size).toBe(45);
  });

  it('a channel-day claimed by a process that died is sent once its lease runs out', async () => {
    const { stores, runtimes, platform } = await instances(1);
    await stores[0]!.putSubscription(subscription(discordChannel('orphan')));
    // a crashed process took the claim and never released it
    expect(await stores[0]!.claim('discord:orphan:2026-02-21', 'dead-process', 1_500)).toBe(true);
    expect(await runtimes[0]!.tick(new Date('2026-02-21T09:00:00Z'))).toMatchObject({ busy: 1, sent: 0 });
    await new Promise((resolve) => setTimeout(resolve, 1_600));
    expect(await runtimes[0]!.tick(new Date('2026-02-21T09:01:00Z'))).toMatchObject({ sent: 1 });
    expect(platform.get('orphan')).toBe(1);
  });

  it('subscriptions made on one instance are served by another', async () => {
    const { runtimes, platform } = await instances(2);
    const admin = { platform: 'discord' as const, userId: 'u1', channelId: 'shared', isDirect: false, canManageChannel: true };
    await runtimes[0]!.subscribe(discordChannel('shared'), { time: '10:00', tz: 'Europe/Berlin' }, admin, new Date('2026-02-20T12:00:00Z'));
    expect((await runtimes[1]!.status(discordChannel('shared'), new Date('2026-02-20T12:00:00Z')))?.next?.toISOString()).toBe('2026-02-21T09:00:00.000Z');
    await runtimes[1]!.tick(new Date('2026-02-21T09:00:00Z'));
    expect(platform.get('shared')).toBe(1);
  });
});
