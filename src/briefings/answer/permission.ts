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

/**
 * A law asked about: what it allows is what it does not ban. "Is Japan allowed to fish there now?"
 * asks no law; a suspended agreement that "let Japanese boats fish" is no ban.
 */
const LAW = /\b(?:constitution(?:al)?|laws?|legislation|decree|charter|statute)\b/i;
/** Words that ask about every case or any case. */
const EVERY_CASE = /\b(?:always|ever|every|all|any)\b/i;
/** A clause that makes an exception: what it names is allowed, not banned ("the ban excepts the delimitation …"). */
const EXCEPTS = /\bexcept(?:s|ed|ing|ion)?\b|\bapart\s+from\b|\bother\s+than\b/i;

/** The record words that forbid what a question word asks a law to allow ("ban" for "allow"), or forbid it in other words ("ban" for "outlaw"). */
export function banForms(term: string, vocabulary: ReadonlyMap<string, number>, question: string): string[] {
  // "Did the constitution always / ever allow border demarcation?": a ban with an exception answers
  // neither way (exception.ts reads "every" and "always" against a ban, not against a permission).
  if (!LAW.test(question) || EVERY_CASE.test(question)) return [];
  return PERMIT.has(term) || FORBID.includes(term) ? FORBID.filter((w) => w !== term && vocabulary.has(w)) : [];
}

/** Whether the question asks whether something is allowed or banned, and the clause bans it: the ban is what is asked about, not a deed left undone. */
export function banAsked(plan: Plan, clause: string): boolean {
  const own = new Set(terms(clause));
  return (plan.groups.some((g) => !g.entity && g.typed.some((t) => PERMIT.has(t) || FORBID.includes(t))) || NO_COMPOUND.test(plan.question)) && FORBID.some((w) => own.has(w));
}

/** "A no-handing-over-territory clause", "a no-fly zone": a "no-" compound names a ban on what follows it. */
const NO_COMPOUND = /(?<![\p{L}-])no-(?=\p{L})/iu;

/** Whether a clause forbids, in a ban word, what the question asks to be allowed. */
export function forbidsAsked(plan: Plan, clause: string): boolean {
  // What the clause excepts from its ban is allowed: only the words before the exception ban.
  const own = new Set(terms(clause.split(EXCEPTS)[0]!));
  const permission = plan.groups.filter((g) => !g.entity && g.typed.some((t) => PERMIT.has(t)));
  // The thing asked to be allowed must be what is banned ("bans ceding territory"), not the exception.
  const thing = plan.groups.filter((g) => !g.entity && !permission.includes(g) && g.weight === g.idf);
  return permission.some((g) => !g.typed.some((t) => own.has(t))) && FORBID.some((w) => own.has(w)) && (thing.length === 0 || thing.some((g) => g.terms.some((t) => own.has(t))));
}
