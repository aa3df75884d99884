import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runTextCommand } from '../../../src/commands/dispatch.js';
import { loadDossier } from '../../../src/dossier/load.js';
import { openEventSet } from '../../../src/intake/event-set.js';
import { createPoller } from '../../../src/intake/poller.js';
import { createIntakeService } from '../../../src/intake/service.js';
import { openCandidateStore } from '../../../src/intake/store/open-intake-store.js';
import { NewsQueueUnavailableError } from '../../../src/intake/store/queue-unavailable.js';
import { testCaller, testContext } from '../../support/context.js';
import { cleanRedis, testLog, uniqueNamespace } from '../../support/digest-helpers.js';
import { startFeedServer, type FeedServer } from '../../support/feed-server.js';
import { testDraft } from '../../support/intake.js';
import { redisUrl, skipWithoutRedis } from '../../support/redis.js';
import { startTcpProxy } from '../../support/tcp-proxy.js';

/**
 * The intake with its Redis cut off (the real Redis behind a TCP proxy the test turns off): calls fail
 * fast or within the store timeout with NewsQueueUnavailableError, curation commands say the news
 * queue is unavailable, a poll round is skipped with one log line and nothing of it is lost.
 */

const NOW = new Date('2026-03-08T09:00:00Z');
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

async function proxiedStore(mode: 'forward' | 'refuse', timeoutMs = 2_000) {
  const target = new URL(redisUrl());
  const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) }, mode);
  const namespace = uniqueNamespace();
  const log = testLog();
  const store = await openCandidateStore(proxy.url, log, namespace, { timeoutMs });
  cleanups.push(
    () => proxy.close(),
    () => cleanRedis(namespace),
    () => store.close(),
  );
  return { proxy, store, log };
}

const until = async (check: () => boolean, ms: number) => {
  await expect.poll(check, { timeout: ms, interval: 50 }).toBe(true);
};

describe.skipIf(skipWithoutRedis)('the news queue when Redis is cut off', () => {
  it('a call to a Redis that stopped answering fails within the store timeout', { timeout: 20_000 }, async () => {
    const { proxy, store } = await proxiedStore('forward', 400);
    await store.add([testDraft('drills')], NOW);
    proxy.set('blackhole');
    const started = Date.now();
    await expect(store.list('pending')).rejects.toBeInstanceOf(NewsQueueUnavailableError);
    await expect(store.approve('c1', { id: 'e1' }, 'console:op', NOW)).rejects.toBeInstanceOf(NewsQueueUnavailableError);
    expect(Date.now() - started).toBeLessThan(2_500);
  });

  it('curation commands say the news queue is unavailable, /kuril status still answers, and the queue comes back by itself', { timeout: 30_000 }, async () => {
    const { proxy, store, log } = await proxiedStore('forward');
    await store.add([testDraft('drills')], NOW);
    const events = await openEventSet({ store, log });
    cleanups.push(() => events.stop());
    const intake = createIntakeService(store, events);
    const curator = testCaller({ userId: 'curator', rights: { curator: true } });
    const run = (line: string) => runTextCommand(line, testContext(events.current(), NOW, { caller: curator, intake, log }));

    events.start(20);
    proxy.set('refuse');
    await until(() => log.messages('warn').some((m) => m.includes('Redis unreachable')), 5_000);
    await until(() => log.messages('error').some((m) => m.startsWith('event set check failed')), 5_000);
    const started = Date.now();
    for (const line of ['/kuril review', '/kuril approve c1 summary:"Japan protested against the drills on Etorofu."', '/kuril reject c1', '/kuril propose https://news.example.com/other']) {
      const reply = await run(line);
      expect(reply.title, line).toBe('The news queue is unavailable for now');
    }
    // no offline queue: a call while Redis is known down does not wait for the timeout
    expect(Date.now() - started).toBeLessThan(1_500);
    const status = JSON.stringify(await run('/kuril status'));
    expect(status).toContain('The news queue is unavailable for now');
    expect(status).toMatch(/"heading":"Record","text":"\d+ events; the newest/);

    proxy.set('forward');
    await until(() => log.messages('info').some((m) => m.includes('Redis reachable again')), 10_000);
    // the event set checked every 20 ms throughout, and said so once, then once that it works again
    await until(() => log.messages('info').includes('event set checks work again'), 5_000);
    expect(log.messages('error').filter((m) => m.startsWith('event set check failed'))).toHaveLength(1);
    expect((await run('/kuril approve c1 summary:"Japan protested against the drills on Etorofu."')).title).toBe('Published');
    expect((await store.get('c1'))?.status).toBe('approved');
  });

  it('a poll while the store is down is skipped with one log line; the next round after it is back takes every item, none lost', { timeout: 30_000 }, async () => {
    const { proxy, store, log } = await proxiedStore('refuse');
    const dossier = loadDossier();
    // the feed answers 304 to a poller that kept its validators: only a poller that kept nothing gets the items again
    const feeds = [{ id: 'wire', name: 'Example Wire', url: server.url('/conditional.xml'), language: 'en' as const, type: 'wire' as const }];
    const poller = createPoller({ feeds, store, dossier: () => dossier, intervalMs: 400, firstDelayMs: 0, log, claim: () => Promise.resolve(true) });
    cleanups.push(() => poller.stop());
    poller.start();
    await until(() => log.messages('warn').filter((m) => m.startsWith('news poll skipped')).length >= 2, 10_000);
    expect(server.requests.filter((r) => r.path === '/conditional.xml').length).toBeGreaterThanOrEqual(1);
    expect(log.messages('error')).toEqual([]);

    proxy.set('forward');
    await until(() => log.messages('info').includes('news feeds polled'), 10_000);
    await poller.stop();
    const polled = log.lines.find((l) => l.message === 'news feeds polled')!;
    expect(polled.details.created).not.toEqual([]);
    const pending = await store.list('pending');
    expect(pending.map((c) => c.id).sort()).toEqual([...(polled.details.created as string[])].sort());
    expect(pending.flatMap((c) => c.reports.map((r) => r.url)).every((url) => url.startsWith('https://'))).toBe(true);
    // one line per skipped round, each a warning naming the store, none an error
    const skipped = log.lines.filter((l) => l.message.startsWith('news poll skipped'));
    expect(skipped.every((l) => l.level === 'warn' && /store is unavailable/.test(String(l.details.problem)))).toBe(true);
    expect(log.messages('error')).toEqual([]);
  });
});
