import type { Dossier } from '../../dossier/dossier.js';
import { SYNONYMS } from './aliases.js';
import { BoundedMemo } from './memo.js';
import { editDistance, FRAME_WORDS, processTerm, STOP_WORDS } from './text.js';
import { PHRASAL_WORDS } from './verbs.js';
import { IDIOM_WORDS } from './word-families.js';

/**
 * A mistyped word put back in the question text as the records spell it ("drils" → "drills",
 * "lateest" → "latest", "protsted" → "protested"), before the question is planned. The search already
 * forgives typos, but the readers before it do not: the cues ("latest", "start", "react"), the
 * intent, and the answerers' own patterns read the words as typed, and a typo'd concept counts only
 * half when a record is judged. Respelt in the text, the question is read as if typed right.
 *
 * Only a word that is neither a record's word, an inflection of one, a stop word nor a word the
 * engine's cues read is respelt, and only to a word it is one slip of the fingers from (see oneSlip). Names are left alone: a word close to a name ("lavrova", "kunashr") goes to the alias
 * table, which knows which names may meet; respelt, a person not on record ("Zakharova") could become
 * one who is.
 */

/** Words the cues and answerers read that a record need not use. */
const QUESTION_WORDS = `latest newest recent recently last first earliest start started starts begin began begun
  beginning ending ended finish finished react reacted reaction respond responded response answer answered
  happen happened happening stance position view opinion official officially still currently today status
  protest protested protests visit visited signed agreement treaty declaration islands island anymore
  whether because reason against between during before after since until where which whose when what
  happened often times anything someone something everything nothing another other others about
  russian japanese soviet island islands kuril kurils northern southern territories territory
  development developments update updates news progress people called lately frozen froze freeze stand
  early mid middle late spring summer autumn fall`;

/**
 * A four-letter word is respelt only when it cannot be an English word as typed: no vowel ("frnt",
 * "stnd") or a doubled vowel English does not write ("viit"). A real short word is too often one
 * letter short of a record's word ("even" and "event", "plan" and "plain").
 */
const UNWORDLIKE = /^[^aeiouy]+$|ii|aa|uu/;

interface Lexicon {
  /** Words written in the records (lower case), with how often, as respelling targets. */
  readonly words: ReadonlyMap<string, number>;
  /**
   * Words of the names of actors and islands: never a target, and a word near one is left to the
   * alias table. Other capitalised words (months, "Shimoda", "Vostok") are ordinary targets.
   */
  readonly names: ReadonlySet<string>;
  /** Processed terms of the records: an inflection of a record's word is no typo. */
  readonly terms: ReadonlySet<string>;
  /** The commonest word written for each processed term. */
  readonly byTerm: ReadonlyMap<string, string>;
  readonly memo: BoundedMemo<string>;
}

const lexicons = new WeakMap<Dossier, Lexicon>();
const WORD = /[a-z]+/g;

function lexicon(dossier: Dossier): Lexicon {
  let lex = lexicons.get(dossier);
  if (lex) return lex;
  const words = new Map<string, number>();
  const names = new Set<string>();
  const terms = new Set<string>();
  const byTerm = new Map<string, [string, number]>();
  const lowerSeen = new Set<string>();
  const addWords = (text: string): void => {
    for (const w of text.match(/(?<![\p{L}])[a-z]+/gu) ?? []) lowerSeen.add(w);
    for (const w of text.toLowerCase().match(WORD) ?? []) {
      words.set(w, (words.get(w) ?? 0) + 1);
      const t = processTerm(w);
      if (t) terms.add(t);
    }
  };
  const addNames = (text: string): void => {
    for (const w of text.toLowerCase().match(WORD) ?? []) names.add(w);
  };
  for (const e of dossier.events) {
    const text = [e.title, e.summary, e.note ?? '', ...e.quotes.map((q) => q.text)].join(' ');
    addWords(text);
  }
  for (const s of [dossier.status, ...dossier.background, dossier.positions.japan, dossier.positions.russia]) addWords(s.text);
  for (const a of dossier.actors) {
    addNames([a.name, ...(a.aliases ?? [])].join(' '));
    addWords(a.role);
  }
  for (const i of dossier.islands) addWords(i.note ?? '');
  for (const i of dossier.islands) addNames([...Object.values(i.names), ...(i.aliases ?? [])].join(' '));
  addWords(QUESTION_WORDS);
  // The words the question side knows as synonyms ("soldiers", "islanders") are words too.
  addWords(SYNONYMS.flat().join(' '));
  // So are the words of the idioms and phrasal verbs ("add strings", "hand back"): a slip in one
  // ("strngs") is put right, so the idiom is read.
  addWords([...IDIOM_WORDS, ...PHRASAL_WORDS].join(' '));
  for (const [w, n] of words) {
    const t = processTerm(w);
    if (t && (byTerm.get(t)?.[1] ?? 0) < n) byTerm.set(t, [w, n]);
  }
  // A word the records also write in lower case is a word, not only a name ("Northern Territories").
  const actorNames = new Set(dossier.actors.flatMap((a) => a.name.toLowerCase().match(WORD) ?? []));
  for (const w of [...names]) if (lowerSeen.has(w) && !actorNames.has(w)) names.delete(w);
  // The engine's own words for framing a question ("want", "think", "explain") are no typos either.
  for (const t of FRAME_WORDS) {
    if (terms.has(t)) continue;
    terms.add(t);
    byTerm.set(t, [t, 0]);
  }
  lex = { words, names, terms, byTerm: new Map([...byTerm].map(([t, [w]]) => [t, w])), memo: new BoundedMemo<string>(20_000) };
  lexicons.set(dossier, lex);
  return lex;
}

/**
 * Whether the typed word is the candidate with one slip of the fingers: a letter left out
 * ("drils"), a letter struck twice ("lateest") or two neighbours swapped ("frzoen"). Another letter
 * for a letter, or a letter added that is not a double, is how real words differ ("games" and
 * "names", "heard" and "head", "working" and "wording"), so those are never respelt.
 */
function oneSlip(typed: string, candidate: string): boolean {
  if (typed.length === candidate.length - 1) {
    for (let i = 0; i < candidate.length; i++) if (candidate.slice(0, i) + candidate.slice(i + 1) === typed) return true;
    return false;
  }
  if (typed.length === candidate.length + 1) {
    // English writes "ee" and "oo" in many short words ("choose" is not "chose" struck twice): in a
    // word under seven letters they are no slip.
    for (let i = 1; i < typed.length; i++) if (typed[i] === typed[i - 1] && (typed.length >= 7 || !/[eo]/.test(typed[i]!)) && typed.slice(0, i) + typed.slice(i + 1) === candidate) return true;
    return false;
  }
  if (typed.length !== candidate.length) return false;
  const diff = [...typed].flatMap((c, i) => (c === candidate[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && typed[diff[0]!] === candidate[diff[1]] && typed[diff[1]] === candidate[diff[0]!];
}

/** Words one slip from the typed one, not stop words ("three" is one swap from "there"). */
function slipsFrom(word: string, pool: Iterable<string>): string[] {
  const out: string[] = [];
  for (const c of pool) if (c.length >= 4 && Math.abs(c.length - word.length) <= 1 && !STOP_WORDS.has(c) && oneSlip(word, c)) out.push(c);
  return out;
}

/**
 * The word as the records spell it, or as typed when it is known or not clearly one word mistyped.
 * The slip is looked for in the word ("drils" → "drills") and else in its stem, for an inflection the
 * records do not write ("suspeding" → stem "susped" → "suspend": "suspending").
 */
function respellWord(lex: Lexicon, word: string): string {
  if (word.length < 4 || (word.length === 4 && !UNWORDLIKE.test(word)) || STOP_WORDS.has(word) || lex.words.has(word) || lex.names.has(word)) return word;
  const term = processTerm(word);
  if (!term || lex.terms.has(term)) return word;
  // A word one slip (or one letter) from a name is left to the alias table, which knows which names may meet.
  if ([...lex.names].some((c) => c.length >= 4 && Math.abs(c.length - word.length) <= 1 && editDistance(word, c, 1) <= 1)) return word;
  const slips = slipsFrom(word, lex.words.keys());
  // Two words as near ("form" or "from"?) are the same word only when they share a stem.
  if (slips.length > 0) return new Set(slips.map((c) => processTerm(c))).size > 1 ? word : slips.sort((a, b) => (lex.words.get(b) ?? 0) - (lex.words.get(a) ?? 0))[0]!;
  // A short stem is too near too many words ("plan" is one letter from "plain").
  if (term.length < 5) return word;
  const stems = slipsFrom(term, lex.terms);
  if (stems.length !== 1) return word;
  // The stem respelt, the ending kept as typed: "delcare" → "declare", "solders" → "soldiers".
  return word.startsWith(term) ? `${stems[0]}${word.slice(term.length)}` : (lex.byTerm.get(stems[0]!) ?? word);
}

/** The question with each mistyped word respelt as the records write it; everything else as typed. */
export function respell(dossier: Dossier, question: string): string {
  const lex = lexicon(dossier);
  return question.replace(/[A-Za-z]+/g, (typed) => {
    const lower = typed.toLowerCase();
    const fixed = lex.memo.get(lower, () => respellWord(lex, lower));
    return fixed === lower ? typed : fixed;
  });
}
