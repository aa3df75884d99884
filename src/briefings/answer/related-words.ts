import { NOUNS, RELATED_WORDS, VERBS } from './lexicon/related-words.generated.js';

/**
 * The words WordNet relates to the records' own words, and which words are things or verbs
 * (lexicon/related-words.generated.ts, built by `npm run lexicon`). A question looks up a handful of
 * words, so each is found in the text as it is, not parsed into maps first: that took 80 ms and 8 MB
 * on the first question that needed it, against well under a millisecond a question this way.
 */

/** The lists with a separator on both ends, so that every entry is found as "<sep>word<sep>". */
const RELATED = `\n${RELATED_WORDS}\n`;
const NOUN_LIST = ` ${NOUNS} `;
const VERB_LIST = ` ${VERBS} `;

/** The record stems WordNet relates to a stem (its line in the lexicon), or none. */
function relatedStems(stem: string): readonly string[] {
  const at = RELATED.indexOf(`\n${stem} `);
  if (at < 0) return [];
  const from = at + stem.length + 2;
  return RELATED.slice(from, RELATED.indexOf('\n', from)).split(' ');
}

/** Whether a stem is related in WordNet to one of these record stems. */
export function relatedToAny(stem: string, stems: ReadonlySet<string>): boolean {
  return relatedStems(stem).some((s) => stems.has(s));
}

/** Whether a record's stems hold a stem, as itself or as a word WordNet relates to it. */
export function heldIn(stem: string, stems: ReadonlySet<string>): boolean {
  return stems.has(stem) || relatedToAny(stem, stems);
}

/** Whether WordNet relates the stem to any record word: a word of its own, not a typo or a fragment. */
export function isWord(stem: string): boolean {
  return RELATED.includes(`\n${stem} `);
}

/** Whether WordNet's senses of a stem the records never use are mostly nouns' (a thing, a place, a person). */
export function isMainlyNoun(stem: string): boolean {
  return NOUN_LIST.includes(` ${stem} `);
}

/** Whether WordNet has a verb sense of the stem ("plan", "televise"; not "Beijing"). */
export function isVerb(stem: string): boolean {
  return VERB_LIST.includes(` ${stem} `);
}
