import type { Dossier } from '../../dossier/dossier.js';
import type { Plan, TermGroup } from './plan.js';
import { unheldElement } from './unheld-element.js';
import type { Hit } from './search.js';
import { ownStems } from './judge.js';
import { heldIn, isMainlyNoun, isVerb, isWord } from './related-words.js';
import { plainOfIrregular } from './irregular-verbs.js';
import { processTerm, tokenize } from './text.js';
import { whoTypeNoun } from './intent.js';

/**
 * "How did Moscow notify Tokyo of the drills?", "did the decree lead to the deportation of …?",
 * "on the sidelines of which summit did Abe and Putin meet?": every word of the question but one is
 * in a record, and that one is a word no record uses. The search lets a record answer when it covers
 * most of the question, so it answered these with what the record does hold, which is not what was
 * asked. A word the records never use is either another word for something the record says
 * ("toughened" for "hardened") or an element no record gives. WordNet tells the two apart well
 * enough: the record must hold the word or a word WordNet relates to it (related-words.ts).
 * Otherwise the question is declined, and the decline shows the record as the closest on record.
 *
 * Only words that name a thing count: nouns by WordNet's sense counts (a companion, a place, a
 * channel, an object), not verbs or modifiers, which are most often another way of saying what the
 * record says ("lift", "refuse", "furthest"); not names, framing words ("took part"), words the
 * records use elsewhere (the other checks judge those), the kind a "which …" asks for, or the fillers
 * below. On the development sets this rule declined 3 made-up answers and lost 1 right one
 * (docs/questions.md, "Round 15: one element no record gives").
 */

/** Words that ask or pad and name no element: "which month and year", "anymore", "what job". */
const FILLERS: ReadonlySet<string> = new Set(
  'anymore maybe perhaps else also year month day date job role good actually really exactly'.split(' ').flatMap((w) => processTerm(w) ?? []),
);

/** "Which city", "what town": the kind of thing asked, which asked-kind.ts judges. */
const WH = /^(?:which|what|whose)$/;

const memo = new WeakMap<Plan, readonly number[]>();

/** The question's concepts (indices into `plan.groups`) that no record has in any form. */
function unknownWords(plan: Plan): readonly number[] {
  let words = memo.get(plan);
  if (!words) {
    const typed = tokenize(plan.question);
    const asked = new Set(typed.flatMap((w, i) => (i > 0 && WH.test(typed[i - 1]!) ? [processTerm(w) ?? w] : [])));
    // "Which Russian envoy …": the kind of person asked after a side's adjective, which answer-kind.ts judges by the record's people.
    const kind = plan.intent === 'who' ? whoTypeNoun(plan.question) : undefined;
    if (kind) asked.add(processTerm(kind) ?? kind);
    words = plan.groups.flatMap((g, i) =>
      !g.entity && !g.known && g.distinctive && g.weight === g.idf &&
      // A thing, a place, a person: a verb or an adverb the records lack is most often another way of
      // saying what they say ("lift", "refuse", "furthest"), and a word WordNet lacks a typo or slang.
      g.terms.some(isMainlyNoun) &&
      // "n" for "and", "98" for 1998: too short or a number to be a word of its own.
      !g.terms.some((t) => FILLERS.has(t) || t.length <= 2 || /^\d+$/.test(t) || asked.has(t)) &&
      !isVerbForm(asTyped(plan, g))
        ? [i]
        : [],
    );
    memo.set(plan, words);
  }
  return words;
}

/** The question's word, as typed, that no record uses and this record does not hold in a related form. */
function unheldWord(plan: Plan, hit: Hit): string | undefined {
  const words = unknownWords(plan).filter((i) => !hit.covered.has(i));
  if (words.length === 0) return undefined;
  const own = withKind(hit, ownStems(hit.doc));
  const held = (t: string) => heldIn(t, own);
  const unheld = words.find((i) => !plan.groups[i]!.terms.some((t) => held(t) || partsOf(t).some(held)));
  if (unheld === undefined) return undefined;
  return asTyped(plan, plan.groups[unheld]!);
}

/**
 * "What was his argument?": the record's own stems and the kind of record it is. A record of a
 * statement is a statement, whatever words it tells it in, so a word WordNet gives as another word for
 * "statement" in one of its senses ("argument, statement": an assertion offered as evidence) is held
 * by it, as "talks" are held by a record of talks. The kind is the record's own label, not a guess.
 */
function withKind(hit: Hit, own: ReadonlySet<string>): ReadonlySet<string> {
  if (hit.doc.kind !== 'event') return own;
  const kind = processTerm(hit.doc.event.kind);
  return kind && !own.has(kind) ? new Set([...own, kind]) : own;
}

/** The group's word as the question spells it. */
function asTyped(plan: Plan, group: TermGroup): string {
  return tokenize(plan.question).find((w) => group.terms.includes(processTerm(w) ?? '')) ?? group.typed[0] ?? group.terms[0] ?? '';
}


/** "Planning", "televised", "spoke": a verb, whatever WordNet counts its noun senses ("Beijing" is none). */
function isVerbForm(word: string): boolean {
  // Irregular forms WordNet reads as nouns too ("spoke", "chosen").
  if (plainOfIrregular(word) !== undefined) return true;
  const base = /^(.+?)(?:ed|ing)$/.exec(word)?.[1];
  if (!base) return false;
  // "planning" is "plan", "televised" is "televise".
  return [base, `${base}e`, base.replace(/(.)\1$/, '$1')].some((b) => isVerb(processTerm(b) ?? b));
}

/**
 * Why a record does not answer: a word of the question no record uses that it does not hold
 * (above), or an element it does not hold in words on record elsewhere (unheld-element.ts).
 * Undefined when it holds them all. Said to the user when no record holds them.
 */
export function unheldReason(dossier: Dossier, plan: Plan, hit: Hit): string | undefined {
  const word = unheldWord(plan, hit);
  if (word !== undefined) return `The records closest to it never use the word “${word}” or one like it, and I will not guess.`;
  const element = unheldElement(dossier, plan, hit);
  return element === undefined ? undefined : `The record closest to it does not give “${element}”, and I will not guess.`;
}

/** The least part that makes a word a word of its own. */
const PART = 3;

/**
 * "Unannounced" is held where "announced" is, and "wartime" where "war" is: a word the records never
 * use made of a negative prefix and a word, or of two words WordNet knows.
 */
function partsOf(t: string): string[] {
  if (t.startsWith('un') && isWord(t.slice(2))) return [t.slice(2)];
  for (let cut = PART; cut <= t.length - PART; cut += 1) {
    const [head, tail] = [t.slice(0, cut), t.slice(cut)];
    if (isWord(head) && isWord(tail)) return [head, tail];
  }
  return [];
}
