import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partNonce } from '../../../src/adapters/discord/digest-sender.js';
import { createDigestService, type DigestRuntime } from '../../../src/digests/service.js';
import { createDigestStore } from '../../../src/digests/store/open-store.js';
import type { ChannelRef, DigestSender, DigestService } from '../../../src/digests/types.js';
import { subscription, tempDir, testLog, type TestLog } from '../../support/digest-helpers.js';
import { realDossier, startHarness, type Harness } from './helpers.js';

/**
 * Digest delivery on Discord under faults, end to end: the real discord.js REST client of the digest
 * sender against the fake Discord (which honours enforce_nonce), the real queue and a SQLite file.
 * Each digest is rendered as three posts (the sender's own posts, three times over) so that a fault
 * can hit a later part. Every test counts the messages that reached the channel.
 */

let h: Harness;
let runtime: DigestRuntime;
let log: TestLog;
let cleanupDir = () => undefined as void;
const clock = { now: new Date('2026-03-02T08:00:00Z') };
const PARTS = 3;

beforeAll(async () => {
  const tmp = tempDir();
  cleanupDir = tmp.cleanup;
  log = testLog();
  const store = await createDigestStore({ url: `sqlite://${join(tmp.dir, 'digests.sqlite')}`, log });
  runtime = createDigestService({
    store,
    dossier: realDossier,
    log,
    defaultTimeZone: 'UTC',
    now: () => clock.now,
    delivery: { concurrency: 1, leaseMs: 10_000, breaker: { threshold: 3, probeMs: 60 * 60_000 } },
  });
  const digests: DigestService = {
    ...runtime,
    registerSender(sender: DigestSender) {
      runtime.registerSender({ ...sender, render: (reply) => Array.from({ length: PARTS }, () => sender.render(reply)).flat() });
    },
  };
  h = await startHarness({ digestPostTimeoutMs: 400 }, { digests });
});
afterAll(async () => {
  await h?.stop();
  await runtime?.close();
  cleanupDir();
});

let day = 0;
/** A fresh channel subscribed at 09:00 UTC, and the next day's 09:00 to tick at. */
async function freshChannel(): Promise<{ channel: ChannelRef; at: (minutes?: number) => Date; day: string }> {
  day++;
  const date = `2026-03-${String(day + 1).padStart(2, '0')}`;
  const channel: ChannelRef = { platform: 'discord', channelId: h.fake.addChannel(), workspaceId: h.fake.guildId };
  await runtime.store.putSubscription(subscription(channel, { subscribedBy: h.fake.user.id, activeFrom: `${date}T00:00:00.000Z` }));
  return { channel, day: date, at: (minutes = 0) => new Date(Date.parse(`${date}T09:00:00Z`) + minutes * 60_000) };
}

const posted = (channel: ChannelRef) => h.fake.channelMessages(channel.channelId);
const route = (channel: ChannelRef) => new RegExp(`^/channels/${channel.channelId}/messages$`);

describe('a digest in several posts on Discord', () => {
  it('resumes after the last confirmed post when a later one fails after landing (5xx): no post twice', async () => {
    const { channel, at, day } = await freshChannel();
    h.fake.failRoute({ method: 'POST', path: route(channel), accept: true, status: 500, after: 1 });
    expect((await runtime.tick(at())).failed).toBe(1);
    // Part 1 confirmed, part 2 landed but unanswered; discord.js did not retry it by itself.
    expect(posted(channel)).toHaveLength(2);
    expect(await runtime.store.getProgress(channel, day)).toMatchObject({ sent: 1, parts: PARTS });

    expect((await runtime.tick(at(1))).sent).toBe(1);
    expect(posted(channel)).toHaveLength(PARTS);
    expect(await runtime.store.getLedger(channel, day)).toMatchObject({ status: 'sent' });
    expect(await runtime.store.getProgress(channel, day)).toBeUndefined();
  });

  it('posts a part whose answer came after the client timeout only once (the same nonce returns the first message)', async () => {
    const { channel, at } = await freshChannel();
    h.fake.failRoute({ method: 'POST', path: route(channel), accept: true, delayMs: 1_000 });
    expect((await runtime.tick(at())).failed).toBe(1);
    expect(posted(channel)).toHaveLength(1);
    expect((await runtime.tick(at(1))).sent).toBe(1);
    expect(posted(channel)).toHaveLength(PARTS);
    const nonces = h.fake.requests.filter((r) => r.method === 'POST' && route(channel).test(r.path)).map((r) => (r.body as { nonce: string; enforce_nonce: boolean }).nonce);
    // Four requests for three posts: the first part twice, with one nonce, 25 characters at most.
    expect(nonces).toHaveLength(PARTS + 1);
    expect(nonces[0]).toBe(nonces[1]);
    expect(new Set(nonces).size).toBe(PARTS);
    expect(nonces.every((n) => n.length <= 25)).toBe(true);
  });

  it('posts a part whose connection was reset after it landed only once', async () => {
    const { channel, at, day } = await freshChannel();
    h.fake.failRoute({ method: 'POST', path: route(channel), accept: true, reset: true, after: 2 });
    expect((await runtime.tick(at())).failed).toBe(1);
    expect(posted(channel)).toHaveLength(PARTS);
    expect((await runtime.tick(at(1))).sent).toBe(1);
    expect(posted(channel)).toHaveLength(PARTS);
    expect(partNonce({ channelId: channel.channelId, delivery: day, index: 2 })).toHaveLength(25);
  });
});

describe('refusals on Discord', () => {
  it('a 403 is retried on later days, not the same day; the third day in a row disables the digest and tells the subscriber by DM', async () => {
    const { channel, at } = await freshChannel();
    const forbidden = { method: 'POST', path: route(channel), status: 403, body: { message: 'Missing Access', code: 50001 }, times: 100 };
    const failure = h.fake.failRoute(forbidden);
    expect((await runtime.tick(at())).refused).toBe(1);
    expect((await runtime.tick(at(1))).refused).toBe(1);
    expect(100 - failure.times).toBe(1);
    expect((await runtime.get(channel))?.disabled).toBeUndefined();
    expect((await runtime.tick(at(24 * 60))).refused).toBe(1);
    expect((await runtime.get(channel))?.refusals).toMatchObject({ days: 2 });
    expect(h.fake.dmChannels.get(h.fake.user.id)).toBeUndefined();
    expect((await runtime.tick(at(48 * 60))).refused).toBe(1);
    expect((await runtime.get(channel))?.disabled?.reason).toMatch(/no access to the channel for 3 days/);
    const dm = h.fake.dmChannels.get(h.fake.user.id);
    expect(dm).toBeDefined();
    const note = h.fake.channelMessages(dm!);
    expect(note).toHaveLength(1);
    expect(String(note[0]!.object.content)).toContain(`<#${channel.channelId}>`);
    expect(String(note[0]!.object.content)).toContain('/kuril subscribe');
    failure.times = 0;
  });

  it('only Unknown Channel (404, 10003) disables at once', async () => {
    const { channel, at } = await freshChannel();
    h.fake.failRoute({ method: 'POST', path: route(channel), status: 404, body: { message: 'Unknown Channel', code: 10003 } });
    expect((await runtime.tick(at())).gone).toBe(1);
    expect((await runtime.get(channel))?.disabled?.reason).toMatch(/no longer exists/);
  });

  it('a 429 comes back to the digest limiter (rejectOnRateLimit) and the digest goes out after Retry-After', async () => {
    const { channel, at } = await freshChannel();
    h.fake.rateLimit({ method: 'POST', path: route(channel), retryAfter: 1 });
    const report = await runtime.tick(at());
    expect(report.sent).toBe(1);
    const limited = log.lines.find((l) => l.message === 'digest post rate limited; will retry' && String(l.details.channel).includes(channel.channelId));
    expect(Number(limited?.details.retryAfterMs)).toBeGreaterThanOrEqual(1_000);
    expect(posted(channel)).toHaveLength(PARTS);
  });

  it('a global 429 waits what its body says, not the whole second of its Retry-After header', async () => {
    const { channel, at } = await freshChannel();
    h.fake.failRoute({
      method: 'POST',
      path: route(channel),
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 0.02, global: true },
      headers: { 'Retry-After': '1', 'X-RateLimit-Global': 'true', 'X-RateLimit-Scope': 'global' },
    });
    // The channels of the earlier tests are due again today: only this one's posts count.
    await runtime.tick(at());
    const limited = log.lines.find((l) => l.message === 'digest post rate limited; will retry' && String(l.details.channel).includes(channel.channelId));
    expect(limited?.details.global).toBe(true);
    // 20 ms and discord.js's 50 ms offset, where the header alone made it 1,050 ms.
    expect(Number(limited?.details.retryAfterMs)).toBeLessThan(200);
    expect(posted(channel)).toHaveLength(PARTS);
  });

  // Last: the breaker stays open for the rest of this file.
  it('a 401 storm trips the breaker: after 3 rejected posts no more go out', async () => {
    const channels = [];
    for (let i = 0; i < 5; i++) channels.push(await freshChannel());
    const all = new RegExp(`^/channels/(${channels.map((c) => c.channel.channelId).join('|')})/messages$`);
    const storm = h.fake.failRoute({ method: 'POST', path: all, status: 401, body: { message: '401: Unauthorized', code: 0 }, times: 1_000 });
    // All five are due at the last one's time.
    const report = await runtime.tick(channels[4]!.at());
    expect(1_000 - storm.times).toBe(3);
    expect(report).toMatchObject({ failed: 3, suspended: 2 });
    expect(log.messages('error').some((m) => m.includes("rejected the bot's credentials repeatedly"))).toBe(true);
    storm.times = 0;
  });
});
