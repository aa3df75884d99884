import type { Plan, TermGroup } from './plan.js';
import type { Hit } from './search.js';

/**
 * Tests a record must pass beyond covering enough of the question, for questions whose wording says
 * which part of them a record must hold.
 */

/** The concepts that carry the question: rare words on record that are not names. */
function carrying(plan: Plan): number[] {
  return plan.groups.flatMap((g: TermGroup, i) => (g.distinctive && g.known && !g.entity ? [i] : []));
}

/**
 * "Who commanded the Soviet landing on Shumshu?" asks who did that: a record of the landing that
 * does not say who commanded it names no one who did. A who-question's record must hold every word
 * of the question besides its names (a misspelt word its typo match found counts).
 */
export function holdsTheDeed(plan: Plan, hit: Hit): boolean {
  if (plan.intent !== 'who') return true;
  // Every word besides the names, however common ("led"): it is what the person is asked for.
  return plan.groups.every((g, i) => g.entity !== undefined || hit.covered.has(i));
}

/**
 * "When did the last Japanese residents leave the islands?": one record covers the residents,
 * another something that left, none both. Each passes the coverage test alone, but answering from
 * either would stitch a fact the record does not hold: when no record covers every concept the
 * question carries and two of them cover different ones, no record answers the question.
 */
export function splitAcross(plan: Plan, accepted: readonly Hit[]): boolean {
  const asked = carrying(plan);
  if (asked.length < 2) return false;
  const sets = accepted.map((h) => asked.filter((i) => h.covered.has(i)));
  if (sets.some((s) => s.length === asked.length)) return false;
  return sets.some((a) => sets.some((b) => a.some((i) => !b.includes(i)) && b.some((i) => !a.includes(i))));
}
