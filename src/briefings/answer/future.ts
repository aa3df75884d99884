/**
 * Questions about what has not happened yet, beyond what cues.ts reads as speculative: a wh-question
 * in the future ("when will the exchanges restart?", "how will Japan respond?") and a year after the
 * clock's ("could Japan get the islands back by 2030?", "what happens in 2031?"). The records hold
 * what happened and what was said up to now, so no record answers them: a period list up to 2030
 * or the date of the exchanges' end would pass for an answer.
 */

const WH_FUTURE = /\b(?:when|how|where|why|what|who|which)\s+(?:\S+\s+){0,2}?(?:will|shall|'ll)\b/i;
const YEAR = /\b(1[89]\d\d|2\d\d\d)\b/g;

export function asksTheFuture(question: string, now: Date): boolean {
  if (WH_FUTURE.test(question)) return true;
  const thisYear = now.getUTCFullYear();
  return [...question.matchAll(YEAR)].some((m) => Number(m[1]) > thisYear);
}
