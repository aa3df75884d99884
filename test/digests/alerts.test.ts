import { afterEach, describe, expect, it } from 'vitest';
import type { Dossier, KurilEvent } from '../../src/dossier/dossier.js';
import { createMemorySender } from '../support/memory-sender.js';
import { discordChannel, dossier, fakeEvent, openStore, service, testLog, withEvents, type Backend } from '../support/digest-helpers.js';
import { skipWithoutRedis } from '../support/redis.js';

/** Breaking alerts end to end: a real store (SQLite file or Redis), the scheduler's tick, the memory platform. */

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const ON_AT = new Date('2026-03-01T10:00:00Z');
const CHANNEL = discordChannel('alerts-1');
const by = { userId: 'u-admin' };

/** An approved event as the intake layer records it: entered the set on `recorded`, with a Goldstein score. */
function approved(id: string, goldstein: number, recorded = '2026-03-01', date = '2026-02-27'): KurilEvent {
  const base = fakeEvent(dossier(), id, { start: date }, `Approved development ${id}`);
  return { ...base, coding: { ...base.coding, goldstein }, recorded };
}

/** A live event set, as the intake layer's reload swaps it in. */
function liveSet() {
  let current: Dossier = dossier();
  return { get: () => current, approve: (...events: KurilEvent[]) => void (current = withEvents(current, events)) };
}

async function setup(backend: Backend) {
  const log = testLog();
  const opened = await openStore(backend, log);
  cleanups.push(opened.cleanup);
  const events = liveSet();
  const digests = service(opened.store, log, { dossier: events.get });
  const sender = createMemorySender();
  digests.registerSender(sender);
  cleanups.push(() => digests.scheduler.stop());
  return { log, opened, events, digests, sender };
}

describe.each(['sqlite', 'redis'] as const)('breaking alerts on %s', (backend) => {
  it.skipIf(backend === 'redis' && skipWithoutRedis)('alerts once for an approved event with |Goldstein| at least the minimum, never for a low one', async () => {
    const { events, digests, sender } = await setup(backend);
    await digests.alertsOn(CHANNEL, 7, by, ON_AT);
    events.approve(approved('high-conflict', -8), approved('low-talks', 3), approved('high-accord', 7));

    const first = await digests.tick(new Date('2026-03-01T10:01:00Z'));
    expect(first.alerts).toBe(2);
    expect(sender.sent.map((s) => s.reply.title).sort()).toEqual(['Breaking: Approved development high-accord', 'Breaking: Approved development high-conflict']);
    const alert = sender.sent.find((s) => s.reply.title.endsWith('high-conflict'))!.reply;
    expect(alert.visibility).toBe('public');
    expect(alert.sections[0]!.items[0]).toMatchObject({ date: '27 February 2026', eventId: 'high-conflict' });
    expect(alert.sections[0]!.items[0]!.sources.length).toBeGreaterThan(0);

    expect((await digests.tick(new Date('2026-03-01T10:02:00Z'))).alerts).toBe(0);
    expect(sender.count(CHANNEL.channelId)).toBe(2);
  });

  it.skipIf(backend === 'redis' && skipWithoutRedis)('does not alert for events recorded before the day alerts were turned on', async () => {
    const { events, digests, sender } = await setup(backend);
    events.approve(approved('before-on', -9, '2026-02-28'));
    await digests.alertsOn(CHANNEL, 5, by, ON_AT);
    events.approve(approved('after-on', -9, '2026-03-01', '2026-01-15'));
    await digests.tick(new Date('2026-03-01T10:01:00Z'));
    expect(sender.sent.map((s) => s.reply.sections[0]!.items[0]!.eventId)).toEqual(['after-on']);
  });

  it.skipIf(backend === 'redis' && skipWithoutRedis)('does not resend after a restart (the alert ledger), and disables a channel that is gone', async () => {
    const { log, opened, events, digests, sender } = await setup(backend);
    await digests.alertsOn(CHANNEL, 7, by, ON_AT);
    await digests.alertsOn(discordChannel('deleted'), 7, by, ON_AT);
    sender.gone.add('deleted');
    events.approve(approved('high-conflict', -8));
    const first = await digests.tick(new Date('2026-03-01T10:01:00Z'));
    expect(first.alerts).toBe(1);
    expect((await digests.getAlerts(discordChannel('deleted')))?.disabled?.reason).toMatch(/no longer exists/);
    await digests.scheduler.stop();
    await opened.store.close();

    // A new process on the same store: new owner, empty memory, the same event set.
    const reopened = await openStore(backend, log, { url: opened.url, namespace: opened.namespace });
    cleanups.push(reopened.cleanup);
    const restarted = service(reopened.store, log, { dossier: events.get });
    const platform = createMemorySender();
    restarted.registerSender(platform);
    cleanups.push(() => restarted.scheduler.stop());
    expect((await restarted.tick(new Date('2026-03-01T10:02:00Z'))).alerts).toBe(0);
    expect(platform.sent).toEqual([]);
    expect(platform.attempts.size).toBe(0);
    expect(sender.attempts.get('deleted')).toBe(1);
  });
});

describe('breaking alerts and the platform', () => {
  it('leaves a rate-limited alert to the next tick, which sends it once', async () => {
    const { events, digests, sender } = await setup('sqlite');
    await digests.alertsOn(CHANNEL, 7, by, ON_AT);
    sender.limited.set(CHANNEL.channelId, { times: 1, retryAfterMs: 10 });
    events.approve(approved('high-conflict', -8));
    expect((await digests.tick(new Date('2026-03-01T10:01:00Z'))).alerts).toBe(0);
    expect((await digests.tick(new Date('2026-03-01T10:02:00Z'))).alerts).toBe(1);
    expect((await digests.tick(new Date('2026-03-01T10:03:00Z'))).alerts).toBe(0);
    expect(sender.attempts.get(CHANNEL.channelId)).toBe(2);
    expect(sender.count(CHANNEL.channelId)).toBe(1);
  });
});

describe.skipIf(skipWithoutRedis)('breaking alerts on a shared Redis', () => {
  it('two scheduler instances ticking at once alert each channel once', async () => {
    const log = testLog();
    const first = await openStore('redis', log);
    cleanups.push(first.cleanup);
    const second = await openStore('redis', log, { url: first.url, namespace: first.namespace });
    cleanups.push(second.cleanup);
    const events = liveSet();
    const accepted = new Map<string, number>();
    const runtimes = [first.store, second.store].map((store) => {
      const runtime = service(store, log, { dossier: events.get });
      runtime.registerSender(createMemorySender({ latencyMs: () => Math.random() * 15, onAccept: (id) => accepted.set(id, (accepted.get(id) ?? 0) + 1) }));
      cleanups.push(() => runtime.scheduler.stop());
      return runtime;
    });
    for (let i = 0; i < 20; i++) await runtimes[0]!.alertsOn(discordChannel(`a${i}`), 7, by, ON_AT);
    events.approve(approved('high-conflict', -8));

    const reports = await Promise.all(runtimes.map((r) => r.tick(new Date('2026-03-01T10:01:00Z'))));
    expect(accepted.size).toBe(20);
    expect([...accepted.values()].every((n) => n === 1)).toBe(true);
    expect(reports[0]!.alerts + reports[1]!.alerts).toBe(20);
  });
});
