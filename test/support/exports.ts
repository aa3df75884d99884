import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { expect } from 'vitest';
import type { Reply, ReplyFile } from '../../src/briefings/reply.js';

/**
 * Reading exports back with the parsers analysts' tools use: csv-parse for CSV (strict about
 * quoting), ical.js for calendars (as Thunderbird and many web calendars do).
 */

/** The one file a reply carries, failing the test if there is none. */
export function onlyFile(reply: Reply): ReplyFile {
  expect(reply.files, `expected a file, got a ${reply.kind} reply: ${reply.title}: ${reply.lead ?? ''}`).toHaveLength(1);
  return reply.files![0]!;
}

export const textOf = (data: Uint8Array): string => new TextDecoder('utf-8', { fatal: true }).decode(data);

/** CSV rows as objects keyed by the header row; csv-parse throws on bad quoting or ragged rows. */
export function csvRows(text: string): Record<string, string>[] {
  return parseCsv<Record<string, string>>(text, { columns: true, record_delimiter: '\r\n' });
}

/** CSV rows as arrays of fields, no header. */
export function csvTable(text: string): string[][] {
  const rows: string[][] = parseCsv(text, { record_delimiter: '\r\n' });
  return rows;
}

export interface CalendarEntryRead {
  readonly uid: string;
  readonly summary: string;
  readonly description: string;
  /** YYYY-MM-DD */
  readonly start: string;
  /** YYYY-MM-DD, exclusive (the day after the last) */
  readonly end: string;
  readonly isDate: boolean;
  readonly rrule: string | undefined;
  readonly url: string | undefined;
  /** The next occurrences on or after `from`, YYYY-MM-DD, for a repeating entry. */
  occurrences(from: string, count: number): string[];
}

/** An iCalendar text parsed by ical.js. */
export function parseCalendar(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text) as unknown[]);
}

/** The VEVENTs of an iCalendar text, as ical.js reads them. */
export function calendarEntries(text: string): CalendarEntryRead[] {
  return parseCalendar(text).getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const rrule = component.getFirstPropertyValue('rrule');
    const url = component.getFirstPropertyValue('url');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      isDate: event.startDate.isDate,
      rrule: rrule === null ? undefined : String(rrule),
      url: url === null ? undefined : String(url),
      occurrences(from, count) {
        const iterator = event.iterator();
        const days: string[] = [];
        for (let next = iterator.next(); next && days.length < count; next = iterator.next()) {
          if (next.toString() >= from) days.push(next.toString());
        }
        return days;
      },
    };
  });
}
