import type { Plan } from './plan.js';
import { wordTerms } from './text.js';

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
  if (!plan.cues.yesNo) return new Set();
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
