import { afterEach, describe, expect, it } from 'vitest';
import type { DeliveryJob, Outcome } from '../../src/digests/delivery.js';
import { createMemorySender } from '../support/memory-sender.js';
import { discordChannel, openStore, service, subscription, testLog, type TestLog } from '../support/digest-helpers.js';
import type { DigestStore } from '../../src/digests/store/digest-store.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const MINUTE = 60_000;

async function setup(extra: Parameters<typeof service>[2] = {}) {
  const log = testLog();
  const opened = await openStore('sqlite', log);
  const outcomes: { channel: string; day: string; tickAt: string; outcome: Outcome }[] = [];
  const onOutcome = (job: DeliveryJob, outcome: Outcome) =>
    outcomes.push({ channel: job.subscription.channelId, day: job.day, tickAt: job.tickAt.toISOString(), outcome });
  const digests = service(opened.store, log, { delivery: { concurrency: 8, leaseMs: 5_000, onOutcome }, ...extra });
  cleanups.push(async () => {
    await digests.scheduler.stop(1_000);
    await opened.cleanup();
  });
  const sender = createMemorySender();
  digests.registerSender(sender);
  return { log, store: opened.store, digests, sender, outcomes, sent: () => outcomes.filter((o) => o.outcome === 'sent') };
}

/**
 * Ticks through a range as cron would, every minute within 80 minutes of the given moments (which
 * spans a repeated fall-back hour) and every 7 minutes elsewhere: a digest fired at a wrong time still
 * shows up, at a tick time no expectation names.
 */
async function tickThrough(digests: { tick(now: Date): Promise<unknown> }, from: string, to: string, around: readonly string[]): Promise<void> {
  const near = around.map((t) => Date.parse(t));
  for (let t = Date.parse(from); t <= Date.parse(to); t += MINUTE) {
    const fine = near.some((m) => Math.abs(t - m) <= 80 * MINUTE);
    if (fine || (t - Date.parse(from)) % (7 * MINUTE) === 0) await digests.tick(new Date(t));
  }
}

describe('digest scheduling across daylight-saving changes', () => {
  it('spring forward (America/New_York, 8 March 2026): 09:00 moves from 14:00 to 13:00 UTC; a skipped 02:30 fires at 03:00', async () => {
    const { store, digests, sent } = await setup();
    const activeFrom = '2026-03-07T12:00:00.000Z';
    await store.putSubscription(subscription(discordChannel('nine'), { tz: 'America/New_York', time: '09:00', activeFrom }));
    await store.putSubscription(subscription(discordChannel('gap'), { tz: 'America/New_York', time: '02:30', activeFrom }));
    await store.putSubscription(subscription(discordChannel('three'), { tz: 'America/New_York', time: '03:00', activeFrom }));
    await tickThrough(digests, activeFrom, '2026-03-09T14:00:00Z', ['2026-03-07T14:00Z', '2026-03-08T07:00Z', '2026-03-08T13:00Z', '2026-03-09T06:30Z', '2026-03-09T13:00Z']);
    const at = (channel: string) => sent().filter((s) => s.channel === channel).map((s) => `${s.day} ${s.tickAt}`);
    expect(at('nine')).toEqual(['2026-03-07 2026-03-07T14:00:00.000Z', '2026-03-08 2026-03-08T13:00:00.000Z', '2026-03-09 2026-03-09T13:00:00.000Z']);
    expect(at('gap')).toEqual(['2026-03-08 2026-03-08T07:00:00.000Z', '2026-03-09 2026-03-09T06:30:00.000Z']);
    expect(at('three')).toEqual(['2026-03-08 2026-03-08T07:00:00.000Z', '2026-03-09 2026-03-09T07:00:00.000Z']);
  });

  it('fall back (America/New_York, 1 November 2026): 09:00 moves from 13:00 to 14:00 UTC; the repeated 01:30 fires once', async () => {
    const { store, digests, sent } = await setup();
    const activeFrom = '2026-10-31T12:00:00.000Z';
    await store.putSubscription(subscription(discordChannel('nine'), { tz: 'America/New_York', time: '09:00', activeFrom }));
    await store.putSubscription(subscription(discordChannel('repeat'), { tz: 'America/New_York', time: '01:30', activeFrom }));
    await tickThrough(digests, activeFrom, '2026-11-02T14:00:00Z', ['2026-10-31T13:00Z', '2026-11-01T05:30Z', '2026-11-01T14:00Z', '2026-11-02T06:30Z', '2026-11-02T14:00Z']);
    const at = (channel: string) => sent().filter((s) => s.channel === channel).map((s) => `${s.day} ${s.tickAt}`);
    expect(at('nine')).toEqual(['2026-10-31 2026-10-31T13:00:00.000Z', '2026-11-01 2026-11-01T14:00:00.000Z', '2026-11-02 2026-11-02T14:00:00.000Z']);
    // 01:30 EDT (05:30 UTC) fires; 01:30 EST an hour later does not
    expect(at('repeat')).toEqual(['2026-11-01 2026-11-01T05:30:00.000Z', '2026-11-02 2026-11-02T06:30:00.000Z']);
  });
});

describe('catch-up after downtime', () => {
  it('sends a digest missed while the bot was down within 6 hours; after that it is skipped and logged', async () => {
    const { store, digests, sender, log } = await setup();
    await store.putSubscription(subscription(discordChannel('early'), { time: '09:00' }));
    await store.putSubscription(subscription(discordChannel('earlier'), { time: '08:58' }));
    // the bot comes back at 14:59 UTC: 09:00 is 5 h 59 min ago, 08:58 is 6 h 1 min ago
    const report = await digests.tick(new Date('2026-02-21T14:59:00Z'));
    expect(report).toMatchObject({ sent: 1, missed: 1 });
    expect(sender.sent.map((s) => s.channelId)).toEqual(['early']);
    const warning = log.lines.find((l) => l.message.startsWith('digest skipped: more than the grace window late'));
    expect(warning?.details).toMatchObject({ channel: 'discord:earlier:2026-02-21', lateMinutes: 361 });
    expect(await store.getLedger(discordChannel('earlier'), '2026-02-21')).toMatchObject({ status: 'missed' });

    // later ticks neither resend nor log again; the next day's digest covers the missed day
    await digests.tick(new Date('2026-02-21T15:00:00Z'));
    expect(sender.sent).toHaveLength(1);
    expect(log.lines.filter((l) => l.message.startsWith('digest skipped'))).toHaveLength(1);
    await digests.tick(new Date('2026-02-22T09:00:00Z'));
    expect(sender.sent.map((s) => s.channelId).sort()).toEqual(['earlier', 'early', 'early']);
    const catchUp = sender.sent.find((s) => s.channelId === 'earlier')!.reply;
    expect(catchUp.lead).toMatch(/^First digest for this channel: 2 developments/);
  });

  it('start() runs the catch-up tick at once', async () => {
    const log = testLog();
    const opened = await openStore('sqlite', log);
    const digests = service(opened.store, log, { now: () => new Date('2026-02-21T10:30:00Z') });
    cleanups.push(async () => {
      await digests.close();
      await opened.cleanup();
    });
    await opened.store.putSubscription(subscription(discordChannel(1)));
    digests.registerSender(createMemorySender());
    const report = await digests.scheduler.start();
    expect(report.sent).toBe(1);
    expect(digests.scheduler.running).toBe(true);
  });
});

describe('delivery', () => {
  async function subscribeMany(store: DigestStore, count: number, overrides = {}) {
    for (let i = 0; i < count; i++) await store.putSubscription(subscription(discordChannel(`c${i}`), overrides));
  }

  it('sends one digest per channel per local day, also when ticked again or restarted', async () => {
    const { store, digests, sender, log } = await setup();
    await subscribeMany(store, 12);
    await digests.tick(new Date('2026-02-21T09:00:00Z'));
    await digests.tick(new Date('2026-02-21T09:01:00Z'));
    expect(sender.sent).toHaveLength(12);
    // a second service on the same store (a restarted bot) finds the ledger
    const restarted = service(store, log);
    const again = createMemorySender();
    restarted.registerSender(again);
    const report = await restarted.tick(new Date('2026-02-21T09:02:00Z'));
    expect(report.sent).toBe(0);
    expect(again.sent).toHaveLength(0);
    // the next day, each gets its next digest, covering from the cursor on
    await restarted.tick(new Date('2026-02-22T09:00:00Z'));
    expect(again.sent).toHaveLength(12);
    expect(again.sent[0]!.reply.lead).toBe('No new developments since 21 February 2026.');
  });

  it('disables only the subscription whose channel is gone', async () => {
    const { store, digests, sender, log } = await setup();
    await subscribeMany(store, 5);
    sender.gone.add('c2');
    const report = await digests.tick(new Date('2026-02-21T09:00:00Z'));
    expect(report).toMatchObject({ sent: 4, gone: 1 });
    expect((await store.getSubscription(discordChannel('c2')))?.disabled?.reason).toMatch(/no longer exists/);
    expect(log.lines.find((l) => l.level === 'warn' && l.details.channel === 'discord:c2:2026-02-21')?.message).toMatch(/subscription disabled/);
    await digests.tick(new Date('2026-02-22T09:00:00Z'));
    expect(sender.attempts.get('c2')).toBe(1);
    expect(sender.count('c1')).toBe(2);
  });

  it('honours Retry-After per channel and globally, and still sends once', async () => {
    const { store, digests, sender } = await setup();
    await subscribeMany(store, 6);
    sender.limited.set('c1', { times: 2, retryAfterMs: 40 });
    sender.limited.set('c4', { times: 1, retryAfterMs: 60, global: true });
    const report = await digests.tick(new Date('2026-02-21T09:00:00Z'));
    expect(report.sent).toBe(6);
    expect(sender.attempts.get('c1')).toBe(3);
    for (let i = 0; i < 6; i++) expect(sender.count(`c${i}`)).toBe(1);
  });

  it('does not let one slow channel hold up the rest', async () => {
    const log = testLog();
    const opened = await openStore('sqlite', log);
    const finished: string[] = [];
    const digests = service(opened.store, log, { delivery: { concurrency: 4, onOutcome: (job) => finished.push(job.subscription.channelId) } });
    cleanups.push(opened.cleanup);
    digests.registerSender(createMemorySender({ latencyMs: (id) => (id === 'c0' ? 2_000 : 5) }));
    await subscribeMany(opened.store, 12);
    await digests.tick(new Date('2026-02-21T09:00:00Z'));
    expect(finished).toHaveLength(12);
    expect(finished.at(-1)).toBe('c0');
  });

  it('retries a failed send at the next tick, within the grace window', async () => {
    const { store, digests, sender } = await setup();
    await subscribeMany(store, 2);
    sender.failing.add('c1');
    expect(await digests.tick(new Date('2026-02-21T09:00:00Z'))).toMatchObject({ sent: 1, failed: 1 });
    sender.failing.clear();
    expect(await digests.tick(new Date('2026-02-21T09:01:00Z'))).toMatchObject({ sent: 1 });
    expect(sender.count('c1')).toBe(1);
  });

  it('after a confirmed send whose record fails (store down), retries the record instead of resending', async () => {
    const log = testLog();
    const opened = await openStore('sqlite', log);
    cleanups.push(opened.cleanup);
    let failures = 5; // as many as the immediate retries: the record must wait for the next tick
    const flaky: DigestStore = Object.create(opened.store) as DigestStore;
    flaky.record = (...args) => (failures-- > 0 ? Promise.reject(new Error('store unavailable')) : opened.store.record(...args));
    const digests = service(flaky, log);
    const sender = createMemorySender();
    digests.registerSender(sender);
    await opened.store.putSubscription(subscription(discordChannel('x')));
    expect(await digests.tick(new Date('2026-02-21T09:00:00Z'))).toMatchObject({ sent: 1 });
    expect(log.messages('error')).toContain('digest sent but not recorded yet (store unavailable); retrying the record every tick');
    expect(await opened.store.getLedger(discordChannel('x'), '2026-02-21')).toBeUndefined();
    await digests.tick(new Date('2026-02-21T09:01:00Z'));
    expect(await opened.store.getLedger(discordChannel('x'), '2026-02-21')).toMatchObject({ status: 'sent' });
    expect(sender.sent).toHaveLength(1);
  });

  it('skips quiet days for quiet:skip subscriptions and sends one line for quiet:send', async () => {
    const { store, digests, sender } = await setup();
    await store.putSubscription(subscription(discordChannel('skip'), { quiet: 'skip' }));
    await store.putSubscription(subscription(discordChannel('send'), { quiet: 'send' }));
    // a first digest on 2026-02-17 covers 11–17 February: nothing
    const report = await digests.tick(new Date('2026-02-17T09:00:00Z'));
    expect(report).toMatchObject({ sent: 1, quiet: 1 });
    expect(sender.sent.map((s) => [s.channelId, s.reply.lead, s.reply.sections.length])).toEqual([['send', 'No new developments in the last 7 days.', 0]]);
    expect(await store.getLedger(discordChannel('skip'), '2026-02-17')).toMatchObject({ status: 'quiet' });
    // 20 February has news: both get it
    await digests.tick(new Date('2026-02-21T09:00:00Z'));
    expect(sender.count('skip')).toBe(1);
    expect(sender.sent.find((s) => s.channelId === 'skip')?.reply.lead).toBe('2 new developments since 17 February 2026, newest first.');
  });

  it('sends nothing while paused, and owes nothing for the time that passed while paused', async () => {
    const { digests, sender } = await setup();
    const channel = discordChannel('p');
    const admin = { platform: 'discord' as const, userId: 'u1', channelId: 'p', isDirect: false, canManageChannel: true };
    await digests.subscribe(channel, {}, admin, new Date('2026-02-20T12:00:00Z'));
    await digests.setPaused(channel, true, new Date('2026-02-20T13:00:00Z'));
    await digests.tick(new Date('2026-02-21T09:00:00Z'));
    expect(sender.sent).toHaveLength(0);
    await digests.setPaused(channel, false, new Date('2026-02-21T10:00:00Z'));
    await digests.tick(new Date('2026-02-21T10:01:00Z'));
    expect(sender.sent).toHaveLength(0);
    await digests.tick(new Date('2026-02-22T09:00:00Z'));
    expect(sender.sent).toHaveLength(1);
  });
});

describe('shutdown', () => {
  it('finishes the sends on the wire, abandons the queue, and a restart sends the rest: each channel once', async () => {
    const log: TestLog = testLog();
    const opened = await openStore('sqlite', log);
    cleanups.push(opened.cleanup);
    for (let i = 0; i < 20; i++) await opened.store.putSubscription(subscription(discordChannel(`c${i}`)));
    const platform = new Map<string, number>();
    let twoAccepted: () => void;
    const acceptedTwo = new Promise<void>((resolve) => (twoAccepted = resolve));
    const accept = (id: string) => {
      platform.set(id, (platform.get(id) ?? 0) + 1);
      if (platform.size >= 2) twoAccepted();
    };
    const first = service(opened.store, log, { delivery: { concurrency: 4 } });
    first.registerSender(createMemorySender({ latencyMs: 150, onAccept: accept }));
    const ticking = first.tick(new Date('2026-02-21T09:00:00Z'));
    // stop once the platform has accepted a couple: the fan-out is mid-way, with sends on the wire
    await acceptedTwo;
    await first.scheduler.stop(5_000);
    const report = await ticking;
    expect(report.sent).toBeGreaterThanOrEqual(2);
    expect(report.sent).toBeLessThan(20);
    expect(report.sent + report.abandoned).toBe(20);
    expect(platform.size).toBe(report.sent);

    const second = service(opened.store, log);
    second.registerSender(createMemorySender({ onAccept: accept }));
    await second.tick(new Date('2026-02-21T09:05:00Z'));
    expect(platform.size).toBe(20);
    expect([...platform.values()].every((n) => n === 1)).toBe(true);
  });
});
