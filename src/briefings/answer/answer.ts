import type { SearchResult } from 'minisearch';
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
import { makePlan, queryString, type Plan, type TermGroup } from './plan.js';
import { describeRange } from './question-dates.js';
import { answerIndex, FIELD_BOOST, type AnswerIndex, type IndexedDoc } from './search-index.js';
import { processTerm, sentences, terms } from './text.js';

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

  const special = definitional(ctx) ?? office(ctx) ?? islandCount(ctx);
  if (special) return special;

  if (plan.range && !plan.groups.some((g) => g.distinctive)) return period(ctx);
  // "What's the latest on the Kurils?": nothing more specific than where things stand.
  if (plan.status && !plan.groups.some((g) => g.distinctive)) return statusAnswer(ctx);

  const results = search(ctx);
  // Among the records that pass, the one covering more of the question comes first.
  const rank = (r: SearchResult) => r.score * coverage(plan, r).share ** 2;
  const accepted = results.filter((r) => passes(plan, r)).sort((a, b) => rank(b) - rank(a));
  if (accepted.length === 0) return decline(ctx);

  let primary = accepted[0]!;
  const docOf = (r: SearchResult) => index.docs[r.id as number]!;
  // "What is the current status …?": the dossier's status line answers it when it passes.
  const status = plan.status && plan.intent !== 'when' ? accepted.find((r) => { const d = docOf(r); return d.kind === 'statement' && d.statement.key === 'status'; }) : undefined;
  if (status) primary = status;
  // A "when" question wants a dated event rather than a dossier statement, if one covers the
  // question as well; otherwise the statement answers without a date it does not have.
  if (plan.intent === 'when' && docOf(primary).kind === 'statement') {
    const share = coverage(plan, primary).share;
    primary = accepted.find((r) => docOf(r).kind === 'event' && coverage(plan, r).share >= share - 0.01) ?? primary;
  }
  const doc = docOf(primary);
  if (doc.kind === 'statement') return statementAnswer(ctx, doc, primary, results);

  const related = accepted
    .filter((r) => r !== primary && docOf(r).kind === 'event' && rank(r) >= rank(primary) * RELATED_SHARE)
    .map((r) => (docOf(r) as Extract<IndexedDoc, { kind: 'event' }>).event)
    .slice(0, MAX_CITED - 1);
  return respond(ctx, eventAnswer(ctx, doc.event, primary), [doc.event, ...related], 'event');
}

// --- search --------------------------------------------------------------------------------------

function search(ctx: Ctx): SearchResult[] {
  const { plan, index } = ctx;
  const range = plan.range;
  const years = new Set(plan.terms.filter((t) => /^(1[89]|20)\d\d$/.test(t)));
  return index.search.search(queryString(plan), {
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term,
    boost: { ...FIELD_BOOST },
    boostTerm: (term) => plan.query.get(term)?.boost ?? 1,
    fuzzy: (term) => plan.query.get(term)?.fuzzy || false,
    prefix: (term) => plan.query.get(term)?.prefix ?? false,
    weights: { fuzzy: 0.45, prefix: 0.375 },
    filter: (result) => {
      const doc = index.docs[result.id as number]!;
      if (doc.kind === 'statement') return !range;
      return !range || (doc.event.date.end >= range.start && doc.event.date.start <= range.end);
    },
    boostDocument: (id: number) => {
      const doc = index.docs[id];
      if (doc?.kind === 'statement') {
        if (plan.intent === 'when') return 0.5;
        if (plan.status && doc.statement.key === 'status') return 3;
        return 1;
      }
      // "The 1956 declaration": a year typed as part of a name points at the event of that year.
      // Not for "when" questions: there the user already knows the year and asks about something else
      // ("when did Russia suspend the 1998 agreement?").
      if (doc?.kind === 'event' && plan.intent !== 'when' && years.has(doc.event.date.start.slice(0, 4))) return 1.5 * (plan.intent === 'why' && REASON.test(doc.event.summary) ? 1.3 : 1);
      // Prefer verified records when they answer as well; a question naming an unverified claim's
      // speaker still finds it.
      const trust = doc?.kind === 'event' ? ({ verified: 1, 'single-source': 0.9, unverified: 0.75 } as const)[doc.event.verification] : 1;
      if (trust !== 1) return trust * (plan.intent === 'why' && doc?.kind === 'event' && REASON.test(doc.event.summary) ? 1.3 : 1);
      // A why-question wants a record that states a reason.
      if (plan.intent === 'why' && doc?.kind === 'event' && REASON.test(doc.event.summary)) return 1.3;
      return 1;
    },
  }).slice(0, 25);
}

/**
 * How well a result matches a concept: 1 when the record has one of its terms as such; less when it
 * was reached only through a typo-tolerant or prefix match ("france" reaching "Francisco"), which
 * is a guess, not evidence.
 */
const INEXACT_MATCH = 0.5;

function groupMatch(group: TermGroup, queryTerms: ReadonlySet<string>, docTerms: ReadonlySet<string>): number {
  if (group.terms.some((t) => docTerms.has(t))) return 1;
  return group.terms.some((t) => queryTerms.has(t)) ? INEXACT_MATCH : 0;
}

/** The share of the question's concepts (IDF-weighted) a result covers, and whether a distinctive one is among them. */
export function coverage(plan: Plan, result: SearchResult): { share: number; distinctive: boolean } {
  const queryTerms = new Set(result.queryTerms);
  const docTerms = new Set(result.terms);
  let total = 0;
  let got = 0;
  let distinctive = false;
  for (const g of plan.groups) {
    total += g.weight;
    const m = groupMatch(g, queryTerms, docTerms);
    got += g.weight * m;
    if (m > 0) distinctive ||= g.distinctive;
  }
  return { share: total ? got / total : 0, distinctive };
}

function passes(plan: Plan, result: SearchResult): boolean {
  const c = coverage(plan, result);
  return c.distinctive && c.share >= MIN_COVERAGE;
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
      lead: `That is not in my sources: ${why.charAt(0).toLowerCase()}${why.slice(1)} I answer only from the curated event set on the Russia–Japan dispute over the southern Kuril Islands.`,
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

const REASON = /\b(?:in answer to|in response to|in retaliation|because|as a reaction|due to|citing|to protest|without|so that|in order to)\b/i;

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

function statementAnswer(ctx: Ctx, doc: Extract<IndexedDoc, { kind: 'statement' }>, result: SearchResult, results: readonly SearchResult[]): AnswerResult {
  const { plan, index, dossier } = ctx;
  const matched = new Set(result.terms);
  const pieces: Piece[] = sentences(doc.statement.statement.text).map((text) => ({ text, from: 'statement', ...scorePiece(index, plan, matched, text) }));
  const body = choosePieces(pieces).map(renderPiece).join(' ');
  const scoreOf = new Map<string, number>();
  for (const r of results) {
    const d = index.docs[r.id as number]!;
    if (d.kind === 'event') scoreOf.set(d.event.id, r.score);
  }
  const basis = doc.statement.statement.basis
    .map((id) => dossier.eventsById.get(id))
    .filter((e): e is KurilEvent => e !== undefined)
    .sort((a, b) => (scoreOf.get(b.id) ?? 0) - (scoreOf.get(a.id) ?? 0) || b.date.start.localeCompare(a.date.start));
  return respond(ctx, body, basis, 'statement');
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

function eventsOfActor(dossier: Dossier, id: string): KurilEvent[] {
  return dossier.events.filter((e) => e.actors.includes(id) || e.quotes.some((q) => q.by === id));
}

function actorAnswer(ctx: Ctx, actor: ActorRecord, group: TermGroup): AnswerResult {
  const typed = group.typed.join(' ');
  const noteMatters = actor.note && (actor.verification !== 'verified' || (typed && terms(actor.note).join(' ').includes(typed)));
  const lead = [`${actor.name}: ${endSentence(actor.role)}`, ...(noteMatters && actor.note ? [endSentence(actor.note)] : [])].join(' ');
  const label = actor.verification === 'verified' ? '' : actor.verification === 'unverified' ? 'Unverified: ' : 'Single source: ';
  return respond(ctx, `${label}${lead}`, latestEvents(eventsOfActor(ctx.dossier, actor.id), MAX_CITED), 'actor');
}

function islandAnswer(ctx: Ctx, island: IslandRecord): AnswerResult {
  const names = `${island.names.en} (Japanese ${island.names.ja}, Russian ${island.names.ru}${island.aliases.length ? `; also ${island.aliases.filter((a) => /^[\p{Script=Latin}\s-]+$/u.test(a)).slice(0, 3).join(', ')}` : ''})`;
  const fact = island.note ? endSentence(island.note) : island.disputed ? 'One of the four islands Japan claims.' : 'Not one of the four islands Japan claims.';
  // Events about this island in particular first (named in the record), then those tagged with it.
  const token = `e_island_${island.id.replace(/-/g, '_')}`;
  const tagged = ctx.dossier.events.filter((e) => e.islands.includes(island.id));
  const named = ctx.dossier.events.filter((e) => entitiesInText(ctx.index.aliases, `${e.title} ${e.summary}`).has(token));
  const events = [...latestEvents(named, MAX_CITED), ...latestEvents(tagged, MAX_CITED)];
  return respond(ctx, `${names}: ${fact}`, events, 'island');
}

function disputedIslands(dossier: Dossier): IslandRecord[] {
  return dossier.islands.filter((i) => i.disputed);
}

function groupEvents(dossier: Dossier): KurilEvent[] {
  const four = disputedIslands(dossier).map((i) => i.id);
  const all = dossier.events.filter((e) => four.length > 0 && four.every((id) => e.islands.includes(id)));
  const saysFour = all.filter((e) => /\bfour\b/i.test(e.summary));
  return latestEvents(saysFour.length ? saysFour : all, MAX_CITED);
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
    const own = eventsOfActor(dossier, h.actor.id);
    const inRange = range ? own.filter((e) => e.date.end >= range.start && e.date.start <= range.end) : own;
    return latestEvents(inRange.length ? inRange : own, 2);
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
  const events = dossier.events.filter((e) => e.date.end >= range.start && e.date.start <= range.end);
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
