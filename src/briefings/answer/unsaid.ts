import { sentences } from './text.js';

/**
 * "Did the treaty say who the islands go to?" asks whether something was specified. A record that
 * says it was left unsaid ("without the treaty saying to whom", "did not name the islands") states
 * the contrary: a "No" from the record, not from its silence.
 */

/** The question asks whether someone or something said, named or specified a who / which / what. */
const ASKS_SAID = /\b(?:say|says|said|state|states|stated|specify|specifies|specified|name|names|named|mention|mentions|mentioned|define|defines|defined)\s+(?:who|whom|which|what|when|where|how|to\s+whom)\b/i;
/** A clause that says it was left unsaid. */
const UNSAID = /\b(?:without|not|never)\s+(?:[\p{L}-]+\s+){0,3}(?:saying|stating|specifying|naming|mentioning|defining|say|state|specify|name|mention|define)\b/iu;

/** The clause that says what the question asks about was not specified, if the question asks that. */
export function unsaidClause(question: string, texts: readonly string[]): string | undefined {
  if (!ASKS_SAID.test(question)) return undefined;
  for (const text of texts) {
    for (const sentence of sentences(text)) if (UNSAID.test(sentence)) return sentence.trim();
  }
  return undefined;
}
