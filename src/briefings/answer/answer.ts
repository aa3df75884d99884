import type { Query, SearchResult } from 'minisearch';
import { formatDay, formatPartialDate, isoDay } from '../../dossier/dates.js';
import type { Dossier, KurilEvent } from '../../dossier/dossier.js';
import type { ActorRecord, IslandRecord } from '../../dossier/schema.js';
import { eventItem } from '../items.js';
import type { Reply } from '../reply.js';
import { entitiesInText, type Entity, type Office } from './aliases.js';
import {
  actorWithRole,
  capitalize,
  choosePieces,
  dateLead,
  endSentence,
  eventPieces,
  joinNames,
  latestEvents,
  numberPhrases,
  renderPiece,
  scorePiece,
  verificationLabel,
  type Piece,
} from './compose.js';
import { definitionalSubject } from './intent.js';
import { makePlan, searchedGroups, type Plan, type TermGroup } from './plan.js';
import { describeRange, type DateRange } from './question-dates.js';
import { answerIndex, dayNumber, eventsInRange, FIELD_BOOST, hasTerm, MAX_YEAR_TOKENS, REASON, yearTokens, type AnswerIndex, type IndexedDoc } from './search-index.js';
import { FRAME_WORDS, processTerm, sentences, terms } from './text.js';

/**
 * Answers a question in plain words from the event set: a short answer taken from the records,
 * then the events it rests on with their sources. When no record answers it well enough, says so
 * and points to the timeline. Pure: (dossier, question, clock) -> Reply.
 */

export const DECLINE_TITLE = 'Not in my sources';
export const ANSWER_TITLE = 'Answer';

/**
 * A record answers the question only if it covers at least this share of the question's concepts,
 * each weighted by its rarity (IDF), and at least one of the concepts it covers is distinctive.
 */
export const MIN_COVERAGE = 0.5;
/** Other events are cited too when they score at least this share of the best one and pass the same test. */
const RELATED_SHARE = 0.5;
const MAX_CITED = 3;

export type AnswerPath = 'event' | 'statement' | 'actor' | 'island' | 'group' | 'office' | 'count' | 'period' | 'decline';

export interface AnswerResult {
  readonly reply: Reply;
  readonly declined: boolean;
  /** How the answer was found (for tests and the evaluation report). */
  readonly path: AnswerPath;
  /** The events cited, in order. */
  readonly events: readonly KurilEvent[];
}

export function answer(dossier: Dossier, question: string, now: Date): Reply {
  return answerQuestion(dossier, question, now).reply;
}

interface Ctx {
  readonly dossier: Dossier;
  readonly index: AnswerIndex;
  readonly plan: Plan;
  readonly now: Date;
}

export function answerQuestion(dossier: Dossier, question: string, now: Date): AnswerResult {
  const index = answerIndex(dossier);
  const plan = makePlan(index, question, now);
  const ctx: Ctx = { dossier, index, plan, now };

  if (plan.groups.length === 0 && !plan.range) return decline(ctx, 'I could not find a question about the dispute in that.');

  const special = definitional(ctx) ?? office(ctx) ?? islandCount(ctx) ?? positions(ctx);
  if (special) return special;

  if (plan.range && !plan.groups.some((g) => g.distinctive)) return period(ctx);
  // "What's the latest on the Kurils?": nothing more specific than where things stand.
  if (plan.status && !plan.groups.some((g) => g.distinctive)) return statusAnswer(ctx);

  // No record can pass without a distinctive concept: say so without searching.
  if (!plan.groups.some((g) => g.distinctive)) return decline(ctx);

  const hits = search(ctx);
  const accepted = hits.filter((h) => h.distinctive && h.share >= MIN_COVERAGE && h.namesMatched);
  if (accepted.length === 0) return decline(ctx);

  let primary = accepted[0]!;
  // "What is the current status …?": the dossier's status line answers it when it passes.
  const status = plan.status && plan.intent !== 'when' ? accepted.find((h) => h.doc.kind === 'statement' && h.doc.statement.key === 'status') : undefined;
  if (status) primary = status;
  // A "when" question wants a dated event rather than a dossier statement, if one covers the
  // question as well; otherwise the statement answers without a date it does not have.
  if (plan.intent === 'when' && primary.doc.kind === 'statement') {
    const share = primary.share;
    primary = accepted.find((h) => h.doc.kind === 'event' && h.share >= share - 0.01) ?? primary;
  }
  const doc = primary.doc;
  if (doc.kind === 'statement') return statementAnswer(ctx, doc, primary.result, hits);

  const related = accepted
    .filter((h) => h !== primary && h.rank >= primary.rank * RELATED_SHARE)
    .flatMap((h) => (h.doc.kind === 'event' ? [h.doc.event] : []))
    .slice(0, MAX_CITED - 1);
  return respond(ctx, eventAnswer(ctx, doc.event, primary.result), [doc.event, ...related], 'event');
}

// --- search --------------------------------------------------------------------------------------

/** The judged search results for a question, best first (for tests, the evaluation and tuning). */
export function explain(dossier: Dossier, question: string, now: Date): { plan: Plan; hits: { id: string; score: number; share: number; distinctive: boolean; rank: number }[] } {
  const index = answerIndex(dossier);
  const plan = makePlan(index, question, now);
  const hits = search({ dossier, index, plan, now });
  return {
    plan,
    hits: hits.map((h) => ({ id: h.doc.kind === 'event' ? h.doc.event.id : h.doc.statement.key, score: h.result.score, share: h.share, distinctive: h.distinctive, rank: h.rank })),
  };
}

/** A search result with what the answer needs to judge it. */
interface Hit {
  readonly result: SearchResult;
  readonly doc: IndexedDoc;
  /** Share of the question's concepts covered, IDF-weighted. */
  readonly share: number;
  readonly distinctive: boolean;
  /** Score × document weight × share²: among records that pass, the fuller answer comes first. */
  readonly rank: number;
  /**
   * The record involves every person or body the question names (not a whole state): an answer
   * about Putin must come from a record about Putin.
   */
  readonly namesMatched: boolean;
}

const YEAR_TOKEN = /^y\d{4}$/;

/** How many results are judged; the rest score too low to matter. */
const CANDIDATES = 60;

function search(ctx: Ctx): Hit[] {
  const { plan, index } = ctx;
  const range = plan.range;
  const years = new Set(plan.terms.filter((t) => /^(1[89]|20)\d\d$/.test(t)));
  const { groups: searched, terms } = searchedGroups(index, plan);
  const words = terms.join(' ');
  // A period becomes part of the query: (words) AND (any year of the period). The year terms weigh
  // nothing; they only keep MiniSearch from building results outside the period.
  const from = range ? Math.max(Number(range.start.slice(0, 4)), 1) : 0;
  const to = range ? Math.min(Number(range.end.slice(0, 4)), 9999) : 0;
  const periodQuery = range && to - from < MAX_YEAR_TOKENS;
  const query: Query = periodQuery
    ? {
        combineWith: 'AND',
        queries: [
          { combineWith: 'OR', queries: [words] },
          { combineWith: 'OR', queries: [yearTokens(from, to).join(' ')], fields: ['meta'], boostTerm: () => 1e-9, fuzzy: false, prefix: false },
        ],
      }
    : words;
  const from_ = range ? dayNumber(range.start) : 0;
  const to_ = range ? dayNumber(range.end) : 0;
  const results = index.search.search(query, {
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term,
    boost: { ...FIELD_BOOST },
    boostTerm: (term) => plan.query.get(term)?.boost ?? 1,
    fuzzy: (term) => plan.query.get(term)?.fuzzy || false,
    prefix: (term) => plan.query.get(term)?.prefix ?? false,
    weights: { fuzzy: 0.45, prefix: 0.375 },
    filter: range
      ? (result) => {
          const id = result.id as number;
          return id < index.starts.length && index.ends[id]! >= from_ && index.starts[id]! <= to_;
        }
      : undefined,
  });
  const judged = { ...ctx, searched };
  const hits = results.slice(0, CANDIDATES).map((result): Hit => {
    const doc = index.docs[result.id as number]!;
    const c = coverage(judged, result);
    // MiniSearch multiplies a score by the number of query terms matched; the year terms must not count.
    const matched = result.queryTerms.length;
    const yearsMatched = periodQuery ? result.queryTerms.filter((t) => YEAR_TOKEN.test(t)).length : 0;
    const score = yearsMatched ? (result.score / matched) * Math.max(1, matched - yearsMatched) : result.score;
    return { result, doc, share: c.share, distinctive: c.distinctive, rank: score * documentWeight(judged, doc, years) * c.share ** 2, namesMatched: c.namesMatched };
  });
  return hits.sort((a, b) => b.rank - a.rank);
}

interface Judged extends Pick<Ctx, 'plan' | 'index'> {
  /** The concepts the search used; the others are looked up in each candidate. */
  readonly searched: ReadonlySet<TermGroup>;
}

/** Per-document weights that depend on the question. */
function documentWeight(ctx: Judged, doc: IndexedDoc, years: ReadonlySet<string>): number {
  const { plan, index } = ctx;
  if (doc.kind === 'statement') {
    if (plan.intent === 'when') return 0.5 * namedInTitle(ctx, doc);
    return (plan.status && doc.statement.key === 'status' ? 3 : 1) * namedInTitle(ctx, doc);
  }
  let weight = index.trust[doc.id]! * namedInTitle(ctx, doc);
  // A why-question wants a record that states a reason.
  if (plan.intent === 'why' && index.statesReason[doc.id]) weight *= 1.3;
  // "The 1956 declaration": a year typed as part of a name points at the event of that year. Not
  // for "when" questions: there the user knows the year and asks about something else ("when did
  // Russia suspend the 1998 agreement?").
  if (plan.intent !== 'when' && years.has(doc.event.date.start.slice(0, 4))) weight *= 2;
  return weight;
}

/**
 * Names are searched by their entity token and some concepts not at all (see SEARCH_BUDGET), so
 * the ranking misses that a record's title names them; a record whose title does ("Russia's
 * position") is more about it than one that merely mentions it.
 */
function namedInTitle(ctx: Judged, doc: IndexedDoc): number {
  let weight = 1;
  const title = ctx.index.titles[doc.id]!;
  for (const g of ctx.plan.groups) {
    if (g.weight !== g.idf) continue; // question-framing words
    const named = g.entity ? ctx.index.titleEntities[doc.id]!.has(g.entity.token) : !ctx.searched.has(g) && g.terms.some((t) => title.includes(` ${t} `));
    if (named) weight *= 1.5;
  }
  return weight;
}

/**
 * How well a result matches a concept: 1 when the record has one of its terms as such; less when it
 * was reached only through a typo-tolerant or prefix match ("france" reaching "Francisco"), which
 * is a guess, not evidence.
 */
const INEXACT_MATCH = 0.5;

/** The share of the question's concepts (IDF-weighted) a result covers, and whether a distinctive one is among them. */
export function coverage(ctx: Judged, result: SearchResult): { share: number; distinctive: boolean; namesMatched: boolean } {
  const { plan, index, searched } = ctx;
  let namesMatched = true;
  const id = result.id as number;
  const queryTerms = new Set(result.queryTerms);
  const docTerms = new Set(result.terms);
  let total = 0;
  let got = 0;
  let distinctive = false;
  for (const g of plan.groups) {
    total += g.weight;
    let m = 0;
    if (g.terms.some((t) => docTerms.has(t))) m = 1;
    else if (g.terms.some((t) => queryTerms.has(t))) m = INEXACT_MATCH;
    // Names are searched by entity token; an alias word the search did not use may still be there.
    else if (g.entity && g.terms.some((t) => hasTerm(index, id, t))) m = 1;
    // Concepts left out of the search: look them up in the record itself.
    else if (!searched.has(g) && g.terms.some((t) => hasTerm(index, id, t))) m = 1;
    got += g.weight * m;
    if (m > 0) distinctive ||= g.distinctive;
    if (m === 0 && g.entity?.kind === 'actor' && !g.entity.broad) namesMatched = false;
  }
  return { share: total ? got / total : 0, distinctive, namesMatched };
}

// --- replies -------------------------------------------------------------------------------------

function respond(ctx: Ctx, lead: string, events: readonly KurilEvent[], path: AnswerPath): AnswerResult {
  const cited = dedupe(events).slice(0, MAX_CITED);
  const first = cited[0];
  return {
    reply: {
      kind: 'answer',
      title: ANSWER_TITLE,
      lead,
      sections: cited.length ? [{ heading: cited.length === 1 ? 'Source' : 'Sources', items: cited.map((e) => eventItem(e)) }] : [],
      footer: `From the event set as of ${formatDay(isoDay(ctx.now))}${first ? ` · /kuril event ${first.id} for the full record` : ''}`,
      visibility: 'public',
    },
    declined: false,
    path,
    events: cited,
  };
}

function dedupe(events: readonly KurilEvent[]): KurilEvent[] {
  return events.filter((e, i) => events.findIndex((o) => o.id === e.id) === i);
}

function decline(ctx: Ctx, why = 'I found nothing in the event set that answers it, and I will not guess.'): AnswerResult {
  const { plan } = ctx;
  const tries: string[] = [];
  if (plan.range) {
    const from = plan.range.start === '0000-01-01' ? '' : ` from:${plan.range.start}`;
    tries.push(`/kuril timeline${from} to:${plan.range.end} for the events of that period`);
  }
  const actor = plan.entities.find((e) => e.kind === 'actor' && !['japan', 'russia'].includes(e.id));
  if (actor) tries.push(`/kuril timeline actor:${actor.id} for everything on record about ${ctx.dossier.actorsById.get(actor.id)?.name ?? actor.id}`);
  const island = plan.entities.find((e) => e.kind === 'island');
  if (island) tries.push(`/kuril timeline island:${island.id} for the events concerning ${ctx.dossier.islandsById.get(island.id)?.names.en ?? island.id}`);
  tries.push('/kuril brief for where the dispute stands', '/kuril timeline for every event on record');
  return {
    reply: {
      kind: 'answer',
      title: DECLINE_TITLE,
      lead: `That is not in my sources. ${why} I answer only from the curated event set on the Russia–Japan dispute over the southern Kuril Islands.`,
      sections: [{ heading: 'Try', text: tries.join('\n'), items: [] }],
      visibility: 'ephemeral',
    },
    declined: true,
    path: 'decline',
    events: [],
  };
}

// --- answers from events -------------------------------------------------------------------------

function labelled(ctx: Ctx, event: KurilEvent, body: string): string {
  const label = verificationLabel(ctx.dossier, event);
  return label ? `${label}: ${body}` : body;
}

function eventAnswer(ctx: Ctx, event: KurilEvent, result: SearchResult): string {
  const { plan, index } = ctx;
  const pieces = eventPieces(index, plan, event, new Set(result.terms));
  const chosen = choosePieces(pieces);
  const body = chosen.map(renderPiece).join(' ');

  switch (plan.intent) {
    case 'when': {
      // The date, then the event's title as the fact, then a record sentence if it adds to the title.
      const label = verificationLabel(ctx.dossier, event);
      const title = scorePiece(index, plan, new Set(result.terms), event.title);
      const extra = chosen.find((p) => p.from !== 'quote' && [...p.matched].some((m) => !title.matched.has(m)));
      const fact = `${endSentence(event.title)}${extra ? ` ${renderPiece(extra)}` : ''}`;
      return `${dateLead(event)}${label ? ` (${label.charAt(0).toLowerCase()}${label.slice(1)})` : ''}: ${fact}`;
    }
    case 'who': {
      const who = whoLead(ctx, event, chosen);
      return labelled(ctx, event, who ? `${who}. ${body}` : body);
    }
    case 'howmany': {
      const found = numberLead(ctx, pieces);
      if (!found) return labelled(ctx, event, body);
      const rest = found.piece === chosen[0] ? body : renderPiece(found.piece);
      return labelled(ctx, event, `${capitalize(found.phrase)}. ${rest}`);
    }
    case 'why':
      return labelled(ctx, event, whyAnswer(ctx, event, pieces));
    case 'where': {
      const islands = event.islands.map((id) => ctx.dossier.islandsById.get(id)).filter((i): i is IslandRecord => i !== undefined);
      if (islands.length === 0) return labelled(ctx, event, body);
      return labelled(ctx, event, `${joinNames(islands.map(islandName))}. ${body}`);
    }
    case 'what':
      return labelled(ctx, event, body);
  }
}

function islandName(island: IslandRecord): string {
  return `${island.names.en} (${island.names.ru})`;
}

function actorToken(id: string): string {
  return `e_actor_${id.replace(/-/g, '_')}`;
}

/** Who the answer is about: the speaker of a matching quote, or the actor whose role fits the question best. */
function whoLead(ctx: Ctx, event: KurilEvent, chosen: readonly Piece[]): string | undefined {
  const { plan, dossier, index } = ctx;
  const asked = new Set(plan.groups.filter((g) => !g.entity).flatMap((g) => g.terms));
  const named = new Set(plan.entities.map((e) => e.token));
  for (const q of event.quotes) {
    const own = terms(q.text);
    const overlap = own.filter((t) => asked.has(t)).length;
    if (overlap >= 2 || (own.length > 0 && overlap / own.length >= 0.5)) {
      const actor = dossier.actorsById.get(q.by);
      return actor ? actorWithRole(actor, q.role) : `${q.speaker}, ${q.role}`;
    }
  }
  const inAnswer = entitiesInText(index.aliases, chosen.map((p) => p.text).join(' '));
  const ids = [...new Set([...event.actors, ...event.quotes.map((q) => q.by)])];
  const scored = ids
    .map((id, i) => {
      const actor = dossier.actorsById.get(id);
      if (!actor) return undefined;
      const token = actorToken(id);
      const role = new Set(terms(`${actor.role} ${actor.name}`));
      const overlap = [...asked].filter((t) => role.has(t)).length;
      const score =
        overlap * 2 +
        (actor.kind === 'person' ? 1 : 0) +
        (inAnswer.has(token) ? 1 : 0) +
        (i === 0 ? 0.5 : 0) -
        (actor.kind === 'state' ? 1 : 0) -
        (named.has(token) ? 10 : 0);
      return { actor, score };
    })
    .filter((x): x is { actor: ActorRecord; score: number } => x !== undefined)
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best) return undefined;
  const tied = scored.filter((s) => s.score >= best.score - 0.01 && s.actor.kind === best.actor.kind).slice(0, 2);
  return joinNames(tied.map((s) => actorWithRole(s.actor)));
}

/** The number the question asks for, from the sentence that best answers it. */
function numberLead(ctx: Ctx, pieces: readonly Piece[]): { phrase: string; piece: Piece } | undefined {
  const asked = new Set(ctx.plan.groups.filter((g) => !g.entity).flatMap((g) => g.terms));
  const ranked = [...pieces].filter((p) => p.from !== 'quote').sort((a, b) => b.score - a.score);
  let fallback: { phrase: string; piece: Piece } | undefined;
  for (const piece of ranked) {
    for (const n of numberPhrases(piece.text)) {
      const noun = processTerm(n.noun.toLowerCase()) ?? '';
      if (asked.has(noun)) return { phrase: n.phrase, piece };
      fallback ??= piece.score > 0 ? { phrase: n.phrase, piece } : undefined;
    }
  }
  return fallback;
}


/** A why-answer: the sentence stating the reason, then who stated it in their own words. */
function whyAnswer(ctx: Ctx, event: KurilEvent, pieces: readonly Piece[]): string {
  const candidates = pieces.filter((p) => p.from !== 'quote');
  const ranked = [...candidates].sort((a, b) => (REASON.test(b.text) ? 1.5 : 1) * b.score - (REASON.test(a.text) ? 1.5 : 1) * a.score);
  const reason = ranked[0];
  if (!reason) return choosePieces(pieces).map(renderPiece).join(' ');
  const quotes = pieces.filter((p) => p.from === 'quote').sort((a, b) => b.score - a.score || b.text.length - a.text.length);
  const quote = quotes[0] ?? shortQuote(event);
  if (quote) return `${renderPiece(reason)} ${renderPiece(quote)}`;
  const second = choosePieces(pieces).find((p) => p !== reason && p.from !== 'quote');
  return second ? `${renderPiece(reason)} ${renderPiece(second)}` : renderPiece(reason);
}

function shortQuote(event: KurilEvent): Piece | undefined {
  const q = event.quotes[0];
  return q ? { text: q.text, from: 'quote', quote: q, score: 0, matched: new Set() } : undefined;
}

// --- answers from dossier statements -------------------------------------------------------------

function statementAnswer(ctx: Ctx, doc: Extract<IndexedDoc, { kind: 'statement' }>, result: SearchResult, hits: readonly Hit[]): AnswerResult {
  const { plan, index, dossier } = ctx;
  const matched = new Set(result.terms);
  const pieces: Piece[] = sentences(doc.statement.statement.text).map((text) => ({ text, from: 'statement', ...scorePiece(index, plan, matched, text) }));
  const body = choosePieces(pieces).map(renderPiece).join(' ');
  const scoreOf = new Map<string, number>();
  for (const h of hits) if (h.doc.kind === 'event') scoreOf.set(h.doc.event.id, h.rank);
  const basis = doc.statement.statement.basis
    .map((id) => dossier.eventsById.get(id))
    .filter((e): e is KurilEvent => e !== undefined)
    .sort((a, b) => (scoreOf.get(b.id) ?? 0) - (scoreOf.get(a.id) ?? 0) || b.date.start.localeCompare(a.date.start));
  return respond(ctx, body, basis, 'statement');
}

const POSITION_CUE = /\b(?:position|positions|stance|view|views|claims?|wants?|demands?|policy|policies|argues?|stand on)\b/i;
/** Words that may stand beside a side's name in "what is Japan's position on the islands?". */
const POSITION_FILLER = new Set(
  ['position', 'positions', 'stance', 'view', 'views', 'claim', 'claims', 'want', 'wants', 'demand', 'demands', 'policy', 'policies', 'argue', 'argues', 'stand', 'official', 'island', 'islands', 'dispute', 'territory', 'territories', 'issue', 'side', 'government']
    .map((w) => processTerm(w))
    .filter((w): w is string => Boolean(w)),
);

/** "What is Japan's position?": the dossier's statement of each side's position, with its basis. */
function positions(ctx: Ctx): AnswerResult | undefined {
  const { plan, dossier } = ctx;
  if (plan.range || !POSITION_CUE.test(plan.rest)) return undefined;
  const sides = (['japan', 'russia'] as const).filter((side) => plan.entities.some((e) => e.kind === 'actor' && e.id === side));
  if (sides.length === 0) return undefined;
  const ok = plan.groups.every((g) => (g.entity ? g.entity.kind === 'group' || sides.some((side) => side === g.entity!.id) : g.typed.every((t) => POSITION_FILLER.has(t) || FRAME_WORDS.has(t))));
  if (!ok) return undefined;
  const statements = sides.map((side) => dossier.positions[side]);
  const basis = statements.flatMap((st) => st.basis.map((id) => dossier.eventsById.get(id)).filter((e): e is KurilEvent => e !== undefined));
  const lead = statements.map((st) => endSentence(st.text)).join(' ');
  return respond(ctx, lead, latestEvents(basis, MAX_CITED), 'statement');
}

function statusAnswer(ctx: Ctx): AnswerResult {
  const { dossier } = ctx;
  const basis = dossier.status.basis
    .map((id) => dossier.eventsById.get(id))
    .filter((e): e is KurilEvent => e !== undefined);
  return respond(ctx, endSentence(dossier.status.text), latestEvents(basis, MAX_CITED), 'statement');
}

// --- names, offices, counts, periods -------------------------------------------------------------

/** Words that may stand around a name in "what is X called in Russian?" without changing the question. */
const DEFINITION_FILLER = new Set(
  ['call', 'called', 'name', 'named', 'known', 'mean', 'meaning', 'refer', 'spell', 'spelled', 'spelt', 'english', 'exactly', 'actually', 'again', 'else', 'also', 'role', 'job', 'person']
    .map((w) => processTerm(w))
    .filter((w): w is string => Boolean(w)),
);

function definitional(ctx: Ctx): AnswerResult | undefined {
  const { plan, dossier } = ctx;
  if (plan.range || definitionalSubject(plan.rest) === undefined) return undefined;
  const named = plan.groups.filter((g) => g.entity);
  const others = plan.groups.filter((g) => !g.entity);
  if (named.length === 0 || !others.every((g) => g.typed.every((t) => DEFINITION_FILLER.has(t)))) return undefined;
  const subject = named.find((g) => g.entity!.kind !== 'actor') ?? named[0]!;
  const entity = subject.entity!;
  const rest = named.filter((g) => g !== subject);
  // "What is Kunashiri called in Russian?": the language names may stand beside an island.
  if (!rest.every((g) => entity.kind !== 'actor' && g.entity!.kind === 'actor' && ['japan', 'russia'].includes(g.entity!.id))) return undefined;

  if (entity.kind === 'actor') {
    const actor = dossier.actorsById.get(entity.id);
    return actor ? actorAnswer(ctx, actor, subject) : undefined;
  }
  if (entity.kind === 'island') {
    const island = dossier.islandsById.get(entity.id);
    return island ? islandAnswer(ctx, island) : undefined;
  }
  return groupAnswer(ctx);
}

/** The latest events that satisfy a test: a scan from the newest end (events are oldest first), stopping early. */
function latestWhere(dossier: Dossier, test: (event: KurilEvent) => boolean, count: number): KurilEvent[] {
  const out: KurilEvent[] = [];
  for (let i = dossier.events.length - 1; i >= 0 && out.length < count; i--) {
    const event = dossier.events[i]!;
    if (test(event)) out.push(event);
  }
  return out;
}

/** The latest events an actor took part in or was quoted in, optionally within a period. */
function latestOf(ctx: Ctx, actorId: string, count: number, range?: DateRange): KurilEvent[] {
  const ids = ctx.index.byActor.get(actorId) ?? [];
  const from = range ? dayNumber(range.start) : 0;
  const to = range ? dayNumber(range.end) : 99_999_999;
  const out: KurilEvent[] = [];
  for (let k = ids.length - 1; k >= 0 && out.length < count; k--) {
    const i = ids[k]!;
    if (ctx.index.ends[i]! >= from && ctx.index.starts[i]! <= to) out.push(ctx.dossier.events[i]!);
  }
  return out;
}

function actorAnswer(ctx: Ctx, actor: ActorRecord, group: TermGroup): AnswerResult {
  const typed = group.typed.join(' ');
  const noteMatters = actor.note && (actor.verification !== 'verified' || (typed && terms(actor.note).join(' ').includes(typed)));
  const lead = [`${actor.name}: ${endSentence(actor.role)}`, ...(noteMatters && actor.note ? [endSentence(actor.note)] : [])].join(' ');
  const label = actor.verification === 'verified' ? '' : actor.verification === 'unverified' ? 'Unverified: ' : 'Single source: ';
  return respond(ctx, `${label}${lead}`, latestOf(ctx, actor.id, MAX_CITED), 'actor');
}

function islandAnswer(ctx: Ctx, island: IslandRecord): AnswerResult {
  const names = `${island.names.en} (Japanese ${island.names.ja}, Russian ${island.names.ru}${island.aliases.length ? `; also ${island.aliases.filter((a) => /^[\p{Script=Latin}\s-]+$/u.test(a)).slice(0, 3).join(', ')}` : ''})`;
  const fact = island.note ? endSentence(island.note) : island.disputed ? 'One of the four islands Japan claims.' : 'Not one of the four islands Japan claims.';
  // Events about this island in particular first (named or tagged alone), then those tagged with it among others.
  const token = `e_island_${island.id.replace(/-/g, '_')}`;
  // Event documents come first in the index, in the dossier's order, so an event's position is its document id.
  const byIndex = (test: (i: number) => boolean) => {
    const out: KurilEvent[] = [];
    for (let i = ctx.dossier.events.length - 1; i >= 0 && out.length < MAX_CITED; i--) if (test(i)) out.push(ctx.dossier.events[i]!);
    return out;
  };
  const named = (i: number) => ctx.index.entities[i]!.has(token);
  const events = [...byIndex((i) => named(i) && ctx.dossier.events[i]!.islands.length <= 2), ...byIndex(named)];
  return respond(ctx, `${names}: ${fact}`, events, 'island');
}

function disputedIslands(dossier: Dossier): IslandRecord[] {
  return dossier.islands.filter((i) => i.disputed);
}

function groupEvents(dossier: Dossier): KurilEvent[] {
  const four = disputedIslands(dossier).map((i) => i.id);
  const all = (e: KurilEvent) => four.length > 0 && four.every((id) => e.islands.includes(id));
  const saysFour = latestWhere(dossier, (e) => all(e) && /\bfour\b/i.test(e.summary), MAX_CITED);
  return saysFour.length ? saysFour : latestWhere(dossier, all, MAX_CITED);
}

function groupAnswer(ctx: Ctx): AnswerResult {
  const { dossier } = ctx;
  const islands = disputedIslands(dossier);
  const lead =
    `${dossier.group.names.en} (Japanese ${dossier.group.names.ja}, Russian ${dossier.group.names.ru}): ` +
    `the ${numberWord(islands.length)} islands Japan claims and Russia holds, ${joinNames(islands.map(islandName))}.`;
  return respond(ctx, lead, groupEvents(dossier), 'group');
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

/** Words that may stand in "how many islands does Japan claim?" without asking anything else. */
const COUNT_FILLER = new Set(
  ['claim', 'claims', 'disputed', 'dispute', 'contested', 'make', 'consist', 'include', 'comprise', 'total', 'territory', 'territories', 'northern', 'southern', 'there', 'want', 'demand', 'hold', 'control', 'island', 'islands', 'islet']
    .map((w) => processTerm(w))
    .filter((w): w is string => Boolean(w)),
);

function islandCount(ctx: Ctx): AnswerResult | undefined {
  const { plan, dossier } = ctx;
  if (plan.intent !== 'howmany' || plan.range) return undefined;
  if (!plan.entities.some((e) => e.kind === 'group')) return undefined;
  const ok = plan.groups.every((g) =>
    g.entity ? g.entity.kind === 'group' || ['japan', 'russia'].includes(g.entity.id) : g.typed.every((t) => COUNT_FILLER.has(t)),
  );
  if (!ok) return undefined;
  const islands = disputedIslands(dossier);
  const lead = `${capitalize(numberWord(islands.length))}: Japan claims ${joinNames(islands.map(islandName))} as the ${dossier.group.names.en.replace(/\s*\(.*\)$/, '')}; Russia holds them.`;
  return respond(ctx, lead, groupEvents(dossier), 'count');
}

/** Words that may stand beside an office in "who is Japan's prime minister now?". */
const OFFICE_FILLER = new Set(['current', 'currently', 'today', 'present', 'serving', 'sitting', 'incumbent', 'new', 'head', 'then'].map((w) => processTerm(w)).filter((w): w is string => Boolean(w)));

function office(ctx: Ctx): AnswerResult | undefined {
  const { plan, dossier } = ctx;
  if (plan.offices.length === 0 || (plan.intent !== 'who' && plan.intent !== 'what')) return undefined;
  const officeTerms = new Set(plan.offices.flatMap((o) => o.terms));
  const countries = new Set(plan.offices.flatMap((o) => o.countries));
  const ok = plan.groups.every((g) =>
    g.entity ? g.entity.kind === 'actor' && countries.has(g.entity.token) : g.typed.every((t) => officeTerms.has(t) || OFFICE_FILLER.has(t)),
  );
  if (!ok) return undefined;
  const holders = uniqueBy(plan.offices, (o) => o.actorId)
    .map((o) => ({ office: o, actor: dossier.actorsById.get(o.actorId) }))
    .filter((x): x is { office: Office; actor: ActorRecord } => x.actor !== undefined);
  if (holders.length === 0) return undefined;
  const when = plan.range ? ` ${describeRange(plan.range)}` : ` as of ${formatDay(isoDay(ctx.now))}`;
  const lead = `${joinNames(holders.map((h) => `${h.actor.name}, ${h.office.text}`))}.${holders.length > 1 ? ` (Several on record held the office${when}.)` : ''}`;
  const range = plan.range;
  const events = holders.flatMap((h) => {
    const inRange = range ? latestOf(ctx, h.actor.id, 2, range) : [];
    return inRange.length ? inRange : latestOf(ctx, h.actor.id, 2);
  });
  return respond(ctx, lead, events, 'office');
}

function uniqueBy<T>(list: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}

/** A question about a period with nothing more specific: the most significant events of that period. */
function period(ctx: Ctx): AnswerResult {
  const { plan, dossier } = ctx;
  const range = plan.range!;
  const events = eventsInRange(ctx.index, range).map((i) => dossier.events[i]!);
  const span = describeRange(range);
  if (events.length === 0) return decline(ctx, `No events are on record ${span}.`);
  const top = [...events]
    .sort((a, b) => Math.abs(b.coding.goldstein) - Math.abs(a.coding.goldstein) || b.date.start.localeCompare(a.date.start))
    .slice(0, MAX_CITED)
    .sort((a, b) => a.date.start.localeCompare(b.date.start));
  const count = `${events.length} event${events.length === 1 ? ' is' : 's are'} on record ${span}`;
  const list = top.map((e) => `${e.title} (${formatPartialDate(e.date)})`);
  const lead = `${count}${events.length > top.length ? '; the most significant' : ''}: ${list.join('; ')}.${events.length > top.length ? ` /kuril timeline${range.start === '0000-01-01' ? '' : ` from:${range.start}`} to:${range.end} lists them all.` : ''}`;
  return respond(ctx, lead, top, 'period');
}

export type { Entity };
