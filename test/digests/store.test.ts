import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';
import { createClient } from '@redis/client';
import { afterEach, describe, expect, it } from 'vitest';
import { createDigestStore } from '../../src/digests/store/open-store.js';
import { createMemorySender } from '../support/memory-sender.js';
import type { Subscription } from '../../src/digests/types.js';
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

  it('writes the ledger, the cursor and the progress only while the fence still holds its claim', async () => {
    const opened = await openStore(backend, testLog());
    cleanups.push(opened.cleanup);
    const { store } = opened;
    const channel = discordChannel(8);
    const sent = (day: string) => ({ day, status: 'sent' as const, at: `${day}T09:00:00.000Z`, by: 'a' });
    const progress = (day: string) => ({ day, digest: 'h1', parts: 3, sent: 1, ids: ['m1'] });
    // never claimed: nothing is written
    expect(await store.record(channel, sent('2026-02-20'), { day: '2026-02-20', open: [] }, { name: 'c', owner: 'a' })).toBe(false);
    expect(await store.getLedger(channel, '2026-02-20')).toBeUndefined();
    expect(await store.getCursor(channel)).toBeUndefined();

    expect(await store.claim('c', 'a', 300)).toBe(true);
    expect(await store.putProgress(channel, progress('2026-02-21'), { name: 'c', owner: 'b' })).toBe(false);
    expect(await store.putProgress(channel, progress('2026-02-21'), { name: 'c', owner: 'a' })).toBe(true);
    expect(await store.getProgress(channel, '2026-02-21')).toMatchObject({ sent: 1, ids: ['m1'] });
    // the ledger write drops the day's progress in the same step
    expect(await store.record(channel, sent('2026-02-21'), { day: '2026-02-21', open: [] }, { name: 'c', owner: 'a' })).toBe(true);
    expect(await store.getProgress(channel, '2026-02-21')).toBeUndefined();

    // a's lease runs out and b takes the claim: a's late writes are refused
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await store.claim('c', 'b', 5_000)).toBe(true);
    expect(await store.record(channel, sent('2026-02-22'), { day: '2026-02-22', open: [] }, { name: 'c', owner: 'a' })).toBe(false);
    expect(await store.recordAlert(channel, { eventId: 'e1', at: '2026-02-22T09:00:00.000Z', by: 'a' }, { name: 'c', owner: 'a' })).toBe(false);
    expect(await store.getLedger(channel, '2026-02-22')).toBeUndefined();
    expect(await store.getAlertLedger(channel, 'e1')).toBeUndefined();
    expect(await store.getCursor(channel)).toEqual({ day: '2026-02-21', open: [] });
    expect(await store.recordAlert(channel, { eventId: 'e1', at: '2026-02-22T09:00:00.000Z', by: 'b' }, { name: 'c', owner: 'b' })).toBe(true);
    expect(await store.getAlertLedger(channel, 'e1')).toMatchObject({ by: 'b' });
  });

  it('updates a subscription atomically: concurrent changes from two connections are all kept', async () => {
    const opened = await openStore(backend, testLog());
    cleanups.push(opened.cleanup);
    const other = await createDigestStore({ url: opened.url, namespace: opened.namespace, log: testLog() });
    cleanups.push(() => other.close());
    const channel = discordChannel(9);
    await opened.store.putSubscription(subscription(channel, { subscribedBy: 'u' }));
    // each change appends one letter to what it read: a lost update shows as a missing letter
    const append = (s: Subscription) => ({ ...s, subscribedBy: `${s.subscribedBy}x` });
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? other : opened.store).updateSubscription(channel, append)));
    expect((await opened.store.getSubscription(channel))?.subscribedBy).toBe(`u${'x'.repeat(20)}`);
    expect(await opened.store.updateSubscription(discordChannel(10), append)).toBeUndefined();
    expect(await opened.store.getSubscription(discordChannel(10))).toBeUndefined();
  });

  it('adopts records written before scoping under the bot that first knows its identity', async () => {
    const opened = await openStore(backend, testLog());
    cleanups.push(opened.cleanup);
    const { store } = opened;
    const old = discordChannel(11);
    const scoped = { ...old, scope: 'app-1' };
    const fence = { name: 'adopt-claim', owner: 'o' };
    await store.putSubscription(subscription(old, { time: '07:15' }));
    await store.putSubscription(subscription({ platform: 'slack', channelId: 'C9' }));
    expect(await store.claim(fence.name, fence.owner, 5_000)).toBe(true);
    await store.record(old, { day: '2026-02-21', status: 'sent', at: '2026-02-21T09:00:00.000Z', by: 'o' }, { day: '2026-02-21', open: ['e7'] }, fence);
    await store.putAlertSetting({ v: 1, platform: 'discord', channelId: '11', min: 6, since: '2026-01-01T00:00:00.000Z', by: 'u', updatedAt: '2026-01-01T00:00:00.000Z' });
    await store.recordAlert(old, { eventId: 'e7', at: '2026-02-21T10:00:00.000Z', by: 'o' }, fence);

    expect(await store.adoptUnscoped('discord', 'app-1')).toBe(1);
    expect(await store.getSubscription(scoped)).toMatchObject({ time: '07:15', scope: 'app-1' });
    expect(await store.getSubscription(old)).toBeUndefined();
    expect(await store.getLedger(scoped, '2026-02-21')).toMatchObject({ status: 'sent' });
    expect(await store.getCursor(scoped)).toEqual({ day: '2026-02-21', open: ['e7'] });
    expect(await store.getAlertSetting(scoped)).toMatchObject({ min: 6, scope: 'app-1' });
    expect(await store.getAlertLedger(scoped, 'e7')).toMatchObject({ by: 'o' });
    // the Slack record waits for the Slack bot; a second adoption finds nothing left
    expect((await store.listSubscriptions()).map((s) => [s.platform, s.scope])).toEqual([
      ['discord', 'app-1'],
      ['slack', undefined],
    ]);
    expect(await store.adoptUnscoped('discord', 'app-1')).toBe(0);
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

  it('moves the records of a file written by an earlier version (keyv) into its tables on first open', async () => {
    const tmp = tempDir();
    cleanups.push(tmp.cleanup);
    const file = join(tmp.dir, 'kuril-brief.sqlite');
    // the earlier version's layout, written by keyv itself
    const old = new Keyv({ store: new KeyvSqlite({ uri: `sqlite://${file}` }), namespace: 'kuril-digest' });
    await old.set('sub:discord:1', subscription(discordChannel(1)));
    await old.set('sub:slack:C2', subscription({ platform: 'slack', channelId: 'C2' }, { time: '18:00' }));
    await old.set('index', ['discord:1', 'slack:C2']);
    await old.set('cursor:discord:1', { day: '2026-02-20', open: ['e1'] });
    await old.set('ledger:discord:1:2026-02-20', { day: '2026-02-20', status: 'sent', at: '2026-02-20T09:00:00.000Z', by: 'old' }, 60_000);
    await old.set('alert:discord:1', { v: 1, platform: 'discord', channelId: '1', min: 7, since: '2026-01-01T00:00:00.000Z', by: 'u', updatedAt: '2026-01-01T00:00:00.000Z' });
    await old.set('alert-ledger:discord:1:e1', { eventId: 'e1', at: '2026-02-20T09:00:00.000Z', by: 'old' });
    await old.disconnect();
    const intake = new Keyv({ store: new KeyvSqlite({ uri: `sqlite://${file}` }), namespace: 'kuril-intake' });
    await intake.set('seq', 4);
    await intake.disconnect();

    for (let open = 0; open < 2; open++) {
      const store = await createDigestStore({ url: `sqlite://${file}`, log: testLog() });
      expect((await store.listSubscriptions()).map((s) => [s.channelId, s.time])).toEqual([
        ['1', '09:00'],
        ['C2', '18:00'],
      ]);
      expect(await store.getCursor(discordChannel(1))).toEqual({ day: '2026-02-20', open: ['e1'] });
      expect(await store.getLedger(discordChannel(1), '2026-02-20')).toMatchObject({ by: 'old' });
      expect((await store.listAlertSettings()).map((a) => a.channelId)).toEqual(['1']);
      expect(await store.getAlertLedger(discordChannel(1), 'e1')).toMatchObject({ by: 'old' });
      await store.close();
    }
    // the intake's records stay where the intake reads them
    const after = new Keyv({ store: new KeyvSqlite({ uri: `sqlite://${file}` }), namespace: 'kuril-intake' });
    expect(await after.get('seq')).toBe(4);
    await after.disconnect();
  });
});
