import { BoundedMemo } from './memo.js';
/**
 * Text handling shared by the index and the question side: normalisation, tokens, a light English
 * stemmer and the stop words. Both sides must process text the same way, or terms will not meet.
 */

/** NFKC, lower case, straight apostrophes, possessives dropped, digit groups joined ("3,000" -> "3000"). */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/(\p{L})'s\b/gu, '$1')
    .replace(/(\p{L})s'(?=\s|$)/gu, '$1s')
    .replace(/(\d),(?=\d{3}\b)/g, '$1');
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** Words: runs of letters, digits or underscores (entity tokens look like "e_island_etorofu"). */
export function tokenize(text: string): string[] {
  return normalize(text).split(/[^\p{L}\p{N}_]+/u).filter(Boolean);
}

const LATIN = /^[a-z]+$/;

/**
 * A light suffix stripper for English: plurals, -ed, -ing and a final -e, so that "suspended",
 * "suspends" and "suspending" meet, and "exercise" meets "exercises". Names pass through unchanged
 * unless they end like an English inflection, which is harmless as both sides strip them alike.
 */
export function stem(word: string): string {
  if (!LATIN.test(word) || word.length < 4) return word;
  let w = word;
  if (w.length >= 5 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // "ending" -> "end", "landing" -> "land"; "thing" and "king" keep their letters.
  if (w.endsWith('ing') && w.length - 3 >= 3) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ied') && w.length >= 6) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('eed') && w.length >= 6) w = w.slice(0, -1);
  else if (w.endsWith('ed') && w.length - 2 >= 3 && !w.endsWith('eed')) w = undouble(w.slice(0, -2));
  if (w.endsWith('e') && w.length >= 5) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w) ? w.slice(0, -1) : w;
}

export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren as at be because been before being
  below between both but by can cannot could couldn did didn do does doesn doing don down during each few
  for from further had has have having he her here hers herself him himself his how i if in into is isn it
  its itself just let me more most my myself no nor not now of off on once only or other ought our ours
  ourselves out over own same she should so some such than that the their theirs them themselves then there
  these they this those through to too under until up very was wasn we were weren what whats when where
  which while whether might must who whom whose why will with won would wouldn you your yours yourself yourselves us
  s t ll ve re d m o y
  tell know please hey hi hello bot say said says saying told happen happened happening
  many much ever still anything something anyone someone get got go went gone going come came like
  wen wat wht whn howmany near around off
  really actually exactly kind sort thing things way yeah ok okay yet ago every
  later afterwards subsequently eventually
  toward towards upon onto`
    .split(/\s+/)
    .filter(Boolean),
);

/** Index and query term processing: stop words out, everything else stemmed. */
export function processTerm(term: string): string | null {
  if (STOP_WORDS.has(term)) return null;
  if (term.startsWith('e_')) return term;
  // "Letting", "doing", "getting": an inflection of a stop word is one too; the record's "let" is
  // never indexed, so the question's "letting" would be a concept no record can hold.
  const stemmed = stem(term);
  return STOP_WORDS.has(stemmed) ? null : stemmed;
}

/** Tokens of a text as the index sees them: normalised, without stop words, stemmed. */
/** The stems of every word of a text, stop words included ("letting" keeps its "let"). */
export function allStems(text: string): Set<string> {
  return new Set(tokenize(text).map(stem));
}

export function terms(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    const t = processTerm(token);
    if (t) out.push(t);
  }
  return out;
}

/**
 * The processed terms of one word as typed ("Russia's" -> ["russia"]). Clause readers ask this of
 * every word of every candidate record, and records repeat their words across questions, so the
 * answers are kept; the cache is dropped whole when it grows past its bound (words of questions
 * are unbounded).
 */
export function wordTerms(word: string): readonly string[] {
  return wordMemo.get(word, () => terms(word));
}
const wordMemo = new BoundedMemo<readonly string[]>(100_000);

/** Splits a record's text into sentences (at most as fine as the schema's own sentence count). */
export function sentences(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?]["”’')]*)\s+(?=["“‘(]?[A-Z0-9])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Damerau–Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** How many typing errors a word of this length may carry and still count as the same word. */
export function typoAllowance(word: string): number {
  if (!/^\p{L}+$/u.test(word)) return 0;
  // A compass word is no typo of another: "southernmost" is two edits from the records' "northernmost".
  if (/north|south|east|west/i.test(word)) return 0;
  if (word.length >= 9) return 2;
  if (word.length >= 5) return 1;
  return 0;
}

export function capitalize(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/**
 * Words that frame a question rather than name what it is about ("took part", "decide", "give a
 * reason"). They are still searched, but weigh little when judging whether a record answers the
 * question, since a small event set uses them rarely and they would otherwise count as rare terms.
 */
export const FRAME_WORDS: ReadonlySet<string> = new Set(
  `take took taken taking part decide decided decides decision give gave given giving make made makes do done
  put keep kept hold held holding bring brought lead led cause caused result results become became seem seems want wanted try
  tried use used need needed mean meant reason reasons respond responded response react reacted reaction
  explain explanation describe described think thought believe believed involve involved role stand
  event events news update updates info information detail details story stuff matter
  current currently latest recent recently lately situation status today nowadays right exactly progress headway breakthrough
  first time times number total big large small main major important happen happened occur occurred
  first whole long short new old real really fact facts impose imposed imposing introduce introduced adopt adopted
  run ran running conduct conducted stage staged one ones move moves step steps action actions
  lodge lodged lodging file filed filing register registered voice voiced express expressed raise raised
  officially formally publicly openly explicitly expressly directly personally truly genuinely`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => processTerm(w))
    .filter((w): w is string => Boolean(w)),
);

/**
 * The literal words a set of patterns reads ("attach", "strings" in /(?:attach\w*|add\w*)\s+strings/):
 * words of the engine's own phrase lexicons, so that respell.ts treats them as words (and puts a
 * mistyped "strngs" back as "strings" for the idiom to read) although no record writes them.
 */
export function patternWords(patterns: readonly RegExp[]): string[] {
  const words = new Set<string>();
  // A stem the pattern completes with any letters ("writ\w*") is no word.
  const source = (p: RegExp) => p.source.replace(/\\w/g, '~').replace(/\\[a-zA-Z]/g, ' ');
  for (const p of patterns) for (const w of source(p).match(/(?<![a-z])[a-z]{4,}(?![a-z~[])/g) ?? []) words.add(w);
  return [...words];
}
