/**
 * "Is there a peace treaty between Russia and Japan?" is no "Yes" from "Russia suspends peace-treaty
 * talks": there the treaty's name only says what the talks are about. A thing asked to exist, or to
 * have been made, is not on record in a clause that names it only in front of such a noun (talks,
 * negotiations, a deadline, a bid), as a treaty that was being talked about rather than signed.
 */

/** Nouns that a thing's name qualifies without the thing existing. */
const ABOUT_IT = String.raw`(?:talks|negotiations?|negotiators?|dialogue|process|issue|question|problem|efforts?|bids?|push|deadlines?|conferences?|summits?|drive|campaign|hopes?|plans?|prospects?|chances?|framework|roadmap|goals?|aims?)\b`;

/** "Is there a X", "was there any X", "do they have a X", "did they sign a X", "did they conclude a X": the X asked about. */
const ASKED_THING = /\b(?:(?:is|was|are|were)\s+there|ha(?:ve|s|d)|sign(?:ed)?|conclude[sd]?|reach(?:ed)?)\s+(?:a|an|any)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+?)(?=\s+(?:between|with|since|in|on|by|from|after|before|yet|ever|now|still|today|anymore|at\s+all)\b|\s*[?.!]?\s*$)/iu;

/** Whether the clause names the thing the question asks about only as what something else is about. */
export function onlyAsTopic(question: string, clause: string): boolean {
  const thing = ASKED_THING.exec(question)?.[1];
  const head = thing?.split(/[\s-]+/).pop()?.toLowerCase();
  if (!head || head.length < 4) return false;
  const uses = [...clause.matchAll(new RegExp(String.raw`\b${head}s?\b([\s-]+\p{L}+)?`, 'giu'))];
  if (uses.length === 0) return false;
  const topic = new RegExp(String.raw`^[\s-]+${ABOUT_IT}`, 'i');
  return uses.every((m) => topic.test(m[1] ?? ''));
}

/** "Did they sign / conclude / reach a X …": a deed that makes the thing, asked of an occasion. */
const MADE_THING = /\b(?:sign(?:ed)?|conclude[sd]?|reach(?:ed)?)\s+(?:a|an|any)\s/i;
/** The nouns of a thing still being bargained over: it was not yet made when they were. */
const BARGAINED_OVER = /^[\s-]+(?:talks|negotiations?|negotiators?|dialogue)\b/i;

/**
 * "Did Abe and Putin sign a peace treaty in Singapore?" against "agreed to accelerate peace-treaty
 * negotiations": the record tells the treaty as still being negotiated, a "No" on record to its being
 * signed then, not only silence (which `onlyAsTopic` alone would decline). Only for a deed that
 * makes the thing; "is there a treaty now?" is not told by talks of another year.
 */
export function bargainedOverOnly(question: string, clause: string): boolean {
  if (!MADE_THING.test(question) || !onlyAsTopic(question, clause)) return false;
  const head = ASKED_THING.exec(question)?.[1]?.split(/[\s-]+/).pop()?.toLowerCase() ?? '';
  const uses = [...clause.matchAll(new RegExp(String.raw`\b${head}s?\b([\s-]+\p{L}+)?`, 'giu'))];
  return uses.every((m) => BARGAINED_OVER.test(m[1] ?? ''));
}
