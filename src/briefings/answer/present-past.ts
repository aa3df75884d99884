import type { QuestionDates } from './question-dates.js';

/**
 * "Does Russia have a special day for beating Japan in WW2?" asks what Russia has now; the war dates
 * the victory the day is for, not the having. Read as a period, it kept the search to 1939–1945,
 * where the 2023 law that made the day cannot be. In a present-simple yes/no question ("does …",
 * "do …"), a period named by a past war dates some deed of that war the question refers to: it is
 * dropped from the search instead of filtering it ("did Russia beat Japan in WW2?" keeps it). A
 * year stays a filter: "does Japan protest drills in 2022?" is a past question typed in the present.
 */

const PRESENT_SIMPLE = /^\s*(?:does|do|doesn'?t|don'?t)\s/i;
/** "In WW2", "during the Second World War": the war named as the period. */
const NAMED_WAR = /\b(?:second\s+world\s+war|world\s+war\s+(?:ii|2|two)|ww\s?(?:ii|2))\b/i;

export function pastPeriodOfPresent(cleaned: string, dates: QuestionDates, now: Date): QuestionDates {
  if (!dates.range || !PRESENT_SIMPLE.test(cleaned)) return dates;
  if (dates.range.end >= `${now.getUTCFullYear()}-01-01` || !NAMED_WAR.test(cleaned)) return dates;
  return { rest: dates.rest };
}
