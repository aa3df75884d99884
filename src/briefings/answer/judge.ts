import { entityToken, heldDuring, ofAskedState, sameOfficesHeld } from './aliases.js';
import { datingClauseHeld, timeClauseOnly } from './time-clause.js';
import { whoTypeNoun } from './intent.js';
import { lightVerbsHeld } from './light-verb.js';
import { adverbBaseHeld } from './adverb-base.js';
import type { Plan, TermGroup } from './plan.js';
import type { Dossier, KurilEvent } from '../../dossier/dossier.js';
import { allStems, processTerm, sentences, terms } from './text.js';
import type { AnswerIndex, IndexedDoc } from './search-index.js';
import type { Hit } from './search.js';

/**
 * Tests a record must pass beyond covering enough of the question, for questions whose wording says
 * which part of them a record must hold.
 */

/** The concepts that carry the question: rare words on record that are not names. */
function carrying(plan: Plan): number[] {
  return plan.groups.flatMap((g: TermGroup, i) => (g.distinctive && g.known && !g.entity ? [i] : []));
}

/**
 * "Who commanded the Soviet landing on Shumshu?" asks who did that: a record of the landing that
 * does not say who commanded it names no one who did. A who-question's record must hold every word
 * of the question besides its names (a misspelt word its typo match found counts).
 */
export function holdsTheDeed(plan: Plan, hit: Hit): boolean {
  if (plan.intent !== 'who') return true;
  const saying = sayingGroup(plan, hit.doc);
  // What someone said is in their words, not the question's framing of an aim ("said Russia
  // *wanted* to provoke …", "*tried* to"): a framing verb right before "to" and another verb.
  const words = saying !== -1 || (WHO_SAID.test(plan.question) && recordOfWords(hit.doc));
  const aims = words ? new Set([...plan.question.matchAll(/\b(\w+)\s+to\s+\w+/gi)].map((m) => processTerm(m[1]!.toLowerCase()))) : new Set<string | null>();
  // "Which outlet …": the kind of answer, told by the answer's role rather than by the deed.
  const typeNoun = whoTypeNoun(plan.question);
  // Every word of it: "news agency" is two ("news" read "new").
  const typeWords = new Set(typeNoun ? typeNoun.split(/\s+/).flatMap((w) => processTerm(w.toLowerCase()) ?? []) : []);
  const type = typeNoun ? (processTerm(typeNoun) ?? undefined) : undefined;
  // Every word besides the names, however common ("led"): it is what the person is asked for.
  // "Made his trip", "secretly promised": a light verb and an adverb held through the deed's own words (light-verb.ts, adverb-base.ts).
  const light = lightVerbsHeld(plan, hit);
  // "… after the peace talks were halted", "… when it answered Takaichi's speech to the Diet": the
  // dating clause names another deed, which has its own record; the record asked about names it in
  // its own words ("Russia's halt of the talks", "her policy speech"), with its verb (time-clause.ts, round 16).
  const dating = datingClauseHeld(plan, hit.covered);
  const held = (g: TermGroup, i: number) => light.has(i) || adverbBaseHeld(g, ownText(hit.doc)) || dating.has(i);
  return plan.groups.every((g, i) => g.entity !== undefined || hit.covered.has(i) || i === saying || ((type !== undefined && g.typed.includes(type)) || (typeWords.size > 1 && g.typed.every((t) => typeWords.has(t)))) || (g.weight !== g.idf && g.typed.every((t) => aims.has(t))) || held(g, i));
}

/**
 * "Russian prime minister's first visit to Kunashiri": the office words the question uses are held by
 * a record only in its own words, or through an actor of the record who held that office on the
 * record's date. Medvedev's role ("President …, then Prime Minister") holds "prime minister", but in
 * 2010 he was president: his visit then is no prime minister's visit.
 */
export function officeHeldThen(index: AnswerIndex, plan: Plan, hit: Hit): boolean {
  if (hit.doc.kind !== 'event') return true;
  // "Was Medvedev president when …" asks the office of the person it names (office-held.ts).
  if (plan.entities.some((e) => e.kind === 'actor' && !e.broad)) return true;
  const typed = new Set(plan.groups.filter((g) => !g.entity).flatMap((g) => g.typed));
  // The offices the question names ("president or pm" names two): any one of them held will do.
  const named = [...new Set(index.aliases.offices.filter((o) => o.terms.length > 0 && o.terms.every((t) => typed.has(t))).map((o) => o.terms.join(' ')))];
  if (named.length === 0) return true;
  const event = hit.doc.event;
  const entities = index.entities[hit.doc.id];
  if (anotherStatesHolder(index, plan, event, (actorId) => event.actors.includes(actorId) || !!entities?.has(entityToken('actor', actorId)))) return false;
  const own = new Set(terms(ownText(hit.doc)));
  if (named.some((n) => n.split(' ').every((t) => own.has(t)))) return true;
  return index.aliases.offices.some(
    (o) => event.actors.includes(o.actorId) && named.includes(o.terms.join(' ')) && heldDuring(o, event.date.start, event.date.end),
  );
}

/**
 * "When did a Japanese PM last visit the islands?": "Prime Minister Medvedev visits Iturup" holds the
 * office's words, but the office is Russia's. When the question names a state's office and the
 * record has none of its holders, but has someone who held an office of those words for another
 * state at the time, and nobody who held it for the state asked, the words in the record are that
 * other office.
 */
function anotherStatesHolder(index: AnswerIndex, plan: Plan, event: KurilEvent, inRecord: (actorId: string) => boolean): boolean {
  const offices = plan.statedOffices;
  if (offices.length === 0 || offices.some((o) => inRecord(o.actorId))) return false;
  // Who in the record (tagged or named in its text) held an office of those words when it happened:
  // Kishida in 2022, not only today's holder.
  const holders = sameOfficesHeld(offices, index.aliases.offices, event.date.start, event.date.end).filter((o) => inRecord(o.actorId));
  return holders.length > 0 && !holders.some((o) => ofAskedState(offices, o));
}

/**
 * "Who did Muneo Suzuki meet in Moscow?": his role ("an advocate of dialogue with Moscow") is what
 * he is known for, not what he did in the record, so a deed word found only in the role of someone
 * the question names does not hold the deed. The role of an actor the question does not name may
 * still answer ("which lawmaker advocates dialogue …"): that actor is who is asked for.
 */
export function deedOnlyInNamedRole(dossier: Dossier, plan: Plan, doc: IndexedDoc): boolean {
  if (plan.intent !== 'who' || doc.kind !== 'event') return false;
  const roles = new Set(plan.entities.flatMap((e) => (e.kind === 'actor' && !e.broad ? terms(dossier.actorsById.get(e.id)?.role ?? '') : [])));
  if (roles.size === 0) return false;
  const own = new Set(terms(ownText(doc)));
  // A year in the role ("signed the 1993 Tokyo Declaration") is the record's date, not a deed.
  return plan.groups.some((g) => !g.entity && !g.terms.some((t) => /^\d+$/.test(t)) && g.terms.some((t) => roles.has(t)) && !g.terms.some((t) => own.has(t)));
}

/**
 * "Who claimed / argued / thought the war never ended?": the verb only says that someone said it,
 * in whatever words; a record of someone's words (a statement, a quote) holds that deed, and what
 * was said is the rest of the question. Verbs that are deeds of their own ("declared war", "warned")
 * are not among them.
 */
const WHO_SAID = /\b(?:who\s+|(?:which|what)\s+(?:\w+\s+){1,2}?)(?:(?:has|had|have|did|first|once|publicly|openly)\s+)?(said|says|say|claim|argu|insist|assert|contend|suggest|think|thought|believ|predict|expect|alleg|reckon|maintain|opin|speculat|mention|cite|cited|point\w*\s+(?:to|out)|remark|note|noted|comment|describ|call)\w*/i;

function recordOfWords(doc: IndexedDoc): boolean {
  return doc.kind === 'statement' || doc.event.kind === 'statement' || doc.event.quotes.length > 0;
}

function sayingGroup(plan: Plan, doc: IndexedDoc): number {
  const verb = WHO_SAID.exec(plan.question)?.[1]?.toLowerCase();
  if (!verb || !recordOfWords(doc)) return -1;
  return plan.groups.findIndex((g) => !g.entity && g.typed.some((t) => t.startsWith(verb.slice(0, 4))));
}

/**
 * "When did the last Japanese residents leave the islands?": one record covers the residents,
 * another something that left, none both. Each passes the coverage test alone, but answering from
 * either would stitch a fact the record does not hold: when no record covers every concept the
 * question carries and two of them cover different ones, no record answers the question.
 */
export function splitAcross(plan: Plan, accepted: readonly Hit[]): boolean {
  // "… after Moscow dropped the peace talks?": a clause that only dates the deed is another record's (time-clause.ts).
  const dating = timeClauseOnly(plan);
  const asked = carrying(plan).filter((i) => !dating.has(i));
  if (asked.length < 2) return false;
  const sets = accepted.map((h) => asked.filter((i) => h.covered.has(i)));
  if (sets.some((s) => s.length === asked.length)) return false;
  return sets.some((a) => sets.some((b) => a.some((i) => !b.includes(i)) && b.some((i) => !a.includes(i))));
}

/** A record's own words: an event's title, summary, note and quotes, or a statement's text. */
const stemsByDoc = new WeakMap<IndexedDoc, Set<string>>();

/** The stems of a record's own words (ownText), kept per record: several checks read them for each hit. */
export function ownStems(doc: IndexedDoc): ReadonlySet<string> {
  let stems = stemsByDoc.get(doc);
  if (!stems) stemsByDoc.set(doc, (stems = allStems(ownText(doc))));
  return stems;
}

/** An event's own account, sentence by sentence: its title, then its summary's sentences (not the note's comments on other reports). */
export function accountOf(event: KurilEvent): string[] {
  return [event.title, ...sentences(event.summary)];
}

export function ownText(doc: IndexedDoc): string {
  if (doc.kind === 'statement') return doc.statement.statement.text;
  const e = doc.event;
  // Each part ends a sentence: a title has no full stop of its own.
  return [e.title, e.summary, e.note ?? '', ...e.quotes.map((q) => q.text)].map((t) => t.trim().replace(/([^.!?"”])$/, '$1.')).join(' ');
}

const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;

/**
 * "What did Takaichi say at the 2025 Northern Territories Day rally?": her rally speech on record is
 * of 2026, so no record answers it. A year the question names as a word (not a period: "in 2025"
 * is a date range and filters the search already) must be the record's year or be in its text.
 */
export function hasTheYear(plan: Plan, doc: IndexedDoc): boolean {
  const years = plan.terms.filter((t) => /^(1[89]|20)\d\d$/.test(t));
  if (years.length === 0) return true;
  const own = new Set([...ownText(doc).matchAll(YEAR)].map((m) => m[1]!));
  if (doc.kind === 'event') for (let y = Number(doc.event.date.start.slice(0, 4)); y <= Number(doc.event.date.end.slice(0, 4)); y++) own.add(String(y));
  return years.every((y) => own.has(y));
}

/**
 * "What did Peskov say about the fishing agreement?" asks for his words on that: his words on
 * something else (agreements in general) are no answer. The record must hold every word of the
 * question on record besides the names and framing words.
 */
export function holdsTheTopic(plan: Plan, hit: Hit, speakerWords: ReadonlySet<string> = new Set()): boolean {
  // The words that describe the speaker ("the Italian analyst", "X's view") are not what was said.
  return plan.groups.every((g, i) => g.entity !== undefined || !g.known || g.weight !== g.idf || hit.covered.has(i) || g.typed.every((t) => speakerWords.has(t)));
}

/** Whether a record covers every concept the question carries (rare words on record, not names). */
export function coversCarrying(plan: Plan, hit: Hit): boolean {
  return carrying(plan).every((i) => hit.covered.has(i));
}

/**
 * Whether a record covers the deed (the question's group at `deed`) and every concept the question
 * carries but one, of at least three: "signs law making …" for "signed the law creating …".
 */
export function coversAllButOne(plan: Plan, hit: Hit, deed: number): boolean {
  const asked = carrying(plan);
  const missed = asked.filter((i) => !hit.covered.has(i)).length;
  return deed >= 0 && hit.covered.has(deed) && asked.length >= 3 && missed <= 1;
}

/** Words by which a record says that something ended or was stopped. */
export const ENDED = /\b(?:end(?:s|ed)?|terminat\w*|suspend\w*|halt\w*|scrap\w*|cancel\w*|abolish\w*|expir\w*|until|surrender\w*)\b/i;

/**
 * "When did the Tokyo Declaration end?": a one-day record (the declaration signed, a later summit
 * that mentions it) does not tell when anything ended. A record tells an end when it spans days
 * (its last day) or says in its own words that something ended or stopped.
 */
export function tellsTheEnd(doc: IndexedDoc): boolean {
  if (doc.kind !== 'event') return false;
  return doc.event.date.precision === 'range' || ENDED.test(`${doc.event.title} ${doc.event.summary}`);
}
