import type { Plan } from './plan.js';
import { terms } from './text.js';

/**
 * "Did the Kremlin say a deal is likely?" when the record says "unlikely": a word and its negated
 * form (un-, in-, im-, il-, ir-, dis-, non-) are one concept for the search, and the negated form in
 * the deciding clause states the contrary, so the answer is "No" from the record itself.
 */

const PREFIXES = ['un', 'in', 'im', 'il', 'ir', 'dis', 'non'];

/** The record words that negate a question word by prefix ("unlikely" for "likely"), when the records never use the word itself. */
export function negatedForms(term: string, vocabulary: ReadonlyMap<string, number>): string[] {
  if (term.length < 4 || vocabulary.has(term)) return [];
  return PREFIXES.flatMap((p) => [`${p}${term}`, `${p}${term}ly`]).filter((w) => vocabulary.has(w));
}

/** Whether a clause holds the negated form of a word the question asked about. */
export function saysOpposite(plan: Plan, clause: string): boolean {
  const own = new Set(terms(clause));
  return plan.groups.some((g) => !g.entity && g.typed.length > 0 && g.terms.some((t) => !g.typed.includes(t) && own.has(t) && g.typed.some((typed) => PREFIXES.some((p) => t === `${p}${typed}` || t === `${p}${typed}ly`))));
}
