import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CandidateStore } from '../../../src/intake/store/candidate-store.js';
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
