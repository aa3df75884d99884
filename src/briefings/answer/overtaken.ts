import type { Plan } from './plan.js';
import { FRAME_WORDS, sentences, wordTerms } from './text.js';

/**
 * "Did the party expel him?" when the record says "told that the party had decided to expel him, he
 * resigned on the spot": the deed was only meant, and something else happened first. A deed only
 * meant is no "Yes" (verdict-about.ts); when the same sentence says it was overtaken ("but … first",
 * "instead", "on the spot", "before it could"), the record states a "No".
 */

/** Words that make the deed after them meant rather than done. */
const MEANT = /\b(?:decided|decides|moved|moves|planned|plans|intended|intends|was\s+about|were\s+about|had\s+decided|set\s+out|threatened|prepared)\s+to\s*$/i;
/** Words that say something else came first. */
const OVERTAKEN = /\b(?:instead|first|on\s+the\s+spot|before\s+(?:it|they|he|she|the\s+\w+)\s+could|pre-?empt\w*)\b/i;
const REACH = 4;

/** The record's sentence that says the question's deed was meant but overtaken, if one does. */
export function overtakenDeed(plan: Plan, texts: readonly string[]): string | undefined {
  if (/\b(?:decid|plan|intend|mean|meant|threaten|move[sd]?\s+to)/i.test(plan.rest)) return undefined;
  const deed = new Set(plan.groups.filter((g) => !g.entity && g.known && !g.typed.every((t) => FRAME_WORDS.has(t))).flatMap((g) => g.terms));
  for (const sentence of texts.flatMap((t) => sentences(t))) {
    const words = sentence.split(/\s+/);
    const at = words.findIndex((w, i) => wordTerms(w).some((t) => deed.has(t)) && MEANT.test(words.slice(Math.max(0, i - REACH), i).join(' ')));
    if (at >= 0 && OVERTAKEN.test(words.slice(at + 1).join(' '))) return sentence.trim();
  }
  return undefined;
}
