/**
 * "The drills in March 22", "since May '23": a month with two digits after it is a month of a year
 * written short when a preposition of time comes before it ("in", "since") or an apostrophe marks the
 * cut; "on March 22" is a day and stays one. The century is the latest that does not put the year
 * after today's (asked in 2026, "22" is 2022 and "98" is 1998).
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
