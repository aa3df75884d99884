import MiniSearch from 'minisearch';
import type { Dossier, KurilEvent } from '../../dossier/dossier.js';
import type { GroundedText } from '../../dossier/schema.js';
import { buildAliasTable, entitiesInText, synonymMap, type AliasTable } from './aliases.js';
import { processTerm, terms, tokenize } from './text.js';

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
  title: string;
  summary: string;
  quotes: string;
  actors: string;
  islands: string;
  note: string;
  keywords: string;
  entities: string;
  year: string;
}

export const FIELD_BOOST: Readonly<Record<keyof Omit<Fields, 'id'>, number>> = {
  title: 3,
  summary: 2,
  quotes: 1.5,
  actors: 1,
  islands: 0.8,
  note: 0.6,
  keywords: 1.2,
  entities: 2,
  // A year typed as part of a name ("the 1956 declaration") points at the event of that year.
  year: 3,
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
  military: 'military drills exercises troops forces',
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
  const disputed = dossier.islands.filter((i) => i.disputed).map((i) => i.id);

  const actorText = (ids: readonly string[]) =>
    unique(ids)
      .map((id) => dossier.actorsById.get(id))
      // A state's role describes its claims ("Claims Etorofu … as the Northern Territories"): leave it
      // out, or every event naming Japan would match every question about the islands.
      .map((a) => (a ? [a.name, ...a.aliases.filter((x) => !/[\p{Script=Han}]/u.test(x)), a.kind === 'state' || a.kind === 'alliance' ? '' : a.role].join(' · ') : ''))
      .join(' · ');
  const islandText = (ids: readonly string[]) =>
    ids
      .map((id) => dossier.islandsById.get(id))
      .map((i) => (i ? [i.names.en, i.names.ja, i.names.ru, ...i.aliases].join(' · ') : ''))
      .join(' · ');

  for (const event of dossier.events) {
    const speakers = event.quotes.map((q) => q.by);
    const entities = new Set<string>([
      ...unique([...event.actors, ...speakers]).flatMap((id) => ancestry(dossier, id)).map((id) => `e_actor_${id.replace(/-/g, '_')}`),
      ...event.islands.map((id) => `e_island_${id.replace(/-/g, '_')}`),
    ]);
    if (disputed.length > 0 && disputed.every((id) => event.islands.includes(id))) entities.add('e_group');
    for (const token of entitiesInText(aliases, `${event.title}. ${event.summary} ${event.note ?? ''}`)) entities.add(token);
    const id = docs.length;
    docs.push({ id, kind: 'event', event });
    entitySets.push(entities);
    const startYear = event.date.start.slice(0, 4);
    const endYear = event.date.end.slice(0, 4);
    fields.push({
      id,
      title: event.title,
      summary: event.summary,
      quotes: event.quotes.map((q) => q.text).join(' · '),
      actors: [actorText(event.actors), ...event.quotes.map((q) => `${q.speaker} · ${q.role}`)].join(' · '),
      islands: islandText(event.islands),
      note: event.note ?? '',
      keywords: KIND_KEYWORDS[event.kind],
      entities: [...entities].join(' '),
      year: startYear === endYear ? startYear : `${startYear} ${endYear}`,
    });
  }

  const statements: StatementDoc[] = [
    { key: 'status', title: 'Where the dispute stands now', statement: dossier.status },
    ...dossier.background.map((b, i) => ({ key: `background-${i + 1}`, title: 'Background of the dispute', statement: b })),
    { key: 'japan', title: "Japan's position", statement: dossier.positions.japan },
    { key: 'russia', title: "Russia's position", statement: dossier.positions.russia },
  ];
  for (const statement of statements) {
    const id = docs.length;
    docs.push({ id, kind: 'statement', statement });
    const entities = entitiesInText(aliases, statement.statement.text);
    if (statement.key === 'japan') entities.add('e_actor_japan');
    if (statement.key === 'russia') entities.add('e_actor_russia');
    entitySets.push(entities);
    const base = statement.key.startsWith('background') ? 'background' : (statement.key as keyof typeof STATEMENT_KEYWORDS);
    fields.push({
      id,
      title: statement.title,
      summary: statement.statement.text,
      quotes: '',
      actors: '',
      islands: '',
      note: '',
      keywords: STATEMENT_KEYWORDS[base],
      entities: [...entities].join(' '),
      year: '',
    });
  }

  const search = new MiniSearch<Fields>({
    fields: ['title', 'summary', 'quotes', 'actors', 'islands', 'note', 'keywords', 'entities', 'year'],
    storeFields: [],
    tokenize,
    processTerm,
  });
  search.addAll(fields);

  const df = new Map<string, number>();
  for (const f of fields) {
    const seen = new Set<string>();
    for (const key of ['title', 'summary', 'quotes', 'actors', 'islands', 'note', 'keywords', 'entities', 'year'] as const) {
      for (const t of terms(f[key])) seen.add(t);
    }
    for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1);
  }

  return { search, docs, aliases, synonyms: synonymMap(), df, docCount: docs.length, entities: entitySets };
}

/** Inverse document frequency of a processed term; undefined when no document has it. */
export function idf(index: AnswerIndex, term: string): number | undefined {
  const n = index.df.get(term);
  return n === undefined ? undefined : Math.log(1 + index.docCount / n);
}
