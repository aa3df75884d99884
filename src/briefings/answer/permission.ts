import type { Plan } from './plan.js';
import { processTerm, terms } from './text.js';

/**
 * "Does the constitution allow Russia to give up territory?" when the record says it "bans ceding
 * territory": being let do a thing and being banned from it are one concept for the search (the
 * question's "allow" is in no record and sank the ban's), and a clause that bans what the question
 * asks to be allowed answers it "No", as a word negated by its prefix does (antonyms.ts).
 */

const stems = (words: readonly string[]) => [...new Set(words.map((w) => processTerm(w) ?? w))];
/** Words that ask whether something is allowed. */
const PERMIT = new Set(stems(['allow', 'allows', 'allowed', 'permit', 'permits', 'permitted', 'let', 'lets', 'lawful', 'legal', 'legally', 'lawfully']));
/** Words that forbid it. */
const FORBID = stems(['ban', 'bans', 'banned', 'forbid', 'forbids', 'forbidden', 'prohibit', 'prohibits', 'prohibited', 'prohibition', 'outlaw', 'outlaws', 'outlawed']);

/** The record words that forbid what a question word asks to be allowed ("ban" for "allow"), or forbid it in other words ("ban" for "outlaw"). */
export function banForms(term: string, vocabulary: ReadonlyMap<string, number>): string[] {
  return PERMIT.has(term) || FORBID.includes(term) ? FORBID.filter((w) => w !== term && vocabulary.has(w)) : [];
}

/** Whether the question asks whether something is allowed or banned, and the clause bans it: the ban is what is asked about, not a deed left undone. */
export function banAsked(plan: Plan, clause: string): boolean {
  const own = new Set(terms(clause));
  return plan.groups.some((g) => !g.entity && g.typed.some((t) => PERMIT.has(t) || FORBID.includes(t))) && FORBID.some((w) => own.has(w));
}

/** Whether a clause forbids, in a ban word, what the question asks to be allowed. */
export function forbidsAsked(plan: Plan, clause: string): boolean {
  const own = new Set(terms(clause));
  return plan.groups.some((g) => !g.entity && g.typed.some((t) => PERMIT.has(t)) && !g.typed.some((t) => own.has(t)) && FORBID.some((w) => own.has(w)));
}
