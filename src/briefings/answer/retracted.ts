import { entitiesInText, type AliasTable } from './aliases.js';
import type { Plan } from './plan.js';
import { isDegreeForm } from './antonyms.js';
import { FRAME_WORDS, sentences, terms } from './text.js';

/**
 * A record's note that corrects it says what it used to say and what is so instead: "Corrected: the
 * record said the party expelled him. It had decided to, but he resigned first …". What the record
 * used to say is withdrawn, so a question that asks it ("was Muneo Suzuki expelled by Nippon
 * Ishin?") is answered "No" by the correction, with the sentence that follows it.
 */

const CORRECTION = /^Corrected:\s+(?:the\s+)?record\s+(?:said|says|called|gave|had|stated|described|reported|claimed)\s+(?:that\s+)?(.+?)[.;]?$/i;

/** The correction (and the sentence after it) whose withdrawn words say what the question asks, if any. */
export function retractedClause(aliases: AliasTable, plan: Plan, texts: readonly string[], subject: string): string | undefined {
  const asked = plan.groups.filter((g) => !g.entity && g.known && !g.typed.every((t) => FRAME_WORDS.has(t)));
  if (asked.length === 0) return undefined;
  for (const text of texts) {
    const all = sentences(text);
    for (const [i, sentence] of all.entries()) {
      const withdrawn = CORRECTION.exec(sentence)?.[1];
      if (!withdrawn) continue;
      // The withdrawn words say the deed themselves; who did it may be named in the title they point back to ("the party", "him").
      const own = new Set(terms(withdrawn));
      const named = entitiesInText(aliases, `${subject} ${withdrawn}`);
      // The words themselves, not a weaker degree of them: "no agreement was possible" withdrew no "certain".
      if (!asked.every((g) => g.terms.some((t) => own.has(t) && !isDegreeForm(g.typed, t)))) continue;
      if (!plan.entities.every((e) => e.broad || named.has(e.token))) continue;
      return [sentence, all[i + 1] ?? ''].join(' ').trim();
    }
  }
  return undefined;
}
