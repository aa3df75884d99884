import type { Plan } from './plan.js';
import { wordTerms } from './text.js';
import { plainOfIrregular } from './irregular-verbs.js';
import { isMainlyNoun, isVerb } from './related-words.js';

/**
 * "Did Japan protest to the Russian ambassador after Moscow dropped the peace talks?": the clause
 * after "after", "before", "when" or "once" only dates the deed asked about by another deed, which
 * has its own record. The record of the protest says "Russia's halt of the talks", not "the peace
 * talks"; the words only that clause holds do not split the question across two records, as long as
 * one record holds every word of the main clause.
 */

/** A subordinator that opens a clause dating the deed asked about (not the question's first word). */
const TIME_CLAUSE = /\s(?:after|before|when|once|until|while)\s+/i;

/** The question's concept groups whose words are typed only in a dating clause after the main one. */
export function timeClauseOnly(plan: Plan): Set<number> {
  return plan.cues.yesNo ? datingClauseOnly(plan) : new Set();
}

/**
 * The same for any question: "Which Russian envoy did Tokyo protest to after the peace talks were
 * halted?", "who spoke for the Kremlin when it answered Takaichi's speech to the Diet?" (judge.ts).
 */
export function datingClauseOnly(plan: Plan): Set<number> {
  const at = TIME_CLAUSE.exec(plan.rest);
  if (!at) return new Set();
  const words = (text: string) => new Set(text.split(/\s+/).flatMap((w) => wordTerms(w)));
  const main = words(plan.rest.slice(0, at.index));
  const dating = words(plan.rest.slice(at.index + at[0].length));
  const only = new Set<number>();
  plan.groups.forEach((g, i) => {
    if (!g.entity && g.typed.some((t) => dating.has(t)) && !g.typed.some((t) => main.has(t))) only.add(i);
  });
  return only;
}

/**
 * The groups of the dating clause a record need not hold: it names the other deed in its own words
 * ("Russia's halt of the talks" for "after the peace talks were halted") when it holds the clause's
 * verb ("halted", "answered", "froze", which the plan reads "suspend"); the rest only describes what that deed was about. A record
 * without the verb ("on the basis of the 1956 Joint Declaration" for "when the 1956 declaration was
 * signed") is no record of the same moment, and holds none of it.
 */
export function datingClauseHeld(plan: Plan, covered: ReadonlySet<number>): Set<number> {
  const dating = datingClauseOnly(plan);
  const at = TIME_CLAUSE.exec(plan.rest);
  if (!at || dating.size === 0) return new Set();
  // The clause's first verb: a past form, or a word that is mainly a verb; the words after it are its object.
  const verb = plan.rest
    .slice(at.index + at[0].length)
    .split(/\s+/)
    .find((w) => wordTerms(w).length > 0 && (/^[a-z]{3,}ed$/i.test(w) || plainOfIrregular(w) !== undefined || wordTerms(w).some((t) => isVerb(t) && !isMainlyNoun(t))));
  const verbs = new Set(verb ? wordTerms(verb) : []);
  const verbGroups = [...dating].filter((i) => plan.groups[i]!.typed.some((t) => verbs.has(t)));
  if (verbGroups.length === 0 || !verbGroups.every((i) => covered.has(i))) return new Set();
  return dating;
}
