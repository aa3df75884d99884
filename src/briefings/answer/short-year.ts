import type { DateRange } from './question-dates.js';

/**
 * Years written with two digits (round 13, two branches): the century is the latest that does not
 * put the year after today's (asked in 2026, "22" is 2022, "81" and "98" are 1981 and 1998).
 */

/**
 * "The drills in March 22", "since May '23": a month with two digits after it is a month of a year
 * written short when a preposition of time comes before it ("in", "since") or an apostrophe marks the
 * cut; "on March 22" is a day and stays one.
 */
export function shortYearAfterMonth(months: readonly string[]): RegExp {
  const month = `(${[...months].sort((a, b) => b.length - a.length).join('|')})\\.?`;
  return new RegExp(`(?:(?<=\\b(?:in|of|during|since|from|until|till|before|after|by)\\s+)${month}\\s+['’]?|\\b${month}\\s+['’])(\\d{2})\\b(?!\\s*(?:st|nd|rd|th)\\b)(?!['’]?s\\b)(?!\\s*,?\\s*\\d)`);
}

/** The full year of a two-digit one, in the latest century that does not run past `nowYear`. */
export function fullYear(short: number, nowYear: number): number {
  const century = Math.floor(nowYear / 100) * 100;
  return century + short <= nowYear ? century + short : century - 100 + short;
}

/**
 * "The first Northern Territories Day rally in 81", "what happened in '56": a two-digit year after a
 * preposition of time is that year. Unread, "81" was a word no record holds and the question was
 * answered from any rally (2026's), which says nothing of 1981. A count after it ("in 45 days", "in
 * 20 ships") is no year.
 */
export const SHORT_YEAR =
  /(?<=\b(?:in|of|since|from|before|after|until|till|during|by)\s+)['’]?(\d\d)\b(?!['’]?s\b|\s*(?:%|per\b|percent\b|days?\b|weeks?\b|months?\b|years?\b|hours?\b|km\b|kilomet|miles?\b|troops\b|soldiers\b|ships\b|people\b|men\b|islands?\b|[.,:]\d))/;

/** The year a two-digit year after a preposition stands for, as a range. */
export function shortYear(digits: string, now: Date): DateRange {
  const y = fullYear(Number(digits), now.getUTCFullYear());
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}
