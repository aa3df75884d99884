import { afterEach, describe, expect, it } from 'vitest';
import { claimName, renderingHash } from '../../src/digests/delivery.js';
import { createMemorySender, type MemorySender } from '../support/memory-sender.js';
import { discordChannel, openStore, service, subscription, testLog, type Backend } from '../support/digest-helpers.js';

/**
 * The delivery queue's promises, on real stores: per-part progress that another process resumes,
 * renderings that changed, the fence on a lost or stale claim, fair order across guilds, routing by
 * bot identity (the Discord budget shared by several processes: shared-budget.test.ts).
 */

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const DUE = new Date('2026-02-21T09:00:00Z');
const DAY = '2026-02-21';

async function setup(backend: Backend, sender: MemorySender, extra: Parameters<typeof service>[2] = {}, place?: { url: string; namespace: string }) {
  const log = testLog();
  const opened = await openStore(backend, log, place);
  const digests = service(opened.store, log, { delivery: { concurrency: 1, leaseMs: 5_000 }, ...extra });
  cleanups.push(async () => {
    await digests.scheduler.stop(1_000);
    await opened.cleanup();
  });
  digests.registerSender(sender);
  return { log, store: opened.store, digests, url: opened.url, namespace: opened.namespace };
}

describe.each(['sqlite', 'redis'] as const)('a digest in several posts (%s)', (backend) => {
  it('another process resumes after the last confirmed part and looks for the next one first', async () => {
    // One platform, two bot processes: part 2 of 3 fails on the wire for the first.
    const platform = createMemorySender({ parts: 3, onAccept: (channelId, _reply, key) => key.index === 0 && void platform.failing.add(channelId) });
    const first = await setup(backend, platform);
    await first.store.putSubscription(subscription(discordChannel('multi')));
    expect((await first.digests.tick(DUE)).failed).toBe(1);
    expect(platform.posts.map((p) => p.index)).toEqual([0]);
    expect(await first.store.getProgress(discordChannel('multi'), DAY)).toMatchObject({ sent: 1, parts: 3, ids: ['multi-1'] });
    await first.digests.scheduler.stop(1_000);

    platform.failing.clear();
    const second = await setup(backend, platform, {}, { url: first.url, namespace: first.namespace });
    expect((await second.digests.tick(new Date(DUE.getTime() + 60_000))).sent).toBe(1);
    expect(platform.posts.map((p) => [p.index, p.verify])).toEqual([
      [0, false],
      [1, true],
      [2, false],
    ]);
    expect(await second.store.getLedger(discordChannel('multi'), DAY)).toMatchObject({ status: 'sent' });
    expect(await second.store.getProgress(discordChannel('multi'), DAY)).toBeUndefined();
  });

  it('progress for another rendering: with posts already made the day is closed and the cursor stays; with none it starts over', async () => {
    const platform = createMemorySender({ parts: 2 });
    const { store, digests, log } = await setup(backend, platform);
    const fence = (channel: string) => ({ name: claimName(discordChannel(channel), DAY), owner: 'earlier-process' });
    for (const channel of ['changed', 'untouched']) {
      await store.putSubscription(subscription(discordChannel(channel)));
      await store.claim(fence(channel).name, 'earlier-process', 5_000);
      const sent = channel === 'changed' ? 1 : 0;
      expect(await store.putProgress(discordChannel(channel), { day: DAY, digest: renderingHash(['an older rendering']), parts: 2, sent, ids: sent ? ['old-1'] : [] }, fence(channel))).toBe(true);
      await store.release(fence(channel).name, 'earlier-process');
    }
    expect((await digests.tick(DUE)).sent).toBe(2);
    expect(platform.posts.filter((p) => p.channelId === 'changed')).toEqual([]);
    expect(await store.getLedger(discordChannel('changed'), DAY)).toMatchObject({ status: 'sent' });
    expect(await store.getCursor(discordChannel('changed'))).toBeUndefined();
    expect(log.messages('warn')).toContain('digest changed after part of it was posted; the day is closed with the parts posted and the next digest covers the rest');
    expect(platform.posts.filter((p) => p.channelId === 'untouched').map((p) => p.index)).toEqual([0, 1]);
    expect(await store.getCursor(discordChannel('untouched'))).toMatchObject({ day: DAY });
  });
});

describe('the fence', () => {
  it('a worker whose claim was taken stops before its next part and says why', async () => {
    const held: { store?: Awaited<ReturnType<typeof setup>>['store']; owner: string } = { owner: '' };
    const name = claimName(discordChannel('stolen'), DAY);
    // While part 1 is on the wire, the claim expires and another process takes it.
    const platform = createMemorySender({
      parts: 3,
      latencyMs: () => {
        if (platform.posts.length === 0) void held.store!.release(name, held.owner).then(() => held.store!.claim(name, 'another-process', 60_000));
        return 400;
      },
    });
    const ctx = await setup('sqlite', platform, { delivery: { concurrency: 1, leaseMs: 600 } });
    held.store = ctx.store;
    held.owner = ctx.digests.scheduler.owner;
    const { store } = ctx;
    await store.putSubscription(subscription(discordChannel('stolen')));
    expect((await ctx.digests.tick(DUE)).lost).toBe(1);
    expect(platform.posts.map((p) => p.index)).toEqual([0]);
    expect(ctx.log.messages('warn')).toContain('claim lost, another process owns it; stopping before the next post');
    expect(await store.getLedger(discordChannel('stolen'), DAY)).toBeUndefined();
  });

  it('no post starts once the last confirmed renewal is older than the lease minus the slowest post (monotonic clock)', async () => {
    const monotonic = { t: 0 };
    // Part 1 takes (on the monotonic clock) as long as the whole lease; no renewal comes in between.
    const platform = createMemorySender({ parts: 2, latencyMs: () => ((monotonic.t += 60_000), 1) });
    const ctx = await setup('sqlite', platform, { delivery: { concurrency: 1, leaseMs: 60_000, clock: () => monotonic.t } });
    await ctx.store.putSubscription(subscription(discordChannel('slow')));
    expect((await ctx.digests.tick(DUE)).failed).toBe(1);
    expect(platform.posts.map((p) => p.index)).toEqual([0]);
    expect(ctx.log.messages('warn')).toContain('digest post held back: no confirmed claim renewal recently (store unreachable); the next tick retries');
  });
});

describe('who gets served first, and by whom', () => {
  it('interleaves guilds: a big guild does not hold up the others', async () => {
    const platform = createMemorySender();
    const { store, digests } = await setup('sqlite', platform);
    const guild = (g: string, n: number) => Array.from({ length: n }, (_, i) => subscription({ ...discordChannel(`${g}${i}`), workspaceId: g }, { workspaceId: g }));
    await store.putSubscriptions([...guild('a', 5), ...guild('b', 2), ...guild('c', 1)]);
    await digests.tick(DUE);
    expect(platform.sent.map((s) => s.channelId[0]).join('')).toBe('abcabaaa');
  });

  it('a process delivers only the subscriptions of its own bot, and those from before scoping', async () => {
    const platform = createMemorySender({ scope: 'app-1' });
    const { store, digests } = await setup('sqlite', platform);
    await store.putSubscriptions([
      subscription({ ...discordChannel('mine'), scope: 'app-1' }, { scope: 'app-1' }),
      subscription({ ...discordChannel('theirs'), scope: 'app-2' }, { scope: 'app-2' }),
      subscription(discordChannel('legacy')),
    ]);
    await digests.tick(DUE);
    expect(platform.sent.map((s) => s.channelId).sort()).toEqual(['legacy', 'mine']);
  });
});

describe('stopping within one budget', () => {
  it('stops once, within its budget, and says which posts it left unanswered', async () => {
    const platform = createMemorySender({ latencyMs: 5_000 });
    const { store, digests, log } = await setup('sqlite', platform);
    await store.putSubscription(subscription(discordChannel('hanging')));
    void digests.tick(DUE);
    while (!platform.attempts.has('hanging')) await new Promise((resolve) => setTimeout(resolve, 20));
    const started = performance.now();
    // The app's shutdown and the service's close both stop the scheduler: the second waits for the first.
    await Promise.all([digests.scheduler.stop(400), digests.scheduler.stop(400)]);
    expect(performance.now() - started).toBeLessThan(1_500);
    const stopped = log.lines.filter((l) => l.message.startsWith('digest delivery stopped'));
    expect(stopped).toHaveLength(1);
    expect(stopped[0]!.details).toMatchObject({ platform: 'discord', unanswered: [claimName(discordChannel('hanging'), DAY)] });
  });
});
