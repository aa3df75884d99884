/**
 * "Russia's foreign ministry halted the talks …. It also blocked Japan's partner status in the BSEC":
 * a sentence that opens with a pronoun is about whoever the sentence before it names, which need not be
 * the record's title ("Russia suspends peace-treaty talks with Japan"). Unread, "did Russia's foreign
 * ministry also block …" found its subject named nowhere in the deciding clause, and the question
 * was declined though the record says so in as many words. Only the names of the sentence before
 * are lent, not its other words: "did it also expel diplomats?" must still be said by the clause.
 */
import { detectInTerms, type AliasTable } from './aliases.js';
import type { Plan } from './plan.js';
import { terms } from './text.js';

const OPENS_WITH_PRONOUN = /^(?:it|they|he|she)\b/i;

/**
 * For each clause that opens a sentence with a pronoun, the names (people, bodies, states) of the
 * sentence just before it in the same text, as the record writes them.
 */
export function antecedents(table: AliasTable, texts: readonly string[], split: (text: string) => string[], sentences: (text: string) => string[]): Map<string, string> {
  const before = new Map<string, string>();
  for (const text of texts) {
    const all = sentences(text);
    all.forEach((sentence, i) => {
      const first = split(sentence)[0];
      if (i === 0 || !first || !OPENS_WITH_PRONOUN.test(first) || before.has(first)) return;
      const names = detectInTerms(table, terms(all[i - 1]!), false).map((d) => d.typed.join(' '));
      if (names.length > 0) before.set(first, names.join(', '));
    });
  }
  return before;
}

/**
 * The names lent to a clause, only when the clause itself holds a word of what is asked that the
 * record's title does not: "It also blocked Japan's partner status" answers "did it also block …",
 * not "did it also expel diplomats?", which only the title's "suspends talks" would seem to hold.
 */
export function lentNames(plan: Plan, clause: string, subject: string, lent: string | undefined): string {
  if (!lent) return '';
  const own = new Set(terms(clause));
  const titled = new Set(terms(subject));
  const adds = plan.groups.some((g) => !g.entity && g.distinctive && g.terms.some((t) => own.has(t)) && !g.terms.some((t) => titled.has(t)));
  return adds ? lent : '';
}
