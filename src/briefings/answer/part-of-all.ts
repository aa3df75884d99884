import type { Dossier } from '../../dossier/dossier.js';
import type { Plan } from './plan.js';
import { sentences, terms } from './text.js';

/**
 * "Did the 1956 declaration promise Japan all four islands?" asks about every disputed island. A
 * clause of the record that does the deed asked about to some of them by name ("agreed to hand over
 * Habomai and Shikotan") and not the others states that it was not all four: a "No" from the record.
 * The four are read from the island records (`disputed: true`), not from a list of our own.
 */

const ASKS_ALL = /\ball\s+(?:of\s+)?(?:the\s+)?(?:four|4)\b|\ball\s+(?:of\s+)?the\s+(?:disputed\s+|southern\s+)?islands\b|\bevery\s+(?:disputed\s+)?island\b/i;
const DIGITS = /^\d+$/;

/** The clause that names some but not all of the disputed islands while holding the question's deed, if the question asks about all of them. */
export function partOfAll(dossier: Dossier, plan: Plan, texts: readonly string[], title: string): string | undefined {
  const disputed = dossier.islands.filter((i) => i.disputed);
  if (disputed.length < 2) return undefined;
  // "Did it promise Etorofu and Kunashiri?" asks about those two as "all four" asks about the four:
  // a clause doing the deed to others of them by name ("hand over Habomai and Shikotan") leaves the
  // ones asked out.
  const named = new Set(plan.entities.filter((e) => e.kind === 'island').map((e) => e.id));
  const asked = ASKS_ALL.test(plan.rest) ? disputed : disputed.filter((i) => named.has(i.id));
  if (asked.length === 0) return undefined;
  const titled = new Set(terms(title));
  // The deed: the question's own words that are not names, years, or the record's title ("declaration").
  const deed = plan.groups.filter((g) => !g.entity && !g.typed.some((t) => DIGITS.test(t) || titled.has(t)));
  if (deed.length === 0) return undefined;
  for (const text of texts) {
    for (const sentence of sentences(text)) {
      const own = new Set(terms(sentence));
      if (!deed.every((g) => g.terms.some((t) => own.has(t)))) continue;
      const inSentence = disputed.filter((i) => [i.names.en, ...(i.aliases ?? [])].some((n) => sentence.toLowerCase().includes(n.toLowerCase())));
      if (inSentence.length > 0 && asked.some((i) => !inSentence.includes(i))) return sentence.trim();
    }
  }
  return undefined;
}

/** "Only about the four islands", "just Shikotan", "solely for the Habomai islets": what the question limits the thing to. */
const ASKS_ONLY = /\b(?:only|just|solely|merely|exclusively)\s+(?:(?:about|to|for|on|over|cover(?:s|ed|ing)?|concern(?:s|ed|ing)?)\s+)?(?:the\s+)?([^?.,;!]{2,40}?)\s*(?:[?.,;!]|$)/i;
/** "… the four disputed ones included", "including those north of Etorofu", "among them Shikotan": a part of a larger whole. */
const INCLUDED = /((?:[\p{L}-]+\s+){1,4}?)(?:ones?\s+)?included\b|\b(?:including|among\s+them|as\s+well\s+as)\s+((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)/giu;
/** Words of a limit too common to tell one part from another. */
const PLAIN = new Set(terms('the islands island those ones one all of north south'));

/**
 * "Was the 1946 decree only about the four islands?": a clause that holds what the question limits
 * the thing to as a part of more ("made southern Sakhalin and all the Kuril Islands, the four
 * disputed ones included, part of the Soviet Union") says the thing went further: a "No" from the
 * record. A clause that merely names the part ("the four islands") says nothing of the limit.
 */
export function moreThanOnly(plan: Plan, texts: readonly string[]): string | undefined {
  const only = ASKS_ONLY.exec(plan.rest);
  if (!only) return undefined;
  const limit = new Set(terms(only[1]!).filter((t) => !PLAIN.has(t)));
  if (limit.size === 0) return undefined;
  // The texts are the one record's that answers the question, so each of its sentences tells of its thing.
  for (const text of texts) {
    for (const sentence of sentences(text)) {
      for (const m of sentence.matchAll(INCLUDED)) {
        if (terms(m[1] ?? m[2] ?? '').some((t) => limit.has(t))) return sentence.trim();
      }
    }
  }
  return undefined;
}

/** A clause that states a limit: "only", "alone", "solely", "no other", "but not". */
const STATES_LIMIT = /\b(?:only|alone|solely|exclusively|no\s+other|none\s+(?:of\s+)?the\s+other|but\s+not|not\s+the\s+other)\b/i;

/**
 * "Was the 1875 treaty only about Etorofu?": a clause that names Etorofu does not say it was the
 * only one; a "Yes" to a limit needs a clause that states one. True when the question sets no limit.
 */
export function limitStated(plan: Plan, clause: string): boolean {
  return !ASKS_ONLY.test(plan.rest) || STATES_LIMIT.test(clause);
}
