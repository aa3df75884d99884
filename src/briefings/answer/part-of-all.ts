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
