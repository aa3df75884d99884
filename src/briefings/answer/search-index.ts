import MiniSearch from 'minisearch';
import type { Dossier, KurilEvent } from '../../dossier/dossier.js';
import type { GroundedText } from '../../dossier/schema.js';
import { buildAliasTable, entitiesIn, synonymMap, type AliasTable } from './aliases.js';
import { terms } from './text.js';

/**
 * The search index over one dossier: a document per event (title, summary, quotes, actors with
 * their aliases and roles, islands with every name, note, kind, year, entity tokens) and one per
 * dossier statement (status, background paragraphs, each side's position, which carry their basis
 * event ids). Built once per dossier object and kept in a WeakMap: the dossier is immutable.
 */

export interface StatementDoc {
  readonly key: string;
  readonly title: string;
  readonly statement: GroundedText;
}

export type IndexedDoc =
  | { readonly id: number; readonly kind: 'event'; readonly event: KurilEvent }
  | { readonly id: number; readonly kind: 'statement'; readonly statement: StatementDoc };

interface Fields {
  id: number;
  /** The event's title (for statements: "Japan's position", …). */
  title: string;
  /** Summary and quotes (for statements: the text). */
  body: string;
  /** Actors with their aliases and roles, islands with every name. */
  names: string;
  /** Corrections and caveats. */
  note: string;
  /** The year(s) and the kind of event (or a statement's keywords). */
  meta: string;
  /** Entity tokens: every actor, island and the group the record names or is tagged with. */
  entities: string;
}

/**
 * Field boosts. Few fields on purpose: the search cost grows with the (document, field) pairs a term
 * touches, and these six carry what the nine of the record's own layout did.
 */
export const FIELD_BOOST: Readonly<Record<keyof Omit<Fields, 'id'>, number>> = {
  title: 3,
  body: 2,
  names: 1,
  note: 0.6,
  meta: 1.5,
  entities: 2,
};

export interface AnswerIndex {
  readonly search: MiniSearch<Fields>;
  readonly docs: readonly IndexedDoc[];
  readonly aliases: AliasTable;
  readonly synonyms: ReadonlyMap<string, readonly string[]>;
  /** In how many documents each processed term occurs. */
  readonly df: ReadonlyMap<string, number>;
  readonly docCount: number;
  /** Entity tokens per document, for sentence choice and who-answers. */
  readonly entities: readonly ReadonlySet<string>[];
  /** Every processed term of each document, space-separated with a space at each end. */
  readonly text: readonly string[];
  /** The processed terms of each document's title, the same way. */
  readonly titles: readonly string[];
  /** Entity tokens of the names in each document's title. */
  readonly titleEntities: readonly ReadonlySet<string>[];
  /** Per document: a verification weight and whether its summary states a reason. */
  readonly trust: Float32Array;
  readonly statesReason: Uint8Array;
  /** Per event document (ids 0 … events-1, the dossier's order): first and last day as YYYYMMDD numbers. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Per event document: its last day as days since 1970, for ranking by recency without parsing dates. */
  readonly endDays: Float64Array;
  /** Per event document: its significance before recency, max(|Goldstein score|, 1) (see significance.ts). */
  readonly weights: Float64Array;
  /** Event document ids per actor id (actors and quoted speakers), oldest first. */
  readonly byActor: ReadonlyMap<string, readonly number[]>;
}

/** "2022-03-21" -> 20220321. */
export function dayNumber(day: string): number {
  return Number(day.slice(0, 4)) * 10_000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));
}

/** Ids of the event documents that overlap a period, oldest first. */
export function eventsInRange(index: AnswerIndex, range: { readonly start: string; readonly end: string }): number[] {
  const from = dayNumber(range.start);
  const to = dayNumber(range.end);
  const out: number[] = [];
  for (let i = 0; i < index.starts.length; i++) if (index.ends[i]! >= from && index.starts[i]! <= to) out.push(i);
  return out;
}

/** Markers of a stated reason in a record ("in answer to Japan's sanctions"). */
export const REASON = /\b(?:in answer to|in response to|in retaliation|because|as a reaction|due to|citing|to protest|without|so that|in order to|(?:the\s+)?anniversary\s+of|in\s+(?:memory|honou?r)\s+of|named\s+after|to\s+(?:mark|commemorate)|in\s+protest)\b/i;

/**
 * Tokens for every year an event covers ("y2022"), so a question about a period can be searched as
 * (its terms) AND (any year of the period), which keeps the results, and the work, to that period.
 */
export function yearTokens(from: number, to: number): string[] {
  const out: string[] = [];
  for (let y = from; y <= to && out.length < MAX_YEAR_TOKENS; y++) out.push(`y${y}`);
  return out;
}
export const MAX_YEAR_TOKENS = 60;

/** Verified records come first when they answer as well as others. */
const TRUST = { verified: 1, 'single-source': 0.9, unverified: 0.75 } as const;

/** Whether a document has the processed term. */
export function hasTerm(index: AnswerIndex, id: number, term: string): boolean {
  return index.text[id]!.includes(` ${term} `);
}

/** Words that bring a statement up for the questions it answers ("current status", "Japan's position"). */
const STATEMENT_KEYWORDS = {
  status: 'status current currently now today latest situation stand standing state of play where things stand dispute',
  background: 'background history historical origin origins how did it start dispute conflict',
  japan: "japan position stance view claim wants demand policy japan's position",
  russia: "russia position stance view claim wants demand policy russia's position",
};

const KIND_KEYWORDS: Readonly<Record<KurilEvent['kind'], string>> = {
  treaty: 'treaty agreement signed',
  talks: 'talks negotiations',
  sanctions: 'sanctions measures',
  // Not "drills" or "exercises": a war, a battle and an occupation are military records too, and are no drills.
  military: 'military troops forces',
  statement: 'statement said',
  visit: 'visit trip',
  law: 'law decree',
  protest: 'protest protested',
};

const cache = new WeakMap<Dossier, AnswerIndex>();

export function answerIndex(dossier: Dossier): AnswerIndex {
  let index = cache.get(dossier);
  if (!index) {
    index = buildAnswerIndex(dossier);
    cache.set(dossier, index);
  }
  return index;
}

/** The actor and the bodies it is part of: an event of the Russian MFA is also an event of Russia. */
function ancestry(dossier: Dossier, id: string): string[] {
  const chain = [id];
  let next = dossier.actorsById.get(id)?.partOf;
  while (next && !chain.includes(next)) {
    chain.push(next);
    next = dossier.actorsById.get(next)?.partOf;
  }
  return chain;
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list.filter(Boolean))];
}

export function buildAnswerIndex(dossier: Dossier): AnswerIndex {
  const aliases = buildAliasTable(dossier);
  const docs: IndexedDoc[] = [];
  const fields: Fields[] = [];
  const entitySets: Set<string>[] = [];
  const df = new Map<string, number>();
  const disputed = dossier.islands.filter((i) => i.disputed).map((i) => i.id);

  // Every field is processed here once (normalised, stop words out, stemmed) and handed to
  // MiniSearch as space-separated terms; actor and island texts repeat across events, so they are
  // processed once each.
  const memo = new Map<string, string[]>();
  const cached = (key: string, text: () => string) => {
    let list = memo.get(key);
    if (!list) memo.set(key, (list = terms(text())));
    return list;
  };
  const actorTerms = (id: string) =>
    cached(`actor:${id}`, () => {
      const a = dossier.actorsById.get(id);
      // A state's role describes its claims ("Claims Etorofu … as the Northern Territories"): leave it
      // out, or every event naming Japan would match every question about the islands.
      return a ? [a.name, ...a.aliases.filter((x) => !/[\p{Script=Han}]/u.test(x)), a.kind === 'state' || a.kind === 'alliance' ? '' : a.role].join(' · ') : '';
    });
  const islandTerms = (id: string) =>
    cached(`island:${id}`, () => {
      const i = dossier.islandsById.get(id);
      return i ? [i.names.en, i.names.ja, i.names.ru, ...i.aliases].join(' · ') : '';
    });

  const text: string[] = [];
  const titles: string[] = [];
  const titleEntities: Set<string>[] = [];
  const add = (doc: IndexedDoc, entities: Set<string>, f: Record<Exclude<keyof Fields, 'id'>, readonly string[]>, titleText: string) => {
    docs.push(doc);
    entitySets.push(entities);
    const seen = new Set<string>();
    const row = { id: doc.id } as Fields;
    for (const key of Object.keys(f) as Exclude<keyof Fields, 'id'>[]) {
      for (const t of f[key]) seen.add(t);
      row[key] = f[key].join(' ');
    }
    for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1);
    text.push(` ${[...seen].join(' ')} `);
    titles.push(` ${f.title.join(' ')} `);
    titleEntities.push(entitiesIn(aliases, f.title, titleText));
    fields.push(row);
  };

  for (const event of dossier.events) {
    const speakers = event.quotes.map((q) => q.by);
    const title = terms(event.title);
    const summary = terms(event.summary);
    const note = event.note ? terms(event.note) : [];
    const entities = new Set<string>([
      ...unique([...event.actors, ...speakers]).flatMap((id) => ancestry(dossier, id)).map((id) => `e_actor_${id.replace(/-/g, '_')}`),
      ...event.islands.map((id) => `e_island_${id.replace(/-/g, '_')}`),
    ]);
    if (disputed.length > 0 && disputed.every((id) => event.islands.includes(id))) entities.add('e_group');
    for (const token of entitiesIn(aliases, [...title, ...summary, ...note], `${event.title}. ${event.summary} ${event.note ?? ''}`)) entities.add(token);
    const startYear = event.date.start.slice(0, 4);
    const endYear = event.date.end.slice(0, 4);
    add({ id: docs.length, kind: 'event', event }, entities, {
      title,
      body: [...summary, ...event.quotes.flatMap((q) => terms(q.text))],
      names: [
        ...unique(event.actors).flatMap(actorTerms),
        ...event.quotes.flatMap((q) => cached(`speaker:${q.by}:${q.role}`, () => `${q.speaker} · ${q.role}`)),
        ...event.islands.flatMap(islandTerms),
      ],
      note,
      meta: [...(startYear === endYear ? [startYear] : [startYear, endYear]), ...yearTokens(Number(startYear), Number(endYear)), ...cached(`kind:${event.kind}`, () => KIND_KEYWORDS[event.kind])],
      entities: [...entities],
    }, event.title);
  }

  const statements: StatementDoc[] = [
    { key: 'status', title: 'Where the dispute stands now', statement: dossier.status },
    ...dossier.background.map((b, i) => ({ key: `background-${i + 1}`, title: 'Background of the dispute', statement: b })),
    { key: 'japan', title: "Japan's position", statement: dossier.positions.japan },
    { key: 'russia', title: "Russia's position", statement: dossier.positions.russia },
  ];
  for (const statement of statements) {
    const text = terms(statement.statement.text);
    const entities = entitiesIn(aliases, text, statement.statement.text);
    if (statement.key === 'japan') entities.add('e_actor_japan');
    if (statement.key === 'russia') entities.add('e_actor_russia');
    const base = statement.key.startsWith('background') ? 'background' : (statement.key as keyof typeof STATEMENT_KEYWORDS);
    add({ id: docs.length, kind: 'statement', statement }, entities, {
      title: terms(statement.title),
      body: text,
      names: [],
      note: [],
      meta: terms(STATEMENT_KEYWORDS[base]),
      entities: [...entities],
    }, statement.title);
  }

  const search = new MiniSearch<Fields>({
    fields: ['title', 'body', 'names', 'note', 'meta', 'entities'],
    storeFields: [],
    // The fields arrive processed (see above).
    tokenize: (text) => (text ? text.split(' ') : []),
    processTerm: (term) => term,
  });
  search.addAll(fields);

  const events = dossier.events.length;
  const starts = new Int32Array(events);
  const ends = new Int32Array(events);
  const endDays = new Float64Array(events);
  const weights = new Float64Array(events);
  const byActor = new Map<string, number[]>();
  dossier.events.forEach((event, i) => {
    starts[i] = dayNumber(event.date.start);
    ends[i] = dayNumber(event.date.end);
    endDays[i] = Date.parse(`${event.date.end}T00:00:00Z`) / 86_400_000;
    weights[i] = Math.max(Math.abs(event.coding.goldstein), 1);
    for (const id of new Set([...event.actors, ...event.quotes.map((q) => q.by)])) {
      const list = byActor.get(id) ?? [];
      list.push(i);
      byActor.set(id, list);
    }
  });
  const trust = new Float32Array(docs.length).fill(1);
  const statesReason = new Uint8Array(docs.length);
  for (const doc of docs) {
    if (doc.kind !== 'event') continue;
    trust[doc.id] = TRUST[doc.event.verification];
    statesReason[doc.id] = REASON.test(doc.event.summary) ? 1 : 0;
  }
  return { search, docs, aliases, synonyms: synonymMap(), df, docCount: docs.length, entities: entitySets, text, titles, titleEntities, trust, statesReason, starts, ends, endDays, weights, byActor };
}

/** Inverse document frequency of a processed term; undefined when no document has it. */
export function idf(index: AnswerIndex, term: string): number | undefined {
  const n = index.df.get(term);
  return n === undefined ? undefined : Math.log(1 + index.docCount / n);
}
