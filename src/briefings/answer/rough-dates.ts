import type { DateRange } from './question-dates.js';

/**
 * "Early 2022", "mid-2019", "late 2022", "the summer of 2024", "the first half of 2022", "the early
 * 1990s": a part of a year or a decade is a date range of its own. Left to the bare year, the
 * qualifier stayed a word that no record holds ("early" was even respelt "yearly"), which sank the
 * record the question is about; and the whole year let a record of another part of it answer. The
 * parts overlap a little, as people's use of them does. Winter is left out: whether "winter 2022"
 * is its January or its December is not clear from the words.
 */

interface Part {
  /** First and last month, 1–12. */
  readonly from: number;
  readonly to: number;
}

const PARTS: Readonly<Record<string, Part>> = {
  early: { from: 1, to: 4 },
  start: { from: 1, to: 3 },
  beginning: { from: 1, to: 3 },
  mid: { from: 4, to: 9 },
  middle: { from: 4, to: 9 },
  late: { from: 9, to: 12 },
  end: { from: 10, to: 12 },
  spring: { from: 3, to: 5 },
  summer: { from: 6, to: 8 },
  autumn: { from: 9, to: 11 },
  fall: { from: 9, to: 11 },
  'first half': { from: 1, to: 6 },
  'second half': { from: 7, to: 12 },
};

/** "early 2022", "mid-2019", "summer 2024", "the summer of 2024". */
const LOOSE = '(early|late|mid|middle|spring|summer|autumn|fall)(?:\\s*-\\s*|\\s+(?:of\\s+)?)';
/** "the end of 2022", "the first half of 2022": only with "of" ("when did it start 2022" is no part). */
const WITH_OF = '(start|beginning|end|first\\s+half|second\\s+half)\\s+of\\s+';
const PART_OF_YEAR = new RegExp(`\\b(?:the\\s+)?(?:${LOOSE}|${WITH_OF})(1[89]\\d\\d|20\\d\\d)\\b(?!'?s\\b)`, 'gi');
/** "the early 1990s", "the late 1980s": the decade's first, middle or last years. */
const PART_OF_DECADE = /\b(?:the\s+)?(early|mid|late)(?:\s*-\s*|\s+)(1[89]\d0|20\d0)'?s\b/gi;
const DECADE_PARTS: Readonly<Record<string, readonly [number, number]>> = { early: [0, 3], mid: [3, 6], late: [6, 9] };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Every part of a year or decade in the (lower-cased) text, with where it stands. */
export function roughDates(text: string): { index: number; length: number; range: DateRange }[] {
  const out: { index: number; length: number; range: DateRange }[] = [];
  for (const m of text.matchAll(PART_OF_YEAR)) {
    const part = PARTS[(m[1] ?? m[2])!.toLowerCase().replace(/\s+/g, ' ')];
    const y = Number(m[3]);
    if (!part) continue;
    out.push({ index: m.index, length: m[0].length, range: { start: `${y}-${pad(part.from)}-01`, end: `${y}-${pad(part.to)}-${pad(lastDay(y, part.to))}` } });
  }
  for (const m of text.matchAll(PART_OF_DECADE)) {
    const [from, to] = DECADE_PARTS[m[1]!.toLowerCase()]!;
    const y = Number(m[2]);
    out.push({ index: m.index, length: m[0].length, range: { start: `${y + from}-01-01`, end: `${y + to}-12-31` } });
  }
  return out;
}

/**
 * "Last autumn", "last summer", "the past spring": the latest such season that is over by the
 * clock's month (asked in March 2026, last autumn is September–November 2025). Left undated, the
 * season stayed a word no record holds and "what happened since last autumn" was declined. Winter
 * is left out, as above.
 */
const LAST_SEASON = /\b(?:last|past|previous)\s+(spring|summer|autumn|fall)\b/gi;

export function lastSeasons(text: string, now: Date): { index: number; length: number; range: DateRange }[] {
  const month = now.getUTCMonth() + 1;
  const out: { index: number; length: number; range: DateRange }[] = [];
  for (const m of text.matchAll(LAST_SEASON)) {
    const part = PARTS[m[1]!.toLowerCase()]!;
    const y = part.to < month ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
    out.push({ index: m.index, length: m[0].length, range: { start: `${y}-${pad(part.from)}-01`, end: `${y}-${pad(part.to)}-${pad(lastDay(y, part.to))}` } });
  }
  return out;
}
