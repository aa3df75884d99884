import type { Dossier } from '../../dossier/dossier.js';

/**
 * "Did the Soviets sign the San Fran peace treaty?": a two-word name the records write in full ("San
 * Francisco", "St Petersburg") cut short in its second word. Read as typed, "fran" was a word no
 * record holds and the treaty's record was never found. The records' own two-word names drive it: the
 * clipped word is written out only when the word before it is the name's first word, it starts the
 * name's second word, and it fits one name only; a word the records use on its own is left as typed.
 *
 * "What did Japan give up in the SF treaty?": such a name cut to its initials ("SF", "sf") is written
 * out the same way, when the two letters are no word the records use, are the initials of one of
 * the records' two-word names only ("San Francisco"), and come before a word that follows that name
 * in the records ("SF treaty", "the sf peace treaty"): "Mr Putin" is no "March Russia".
 */

/** The least a clipped word keeps: "fran", "pete". */
const MIN_CLIP = 3;
const NAME = /\b(\p{Lu}[\p{L}.]*)\s+(\p{Lu}\p{Ll}{3,})\b/gu;

interface Names {
  /** First word (lower case) → the second words written after it. */
  readonly after: ReadonlyMap<string, ReadonlySet<string>>;
  /** Two initials (lower case) → the two-word names they stand for. */
  readonly initials: ReadonlyMap<string, ReadonlySet<string>>;
  /** A two-word name → the words (lower case) the records write in the two places after it. */
  readonly following: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every word the records write (lower case). */
  readonly words: ReadonlySet<string>;
}

const cache = new WeakMap<Dossier, Names>();

function names(dossier: Dossier): Names {
  let found = cache.get(dossier);
  if (found) return found;
  const texts = [...dossier.events.flatMap((e) => [e.title, e.summary, e.note ?? '']), ...dossier.actors.map((a) => `${a.name}. ${a.role}`)];
  const after = new Map<string, Set<string>>();
  const initials = new Map<string, Set<string>>();
  const following = new Map<string, Set<string>>();
  const words = new Set<string>();
  for (const text of texts) {
    for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) words.add(w);
    for (const m of text.matchAll(NAME)) {
      const first = m[1]!.toLowerCase().replace(/\.$/, '');
      if (!after.has(first)) after.set(first, new Set());
      after.get(first)!.add(m[2]!);
      // Only a name of two whole words: "St Petersburg" has no initials a reader would write.
      if (/^\p{Lu}\p{Ll}+$/u.test(m[1]!)) {
        const key = `${m[1]![0]}${m[2]![0]}`.toLowerCase();
        if (!initials.has(key)) initials.set(key, new Set());
        const name = `${m[1]} ${m[2]}`;
        initials.get(key)!.add(name);
        if (!following.has(name)) following.set(name, new Set());
        const next = text.slice(m.index + m[0].length).toLowerCase().match(/\p{L}+/gu) ?? [];
        for (const w of next.slice(0, 2)) following.get(name)!.add(w);
      }
    }
  }
  found = { after, initials, following, words };
  cache.set(dossier, found);
  return found;
}

/** The question with each clipped second word of a recorded two-word name written out, and each name cut to its initials. */
export function unclipNames(dossier: Dossier, question: string): string {
  const { after, initials, following, words } = names(dossier);
  const spelled = question.replace(/(?<![\p{L}\p{N}.'’-])(\p{L})\.?(\p{L})\.?(?=\s+(\p{L}+))/gu, (typed: string, a: string, b: string, next: string) => {
    const key = `${a}${b}`.toLowerCase();
    if (words.has(key)) return typed;
    const full = [...(initials.get(key) ?? [])];
    return full.length === 1 && following.get(full[0]!)?.has(next.toLowerCase()) ? full[0]! : typed;
  });
  return unclipSecondWords(after, words, spelled);
}

function unclipSecondWords(after: Names['after'], words: Names['words'], question: string): string {
  // Each word is read with the word before it (the pairs overlap: "the san", "san fran").
  return question.replace(/(?<=\b(\p{L}+)\.?\s+)\p{L}+\b/gu, (clip: string, first: string) => {
    const lower = clip.toLowerCase();
    if (lower.length < MIN_CLIP || words.has(lower)) return clip;
    const seconds = [...(after.get(first.toLowerCase()) ?? [])].filter((s) => s.toLowerCase().startsWith(lower) && s.length > lower.length);
    // Written in the case typed: a capital the user did not type would make it a proper name anew.
    return seconds.length === 1 ? (clip === lower ? seconds[0]!.toLowerCase() : seconds[0]!) : clip;
  });
}
