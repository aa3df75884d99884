import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createClient } from '@keyv/redis';
import { afterEach, describe, expect, it } from 'vitest';
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
    const db = new Database(url.slice('sqlite://'.length));
    const [kind, ...rest] = key.split(':');
    db.prepare(`UPDATE ${kind === 'sub' ? 'subscriptions' : kind} SET value = ? WHERE ns = ? AND key = ?`).run(raw, namespace, rest.join(':'));
    db.close();
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
    expect(await store.claim('test-claim', 'test', 5_000)).toBe(true);
    expect(await store.record(channel, { day: '2026-02-21', status: 'sent', at: '2026-02-21T09:00:01.000Z', by: 'test' }, { day: '2026-02-21', open: [] }, { name: 'test-claim', owner: 'test' })).toBe(true);
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
    await writeRaw(backend, opened.url, opened.namespace, 'sub:discord:2', '{"v":1,"platform":"discord","time":"25:99"}');
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
  it('creates its folder on first start and leaves no lock file: several processes may share it', async () => {
    const tmp = tempDir();
    cleanups.push(tmp.cleanup);
    const file = join(tmp.dir, 'data', 'deep', 'kuril-brief.sqlite');
    const first = await createDigestStore({ url: `sqlite://${file}`, log: testLog() });
    const second = await createDigestStore({ url: `sqlite://${file}`, log: testLog() });
    cleanups.push(() => first.close(), () => second.close());
    expect(existsSync(file)).toBe(true);
    expect(existsSync(`${file}-lock`)).toBe(false);
    // a claim taken through one connection is held against the other
    expect(await first.claim('discord:1:2026-02-21', 'a', 5_000)).toBe(true);
    expect(await second.claim('discord:1:2026-02-21', 'b', 5_000)).toBe(false);
    await second.putSubscription(subscription(discordChannel(1)));
    expect((await first.listSubscriptions()).map((s) => s.channelId)).toEqual(['1']);
  });

  it('drops expired ledger entries', async () => {
    const opened = await openStore('sqlite', testLog());
    cleanups.push(opened.cleanup);
    const channel = discordChannel(1);
    const fence = { name: 'test-claim', owner: 't' };
    expect(await opened.store.claim(fence.name, fence.owner, 5_000)).toBe(true);
    await opened.store.record(channel, { day: '2026-02-21', status: 'sent', at: '2026-02-21T09:00:00.000Z', by: 't' }, undefined, fence);
    expect(await opened.store.prune()).toBe(0);
    const db = new Database(opened.url.slice('sqlite://'.length));
    db.prepare('INSERT INTO ledgers (ns, key, value, expires) VALUES (?, ?, ?, ?)').run(
      opened.namespace,
      'discord:1:2025-01-01',
      JSON.stringify({ day: '2025-01-01', status: 'sent', at: '2025-01-01T09:00:00.000Z', by: 't' }),
      Date.now() - 1000,
    );
    db.close();
    expect(await opened.store.prune()).toBe(1);
    expect(await opened.store.getLedger(channel, '2026-02-21')).toMatchObject({ day: '2026-02-21', status: 'sent' });
  });
});
