import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processTerm } from '../../src/briefings/answer/text.js';
import { buildLexicon, LEXICON_FILE, lexiconModule, recordVocabulary, wordnetDict } from '../../scripts/build-lexicon.js';

/**
 * The WordNet lexicon the answer engine reads (unheld-word.ts) is generated from the records'
 * vocabulary: when records are added or reworded, it must be built again (`npm run lexicon`).
 */
describe('the WordNet lexicon', () => {
  const built = buildLexicon(wordnetDict(), recordVocabulary());
  const lines = new Map(built.related.split('\n').map((line) => [line.split(' ')[0]!, line.split(' ').slice(1)] as const));

  it('is up to date with the shipped records (run `npm run lexicon` when this fails)', () => {
    expect(readFileSync(LEXICON_FILE, 'utf8') === lexiconModule(built)).toBe(true);
  });

  it('relates a word to the record words WordNet gives for it, and to no others', () => {
    // "Allow" shares a sense with "let" (a record says it let former residents visit).
    expect(lines.get('allow')).toContain('let');
    // "Deportation" is no record word's synonym, derivation or kind.
    expect(lines.get('deportation') ?? []).not.toContain('visit');
    // Every word listed is one the records use.
    const vocabulary = recordVocabulary();
    expect([...lines.values()].flat().every((w) => vocabulary.has(w))).toBe(true);
  });

  it('tells the words that are mostly nouns from the verbs and modifiers', () => {
    const nouns = new Set(built.nouns.split(' '));
    const noun = (word: string) => nouns.has(processTerm(word) ?? word);
    expect(['ceremony', 'daughter', 'deportation', 'wreath'].filter(noun)).toEqual(['ceremony', 'daughter', 'deportation', 'wreath']);
    expect(['lift', 'refuse', 'furthest', 'televised'].filter(noun)).toEqual([]);
  });
});
