import { addDays } from '../../dossier/dates.js';

/**
 * An iCalendar file (RFC 5545) of all-day entries: CRLF line ends, text escaped, lines folded at 75
 * octets. Calendar apps import it as a file or subscribe to it; a stable UID lets a re-import update
 * an entry instead of adding a second one.
 */
export interface CalendarItem {
  /** Unique and stable across exports, e.g. `watch-northern-territories-day@kuril-brief`. */
  readonly uid: string;
  readonly title: string;
  /** First day, YYYY-MM-DD. */
  readonly start: string;
  /** Last day, YYYY-MM-DD (inclusive). */
  readonly end: string;
  /** Repeats every year on the same day(s). */
  readonly yearly: boolean;
  readonly description: string;
  readonly url?: string;
}

export function calendarIcs(items: readonly CalendarItem[], stamp: Date, name: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kuril Brief//Event export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...items.flatMap((item) => eventLines(item, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

function eventLines(item: CalendarItem, stamp: Date): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${item.uid}`,
    `DTSTAMP:${utcStamp(stamp)}`,
    `DTSTART;VALUE=DATE:${compactDay(item.start)}`,
    // DTEND of an all-day entry is the day after the last one (RFC 5545, 3.6.1).
    `DTEND;VALUE=DATE:${compactDay(addDays(item.end, 1))}`,
    ...(item.yearly ? ['RRULE:FREQ=YEARLY'] : []),
    `SUMMARY:${escapeText(item.title)}`,
    `DESCRIPTION:${escapeText(item.description)}`,
    ...(item.url ? [`URL:${item.url}`] : []),
    // A day to remember, not a busy day.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/**
 * TEXT values (RFC 5545, 3.3.11): backslash, semicolon and comma escaped, line breaks as \n, and
 * the other control characters, which a TEXT value may not hold, left out.
 */
export function escapeText(text: string): string {
  return (
    text
      .replace(/[\\;,]/g, (c) => `\\${c}`)
      .replace(/\r\n?|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- these are the characters to remove
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  );
}

/**
 * Folds a content line (RFC 5545, 3.1): at most 75 octets a line, continued on the next after a
 * space. Cuts fall between characters, never inside a character's UTF-8 bytes.
 */
export function fold(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    // The first line holds 75 octets; a continuation line's leading space takes one of its 75.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

const compactDay = (day: string) => day.replaceAll('-', '');

const utcStamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

