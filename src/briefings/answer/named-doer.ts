import type { Plan } from './plan.js';
import { processTerm, tokenize, wordTerms } from './text.js';

/**
 * "Did Sato hand the declaration of war to Molotov?": the doer is a name the records write (an
 * ambassador, a minister) but the actor list does not hold, so doer.ts cannot read it. The record
 * says "Molotov handed the declaration to Japan's ambassador, Naotake Sato": Sato comes after the
 * deed, as the one it was done to. A clause in which the question's doer stands only after the deed
 * (and not after a passive's "by") does not say that doer did it.
 */

const SUBJECT_AND_VERB = /^\s*(?:did|does|do|has|have|had)\s+(?:the\s+)?([\p{L}-]+)\s+([\p{L}-]+)/u;
/** How far after the deed a passive's "by" may come ("handed over by …"). */
const PASSIVE_REACH = 3;

/**
 * Whether the clause puts the question's doer, a proper name off the actor list (`names`: the
 * records' capitalised words, lower-cased), after the deed asked about and not as a passive's agent.
 */
export function namedDoerAfterDeed(plan: Plan, clause: string, names: ReadonlySet<string>): boolean {
  const m = SUBJECT_AND_VERB.exec(plan.rest);
  if (!m) return false;
  const subject = m[1]!.toLowerCase();
  const subjectTerm = tokenize(subject).map((t) => processTerm(t)).find(Boolean);
  if (!names.has(subject) || !subjectTerm || plan.groups.some((g) => g.entity && g.typed.includes(subjectTerm))) return false;
  const verb = new Set(wordTerms(m[2]!));
  const deed = plan.groups.find((g) => !g.entity && g.typed.some((t) => verb.has(t)));
  if (!deed) return false;
  const words = clause.split(/\s+/);
  const at = words.findIndex((w) => wordTerms(w).some((t) => deed.terms.includes(t)));
  if (at < 0) return false;
  const named = (w: string) => w.replace(/[^\p{L}-]+/gu, '').toLowerCase() === subject;
  if (words.slice(0, at).some(named)) return false;
  const after = words.findIndex((w, i) => i > at && named(w));
  if (after < 0) return false;
  return !words.slice(at + 1, Math.min(after, at + 1 + PASSIVE_REACH)).some((w) => /^by$/i.test(w));
}
