import type { Plan } from './plan.js';
import type { AnswerIndex } from './search-index.js';
import { terms } from './text.js';
import { typoOfIndexed } from './unknown-place.js';

/**
 * "Which law did Putin sign about football?": the word after "about" is what the thing asked for is
 * about, and a topic the event set never uses is the topic of no record. With three known words
 * around it ("Putin", "sign", "law") a record of another law still covers half the question, so the
 * unseen topic did not sink it; a topic is no word to leave out, so the question is declined (as a
 * place no record names is, unknown-place.ts). A typo of a word on record ("about the talkz") is
 * left to the search.
 */
const TOPIC_AFTER = /\babout\s+(?:(?:the|a|an|its|his|her|their|this|that|any|some)\s+)?([\p{L}-]{4,})/giu;

export function unknownTopic(index: AnswerIndex, plan: Plan): boolean {
  const typo = (word: string) => typoOfIndexed(index, word);
  for (const m of plan.rest.matchAll(TOPIC_AFTER)) {
    const words = terms(m[1]!);
    if (words.length === 0) continue;
    const group = plan.groups.find((g) => g.typed.some((t) => words.includes(t)));
    if (group && !group.known && !group.entity && group.weight === group.idf && !group.typed.some(typo)) return true;
  }
  return false;
}
