import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/briefings/reply.js';
import { formatDay } from '../../src/dossier/dates.js';
import { createDigestService, type DigestRuntime } from '../../src/digests/service.js';
import { createDigestStore } from '../../src/digests/store/open-store.js';
import type { ChannelRef, DigestSender, PartKey, SendResult } from '../../src/digests/types.js';
import { dossier, tempDir, testLog } from '../support/digest-helpers.js';
import { check, dayOf, shift, type LiveStretch, type Send } from '../support/faults/model.js';
import { tally } from '../support/faults/tally.js';

/**
 * A model-based randomized run (fast-check): subscribe, pause, resume, time-zone and time changes,
 * unsubscribe, restarts and ticks over two to three days around a change of the clocks, with the real
 * digest service and scheduler in process on a real SQLite file and an injected clock, checked against
 * model.ts. At least 200 runs (FAULTS_RUNS for more).
 */

const RUNS = Number(process.env.FAULTS_RUNS ?? 200);
const CHANNELS = ['c1', 'c2', 'c3'];
const ZONES = ['UTC', 'America/New_York', 'Europe/London', 'Asia/Tokyo', 'Australia/Lord_Howe'];
/** Times that fall in a gap or an overlap on some clock change, and ordinary ones. */
const TIMES = ['00:30', '01:30', '02:00', '02:30', '09:00', '23:30'];
/** Noon UTC a day or so before a change of the clocks: US and EU spring and autumn, Lord Howe's half hour. */
const STARTS = ['2026-03-07T12:00:00Z', '2026-03-28T12:00:00Z', '2026-10-24T12:00:00Z', '2026-10-31T12:00:00Z', '2026-04-04T00:00:00Z'];

type Step =
  | { kind: 'subscribe'; channel: string; time: string; tz: string }
  | { kind: 'pause' | 'resume' | 'unsubscribe'; channel: string }
  | { kind: 'restart' }
  | { kind: 'advance'; minutes: number };

const channel = fc.constantFrom(...CHANNELS);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('subscribe' as const), channel, time: fc.constantFrom(...TIMES), tz: fc.constantFrom(...ZONES) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('pause' as const, 'resume' as const, 'unsubscribe' as const), channel }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'restart' as const }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('advance' as const), minutes: fc.integer({ min: 10, max: 240 }) }) },
);

/**
 * A platform that keeps each digest (one post: its title) with the clock's time and the day the title
 * names. A post marked `verify` that is already there is reported sent, as the real senders look first.
 */
function recordingSender(now: () => number, step: () => number, days: readonly string[]): DigestSender & { sends: Send[] } {
  const titles = new Map(days.map((day) => [`Kuril Islands daily digest, ${formatDay(day)}`, day]));
  const sends: Send[] = [];
  return {
    platform: 'discord',
    scope: 'app-1',
    timeoutMs: 1_000,
    sends,
    render: (reply: Reply) => [(reply as { title?: string }).title ?? ''],
    sendPart(part: unknown, key: PartKey): Promise<SendResult> {
      const day = titles.get(String(part));
      if (!day || day !== key.delivery) throw new Error(`a digest titled "${String(part)}" delivered as ${key.delivery}`);
      const there = sends.some((s) => s.channel === key.channelId && s.day === day);
      if (!(key.verify && there)) sends.push({ channel: key.channelId, day, at: now(), step: step() });
      return Promise.resolve({ kind: 'sent', id: `${key.channelId}-${day}` });
    },
    notify: () => Promise.resolve(),
  };
}

async function play(start: string, steps: readonly Step[]): Promise<ReturnType<typeof check>> {
  const tmp = tempDir();
  const url = `sqlite://${join(tmp.dir, 'digests.sqlite')}`;
  const clock = { now: Date.parse(start) };
  const days = Array.from({ length: 12 }, (_, i) => shift(dayOf(clock.now, 'UTC'), i - 3));
  let index = 0;
  const sender = recordingSender(() => clock.now, () => index, days);
  const open = async (): Promise<DigestRuntime> => {
    const store = await createDigestStore({ url, log: testLog() });
    const runtime = createDigestService({ store, dossier, log: testLog(), defaultTimeZone: 'UTC', now: () => new Date(clock.now), delivery: { concurrency: 4, leaseMs: 5_000 } });
    runtime.registerSender(sender);
    return runtime;
  };
  // scoped by bot, as every adapter's channels are (ChannelRef.scope)
  const ref = (id: string): ChannelRef => ({ platform: 'discord', channelId: id, workspaceId: 'guild-1', scope: 'app-1' });
  const stretches: LiveStretch[] = [];
  const ticks: number[] = [];
  const state = new Map<string, { time: string; tz: string; paused: boolean }>();
  const current = (id: string) => stretches.find((s) => s.channel === id && s.to === undefined);
  const end = (id: string) => {
    const open = current(id);
    if (open) {
      open.to = clock.now;
      open.toStep = index;
    }
  };

  let runtime = await open();
  try {
    for (const s of steps) {
      index++;
      const now = new Date(clock.now);
      if (s.kind === 'advance') {
        clock.now += s.minutes * 60_000;
        ticks.push(clock.now);
        await runtime.tick(new Date(clock.now));
      } else if (s.kind === 'restart') {
        await runtime.close();
        runtime = await open();
        // a start runs a catch-up tick at once
        ticks.push(clock.now);
        await runtime.tick(now);
      } else if (s.kind === 'subscribe') {
        await runtime.subscribe(ref(s.channel), { time: s.time, tz: s.tz }, { userId: 'u1' }, now);
        const before = state.get(s.channel);
        const changed = !before || before.time !== s.time || before.tz !== s.tz;
        state.set(s.channel, { time: s.time, tz: s.tz, paused: before?.paused ?? false });
        // a change of time or zone starts afresh; the same settings again change nothing
        if (changed) {
          end(s.channel);
          if (!before?.paused) stretches.push({ channel: s.channel, time: s.time, tz: s.tz, from: clock.now, fromStep: index });
        }
      } else if (s.kind === 'unsubscribe') {
        await runtime.unsubscribe(ref(s.channel));
        state.delete(s.channel);
        end(s.channel);
      } else {
        const existing = state.get(s.channel);
        await runtime.setPaused(ref(s.channel), s.kind === 'pause', now);
        if (!existing || existing.paused === (s.kind === 'pause')) continue;
        existing.paused = s.kind === 'pause';
        if (existing.paused) end(s.channel);
        else stretches.push({ channel: s.channel, time: existing.time, tz: existing.tz, from: clock.now, fromStep: index });
      }
    }
  } finally {
    await runtime.close();
    tmp.cleanup();
  }
  return check(stretches, ticks, sender.sends, clock.now);
}

describe('model-based randomized run', () => {
  it(`${RUNS} runs of subscribe, pause, resume, time-zone changes, unsubscribe, restarts and ticks across a change of the clocks match the model`, { timeout: 600_000 }, async () => {
    let owed = 0;
    let duplicates = 0;
    let missed = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...STARTS), fc.array(step, { minLength: 5, maxLength: 40 }), async (start, steps) => {
        const findings = await play(start, steps);
        owed += findings.owed;
        duplicates += findings.duplicates.length;
        missed += findings.missed.length;
        expect(findings).toMatchObject({ duplicates: [], wrong: [], missed: [] });
      }),
      { numRuns: RUNS },
    );
    tally('model-based randomized run (fast-check)', RUNS, { sent: owed, duplicates, missed, unrecorded: 0 });
  });
});
