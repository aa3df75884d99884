import { describe, expect, it } from 'vitest';
import { since } from '../../src/briefings/since.js';
import { timelineEvents } from '../../src/briefings/timeline.js';
import { parsePartialDate } from '../../src/dossier/dates.js';
import { fixtureDossier } from '../support/fixtures.js';

const dossier = fixtureDossier([
  { id: 'a-month', date: '2026-10', title: 'Month event' },
  { id: 'b-day', date: '2026-11-20', title: 'Day event' },
  { id: 'c-range', date: '2026-11-24/2026-11-28', title: 'Range event' },
  { id: 'd-future', date: '2026-12-01', title: 'Future event' },
  { id: 'e-old', date: '2020', title: 'Old event' },
]);
const day = (text: string) => parsePartialDate(text)!;

describe('since', () => {
  it('lists what is new since a day, newest first, and nothing after the as-of day', () => {
    const reply = since(dossier, day('2026-11-20'), new Date('2026-11-26T10:00:00Z'));
    expect(reply.sections[0]?.items.map((i) => i.eventId)).toEqual(['c-range', 'b-day']);
    expect(reply.lead).toBe('2 developments since 20 November 2026, newest first.');
    expect(reply.trend).toBeDefined();
  });

  it('says plainly when nothing is new', () => {
    const reply = since(dossier, day('2026-11-29'), new Date('2026-11-30T10:00:00Z'));
    expect(reply.sections).toEqual([]);
    expect(reply.lead).toBe('No new developments on record since 29 November 2026.');
  });
});

describe('timelineEvents', () => {
  it('matches events whose dates overlap the range, whatever their precision', () => {
    const ids = timelineEvents(dossier, { from: day('2026-10-15'), to: day('2026-11-25') }).map((e) => e.id);
    expect(ids).toEqual(['a-month', 'b-day', 'c-range']);
  });

  it('filters by actor family: a ministry counts for its state', () => {
    const russia = dossier.actorsById.get('russia')!;
    expect(timelineEvents(dossier, { actor: russia })).toHaveLength(5);
    const japanOnly = fixtureDossier([{ id: 'j', actors: ['japan'] }]);
    expect(timelineEvents(japanOnly, { actor: japanOnly.actorsById.get('russia')! })).toHaveLength(0);
  });
});
