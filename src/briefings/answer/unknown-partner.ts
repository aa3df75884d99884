import type { Plan } from './plan.js';
import type { AnswerIndex } from './search-index.js';
import { terms, typoAllowance } from './text.js';
import { typoOfIndexed } from './unknown-place.js';

/**
 * "When did Abe and Obama meet?": a word joined by "and" or "with" to a person, body or island on
 * record is one of the same kind, and one the event set never names is in no record. With "Abe"
 * and "meet" covered, the Abe–Putin summit still covers most of the question, so the unseen name
 * did not sink it; but the two never met on record, so the question is declined (as a place or a
 * topic no record names is: unknown-place.ts, unknown-topic.ts). A typo of a word on record
 * ("abe and putn") is left to the search and the alias table.
 */
const JOINED = /([\p{L}-]{3,})\s+(?:and|&|with)\s+(?:the\s+)?([\p{L}-]{3,})/giu;

export function unknownPartner(index: AnswerIndex, plan: Plan): boolean {
  // A name is often short: "putn" is Putin mistyped, so a four-letter word is allowed one slip here.
  const typo = (word: string) => typoOfIndexed(index, word, Math.max(typoAllowance(word), word.length >= 4 ? 1 : 0));
  const groupOf = (word: string) => {
    const words = terms(word);
    return words.length === 0 ? undefined : plan.groups.find((g) => g.typed.some((t) => words.includes(t)));
  };
  const unknown = (word: string) => {
    const g = groupOf(word);
    return g !== undefined && !g.known && !g.entity && g.weight === g.idf && !g.typed.some(typo);
  };
  const named = (word: string) => groupOf(word)?.entity !== undefined;
  for (const m of plan.rest.matchAll(JOINED)) {
    const [a, b] = [m[1]!, m[2]!];
    if ((named(a) && unknown(b)) || (unknown(a) && named(b))) return true;
  }
  return false;
}
