import type { IndexedDoc } from './search-index.js';

/**
 * A season is a time of year ("the autumn war games", "in the summer of 2024"), not a word a record
 * must hold: the records give dates, never seasons. Read as a word, "autumn" weighs as an unseen
 * concept and sinks the record that answers; dropped, it would let a September record answer "the
 * spring drills". So the season is taken out of the words (plan.ts) and kept as a test of the
 * record's date (route.ts): a record dated to a day or month answers only when that falls in the
 * season (northern seasons: the islands and both capitals are in the northern hemisphere).
 */

const MONTHS: Readonly<Record<string, readonly number[]>> = {
  spring: [3, 4, 5],
  summer: [6, 7, 8],
  autumn: [9, 10, 11],
  fall: [9, 10, 11],
  winter: [12, 1, 2],
};

/** "Fall" is a season only as a time ("in the fall", "fall 2022"), not in "the fall of the Soviet Union". */
const SEASON = /\b(spring|summer|autumn|winter)(?:time)?\b|\b(?:in|during|this|last|that|the)\s+(fall)\b(?!\s+of\s+(?:the|a|an|its|his|her)\b)|\b(fall)(?=\s+(?:of\s+)?\d{4}\b)/i;

/** "In the summer of 2024", "autumn 2022", "during the winter", "spring drills": the season's words. */
const SEASON_WORDS =
  /\b(?:in|during|over)\s+(?:the\s+)?(?:spring|summer|autumn|winter|fall)(?:time)?(?:\s+of)?(?=\s+\d{4}\b)|\b(?:(?:in|during|over)\s+)?(?:the\s+)?(?:spring|summer|autumn|winter)(?:time)?(?:\s+of)?\b|\b(?:in|during|this|last|that)\s+the\s+fall\b(?!\s+of\s+(?:the|a|an|its|his|her)\b)|\bfall(?:\s+of)?(?=\s+\d{4}\b)/gi;

/**
 * A season tied to a year or to the clock ("autumn 2025", "the summer of 2024", "last autumn") is a
 * date range, which question-dates.ts reads (rough-dates.ts); only a season without one, or a winter (which straddles two years and
 * rough-dates.ts leaves alone), is a test here.
 */
const DATED = /\b(?:(?:last|past|previous|this)\s+(?:spring|summer|autumn|fall)|(?:spring|summer|autumn|fall)(?:\s+of)?\s+\d{4})\b/gi;

/** The months of the season the question names without a year, if any. */
export function seasonAsked(question: string): readonly number[] | undefined {
  const m = SEASON.exec(question.replace(DATED, ' '));
  const name = (m?.[1] ?? m?.[2] ?? m?.[3])?.toLowerCase();
  return name ? MONTHS[name] : undefined;
}

/** The question without its season ("in the summer of 2024" → "in 2024"), for the search words. */
export function withoutSeason(text: string): string {
  if (!seasonAsked(text)) return text;
  return text.replace(SEASON_WORDS, (match) => (/^\s*(?:in|during|over)\b/i.test(match) && /of$/i.test(match.trim()) ? 'in' : ' ')).replace(/\s+/g, ' ');
}

/** The record can have happened in the season asked: its day or month falls in it (a year-only date may). */
export function fitsTheSeason(question: string, doc: IndexedDoc): boolean {
  const months = seasonAsked(question);
  if (!months || doc.kind !== 'event') return true;
  const date = doc.event.date;
  if (date.precision === 'year') return true;
  const from = Number(date.start.slice(5, 7));
  const to = Number(date.end.slice(5, 7));
  const span = (to - from + 12) % 12;
  // A record running over four months or more overlaps every season.
  if (span >= 3 || date.start.slice(0, 4) !== date.end.slice(0, 4)) return span >= 3 || months.includes(from) || months.includes(to);
  for (let m = from; m <= to; m++) if (months.includes(m)) return true;
  return false;
}
