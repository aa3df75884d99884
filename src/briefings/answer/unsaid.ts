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

/**
 * "Is it right that the treaty never said who would get the Kurils?": the question itself says it was
 * left unsaid, so the record's "without the treaty saying to whom" confirms it: a "Yes", not a "No".
 */
const ASKS_UNSAID = /\b(?:never|not|n['’]t|failed\s+to|without)\s+(?:[\p{L}-]+\s+){0,2}?(?:say|says|said|saying|state|states|stated|specify|specifies|specified|name|names|named|mention|mentions|mentioned|define|defines|defined)\s+(?:who|whom|which|what|when|where|how|to\s+whom)\b/iu;

/** The record's sentence that says it was left unsaid. */
function unsaidSentence(texts: readonly string[]): string | undefined {
  for (const text of texts) {
    for (const sentence of sentences(text)) if (UNSAID.test(sentence)) return sentence.trim();
  }
  return undefined;
}

/** The clause that says what the question asks about was not specified, if the question asks that: a "No". */
export function unsaidClause(question: string, texts: readonly string[]): string | undefined {
  if (!ASKS_SAID.test(question) || ASKS_UNSAID.test(question)) return undefined;
  return unsaidSentence(texts);
}

/** The thing the question says left it unsaid: "the San Francisco treaty never said" -> "treaty". */
const ASKED_SAYER = /([\p{L}-]+)\s+(?:never|not|did\s+not|didn['’]t|does\s+not|doesn['’]t|failed\s+to)\s+(?:[\p{L}-]+\s+){0,2}?(?:say|says|said|state|states|stated|specify|specifies|specified|name|names|named|mention|mentions|mentioned|define|defines|defined)\b/iu;
/** The thing the record says left it unsaid: "without the treaty saying" -> "treaty". */
const RECORD_SAYER = /\b(?:without|not|never)\s+(?:the\s+|its\s+)?([\p{L}-]+)\s+(?:saying|stating|specifying|naming|mentioning|defining)\b/iu;

/**
 * The clause that says it was left unsaid, when the question says so too: a "Yes". Only when the
 * record's sentence says it of the same kind of thing ("without the treaty saying"): "the 1956
 * declaration did not say …" is not confirmed by what the 1951 treaty's record says of the treaty.
 */
export function unsaidConfirmed(question: string, texts: readonly string[]): string | undefined {
  if (!ASKS_UNSAID.test(question)) return undefined;
  const sentence = unsaidSentence(texts);
  const asked = ASKED_SAYER.exec(question)?.[1]?.toLowerCase();
  const said = sentence ? RECORD_SAYER.exec(sentence)?.[1]?.toLowerCase() : undefined;
  return sentence && (!asked || !said || asked === said) ? sentence : undefined;
}
