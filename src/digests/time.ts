/**
 * Local wall-clock arithmetic for digests, on Intl only (no time-zone library): what day and minute it
 * is in a zone at an instant, and the instant a zone's clock shows a given day and time. Daylight-saving
 * changes follow the rules a scheduler needs:
 * - a wall time that does not exist (skipped by a spring-forward gap) maps to the first minute after
 *   the gap (02:30 on a day New York jumps from 02:00 to 03:00 is 03:00 EDT);
 * - a wall time that happens twice (a repeated fall-back hour) maps to its first occurrence.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formats.set(timeZone, format);
  }
  return format;
}

export interface LocalTime {
  /** The local calendar day, YYYY-MM-DD. */
  readonly day: string;
  /** Minutes since local midnight, 0–1439. */
  readonly minute: number;
}

/**
 * Small memo tables: a tick evaluates thousands of subscriptions that share a handful of zones and
 * times, and Intl formatting is the expensive part. Cleared when they grow, so they stay small.
 */
const MEMO_LIMIT = 20_000;
function memo<T>(table: Map<string, T>, key: string, compute: () => T): T {
  let value = table.get(key);
  if (value === undefined) {
    if (table.size >= MEMO_LIMIT) table.clear();
    value = compute();
    table.set(key, value);
  }
  return value;
}
const localMemo = new Map<string, LocalTime>();
const instantMemo = new Map<string, number>();

/** The local day and minute of an instant in a zone. */
export function localTime(instant: Date, timeZone: string): LocalTime {
  const minuteStart = Math.floor(instant.getTime() / MINUTE) * MINUTE;
  return memo(localMemo, `${timeZone}|${minuteStart}`, () => computeLocalTime(new Date(minuteStart), timeZone));
}

function computeLocalTime(instant: Date, timeZone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const part of formatFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  const year = (parts.year ?? '').padStart(4, '0');
  return { day: `${year}-${parts.month}-${parts.day}`, minute: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** The local calendar day of an instant in a zone. */
export function localDay(instant: Date, timeZone: string): string {
  return localTime(instant, timeZone).day;
}

/** Offset of the zone from UTC at an instant, in milliseconds (local minus UTC), to the minute. */
export function zoneOffset(instantMs: number, timeZone: string): number {
  const at = Math.floor(instantMs / MINUTE) * MINUTE;
  const local = localTime(new Date(at), timeZone);
  return wallAsUtc(local.day, local.minute) - at;
}

/** "HH:MM" -> minutes since midnight. */
export function parseClock(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** The instant the day and minute would be if the zone were UTC. */
function wallAsUtc(day: string, minute: number): number {
  return Date.parse(`${day}T00:00:00Z`) + minute * MINUTE;
}

function shows(instantMs: number, timeZone: string, day: string, minute: number): boolean {
  const local = localTime(new Date(instantMs), timeZone);
  return local.day === day && local.minute === minute;
}

/**
 * The instant a zone's clock first shows `time` ("HH:MM") on `day` (YYYY-MM-DD); for a time skipped
 * by a gap, the first minute after the gap.
 */
export function zonedInstant(day: string, time: string, timeZone: string): Date {
  return new Date(memo(instantMemo, `${timeZone}|${day}|${time}`, () => computeZonedInstant(day, time, timeZone)));
}

function computeZonedInstant(day: string, time: string, timeZone: string): number {
  const minute = parseClock(time);
  const wall = wallAsUtc(day, minute);
  // The offsets in force a day either side cover any single transition near the wanted time.
  const before = zoneOffset(wall - DAY, timeZone);
  const after = zoneOffset(wall + DAY, timeZone);
  const candidates = [...new Set([wall - before, wall - after, wall - zoneOffset(wall, timeZone)])]
    .filter((t) => shows(t, timeZone, day, minute))
    .sort((a, b) => a - b);
  if (candidates[0] !== undefined) return candidates[0];

  // A gap: the clock jumps over the wanted time. The transition lies between the two readings of the
  // wall time; find the first minute on the new offset by bisection.
  let lo = Math.min(wall - before, wall - after);
  let hi = Math.max(wall - before, wall - after);
  const offsetAfter = zoneOffset(hi, timeZone);
  lo = Math.floor(lo / MINUTE);
  hi = Math.ceil(hi / MINUTE);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (zoneOffset(mid * MINUTE, timeZone) === offsetAfter) hi = mid;
    else lo = mid;
  }
  return hi * MINUTE;
}

/** YYYY-MM-DD plus (or minus) whole calendar days. */
export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (YYYY-MM-DD each). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** "Saturday 21 February 2026 at 09:00": an instant as the zone's clock and calendar show it. */
export function formatLocal(instant: Date, timeZone: string): string {
  const parts: Record<string, string> = {};
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  for (const part of format.formatToParts(instant)) parts[part.type] = part.value;
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute}`;
}
