/**
 * Partial dates as curators write them: "1981" (year), "1946-02" (month), "2022-03-21" (day), or an
 * ISO 8601 interval "1945-08-18/1945-08-23" (range). Each becomes the first and last calendar day it
 * covers, so events of any precision can be sorted and filtered together.
 */
export type DatePrecision = 'day' | 'month' | 'year' | 'range';

export interface PartialDate {
  /** As written in the data file. */
  readonly text: string;
  readonly precision: DatePrecision;
  /** First day covered, YYYY-MM-DD. */
  readonly start: string;
  /** Last day covered, YYYY-MM-DD. */
  readonly end: string;
}

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** One point: year, month or day. Returns undefined for anything that is not a real calendar date. */
function parsePoint(text: string): { precision: 'day' | 'month' | 'year'; start: string; end: string } | undefined {
  let m = YEAR.exec(text);
  if (m) return { precision: 'year', start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = MONTH.exec(text);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12) return undefined;
    return { precision: 'month', start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(daysInMonth(year, month))}` };
  }
  m = DAY.exec(text);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
    return { precision: 'day', start: text, end: text };
  }
  return undefined;
}

/** Parses a partial date or interval; undefined when the text is not one (or the range is reversed). */
export function parsePartialDate(text: string): PartialDate | undefined {
  const trimmed = text.trim();
  const slash = trimmed.indexOf('/');
  if (slash === -1) {
    const point = parsePoint(trimmed);
    return point && { text: trimmed, ...point };
  }
  const from = parsePoint(trimmed.slice(0, slash));
  const to = parsePoint(trimmed.slice(slash + 1));
  if (!from || !to || from.start > to.end) return undefined;
  return { text: trimmed, precision: 'range', start: from.start, end: to.end };
}

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "21 March 2022", "February 1946", "1981", "18–23 August 1945". */
export function formatPartialDate(date: PartialDate): string {
  switch (date.precision) {
    case 'year':
      return date.start.slice(0, 4);
    case 'month':
      return `${MONTH_NAMES[Number(date.start.slice(5, 7)) - 1]} ${date.start.slice(0, 4)}`;
    case 'day':
      return formatDay(date.start);
    case 'range':
      return formatRange(date.start, date.end);
  }
}

/** "21 March 2022" for a YYYY-MM-DD string. */
export function formatDay(isoDay: string): string {
  const [y, m, d] = isoDay.split('-');
  return `${Number(d)} ${MONTH_NAMES[Number(m) - 1]} ${y}`;
}

function formatRange(start: string, end: string): string {
  const [sy, sm, sd] = start.split('-');
  const [ey, em, ed] = end.split('-');
  if (sy === ey && sm === em) return `${Number(sd)}–${Number(ed)} ${MONTH_NAMES[Number(em) - 1]} ${ey}`;
  if (sy === ey) return `${Number(sd)} ${MONTH_NAMES[Number(sm) - 1]} – ${Number(ed)} ${MONTH_NAMES[Number(em) - 1]} ${ey}`;
  return `${formatDay(start)} – ${formatDay(end)}`;
}

/**
 * Orders ISO days (YYYY-MM-DD) and slugs by code unit. For these characters (digits, lower-case
 * letters, hyphens) that is the order localeCompare gives, without the ICU collator localeCompare
 * builds on its first call, which costs about 15 ms of start-up.
 */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** YYYY-MM-DD of a Date in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Adds (or with a negative count, subtracts) whole days to a YYYY-MM-DD string. */
export function addDays(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
