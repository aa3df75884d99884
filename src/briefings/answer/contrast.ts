import { entitiesInText, type AliasTable } from './aliases.js';
import type { Plan } from './plan.js';
import { FRAME_WORDS, terms } from './text.js';

/**
 * "He said it was Tokyo, not Moscow, that had halted the dialogue": the "not" denies only the
 * alternative it stands before, and the clause affirms the rest. So the clause is a "Yes" to "did
 * Peskov say Tokyo broke off the dialogue?" and a "No" to "… that Moscow broke it off?". The same
 * for "X rather than Y", "X instead of Y" and "not Y but X".
 */

/** One contrast: the word kept and the alternative denied ("Tokyo" / "Moscow", "European" / "an Asian power"). */
export interface ContrastPair {
  readonly kept: string;
  readonly denied: string;
}

export interface Contrast {
  /** The clause with the denied alternatives taken out: what it affirms. */
  readonly affirmed: string;
  readonly pairs: readonly ContrastPair[];
}

/** An alternative is a short phrase: it ends at a clause word or after four words. "Not only … but also" adds, it denies nothing. */
const ALTERNATIVE = String.raw`(?!(?:only|just|merely|simply)\b)((?:(?!(?:and|but|or|that|which|who|because)\b)[^\s,;:.!?]+\s*){1,4})`;
/** "Tokyo, not Moscow,", "a European rather than an Asian power", "X instead of Y": the word kept comes first. */
const KEPT_FIRST = new RegExp(String.raw`([^\s,;:.!?]+),?\s+(?:(?:and\s+)?not|rather\s+than|instead\s+of)\s+${ALTERNATIVE}`, 'giu');
/** "Not Y but X": the word kept comes after. */
const KEPT_AFTER = new RegExp(String.raw`\bnot\s+${ALTERNATIVE}\s*,?\s+but\s+([^\s,;:.!?]+(?:\s+[^\s,;:.!?]+)?)`, 'giu');
/** A "not" that only denies an alternative has a comma before it or a "rather than" shape; a plain "did not sign" is no contrast. */
const PLAIN_NOT = /^[^,]*\bnot\b/i;

/** The clause's contrasts, if it has any. */
export function contrastIn(clause: string): Contrast | undefined {
  const pairs: ContrastPair[] = [];
  let affirmed = clause.replace(KEPT_AFTER, (_whole: string, denied: string, kept: string) => {
    pairs.push({ kept, denied: denied.trim() });
    return kept;
  });
  affirmed = affirmed.replace(KEPT_FIRST, (whole: string, kept: string, denied: string) => {
    // "The Soviet Union did not sign it" is a plain negation: a "not" contrast needs its comma.
    if (PLAIN_NOT.test(whole) && !/,\s+(?:and\s+)?not\b/i.test(whole)) return whole;
    pairs.push({ kept: kept.replace(/,$/, ''), denied: denied.trim() });
    return `${kept.replace(/,$/, '')} `;
  });
  return pairs.length ? { affirmed: affirmed.replace(/\s+/g, ' ').replace(/\s+([,.;:])/g, '$1').trim(), pairs } : undefined;
}

/** "It was Moscow that …", "was it Tokyo who …": the phrase put in focus (up to three words). */
const CLEFT = /\b(?:it\s+was|was\s+it|it\s+is|is\s+it|it['’]s|wasn['’]t\s+it|isn['’]t\s+it)\s+((?:[\p{L}\p{N}'’-]+\s+){1,3}?)(?:that|who|which)\b/iu;

/** Whether a question's phrase names (by entity or word) something of a record's phrase that the other side of the contrast does not hold. */
function mentions(aliases: AliasTable, phrase: string, recordPhrase: string, except: ReadonlySet<string>): boolean {
  const asked = new Set(entitiesInText(aliases, phrase));
  if ([...entitiesInText(aliases, recordPhrase)].some((t) => asked.has(t) && !except.has(t))) return true;
  const own = new Set(terms(phrase));
  return terms(recordPhrase).some((t) => own.has(t) && !except.has(t));
}

/**
 * Whether the question asks about a denied alternative instead of the word kept: it names or uses
 * something of the alternative that the kept word does not hold ("Asian", not "power"), and nothing
 * of the kept word ("European").
 */
export function asksDenied(aliases: AliasTable, plan: Plan, contrast: Contrast): boolean {
  const asked = new Set(plan.entities.map((e) => e.token));
  const words = plan.groups.filter((g) => !g.entity && !g.typed.every((t) => FRAME_WORDS.has(t)));
  const holds = (text: string, except: ReadonlySet<string> = new Set()) => {
    if ([...entitiesInText(aliases, text)].some((t) => asked.has(t) && !except.has(t))) return true;
    const own = new Set(terms(text).filter((t) => !except.has(t)));
    return words.some((g) => g.terms.some((t) => own.has(t)));
  };
  // "Was it Moscow that broke off the dialogue with Japan?": the phrase a cleft puts first is the
  // one asked about, whatever else the question names ("Japan" is there as the other party).
  const focus = CLEFT.exec(plan.question)?.[1];
  return contrast.pairs.some((pair) => {
    const kept = new Set([...terms(pair.kept), ...entitiesInText(aliases, pair.kept)]);
    if (focus !== undefined) return mentions(aliases, focus, pair.denied, kept) && !mentions(aliases, focus, pair.kept, new Set());
    return holds(pair.denied, kept) && !holds(pair.kept);
  });
}
