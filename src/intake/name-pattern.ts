/**
 * Names (and terms) as patterns that find them in running text, in three scripts:
 *
 * - Latin and Cyrillic match whole words only: a name may not start or end inside a word, so
 *   "Kuril" is not found in "Kurilian" and "Итуруп" not in "Итурупская"… except through endings.
 * - Russian words are stems: the last ending is cut off ("Курилы" → "Курил", "Южные" → "Южн") and
 *   any common noun or adjective ending may follow ("Южных Курил", "на Итурупе", "с Японией").
 * - English words may take a plural -s/-es ("quakes", "Russians").
 * - Japanese has no spaces, so Japanese names match anywhere in the text (国後島 in 国後島で…).
 * - A name written with a capital must be written with a capital in the text: the islands
 *   "Курил" (genitive of Курилы), not the verb "курил" (smoked); "Abe", not "abe". A name in
 *   capitals (US, UK, СССР, МИД) must be in capitals: "US", not the pronoun "us".
 * A term that needs more than this (a guard against 帰国後, a closed list of endings) is written as
 * a RegExp and used as it is.
 */

/** Text as the patterns expect it: NFKC (full-width → half-width), one apostrophe, ё as е. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(/[’‘`]/g, "'").replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';

/** Russian noun and adjective endings, longest first so a stem loses its whole ending. */
const RUSSIAN_ENDINGS = [
  'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ами', 'ями',
  'ом', 'ем', 'ой', 'ей', 'ою', 'ам', 'ям', 'ах', 'ях', 'ий', 'ый', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие',
  'ым', 'им', 'ых', 'их', 'ую', 'юю', 'ов', 'ев',
  'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь', 'й',
];
const RUSSIAN_ENDING = `(?:${RUSSIAN_ENDINGS.join('|')})?`;
const MIN_STEM = 3;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isAllCaps(word: string): boolean {
  return word.length >= 2 && /\p{L}/u.test(word) && word === word.toUpperCase() && word !== word.toLowerCase();
}

function russianStem(word: string): string {
  const lower = word.toLowerCase();
  const ending = RUSSIAN_ENDINGS.find((e) => lower.endsWith(e) && word.length - e.length >= MIN_STEM);
  return ending ? word.slice(0, word.length - ending.length) : word;
}

function wordPattern(word: string): string {
  if (isAllCaps(word)) return escape(word);
  if (CYRILLIC_WORD.test(word)) return escape(russianStem(word)) + RUSSIAN_ENDING;
  return escape(word);
}

/** A compiled name: the regex (global) and whether a match must start with a capital. */
export interface NamePattern {
  readonly regex: RegExp;
  readonly capital: boolean;
  /**
   * How every match starts, when known: the first three letters of a word, lower case (the whole
   * word if shorter), or the first two characters of a Japanese name. A text without the anchor is
   * not searched: a poll reads thousands of items against hundreds of names, and most names are
   * absent from most items.
   */
  readonly anchor?: string;
}

const ANCHOR_LENGTH = 3;
const JAPANESE_ANCHOR_LENGTH = 2;

/** Compiles a name or term as described above; a RegExp is used as it is (made global). */
export function compileName(name: string | RegExp): NamePattern {
  if (name instanceof RegExp) {
    const flags = name.flags.includes('g') ? name.flags : `${name.flags}g`;
    return { regex: new RegExp(name.source, flags), capital: false };
  }
  const text = normalizeText(name).trim();
  if (JAPANESE.test(text)) return { regex: new RegExp(escape(text), 'gu'), capital: false, anchor: text.slice(0, JAPANESE_ANCHOR_LENGTH) };
  const words = text.split(/[\s\u00a0]+/);
  const caseSensitive = words.some(isAllCaps);
  const last = words.length - 1;
  const body = words
    .map((word, i) => {
      // Hyphens inside a word ("Yuzhno-Kurilsk", "Russian-held") may also be written as a space.
      const parts = word.split('-').map(wordPattern).join('[-\\s]?');
      return i === last && !CYRILLIC_WORD.test(word) && !isAllCaps(word) ? `${parts}(?:e?s)?` : parts;
    })
    .join('[\\s\\u00a0]+');
  const first = text[0] ?? '';
  const firstWord = (words[0] ?? '').match(/[\p{L}\p{M}\p{N}]+/u)?.[0] ?? '';
  const stem = CYRILLIC_WORD.test(firstWord) && !isAllCaps(firstWord) ? russianStem(firstWord) : firstWord;
  return {
    regex: new RegExp(`${NOT_WORD_BEFORE}${body}${NOT_WORD_AFTER}`, caseSensitive ? 'gu' : 'giu'),
    capital: !caseSensitive && first !== first.toLowerCase(),
    anchor: stem.slice(0, ANCHOR_LENGTH).toLowerCase(),
  };
}

/** Where a pattern occurs in (normalised) text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Normalised text with the anchors it holds (see NamePattern.anchor). */
export interface IndexedText {
  readonly text: string;
  readonly anchors: ReadonlySet<string>;
}

const WORDS = /[\p{L}\p{M}\p{N}]+/gu;

export function indexText(text: string): IndexedText {
  const anchors = new Set<string>();
  for (const [word] of text.toLowerCase().matchAll(WORDS)) {
    anchors.add(word.slice(0, ANCHOR_LENGTH));
    // Japanese runs have no word breaks: every pair of characters may start a name.
    if (JAPANESE.test(word)) for (let i = 0; i + JAPANESE_ANCHOR_LENGTH <= word.length; i++) anchors.add(word.slice(i, i + JAPANESE_ANCHOR_LENGTH));
  }
  return { text, anchors };
}

export function findSpans(pattern: NamePattern, { text, anchors }: IndexedText): Span[] {
  if (pattern.anchor !== undefined && !anchors.has(pattern.anchor)) return [];
  const spans: Span[] = [];
  pattern.regex.lastIndex = 0;
  for (const match of text.matchAll(pattern.regex)) {
    const first = match[0][0] ?? '';
    if (pattern.capital && first === first.toLowerCase()) continue;
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
