import type { Dossier } from '../../dossier/dossier.js';

/**
 * "Did the Soviets sign the San Fran peace treaty?": a two-word name the records write in full ("San
 * Francisco", "St Petersburg") cut short in its second word. Read as typed, "fran" was a word no
 * record holds and the treaty's record was never found. The records' own two-word names drive it: the
 * clipped word is written out only when the word before it is the name's first word, it starts the
 * name's second word, and it fits one name only; a word the records use on its own is left as typed.
 */

/** The least a clipped word keeps: "fran", "pete". */
const MIN_CLIP = 3;
const NAME = /\b(\p{Lu}[\p{L}.]*)\s+(\p{Lu}\p{Ll}{3,})\b/gu;

interface Names {
  /** First word (lower case) → the second words written after it. */
  readonly after: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every word the records write (lower case). */
  readonly words: ReadonlySet<string>;
}

const cache = new WeakMap<Dossier, Names>();

function names(dossier: Dossier): Names {
  let found = cache.get(dossier);
  if (found) return found;
  const texts = [...dossier.events.flatMap((e) => [e.title, e.summary, e.note ?? '']), ...dossier.actors.map((a) => `${a.name}. ${a.role}`)];
  const after = new Map<string, Set<string>>();
  const words = new Set<string>();
  for (const text of texts) {
    for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) words.add(w);
    for (const m of text.matchAll(NAME)) {
      const first = m[1]!.toLowerCase().replace(/\.$/, '');
      if (!after.has(first)) after.set(first, new Set());
      after.get(first)!.add(m[2]!);
    }
  }
  found = { after, words };
  cache.set(dossier, found);
  return found;
}

/** The question with each clipped second word of a recorded two-word name written out. */
export function unclipNames(dossier: Dossier, question: string): string {
  const { after, words } = names(dossier);
  // Each word is read with the word before it (the pairs overlap: "the san", "san fran").
  return question.replace(/(?<=\b(\p{L}+)\.?\s+)\p{L}+\b/gu, (clip: string, first: string) => {
    const lower = clip.toLowerCase();
    if (lower.length < MIN_CLIP || words.has(lower)) return clip;
    const seconds = [...(after.get(first.toLowerCase()) ?? [])].filter((s) => s.toLowerCase().startsWith(lower) && s.length > lower.length);
    // Written in the case typed: a capital the user did not type would make it a proper name anew.
    return seconds.length === 1 ? (clip === lower ? seconds[0]!.toLowerCase() : seconds[0]!) : clip;
  });
}
