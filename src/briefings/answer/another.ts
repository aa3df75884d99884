import { memoPerOwner } from './memo.js';
import { entitiesInText } from './aliases.js';
import { askedDoer, askedSayer, doerIn } from './doer.js';
import { makePlan } from './plan.js';
import { search } from './search.js';
import { accountOf, coversCarrying } from './judge.js';
import type { Plan, TermGroup } from './plan.js';
import type { Hit } from './search.js';
import type { AnswerContext } from './respond.js';
import type { AnswerIndex } from './search-index.js';
import { FRAME_WORDS, wordTerms } from './text.js';

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
  const definite = definiteThing(ctx);
  // "Did Medvedev go to Shikotan in 2010?": no "the", but the time asked pins one occasion when a
  // single record of that time holds every other word of the question (round 16, swap).
  // What someone said is said by many: Peskov's words are no "No" to whether Lavrov said them too.
  const dated = definite.length === 0 && !askedSayer(index, plan) ? datedThing(plan) : [];
  const thing = definite.length > 0 ? definite : dated;
  if (thing.length === 0) return undefined;
  const spelled = namesInThing(ctx);
  // "The Bastion coastal missile unit … placed on": a record's own words for a thing ("division",
  // "put on duty") differ from the question's in a word or two; most of them is the thing (mostOf).
  const holding = (whole: boolean) =>
    hits.filter(
      (h) => h.doc.kind === 'event' && (whole ? thing.every((g) => h.covered.has(plan.groups.indexOf(g))) : mostOf(thing.map((g) => plan.groups.indexOf(g)), h)) && (spelled.length === 0 || spellsAll(h.doc.event, spelled)),
    );
  const strict = holding(true);
  const holders = strict.length > 0 || dated.length > 0 ? strict : holding(false);
  if (holders.length !== 1) return undefined;
  const hit = holders[0]!;
  if (hit.doc.kind !== 'event') return undefined;
  // The narrow names of the question the record lacks, and the kinds they are of.
  const missing = plan.groups.flatMap((g, i) => (g.entity && !hit.covered.has(i) && kindOf(ctx, g.entity.token) ? [g.entity.token] : []));
  if (missing.length === 0) return undefined;
  // Beyond the thing, the record holds the rest of the question: all of it, or, when only an island is
  // asked otherwise, most of it if the thing is held whole or by a name of its own ("take place",
  // "placed" are the question's words for "on"). A person asked otherwise must share the whole deed:
  // "did Kishida settle sovereignty at the Nagato summit" is not answered by Abe's agreeing to talk.
  const singledOut = strict.length === 1 || thing.some((g) => !g.entity && g.distinctive && namedOnRecord(ctx).includes(g));
  const placeOnly = missing.every((m) => kindOf(ctx, m) === 'island');
  if (!(coversCarrying(plan, hit) || (placeOnly && singledOut && mostOf(carryingGroups(plan), hit)))) return undefined;
  // Pinned by its time alone, only the place of the act may be asked otherwise: "did Lavrov visit
  // Etorofu in 2019?" names no one visit, and Medvedev's visit that year does not rule his out.
  if (dated.length > 0 && !placeOnly) return undefined;
  // Pinned by its time alone, the occasion must match in everything but one name: "did Putin visit
  // Shikotan in 2010?" is two swaps of Medvedev's visit to Kunashir, and no "No" on record.
  if (dated.length > 0 && (missing.length !== 1 || plan.groups.some((g, i) => g.entity && !hit.covered.has(i) && g.entity.token !== missing[0]))) return undefined;
  // "Did Medvedev visit Kunashir in 2019?": his visit to Kunashir is on record in 2010, so the time or
  // the island may be what is wrong, and neither is a "No" on record (heldAtAnotherTime).
  // "Medvedev's 2010 visit" names the visit by its year, as "the" would: the place is what is asked.
  if (dated.length > 0 && !dated.some((g) => g.typed.some((t) => YEAR_WORD.test(t))) && heldAtAnotherTime(ctx, hit)) return undefined;
  const asked = new Set(plan.entities.map((e) => e.token));
  const doer = askedDoer(index, plan);
  const event = hit.doc.event;
  for (const sentence of accountOf(event)) {
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

/** A year typed as a word of the question ("Medvedev's 2010 visit"), which the date reader leaves in. */
const YEAR_WORD = /^\d{4}$/;

/** The concepts that carry the question: rare words on record that are not names (as judge.ts counts them). */
function carryingGroups(plan: Plan): number[] {
  return plan.groups.flatMap((g, i) => (g.distinctive && g.known && !g.entity && !g.typed.every((t) => FRAME_WORDS.has(t)) ? [i] : []));
}

/**
 * The thing a question pins by its time: "in 2010", "in December 2022", "Medvedev's 2010 visit".
 * Every carrying concept of the question (and the year typed, if any) is the thing; the search has
 * kept only records of the period asked, so one record holding them all is that time's occasion.
 */
function datedThing(plan: Plan): TermGroup[] {
  const year = plan.groups.filter((g) => g.typed.some((t) => YEAR_WORD.test(t)));
  if (!plan.range && year.length === 0) return [];
  const words = carryingGroups(plan).map((i) => plan.groups[i]!).filter((g) => !year.includes(g));
  return words.length === 0 ? [] : [...words, ...year];
}

/**
 * Whether another record, of any time, holds every name and carrying concept of the question when
 * its time is left out ("Medvedev", "Kunashir", "visit" without "in 2019"): then the question mixes
 * two records, and which of its elements is wrong is not for the bot to pick.
 */
function heldAtAnotherTime(ctx: AnswerContext, hit: Hit): boolean {
  const timeless = makePlan(ctx.index, ctx.plan.rest, ctx.now);
  if (timeless.range) return false;
  const wanted = timeless.groups.flatMap((g, i) => (g.entity || carryingGroups(timeless).includes(i) ? [i] : []));
  return search({ ...ctx, plan: timeless }).some((h) => h.doc.kind === 'event' && h.doc.id !== hit.doc.id && wanted.every((i) => h.covered.has(i)));
}

/** Whether a record holds the concepts but at most a third of them (none of one or two). */
function mostOf(groups: readonly number[], hit: Hit): boolean {
  const missed = groups.filter((i) => !hit.covered.has(i)).length;
  return missed <= Math.floor(groups.length / 3);
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
