import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { createClient } from '@keyv/redis';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreLockedError } from '../../src/digests/store/lock-file.js';
import { createDigestStore } from '../../src/digests/store/open-store.js';
import { createMemorySender } from '../support/memory-sender.js';
import { discordChannel, openStore, service, subscription, tempDir, testLog, type Backend } from '../support/digest-helpers.js';
import { redisUrl, skipWithoutRedis } from '../support/redis.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Writes a raw value under a store key, bypassing the store's validation (as a bad deploy or a hand edit would). */
async function writeRaw(backend: Backend, url: string, namespace: string, key: string, raw: string): Promise<void> {
  if (backend === 'sqlite') {
    const sqlite = new KeyvSqlite({ uri: url });
    await sqlite.set(`${namespace}:${key}`, raw);
    await sqlite.disconnect();
  } else {
    const client = createClient({ url: redisUrl() });
    await client.connect();
    await client.set(`${namespace}::${key}`, raw);
    client.destroy();
  }
}

describe('digest store on sqlite', () => storeBehaviour('sqlite'));
describe.skipIf(skipWithoutRedis)('digest store on redis', () => storeBehaviour('redis'));

/** What both backends must do alike. */
function storeBehaviour(backend: Backend): void {
  it('stores, lists, updates and deletes subscriptions through the index', async () => {
    const log = testLog();
    const opened = await openStore(backend, log);
    cleanups.push(opened.cleanup);
    const { store } = opened;
    expect(store.kind).toBe(backend);
    await store.putSubscription(subscription(discordChannel(1)));
    await store.putSubscription(subscription(discordChannel(2), { time: '18:30', tz: 'Asia/Tokyo' }));
    await store.putSubscription(subscription(discordChannel(2), { time: '19:00', tz: 'Asia/Tokyo' }));
    const listed = await store.listSubscriptions();
    expect(listed.map((s) => [s.channelId, s.time])).toEqual([
      ['1', '09:00'],
      ['2', '19:00'],
    ]);
    expect(await store.deleteSubscription(discordChannel(1))).toBe(true);
    expect((await store.listSubscriptions()).map((s) => s.channelId)).toEqual(['2']);
    expect(await store.getSubscription(discordChannel(1))).toBeUndefined();
  });

  it('keeps the ledger and the cursor', async () => {
    const opened = await openStore(backend, testLog());
    cleanups.push(opened.cleanup);
    const { store } = opened;
    const channel = discordChannel(7);
    await store.record(channel, { day: '2026-02-21', status: 'sent', at: '2026-02-21T09:00:01.000Z', by: 'test' }, { day: '2026-02-21', open: [] }, { name: 'test-claim', owner: 'test' });
    expect(await store.getLedger(channel, '2026-02-21')).toMatchObject({ status: 'sent' });
    expect(await store.getLedger(channel, '2026-02-22')).toBeUndefined();
    expect(await store.getLedgers([{ channel, day: '2026-02-20' }, { channel, day: '2026-02-21' }])).toEqual([undefined, expect.objectContaining({ day: '2026-02-21' })]);
    expect(await store.getCursor(channel)).toEqual({ day: '2026-02-21', open: [] });
  });

  it('gives a claim to one owner at a time, until it is released or its lease runs out', async () => {
    const opened = await openStore(backend, testLog());
    cleanups.push(opened.cleanup);
    const { store } = opened;
    expect(await store.claim('discord:1:2026-02-21', 'a', 5_000)).toBe(true);
    expect(await store.claim('discord:1:2026-02-21', 'b', 5_000)).toBe(false);
    expect(await store.renew('discord:1:2026-02-21', 'b', 5_000)).toBe(false);
    expect(await store.renew('discord:1:2026-02-21', 'a', 5_000)).toBe(true);
    await store.release('discord:1:2026-02-21', 'b');
    expect(await store.claim('discord:1:2026-02-21', 'b', 5_000)).toBe(false);
    await store.release('discord:1:2026-02-21', 'a');
    expect(await store.claim('discord:1:2026-02-21', 'b', 500)).toBe(true);
    expect(await store.claim('discord:1:2026-02-21', 'c', 300)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await store.claim('discord:1:2026-02-21', 'c', 300)).toBe(true);
  });

  it('skips and logs a corrupt record; the scheduler goes on with the others', async () => {
    const log = testLog();
    const opened = await openStore(backend, log);
    cleanups.push(opened.cleanup);
    const { store } = opened;
    for (const id of [1, 2, 3]) await store.putSubscription(subscription(discordChannel(id)));
    await writeRaw(backend, opened.url, opened.namespace, 'sub:discord:2', '{"value":{"v":1,"platform":"discord","time":"25:99"}}');
    await writeRaw(backend, opened.url, opened.namespace, 'sub:discord:3', 'this is not json');
    expect((await store.listSubscriptions()).map((s) => s.channelId)).toEqual(['1']);
    const corrupt = log.lines.filter((l) => l.message === 'digest store: corrupt record skipped');
    expect(corrupt.map((l) => l.details.key).sort()).toEqual(['sub:discord:2', 'sub:discord:3']);
    expect(await store.getSubscription(discordChannel(3))).toBeUndefined();

    const digests = service(store, log);
    const sender = createMemorySender();
    digests.registerSender(sender);
    const report = await digests.tick(new Date('2026-02-21T09:00:00Z'));
    expect(report.sent).toBe(1);
    expect(sender.sent.map((s) => s.channelId)).toEqual(['1']);
  });
}

describe('SQLite store file', () => {
  it('creates its folder on first start; a delivering process owns the file, a second one is refused', async () => {
    const tmp = tempDir();
    cleanups.push(tmp.cleanup);
    const file = join(tmp.dir, 'data', 'deep', 'kuril-brief.sqlite');
    const store = await createDigestStore({ url: `sqlite://${file}`, log: testLog() });
    expect(existsSync(file)).toBe(true);
    // reading (the console's preview) takes no lock; the scheduler takes it before delivering
    expect(existsSync(`${file}-lock`)).toBe(false);
    await store.takeOwnership();
    expect(readFileSync(`${file}-lock`, 'utf8')).toBe(String(process.pid));
    await store.close();
    expect(existsSync(`${file}-lock`)).toBe(false);

    // a lock held by a live process other than this one (pid 1 always exists)
    writeFileSync(`${file}-lock`, '1');
    const second = await createDigestStore({ url: `sqlite://${file}`, log: testLog() });
    cleanups.push(() => second.close());
    await expect(second.takeOwnership()).rejects.toBeInstanceOf(StoreLockedError);
    const log = testLog();
    const digests = service(second, log);
    await expect(digests.scheduler.start()).rejects.toThrow(/in use by another bot process \(pid 1\).*STORE_URL=redis/);
    expect(digests.scheduler.running).toBe(false);
    // a stale lock (its process is gone, e.g. killed) is taken over
    writeFileSync(`${file}-lock`, '999999');
    await second.takeOwnership();
    expect(readFileSync(`${file}-lock`, 'utf8')).toBe(String(process.pid));
  });

  it('drops expired ledger entries', async () => {
    const opened = await openStore('sqlite', testLog());
    cleanups.push(opened.cleanup);
    const channel = discordChannel(1);
    await opened.store.record(channel, { day: '2026-02-21', status: 'sent', at: '2026-02-21T09:00:00.000Z', by: 't' }, undefined, { name: 'test-claim', owner: 't' });
    expect(await opened.store.prune()).toBe(0);
    const sqlite = new KeyvSqlite({ uri: opened.url });
    await sqlite.set(`${opened.namespace}:ledger:discord:1:2025-01-01`, JSON.stringify({ value: { day: '2025-01-01', status: 'sent', at: '2025-01-01T09:00:00.000Z', by: 't' }, expires: Date.now() - 1000 }));
    await sqlite.disconnect();
    expect(await opened.store.prune()).toBe(1);
    expect(await opened.store.getLedger(channel, '2026-02-21')).toMatchObject({ day: '2026-02-21', status: 'sent' });
  });
});
