import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { exportEvents } from '../../../src/briefings/export/export.js';
import { escapeText, fold } from '../../../src/briefings/export/ics.js';
import { parsePartialDate } from '../../../src/dossier/dates.js';
import type { Dossier } from '../../../src/dossier/dossier.js';
import { buildDossier } from '../../../src/dossier/validate.js';
import { calendarEntries, onlyFile, parseCalendar, textOf } from '../../support/exports.js';
import { rawDossier, rawEvent, realDossier } from '../../support/fixtures.js';

const NOW = new Date('2026-12-02T06:00:00Z');

const calendarText = (dossier: Dossier, now = NOW, query = {}) => textOf(onlyFile(exportEvents(dossier, query, 'ics', now)).data);

/** A dossier whose watch list has a yearly date, a one-off date ahead, one past, and an undated item. */
function watchDossier(): Dossier {
  const raw = rawDossier([
    rawEvent({ id: 'past-talks', date: '2022-03-21', islands: ['etorofu'] }),
    rawEvent({ id: 'planned-visit', date: '2027-01-15/2027-01-17', title: 'Planned visit; to "Tokyo", and back' }),
    rawEvent({ id: 'next-month', date: '2027-01' }),
  ]);
  const source = { outlet: 'Example', url: 'https://example.org/watch' };
  const watch = [
    { text: 'Северные территории, 北方領土; a day, every 7 February, with a very long description that has to be folded more than once.\nSecond line \\ end.', source, basis: ['past-talks'], calendar: { id: 'rally-day', title: 'Rally day, 北方領土の日', date: '1981-02-07', yearly: true } },
    { text: 'A summit announced for spring.', source, basis: ['planned-visit'], calendar: { id: 'spring-summit', title: 'Spring summit', date: '2027-04-10' } },
    { text: 'A deadline that has passed.', source, basis: ['past-talks'], calendar: { id: 'old-deadline', title: 'Old deadline', date: '2025-01-01' } },
    { text: 'Drills, whenever they come.', source, basis: ['past-talks'] },
  ];
  return buildDossier({ ...raw, dossier: { ...raw.dossier, data: { ...(raw.dossier.data as object), watch } } });
}

describe('calendar export (ICS)', () => {
  it('has the yearly dates to watch from the shipped dossier, repeating every year as all-day entries', () => {
    const entries = calendarEntries(calendarText(realDossier()));
    const day = entries.find((e) => e.uid === 'watch-northern-territories-day@kuril-brief');
    expect(day).toMatchObject({ summary: 'Northern Territories Day (Japan)', start: '1981-02-07', end: '1981-02-08', isDate: true, rrule: 'FREQ=YEARLY' });
    expect(day!.occurrences('2026-12-02', 2)).toEqual(['2027-02-07', '2028-02-07']);
    expect(day!.description).toContain('/kuril event 2026-02-07-takaichi-northern-territories-day');
    expect(entries.find((e) => e.uid === 'watch-russia-day-of-victory-over-militaristic-japan@kuril-brief')?.occurrences('2026-12-02', 1)).toEqual(['2027-09-03']);
  });

  it('lists one-off dates and events still ahead, not past ones or month-only dates, each with its citation', () => {
    const entries = calendarEntries(calendarText(watchDossier()));
    expect(entries.map((e) => e.uid)).toEqual(['watch-rally-day@kuril-brief', 'watch-spring-summit@kuril-brief', 'event-planned-visit@kuril-brief']);
    const visit = entries[2]!;
    // All three days of the visit: the end is the day after the last (RFC 5545).
    expect(visit).toMatchObject({ summary: 'Planned visit; to "Tokyo", and back', start: '2027-01-15', end: '2027-01-18', rrule: undefined, url: 'https://example.org/a' });
    expect(visit.description).toMatch(/On record: \/kuril event planned-visit$/);
    expect(entries[1]).toMatchObject({ start: '2027-04-10', rrule: undefined });
  });

  it('escapes and folds text so a calendar reads it back exactly: CRLF, at most 75 octets a line', () => {
    const text = calendarText(watchDossier());
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    const [rally] = calendarEntries(text);
    expect(rally!.summary).toBe('Rally day, 北方領土の日');
    expect(rally!.description).toMatch(/^Северные территории, 北方領土; a day, every 7 February, .* folded more than once\.\nSecond line \\ end\.\n/);
  });

  it('keeps each entry’s UID from one export to the next; only the time stamp moves', () => {
    const first = calendarText(watchDossier(), NOW);
    const later = calendarText(watchDossier(), new Date('2026-12-20T10:00:00Z'));
    expect(calendarEntries(later).map((e) => e.uid)).toEqual(calendarEntries(first).map((e) => e.uid));
    expect(first).toContain('DTSTAMP:20261202T060000Z');
    expect(later.replaceAll('DTSTAMP:20261220T100000Z', 'DTSTAMP:20261202T060000Z')).toBe(first);
  });

  it('with filters, keeps the dates that rest on a selected event; none is an error reply', () => {
    const dossier = watchDossier();
    const onEtorofu = calendarEntries(calendarText(dossier, NOW, { island: dossier.islandsById.get('etorofu') }));
    expect(onEtorofu.map((e) => e.uid)).toEqual(['watch-rally-day@kuril-brief']);
    const none = exportEvents(dossier, { from: parsePartialDate('2023'), to: parsePartialDate('2024') }, 'ics', NOW);
    expect(none).toMatchObject({ kind: 'error', title: 'Nothing for a calendar', visibility: 'ephemeral' });
    expect(none.files).toBeUndefined();
  });

  it('reads back any title exactly, in lines of at most 75 octets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), (title) => {
        const line = fold(`SUMMARY:${escapeText(title)}`);
        for (const part of line.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
        const calendar = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'BEGIN:VEVENT', 'UID:x', 'DTSTAMP:20261202T060000Z', line, 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
        const event = new ICAL.Event(parseCalendar(calendar).getFirstSubcomponent('vevent')!);
        // eslint-disable-next-line no-control-regex -- the control characters a calendar text cannot hold
        expect(event.summary).toBe(title.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ''));
      }),
    );
  });
});
