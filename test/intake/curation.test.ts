import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runTextCommand } from '../../src/commands/dispatch.js';
import { openEventSet, type EventSet } from '../../src/intake/event-set.js';
import { feedHealthOf, pollFeeds, type FeedState } from '../../src/intake/poll.js';
import { createIntakeService } from '../../src/intake/service.js';
import type { CandidateStore } from '../../src/intake/store/candidate-store.js';
import { openCandidateStore } from '../../src/intake/store/open-intake-store.js';
import type { Feed } from '../../src/intake/types.js';
import { recordingLogger, testCaller, testContext } from '../support/context.js';
import { discordChannel, openStore, service, testLog } from '../support/digest-helpers.js';
import { startFeedServer, type FeedServer } from '../support/feed-server.js';
import { createMemorySender } from '../support/memory-sender.js';
import { redisUrl, skipWithoutRedis } from '../support/redis.js';

/**
 * News intake end to end: feeds served over HTTP by a local server, polled into candidates in a real
 * store, approved by a curator into the event set, and served by a second "process" (its own store
 * connection and event set) without a restart.
 */
const NOW = new Date('2026-03-08T09:00:00Z');
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function feeds(): Feed[] {
  const feed = (id: string, path: string, language: Feed['language'], type: Feed['type']): Feed => ({ id, name: `Outlet ${id}`, url: server.url(path), language, type });
  return [
    feed('wire', '/rss.xml', 'en', 'wire'),
    feed('paper', '/atom.xml', 'en', 'newspaper'),
    feed('kantei', '/ja.rdf', 'ja', 'government'),
    feed('novosti', '/ru.xml', 'ru', 'state-media'),
    feed('times', '/outlet-a.xml', 'en', 'newspaper'),
    feed('daily', '/outlet-b.xml', 'en', 'newspaper'),
    feed('broken', '/malformed.xml', 'en', 'wire'),
    feed('gone', '/missing.xml', 'en', 'wire'),
  ];
}

async function open(url: string): Promise<{ store: CandidateStore; events: EventSet }> {
  const store = await openCandidateStore(url, silent, `test-intake-${Math.random().toString(36).slice(2)}`);
  const events = await openEventSet({ store, log: silent });
  cleanups.push(() => store.close(), () => events.stop());
  return { store, events };
}

/** A second process on the same store: its own connection and event set. */
async function reopen(url: string, namespace: string) {
  const store = await openCandidateStore(url, silent, namespace);
  const events = await openEventSet({ store, log: silent });
  cleanups.push(() => store.close(), () => events.stop());
  return { store, events };
}

describe('intake on SQLite', () => {
  const file = () => `sqlite://${join(mkdtempSync(join(tmpdir(), 'kuril-intake-')), 'store.sqlite')}`;

  it('polls every feed: relevant new items become candidates, one story from two outlets is one candidate, bad feeds are reported', async () => {
    const { store, events } = await open(file());
    const state = new Map<string, FeedState>();
    const report = await pollFeeds({ feeds: feeds(), dossier: events.current(), store, now: NOW, state });

    const outcome = (id: string) => report.feeds.find((f) => f.feed.id === id)!;
    expect(outcome('broken')).toMatchObject({ status: 'error' });
    expect(outcome('gone')).toMatchObject({ status: 'error', message: 'HTTP 404 Not Found' });
    expect(outcome('wire')).toMatchObject({ status: 'ok', items: 3 });
    const habomai = report.created.filter((c) => /Habomai/.test(c.title));
    expect(habomai).toHaveLength(1);
    expect(habomai[0]!.reports.map((r) => r.outlet).sort()).toEqual(['Outlet daily', 'Outlet times']);
    expect(report.created.map((c) => c.id)).toEqual(report.created.map((_, i) => `c${i + 1}`));
    // Nothing unrelated got in (the rates decision and the phone call in the same feeds).
    const titles = report.created.flatMap((c) => c.reports.map((r) => r.title));
    expect(titles).not.toContain('Central bank leaves rates unchanged for a third month');
    expect(titles.some((t) => /Telephone conversation/.test(t))).toBe(false);
    expect(titles).toContain('Visa-free visits to the southern Kurils: former residents ask again');

    // The same feeds again: nothing new, and the failed feeds wait for their backoff.
    const again = await pollFeeds({ feeds: feeds(), dossier: events.current(), store, now: new Date(NOW.getTime() + 1_000), state });
    expect(again.created).toEqual([]);
    expect(again.feeds.find((f) => f.feed.id === 'gone')).toMatchObject({ status: 'waiting' });
  });

  it('a curator approves a candidate into the event set; another process serves it too; rejected links never come back', async () => {
    const url = file();
    const namespace = `test-intake-${Math.random().toString(36).slice(2)}`;
    const first = await reopen(url, namespace);
    const report = await pollFeeds({ feeds: feeds(), dossier: first.events.current(), store: first.store, now: NOW, state: new Map() });
    const etorofu = report.created.find((c) => /Etorofu/.test(c.title))!;
    const other = report.created.find((c) => c !== etorofu)!;
    const intake = createIntakeService(first.store, first.events);
    const curator = testCaller({ userId: 'curator', rights: { curator: true } });
    const ctx = () => testContext(first.events.current(), NOW, { caller: curator, intake });

    const missing = await runTextCommand(`/kuril approve ${etorofu.id}`, ctx());
    expect(missing.title).toBe(`Not published: ${etorofu.id}`);
    expect(JSON.stringify(missing)).toContain('summary: is required');
    expect(first.events.current().events.some((e) => e.title === etorofu.title)).toBe(false);

    const published = await runTextCommand(`/kuril approve ${etorofu.id} summary:"Japan protested against Russian artillery drills on Etorofu."`, ctx());
    expect(published.title).toBe('Published');
    const event = first.events.current().events.find((e) => e.title === etorofu.title)!;
    expect(event).toMatchObject({ summary: 'Japan protested against Russian artillery drills on Etorofu.', verification: 'verified', recorded: '2026-03-08' });
    const timeline = await runTextCommand('/kuril timeline from:2026-03', ctx());
    expect(JSON.stringify(timeline)).toContain(event.id);

    // Another process on the same file: it serves the event from its first load.
    const second = await reopen(url, namespace);
    expect(second.events.current().eventsById.has(event.id)).toBe(true);

    expect((await runTextCommand(`/kuril reject ${other.id} reason:"local news"`, ctx())).title).toBe('Rejected');
    const later = await pollFeeds({ feeds: feeds(), dossier: second.events.current(), store: second.store, now: NOW, state: new Map() });
    expect(later.created).toEqual([]);
    expect((await intake.pending()).map((c) => c.id)).not.toContain(other.id);
  });

  it('/kuril status says how current the record is, which feeds fail, and what awaits review', async () => {
    const { store, events } = await open(file());
    const state = new Map<string, FeedState>();
    const report = await pollFeeds({ feeds: feeds(), dossier: events.current(), store, now: NOW, state });
    await store.saveFeedHealth(feedHealthOf(report, state, NOW));
    const reply = await runTextCommand('/kuril status', testContext(events.current(), NOW, { intake: createIntakeService(store, events) }));
    const text = JSON.stringify(reply);
    expect(text).toContain('the newest: 20 February 2026');
    expect(text).toContain('Last polled 8 March 2026 at 09:00 UTC: 6 of 8 feeds answered.');
    expect(text).toContain('HTTP 404 Not Found; never read');
    expect(text).toContain(`${report.created.length} news reports (oldest`);
  });

  it('feed to candidate to approval to a breaking alert in a subscribed channel, once', async () => {
    const { store, events } = await open(file());
    const report = await pollFeeds({ feeds: feeds(), dossier: events.current(), store, now: NOW, state: new Map() });
    const etorofu = report.created.find((c) => /Etorofu/.test(c.title))!;
    const log = testLog();
    const digestStore = await openStore('sqlite', log);
    cleanups.push(digestStore.cleanup);
    const digests = service(digestStore.store, log, { dossier: events.current });
    const sender = createMemorySender();
    digests.registerSender(sender);
    cleanups.push(() => digests.scheduler.stop());
    const channel = discordChannel('kuril-desk');
    // A protest is -2 on the Goldstein scale: the channel alerts from 2 either way.
    await digests.alertsOn(channel, 2, { userId: 'u-admin' }, NOW);

    const result = await createIntakeService(store, events).approve(etorofu.id, { summary: 'Japan protested against Russian artillery drills on Etorofu.' }, 'console:op', NOW);
    expect(result.ok).toBe(true);
    expect((await digests.tick(new Date(NOW.getTime() + 60_000))).alerts).toBe(1);
    expect(sender.sent.map((s) => s.reply.title)).toEqual(['Breaking: Japan protests Russian artillery drills on Etorofu']);
    expect((await digests.tick(new Date(NOW.getTime() + 120_000))).alerts).toBe(0);
    expect(sender.count(channel.channelId)).toBe(1);
  });

  it('refuses review, approve and reject to anyone who is not a curator', async () => {
    const { store, events } = await open(file());
    const intake = createIntakeService(store, events);
    const member = testCaller({ platform: 'discord', userId: 'u1', channelId: 'c1', isDirect: false, rights: { curator: false } });
    for (const line of ['/kuril review', '/kuril approve c1 summary:"x y z."', '/kuril reject c1']) {
      const reply = await runTextCommand(line, testContext(events.current(), NOW, { caller: member, intake, log: recordingLogger() }));
      expect(reply.title, line).toBe('Not allowed');
      expect(reply.lead).toMatch(/^Only the curators named in the bot’s settings can use \/kuril (review|approve|reject)\.$/);
    }
  });

  it('refuses to fetch a proposed link on a private or local address, after DNS and at every redirect', async () => {
    const { store, events } = await open(file());
    const intake = createIntakeService(store, events);
    const ctx = testContext(events.current(), NOW, { intake });
    for (const url of ['http://127.0.0.1:1/news', 'http://localhost/news', 'http://[::1]/a', 'http://169.254.169.254/latest/meta-data', 'http://10.1.2.3/']) {
      const reply = await runTextCommand(`/kuril propose ${url}`, ctx);
      expect(reply.title, url).toBe('Not proposed');
      expect(reply.lead, url).toMatch(/private or local address/);
    }
    expect(await store.list('pending')).toEqual([]);
  });
});

describe.skipIf(skipWithoutRedis)('intake on Redis, two processes', () => {
  it('an approval in one process reaches the other at its next check, without a restart', async () => {
    const namespace = `test-intake-${Math.random().toString(36).slice(2)}`;
    const a = await reopen(redisUrl(), namespace);
    const b = await reopen(redisUrl(), namespace);
    const report = await pollFeeds({ feeds: feeds(), dossier: a.events.current(), store: a.store, now: NOW, state: new Map() });
    const candidate = report.created.find((c) => /Etorofu/.test(c.title))!;
    // Both processes give out ids from one counter.
    const { id: _id, status: _status, v: _v, createdAt: _c, updatedAt: _u, ...draft } = candidate;
    const proposedInB = await b.store.add([{ ...draft, reports: [{ ...candidate.reports[0]!, url: 'https://example.org/other' }] }], NOW);
    expect(Number(proposedInB[0]!.id.slice(1))).toBe(report.created.length + 1);

    const result = await createIntakeService(a.store, a.events).approve(candidate.id, { summary: 'Japan protested against Russian artillery drills on Etorofu.' }, 'console:op', NOW);
    expect(result.ok).toBe(true);
    const eventId = result.ok ? result.eventId : '';
    expect(b.events.current().eventsById.has(eventId)).toBe(false);
    b.events.start(20);
    await expect.poll(() => b.events.current().eventsById.has(eventId), { timeout: 5_000 }).toBe(true);
  });
});
