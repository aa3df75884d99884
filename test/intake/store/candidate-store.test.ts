import { join } from 'node:path';
import { createClient } from '@redis/client';
import KeyvRedis from '@keyv/redis';
import KeyvSqlite from '@keyv/sqlite';
import Database from 'better-sqlite3';
import Keyv from 'keyv';
import { afterEach, describe, expect, it } from 'vitest';
import type { CandidateStore } from '../../../src/intake/store/candidate-store.js';
import { urlHash } from '../../../src/intake/store/intake-records.js';
import { NewsQueueUnavailableError } from '../../../src/intake/store/queue-unavailable.js';
import { openCandidateStore } from '../../../src/intake/store/open-intake-store.js';
import { cleanRedis, tempDir, testLog, uniqueNamespace } from '../../support/digest-helpers.js';
import { testDraft, testReport } from '../../support/intake.js';
import { redisUrl, skipWithoutRedis } from '../../support/redis.js';

/**
 * The candidate store on each backend, as two instances (two "processes": their own connections)
 * on one store: a real SQLite file, and the real Redis under a namespace of the test's own. What must
 * be atomic is driven at once from both instances.
 */

const NOW = new Date('2026-03-08T09:00:00Z');
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const event = (id: string) => ({ id, title: `Event ${id}`, date: '2026-03-08' });

const backends = [
  {
    name: 'a SQLite file',
    skip: false,
    url: () => {
      const tmp = tempDir();
      cleanups.push(tmp.cleanup);
      return `sqlite://${join(tmp.dir, 'data', 'kuril-brief.sqlite')}`;
    },
  },
  { name: 'Redis', skip: skipWithoutRedis, url: () => redisUrl() },
];

describe.each(backends)('the candidate store on $name, two instances', ({ skip, url: makeUrl }) => {
  /** Two instances on one store; `log` is the first one's. */
  async function twoInstances(): Promise<{ a: CandidateStore; b: CandidateStore; log: ReturnType<typeof testLog> }> {
    const url = makeUrl();
    const namespace = uniqueNamespace();
    const log = testLog();
    const a = await openCandidateStore(url, log, namespace);
    const b = await openCandidateStore(url, testLog(), namespace);
    if (url.startsWith('redis')) cleanups.push(() => cleanRedis(namespace));
    cleanups.push(
      () => a.close(),
      () => b.close(),
    );
    return { a, b, log };
  }

  it.skipIf(skip)('gives every candidate added from both at once its own id, c1 to c60 with no gap', async () => {
    const { a, b } = await twoInstances();
    const added = await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? a : b).add([testDraft(`story-${i}`)], NOW)));
    const ids = added.flat().map((c) => c.id);
    expect(new Set(ids).size).toBe(60);
    expect(ids.map((id) => Number(id.slice(1))).sort((x, y) => x - y)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    // each id holds the candidate it was given to
    for (const candidate of added.flat()) expect((await b.get(candidate.id))?.title).toBe(candidate.title);
    expect(await a.list('pending')).toHaveLength(60);
  });

  it.skipIf(skip)('never gives a report link to two candidates: a link added first elsewhere is left out, a candidate with no link left is not stored', async () => {
    const { a, b } = await twoInstances();
    const [first] = await a.add([testDraft('drills', 'drills-2')], NOW);
    const added = await b.add([testDraft('drills-2', 'drills-3'), testDraft('drills')], NOW);
    expect(added).toHaveLength(1);
    expect(added[0]!.reports.map((r) => r.url)).toEqual([testReport('drills-3').url]);
    expect(first!.id).toBe('c1');
    expect(added[0]!.id).toBe('c2');
    expect(await a.knownUrls([testReport('drills').url, testReport('drills-3').url, testReport('elsewhere').url])).toEqual(
      new Set([testReport('drills').url, testReport('drills-3').url]),
    );
  });

  it.skipIf(skip)('two curators approving at once: the approval is applied once, the other learns who decided', async () => {
    const { a, b } = await twoInstances();
    const [candidate] = await a.add([testDraft('visit')], NOW);
    const before = await a.version();
    const [fromA, fromB] = await Promise.all([a.approve(candidate!.id, event('2026-03-08-visit'), 'discord:alice', NOW), b.approve(candidate!.id, event('2026-03-08-visit-b'), 'slack:bob', NOW)]);

    const winners = [fromA, fromB].filter((d) => d.ok);
    expect(winners).toHaveLength(1);
    const loser = [fromA, fromB].find((d) => !d.ok)!;
    expect(loser).toMatchObject({ ok: false, why: 'decided', candidate: { status: 'approved' } });
    const stored = await b.get(candidate!.id);
    expect(stored).toMatchObject({ status: 'approved', decision: winners[0]!.ok ? winners[0]!.candidate.decision : {} });
    // one event, listed once; the version moved once
    expect((await b.approvedEvents()).map((e) => (e as { id: string }).id)).toEqual([stored!.decision!.eventId]);
    expect(await a.version()).toBe(before + 1);
  });

  it.skipIf(skip)('an approval and a rejection at once: exactly one decision stands', async () => {
    const { a, b } = await twoInstances();
    const [candidate] = await a.add([testDraft('talks')], NOW);
    const [approved, rejected] = await Promise.all([a.approve(candidate!.id, event('2026-03-08-talks'), 'discord:alice', NOW), b.reject(candidate!.id, 'not about the islands', 'slack:bob', NOW)]);
    expect([approved.ok, rejected.ok].filter(Boolean)).toHaveLength(1);
    const stored = (await a.get(candidate!.id))!;
    expect(stored.status).toBe(approved.ok ? 'approved' : 'rejected');
    expect(await b.approvedEvents()).toHaveLength(approved.ok ? 1 : 0);
    // deciding again is refused, with the decision as it stands
    expect(await b.reject(candidate!.id, undefined, 'slack:carol', NOW)).toMatchObject({ ok: false, why: 'decided', candidate: { status: stored.status } });
    expect(await b.reject('c99', undefined, 'slack:carol', NOW)).toEqual({ ok: false, why: 'missing' });
  });

  it.skipIf(skip)('publishes nothing when another approval took the event id first; the candidate stays pending', async () => {
    const { a, b } = await twoInstances();
    const [one, two] = await a.add([testDraft('protest'), testDraft('protest-again')], NOW);
    expect((await a.approve(one!.id, event('2026-03-08-protest'), 'discord:alice', NOW)).ok).toBe(true);
    expect(await b.approve(two!.id, event('2026-03-08-protest'), 'slack:bob', NOW)).toMatchObject({ ok: false, why: 'event-exists' });
    expect((await b.get(two!.id))?.status).toBe('pending');
    expect(await b.approvedEvents()).toEqual([event('2026-03-08-protest')]);
    expect(await b.version()).toBe(1);
  });

  it.skipIf(skip)('adds later reports to a candidate as it is now, even one decided meanwhile, so their links never come back', async () => {
    const { a, b } = await twoInstances();
    const [candidate] = await a.add([testDraft('drills')], NOW);
    await b.reject(candidate!.id, 'local news', 'slack:bob', NOW);
    const grown = await a.addReports(candidate!.id, [testReport('drills'), testReport('drills-tass', 'TASS')], new Date(NOW.getTime() + 60_000));
    expect(grown).toMatchObject({ status: 'rejected', decision: { by: 'slack:bob', reason: 'local news' } });
    expect(grown!.reports.map((r) => r.outlet)).toEqual(['Example Wire', 'TASS']);
    expect(await b.knownUrls([testReport('drills-tass').url])).toEqual(new Set([testReport('drills-tass').url]));
    expect(await a.addReports('c42', [testReport('x')], NOW)).toBeUndefined();
  });

  it.skipIf(skip)('keeps the feeds’ health of the last poll for every instance', async () => {
    const { a, b } = await twoInstances();
    expect(await b.feedHealth()).toBeUndefined();
    const health = { polledAt: NOW.toISOString(), feeds: [{ id: 'tass', name: 'TASS', problem: 'HTTP 503' }] };
    await a.saveFeedHealth(health);
    expect(await b.feedHealth()).toEqual(health);
  });
});

/** What an earlier version (keyv) left: three candidates, one approved with its event, counters, the feeds' health. */
async function writeEarlierLayout(keyv: Keyv, incr: (key: string, by: number) => Promise<void>) {
  const at = '2026-03-01T09:00:00.000Z';
  const candidate = (n: number, slug: string, extra: object = {}) => ({ ...testDraft(slug), v: 1, id: `c${n}`, status: 'pending', createdAt: at, updatedAt: at, ...extra });
  await keyv.set('cand:1', candidate(1, 'old-visit'));
  await keyv.set('cand:2', candidate(2, 'old-protest', { status: 'approved', decision: { by: 'discord:alice', at, eventId: '2026-03-01-old-protest' } }));
  await keyv.set('cand:3', candidate(3, 'old-drills'));
  for (const [n, slug] of [[1, 'old-visit'], [2, 'old-protest'], [3, 'old-drills']] as const) await keyv.set(`url:${urlHash(testReport(slug).url)}`, `c${n}`);
  await keyv.set('event:2026-03-01-old-protest', event('2026-03-01-old-protest'));
  await keyv.set('events', ['2026-03-01-old-protest']);
  await keyv.set('feed-health', { polledAt: at, feeds: [{ id: 'wire', name: 'Example Wire', lastSuccess: at }] });
  await incr('seq', 3);
  await incr('version', 1);
}

async function expectEarlierRecords(store: CandidateStore) {
  expect((await store.list('pending')).map((c) => c.id)).toEqual(['c3', 'c1']);
  expect(await store.get('c2')).toMatchObject({ status: 'approved', decision: { eventId: '2026-03-01-old-protest' } });
  expect(await store.knownUrls([testReport('old-visit').url, testReport('new').url])).toEqual(new Set([testReport('old-visit').url]));
  expect(await store.approvedEvents()).toEqual([event('2026-03-01-old-protest')]);
  expect(await store.version()).toBe(1);
  expect(await store.feedHealth()).toMatchObject({ polledAt: '2026-03-01T09:00:00.000Z' });
}

describe('upgrading an intake store written by an earlier version (keyv)', () => {
  it('moves a SQLite file’s records into the intake tables on first open, once, and leaves the digests’ rows alone', async () => {
    const tmp = tempDir();
    cleanups.push(tmp.cleanup);
    const file = join(tmp.dir, 'kuril-brief.sqlite');
    // the earlier version's layout, written by keyv itself
    const old = new Keyv({ store: new KeyvSqlite({ uri: `sqlite://${file}` }), namespace: 'kuril-intake' });
    await writeEarlierLayout(old, async (key, by) => void (await old.set(`counter:${key}`, by)));
    await old.disconnect();
    const digests = new Keyv({ store: new KeyvSqlite({ uri: `sqlite://${file}` }), namespace: 'kuril-digest' });
    await digests.set('sub:discord:1', { channelId: '1' });
    await digests.disconnect();

    for (let open = 0; open < 2; open++) {
      const store = await openCandidateStore(`sqlite://${file}`, testLog());
      await expectEarlierRecords(store);
      await store.close();
    }
    const store = await openCandidateStore(`sqlite://${file}`, testLog());
    cleanups.push(() => store.close());
    // the counter goes on from the earlier one, and a new approval follows the earlier ones
    const [added] = await store.add([testDraft('new')], NOW);
    expect(added!.id).toBe('c4');
    expect((await store.approve('c3', event('2026-03-08-new'), 'console:op', NOW)).ok).toBe(true);
    expect((await store.approvedEvents()).map((e) => (e as { id: string }).id)).toEqual(['2026-03-01-old-protest', '2026-03-08-new']);
    expect(await store.version()).toBe(2);

    const db = new Database(file);
    cleanups.push(() => void db.close());
    expect(db.prepare('SELECT key FROM keyv ORDER BY key').all()).toEqual([{ key: 'kuril-digest:sub:discord:1' }]);
  });

  it.skipIf(skipWithoutRedis)('reads the records Redis already holds where they are, and appends new approvals after the earlier ones', async () => {
    const namespace = uniqueNamespace();
    cleanups.push(() => cleanRedis(namespace));
    const client = createClient({ url: redisUrl() });
    await client.connect();
    cleanups.push(() => client.destroy());
    // the earlier version's layout, written by keyv itself (counters with INCR, as it kept them)
    const old = new Keyv({ store: new KeyvRedis<unknown>(client, { namespace, throwOnErrors: true }), namespace, useKeyPrefix: false, throwOnErrors: true });
    await writeEarlierLayout(old, async (key, by) => void (await client.incrBy(`${namespace}:counter:${key}`, by)));

    const store = await openCandidateStore(redisUrl(), testLog(), namespace);
    cleanups.push(() => store.close());
    await expectEarlierRecords(store);
    // an earlier record is decided in place: the compare-and-set sees keyv's envelope as it is
    expect((await store.approve('c1', event('2026-03-08-new'), 'console:op', NOW)).ok).toBe(true);
    expect((await store.approvedEvents()).map((e) => (e as { id: string }).id)).toEqual(['2026-03-01-old-protest', '2026-03-08-new']);
    expect((await store.add([testDraft('new')], NOW))[0]!.id).toBe('c4');
    expect(await store.add([testDraft('old-drills')], NOW)).toEqual([]);
  });
});

describe('the candidate store on a SQLite file another process keeps locked', () => {
  it('fails after the store timeout with NewsQueueUnavailableError, writes nothing, and works once the lock is gone', async () => {
    const tmp = tempDir();
    cleanups.push(tmp.cleanup);
    const file = join(tmp.dir, 'kuril-brief.sqlite');
    const store = await openCandidateStore(`sqlite://${file}`, testLog(), 'kuril-intake', { timeoutMs: 200 });
    cleanups.push(() => store.close());
    const [candidate] = await store.add([testDraft('drills')], NOW);
    // another connection holds the write lock (a process in the middle of a long write)
    const other = new Database(file);
    cleanups.push(() => void other.close());
    other.prepare('BEGIN IMMEDIATE').run();
    await expect(store.approve(candidate!.id, event('2026-03-08-drills'), 'console:op', NOW)).rejects.toBeInstanceOf(NewsQueueUnavailableError);
    await expect(store.add([testDraft('talks')], NOW)).rejects.toBeInstanceOf(NewsQueueUnavailableError);
    other.prepare('ROLLBACK').run();
    expect((await store.get(candidate!.id))?.status).toBe('pending');
    expect((await store.approve(candidate!.id, event('2026-03-08-drills'), 'console:op', NOW)).ok).toBe(true);
    expect((await store.add([testDraft('talks')], NOW)).map((c) => c.id)).toEqual(['c2']);
  });
});
