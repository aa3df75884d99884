import { NOUNS, RELATED_WORDS, VERBS } from './lexicon/related-words.generated.js';

/**
 * The words WordNet relates to the records' own words (lexicon/related-words.generated.ts, built by
 * `npm run lexicon`): for a word no record uses, the record words it may paraphrase. Read once, on
 * the first question that needs it.
 */
let related: Map<string, readonly string[]> | undefined;

function relatedWords(): Map<string, readonly string[]> {
  if (!related) {
    related = new Map();
    for (const line of RELATED_WORDS.split('\n')) {
      const [word, ...words] = line.split(' ');
      if (word) related.set(word, words);
    }
  }
  return related;
}

/** Whether a stem is related in WordNet to one of these record stems. */
export function relatedToAny(stem: string, stems: ReadonlySet<string>): boolean {
  return (relatedWords().get(stem) ?? []).some((s) => stems.has(s));
}

/** Whether WordNet relates the stem to any record word: a word of its own, not a typo or a fragment. */
export function isWord(stem: string): boolean {
  return relatedWords().has(stem);
}

let nouns: Set<string> | undefined;

/** Whether WordNet's senses of a stem the records never use are mostly nouns' (a thing, a place, a person). */
export function isMainlyNoun(stem: string): boolean {
  nouns ??= new Set(NOUNS.split(' '));
  return nouns.has(stem);
}

let verbs: Set<string> | undefined;

/** Whether WordNet has a verb sense of the stem ("plan", "televise"; not "Beijing"). */
export function isVerb(stem: string): boolean {
  verbs ??= new Set(VERBS.split(' '));
  return verbs.has(stem);
}
