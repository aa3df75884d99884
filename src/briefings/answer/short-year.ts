import type { DateRange } from './question-dates.js';

/**
 * "The first Northern Territories Day rally in 81", "what happened in '56": a two-digit year after a
 * preposition of time is that year (round 13). Unread, "81" was a word no record holds and the
 * question was answered from any rally (2026's), which says nothing of 1981. The century is the one
 * that puts the year at or before the clock's ("22" is 2022, "81" is 1981). A count after it ("in
 * 45 days", "in 20 ships") is no year.
 */
export const SHORT_YEAR =
  /(?<=\b(?:in|of|since|from|before|after|until|till|during|by)\s+)['’]?(\d\d)\b(?!['’]?s\b|\s*(?:%|per\b|percent\b|days?\b|weeks?\b|months?\b|years?\b|hours?\b|km\b|kilomet|miles?\b|troops\b|soldiers\b|ships\b|people\b|men\b|islands?\b|[.,:]\d))/;

export function shortYear(digits: string, now: Date): DateRange {
  const n = Number(digits);
  const century = n <= now.getUTCFullYear() % 100 ? 2000 : 1900;
  const y = century + n;
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}
