import { memoPerOwner } from './memo.js';
import { entitiesInText } from './aliases.js';
import { askedDoer, doerIn } from './doer.js';
import { coversCarrying } from './judge.js';
import type { Plan, TermGroup } from './plan.js';
import type { AnswerContext } from './respond.js';
import type { AnswerIndex } from './search-index.js';
import type { Hit } from './search.js';
import { FRAME_WORDS, sentences, wordTerms } from './text.js';

/**
 * "Were the Vostok-2022 drills on Shikotan?", "did Putin sign the Tokyo Declaration?": the question
 * singles out one thing on record ("the Vostok-2022 drills") and puts a person or an island in it
 * that the record does not have, while the record puts another of the same kind in that place
 * ("on Etorofu and Kunashiri", "signed by Yeltsin and Hosokawa"). That is a "No" the record states,
 * not its silence. Only a thing the question names with "the" and that one event record alone holds
 * counts: "did Putin visit Kunashiri?" names no one visit, and another man's visit does not rule
 * his out. States are left alone: a state acts through many hands, and "Russia suspended" says
 * little of what Japan did (round 4 declines those).
 */

/** A description that only one can answer to: "the first …", "the only …", "the last …". */
const ONE_HOLDER = /^(?:first|only|last|sole)$/i;
/** How many words after "the" may name the thing ("the 2024 Matua missile drills"). */
const THING_WORDS = 5;

export interface Another {
  /** The record that holds the thing. */
  readonly hit: Hit;
  /** Its sentence that puts another person or island where the question puts its own. */
  readonly sentence: string;
}

/** The concepts of the question's definite descriptions: the words after each "the" that are rare words on record or narrow names (a state's or the group's name may stand inside one: "the Tokyo Declaration"). */
export function definiteThing(ctx: AnswerContext): TermGroup[] {
  const { plan, index } = ctx;
  const words = plan.rest.split(/\s+/);
  const found = new Set<TermGroup>();
  words.forEach((w, i) => {
    if (!/^the$/i.test(w)) return;
    // "The first Russian leader to set foot on …": one alone can be the first, so every word of the
    // description singles it out, common ones too.
    const one = ONE_HOLDER.test(words[i + 1] ?? '');
    for (const next of words.slice(i + 1, i + 1 + THING_WORDS)) {
      // "The Treaty of Shimoda": "of" joins a name's words.
      if (/^of$/i.test(next)) continue;
      if (one && ONE_HOLDER.test(next)) {
        // "First" is a framing word elsewhere; here the record must hold it too.
        for (const t of wordTerms(next)) plan.groups.filter((g) => g.typed.includes(t)).forEach((g) => found.add(g));
        continue;
      }
      const ts = wordTerms(next);
      if (ts.length === 0) break;
      const groups = ts.map((t) => plan.groups.find((g) => g.typed.includes(t)));
      const named = entitiesInText(index.aliases, next).size > 0;
      if (groups.some((g) => !g)) break;
      // A narrow name inside the description ("the Matua drills") is part of what it singles out.
      const thing = groups.filter((g): g is TermGroup => !!g && (g.entity ? one || !g.entity.broad : g.known && (one || g.distinctive) && !g.typed.every((t) => FRAME_WORDS.has(t))));
      if (thing.length === 0 && !named) break;
      thing.forEach((g) => found.add(g));
    }
  });
  for (const g of namedOnRecord(ctx)) found.add(g);
  return [...found];
}

/**
 * "Did Russia put Bastion missiles on Kunashiri?": a word that one event record alone holds, and holds
 * as a name (capitalised inside its title: "a Bastion coastal missile division"), singles that record's
 * thing out as surely as "the" does. A common word held once ("renounce") singles nothing out.
 */
function namedOnRecord(ctx: AnswerContext): TermGroup[] {
  const { plan, index } = ctx;
  return plan.groups.filter((g) => {
    if (g.entity || !g.known || !g.distinctive || g.typed.every((t) => FRAME_WORDS.has(t))) return false;
    // Up to two holders per word tell "one record alone" from "none" and "several" (see eventHolders).
    const holders = new Set(g.typed.flatMap((t) => eventHolders(index, t)));
    if (holders.size !== 1) return false;
    const only = index.docs[Math.min(...holders)]!;
    const title = only.kind === 'event' ? only.event.title : '';
    return title.split(/\s+/).slice(1).some((w) => /^[A-Z]/.test(w) && g.typed.some((t) => wordTerms(w).includes(t)));
  });
}

/**
 * The first two event records (by position in the index) holding a processed term: enough to tell one
 * holder from several. Scanning every record of a large dossier for each word of each question was
 * most of the time a yes/no question took, so a word no document holds (df 0) is skipped, the scan
 * stops at the second holder, and the answer is kept per index (bounded, as doer.ts does).
 */
function eventHolders(index: AnswerIndex, term: string): readonly number[] {
  return holderMemo(index).get(term, () => {
    const list: number[] = [];
    // index.text is the set of a document's terms joined by spaces, so a term without spaces is in it
    // exactly when df counts it; a term with one could match across two terms, so it is always scanned.
    if (/\s/.test(term) || term === '' || (index.df.get(term) ?? 0) > 0) {
      const needle = ` ${term} `;
      for (let i = 0; i < index.docs.length && list.length < 2; i++) {
        if (index.docs[i]!.kind === 'event' && index.text[i]!.includes(needle)) list.push(i);
      }
    }
    return list;
  });
}
const holderMemo = memoPerOwner<AnswerIndex, readonly number[]>(10_000);

/** The kind a name is of, for telling whether the record's name stands where the question's does. */
function kindOf(ctx: AnswerContext, token: string): string | undefined {
  const e = ctx.index.aliases.entities.get(token);
  if (!e || e.broad) return undefined;
  if (e.kind === 'island') return 'island';
  if (e.kind !== 'actor') return undefined;
  const kind = ctx.dossier.actorsById.get(e.id)?.kind;
  return kind === 'state' || kind === 'alliance' ? undefined : `actor:${kind}`;
}

/**
 * "Was Kishida the first prime minister to speak at the rally?": one alone can be the first, and a
 * record of him speaking there does not say he was. Only a record that holds the word itself
 * ("the first Russian head of state to set foot …") settles such a question either way.
 */
export function holdsTheOne(plan: Plan, hit: Hit): boolean {
  const asked = [...plan.rest.matchAll(/\bthe\s+(first|only|sole)\b/gi)].flatMap((m) => wordTerms(m[1]!.toLowerCase()));
  return asked.every((t) => plan.groups.some((g, i) => g.typed.includes(t) && hit.covered.has(i)));
}

/**
 * The record that alone holds the thing the question names, when it lacks a person or island the
 * question puts in it and one of its sentences names another of the same kind there.
 */
export function anotherInPlace(ctx: AnswerContext, hits: readonly Hit[]): Another | undefined {
  const { plan, index, dossier } = ctx;
  if (!plan.cues.yesNo) return undefined;
  const thing = definiteThing(ctx);
  if (thing.length === 0) return undefined;
  const spelled = namesInThing(ctx);
  const holders = hits.filter(
    (h) => h.doc.kind === 'event' && thing.every((g) => h.covered.has(plan.groups.indexOf(g))) && (spelled.length === 0 || spellsAll(h.doc.event, spelled)),
  );
  if (holders.length !== 1) return undefined;
  const hit = holders[0]!;
  if (hit.doc.kind !== 'event' || !coversCarrying(plan, hit)) return undefined;
  // The narrow names of the question the record lacks, and the kinds they are of.
  const missing = plan.groups.flatMap((g, i) => (g.entity && !hit.covered.has(i) && kindOf(ctx, g.entity.token) ? [g.entity.token] : []));
  if (missing.length === 0) return undefined;
  const asked = new Set(plan.entities.map((e) => e.token));
  const doer = askedDoer(index, plan);
  const event = hit.doc.event;
  for (const sentence of [event.title, ...sentences(event.summary)]) {
    const named = entitiesInText(index.aliases, sentence);
    if (!sentenceHolds(plan, thing, sentence)) continue;
    const others = [...named].filter((t) => !asked.has(t));
    const fits = missing.every((m) => {
      const kind = kindOf(ctx, m);
      if (!others.some((t) => kindOf(ctx, t) === kind)) return false;
      // The doer asked about: the sentence must say someone else did the deed, not merely name them.
      const e = index.aliases.entities.get(m);
      return !(e && doer === e.id) || doerIn(dossier, index, plan, doer, sentence) === 'other';
    });
    if (fits) return { hit, sentence: sentence.trim() };
  }
  return undefined;
}

/**
 * A state's or city's name that is a word of the thing's own name ("the Tokyo Declaration", "the
 * Moscow Declaration"): the record must spell it, as the side's other names ("Japan") in every
 * record about Japan do not make a declaration the Tokyo one.
 */
function namesInThing(ctx: AnswerContext): string[] {
  const { plan, index } = ctx;
  const words = plan.rest.split(/\s+/);
  const found: string[] = [];
  words.forEach((w, i) => {
    if (!/^the$/i.test(w)) return;
    const [name, head] = [words[i + 1] ?? '', words[i + 2] ?? ''];
    const e = [...entitiesInText(index.aliases, name)].map((t) => index.aliases.entities.get(t));
    const headTerms = wordTerms(head);
    // Only a name followed by the thing's head word ("Declaration"), itself a word of the question's concepts.
    if (e.length !== 1 || !e[0]?.broad || headTerms.length === 0 || !headTerms.every((t) => plan.groups.some((g) => !g.entity && g.typed.includes(t)))) return;
    found.push(...wordTerms(name));
  });
  return found;
}

function spellsAll(event: { readonly title: string; readonly summary: string }, spelled: readonly string[]): boolean {
  const own = new Set(`${event.title} ${event.summary}`.split(/\s+/).flatMap((w) => wordTerms(w)));
  return spelled.every((t) => own.has(t));
}

/** Whether a sentence holds a word of the thing, so that the name in it stands in the thing's place. */
function sentenceHolds(plan: Plan, thing: readonly TermGroup[], sentence: string): boolean {
  const own = new Set(sentence.split(/\s+/).flatMap((w) => wordTerms(w)));
  return thing.some((g) => g.terms.some((t) => own.has(t)));
}
