import { MIN_COVERAGE } from './pick.js';
import type { AnswerContext } from './respond.js';
import type { Hit } from './search.js';
import { FRAME_WORDS, sentences, terms } from './text.js';

/**
 * "Does Russia's constitution forbid every change to its borders?" when the record says "the ban
 * excepts the delimitation and demarcation of the border": the question asks about all of a thing,
 * and the record names an exception to that very deed. That is a "No" from the record. A sentence
 * with an exception must hold the question's words (at least two of its concepts, one of them rare),
 * so an exception to something else decides nothing.
 */

/** "Every", "all", "always", "completely": the question asks about the whole of something ("any" asks whether there is one). */
const ASKS_ALL = /\b(?:every|everything|all|always|completely|entirely|totally|whatsoever|without\s+exception)\b/i;
/** A sentence that names an exception. */
const EXCEPTION = /\b(?:except(?:s|ed|ing)?|exception|other\s+than|apart\s+from|excluding|save\s+for|but\s+not)\b/i;
const WORDS_NEEDED = 2;

export function exceptionNo(ctx: AnswerContext, hits: readonly Hit[]): { hit: Hit; sentence: string } | undefined {
  const { plan } = ctx;
  if (!plan.cues.yesNo || !ASKS_ALL.test(plan.rest) || /\bexcept|exception/i.test(plan.rest)) return undefined;
  const words = plan.groups.filter((g) => !g.entity && g.known && !g.typed.every((t) => FRAME_WORDS.has(t)));
  for (const hit of hits) {
    if (hit.doc.kind !== 'event' || !hit.namesMatched || !hit.distinctive || hit.share < MIN_COVERAGE) continue;
    const { title, summary } = hit.doc.event;
    for (const sentence of sentences(summary)) {
      if (!EXCEPTION.test(sentence)) continue;
      const own = new Set(terms(`${title} ${sentence}`));
      const held = words.filter((g) => g.terms.some((t) => own.has(t)));
      const inSentence = new Set(terms(sentence));
      // The exception must be to the question's own deed: a word of it in the exception's sentence itself.
      if (held.length >= WORDS_NEEDED && held.some((g) => g.distinctive) && words.some((g) => g.distinctive && g.terms.some((t) => inSentence.has(t)))) return { hit, sentence: sentence.trim() };
    }
  }
  return undefined;
}
