import type { Query, SearchResult } from 'minisearch';
import { KIND_WORDS } from './pick.js';
import { kindAsTopic } from './kind-as-topic.js';
import { ownText } from './judge.js';
import { namesAsPlace } from './seats.js';
import { isMonth, monthHeld } from './occasion.js';
import { yearOfRecord } from './name-forms.js';
import type { Dossier } from '../../dossier/dossier.js';
import { makePlan, searchedGroups, type Plan, type TermGroup } from './plan.js';
import type { AnswerContext } from './respond.js';
import { answerIndex, dayNumber, FIELD_BOOST, hasTerm, MAX_YEAR_TOKENS, yearTokens, type IndexedDoc } from './search-index.js';

/**
 * Searching the index for the records that may answer a question, and judging each: how much of
 * the question it covers, whether it names who the question names, and its rank.
 */

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
export interface Hit {
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
  /** The question's concept groups (indices into `plan.groups`) the record covers. */
  readonly covered: ReadonlySet<number>;
}

const YEAR_TOKEN = /^y\d{4}$/;

/** How many results are judged; the rest score too low to matter. */
const CANDIDATES = 60;

/**
 * The judged hits of each plan, kept: the router, the yes/no place check and a decline's closest
 * records (closest.ts) all search for the same plan of one question. A plan is made from one index
 * and clock, so it keys its own hits; a rewritten plan (`{ ...plan, groups }`) is a new key.
 * Callers read the hits and never change them.
 */
const searchedByPlan = new WeakMap<Plan, { readonly index: AnswerContext['index']; readonly hits: Hit[] }>();

export function search(ctx: AnswerContext): Hit[] {
  const kept = searchedByPlan.get(ctx.plan);
  if (kept && kept.index === ctx.index) return kept.hits;
  const hits = searchUncached(ctx);
  searchedByPlan.set(ctx.plan, { index: ctx.index, hits });
  return hits;
}

function searchUncached(ctx: AnswerContext): Hit[] {
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
    return { result, doc, share: c.share, distinctive: c.distinctive, rank: score * documentWeight(judged, doc, years) * c.share ** 2, namesMatched: c.namesMatched, covered: c.covered };
  });
  return hits.sort((a, b) => b.rank - a.rank);
}

interface Judged extends Pick<AnswerContext, 'plan' | 'index'> {
  /** The concepts the search used; the others are looked up in each candidate. */
  readonly searched: ReadonlySet<TermGroup>;
}

/**
 * "When was the 1956 declaration (signed)?": a when-question about a thing being made or held, with
 * no deed done to it later ("when was the 1998 agreement suspended", "when did Russia suspend …").
 */
const OWN_DATE = /^\s*when\s+(?:was|were)\s+(?!.*\b(?!(?:signed|concluded|agreed|adopted|issued|established|founded|passed|enacted|held|fought|announced|published|drawn|made)\b)[a-z]+ed\b).*$/i;
const asksOwnDate = (rest: string): boolean => OWN_DATE.test(rest);

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
  // for "when" questions that ask about a later deed: there the user knows the year and asks about
  // something else ("when did Russia suspend the 1998 agreement?"). "When was the 1956 declaration
  // (signed)?" asks the thing's own date, which is that year.
  if ((plan.intent !== 'when' || asksOwnDate(plan.rest)) && years.has(doc.event.date.start.slice(0, 4))) weight *= 2;
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

/** A concept naming a kind of record ("visit", "protest", "treaty", "law", "sanctions"), in any of its words ("trip", "objected"). */
function namesKind(g: TermGroup): boolean {
  return !g.entity && g.terms.some((t) => KIND_WORDS.has(t));
}

/** The share of the question's concepts (IDF-weighted) a result covers, and whether a distinctive one is among them. */
export function coverage(ctx: Judged, result: SearchResult): { share: number; distinctive: boolean; namesMatched: boolean; covered: Set<number> } {
  const { plan, index, searched } = ctx;
  let namesMatched = true;
  const id = result.id as number;
  const queryTerms = new Set(result.queryTerms);
  const docTerms = new Set(result.terms);
  let total = 0;
  let got = 0;
  let distinctive = false;
  const covered = new Set<number>();
  const doc = index.docs[id]!;
  plan.groups.forEach((g, i) => {
    total += g.weight;
    let m = 0;
    if (g.terms.some((t) => docTerms.has(t))) m = 1;
    else if (g.terms.some((t) => queryTerms.has(t))) m = INEXACT_MATCH;
    // Names are searched by entity token; an alias word the search did not use may still be there.
    else if (g.entity && g.terms.some((t) => hasTerm(index, id, t))) m = 1;
    // Concepts left out of the search: look them up in the record itself.
    else if (!searched.has(g) && g.terms.some((t) => hasTerm(index, id, t))) m = 1;
    // "At the rally in February": a record dated in that month holds it (occasion.ts).
    else if (isMonth(g.typed) && doc.kind === 'event' && g.typed.some((t) => monthHeld(t, doc.event))) m = 1;
    // "The treaty of 1855": a record dated in the year a name gives holds it (name-forms.ts).
    else if (doc.kind === 'event' && yearOfRecord(g.typed, doc.event)) m = 1;
    // "Met in Tokyo": the city must be in the record's own words as a place, not only among the
    // aliases of the side governed from it that the record names, nor as that side ("Moscow said").
    if (m > 0 && g.place && !g.typed.some((t) => namesAsPlace(ownText(doc), t))) m = 0;
    got += g.weight * m;
    if (m > 0) {
      distinctive ||= g.distinctive;
      covered.add(i);
    }
    // A person, body or island the question names must be in the record; so must the kind of
    // event it names: a summit with Putin is no answer to "when did Putin visit the Kurils?".
    // A state named in few records (the United States, Ukraine) is a party the question names, as a
    // person is: "when did the US recognise …" is not answered by Ukraine's decree. The two sides,
    // named in most records, stay broad.
    // "The peace treaty talks": a kind word that says what talks are about is no kind asked (kind-as-topic.ts).
    if (m === 0 && (g.place || g.entity?.kind === 'island' || (g.entity?.kind === 'actor' && (!g.entity.broad || g.distinctive)) || (namesKind(g) && !kindAsTopic(plan, g)))) namesMatched = false;
  });
  return { share: total ? got / total : 0, distinctive, namesMatched, covered };
}
