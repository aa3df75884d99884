import { describe, expect, it } from 'vitest';
import { composeDigest, DIGEST_ITEM_LIMIT, FIRST_DIGEST_DAYS } from '../../src/briefings/digest.js';
import { dossier, fakeEvent, withEvents } from '../support/digest-helpers.js';

const base = dossier();

describe('composeDigest', () => {
  it('covers what is new since the cursor, with the trend and the dossier status line with its sources', () => {
    const digest = composeDigest(base, '2026-02-21', { day: '2026-02-19', open: [] });
    // Takaichi's policy speech and the Kremlin's answer, the same day.
    expect([...digest.events].sort()).toEqual(['2026-02-20-kremlin-no-agreement-without-change-in-relations', '2026-02-20-takaichi-policy-speech-peace-treaty']);
    expect(digest.quiet).toBe(false);
    expect(digest.reply.visibility).toBe('public');
    expect(digest.reply.lead).toBe('2 new developments since 19 February 2026, newest first.');
    expect(digest.reply.trend?.reason).toBeTruthy();
    expect(digest.reply.trend?.window.to).toBe('2026-02-21');
    const context = digest.reply.sections.find((s) => s.heading === 'Context');
    expect(context?.items[0]?.text).toBe(base.status.text);
    expect(context?.items[0]?.sources.length).toBeGreaterThan(0);
    expect(digest.coverage).toEqual({ day: '2026-02-21', open: [] });
  });

  it('says "no new developments" in one line with the trend on a quiet day', () => {
    const digest = composeDigest(base, '2026-02-23', { day: '2026-02-21', open: [] });
    expect(digest.quiet).toBe(true);
    expect(digest.reply.lead).toBe('No new developments since 21 February 2026.');
    expect(digest.reply.sections).toEqual([]);
    expect(digest.reply.trend?.window.to).toBe('2026-02-23');
  });

  it(`never floods: a first digest covers at most the last ${FIRST_DIGEST_DAYS} days`, () => {
    const digest = composeDigest(base, '2026-02-13', undefined);
    // 2026-02-07 is within 7 days of 13 February; 2025-10-24 is not
    expect(digest.events).toEqual(['2026-02-07-takaichi-northern-territories-day']);
    expect(digest.reply.lead).toMatch(/^First digest for this channel: 1 development in the last 7 days/);
    expect(composeDigest(base, '2026-02-14', undefined).events).toEqual([]);
  });

  it('reports a record added late (recorded after the days already covered) on the day it was recorded', () => {
    const late = { ...fakeEvent(base, '2026-02-10-late-report', { start: '2026-02-10' }), recorded: '2026-02-25' };
    const data = withEvents(base, [late]);
    // The channel's digests covered up to 24 February, past the event's own date.
    expect(composeDigest(data, '2026-02-25', { day: '2026-02-24', open: [] }).events).toEqual(['2026-02-10-late-report']);
    expect(composeDigest(data, '2026-02-26', { day: '2026-02-25', open: [] }).events).toEqual([]);
    // Without a recorded day the same record would never reach that channel.
    const unrecorded = withEvents(base, [fakeEvent(base, '2026-02-10-late-report', { start: '2026-02-10' })]);
    expect(composeDigest(unrecorded, '2026-02-25', { day: '2026-02-24', open: [] }).events).toEqual([]);
  });

  it('reports an event with a month or range date once, not every day it covers', () => {
    const month = fakeEvent(base, '2026-03-synthetic-month', { start: '2026-03-01', end: '2026-03-31', precision: 'month', text: '2026-03' });
    const data = withEvents(base, [month]);
    const first = composeDigest(data, '2026-03-05', { day: '2026-03-04', open: [] });
    expect(first.events).toEqual([month.id]);
    expect(first.coverage.open).toEqual([month.id]);
    const second = composeDigest(data, '2026-03-06', first.coverage);
    expect(second.events).toEqual([]);
    expect(second.coverage.open).toEqual([month.id]);
    expect(composeDigest(data, '2026-04-01', second.coverage).coverage.open).toEqual([]);
  });

  it(`lists at most ${DIGEST_ITEM_LIMIT} developments and points to the timeline for the rest`, () => {
    const extra = Array.from({ length: 14 }, (_, i) => fakeEvent(base, `2026-03-syn-${i}`, { start: `2026-03-${String(i + 1).padStart(2, '0')}` }));
    const digest = composeDigest(withEvents(base, extra), '2026-03-20', { day: '2026-02-28', open: [] });
    expect(digest.events).toHaveLength(14);
    const section = digest.reply.sections[0]!;
    expect(section.items).toHaveLength(DIGEST_ITEM_LIMIT);
    expect(section.items[0]?.eventId).toBe('2026-03-syn-13');
    expect(section.text).toBe('Showing the 10 newest; 4 more: /kuril timeline from:2026-03-01');
  });

  it('is pure: the same input gives the same digest', () => {
    expect(composeDigest(base, '2026-02-21', { day: '2026-02-01', open: [] })).toEqual(composeDigest(base, '2026-02-21', { day: '2026-02-01', open: [] }));
  });
});
