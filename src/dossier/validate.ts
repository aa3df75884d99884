import type { z } from 'zod';
import { CAMEO_CODEBOOK } from './codebook.js';
import { compareIso } from './dates.js';
import type { Dossier, KurilEvent, SourceLink } from './dossier.js';
import { describeOutlet, outletRegistry, outletsFile, type OutletRegistry } from './outlets.js';
import {
  actorsFile,
  dossierFile,
  eventFile,
  islandsFile,
  type ActorRecord,
  type DocumentRecord,
  type EventRecord,
  type IslandRecord,
  type SourceRef,
} from './schema.js';

/** One problem in the data, located as precisely as the data allows. */
export interface DossierIssue {
  readonly file: string;
  /** The record's id (or "#3" for the third record when it has no usable id). */
  readonly record?: string;
  /** Dotted path inside the record, e.g. "sources.0.url". */
  readonly field?: string;
  readonly message: string;
}

/** "file, record "id", field "a.b": message"; other lists (the feed list) name their records by another noun. */
export function formatIssue(issue: DossierIssue, noun = 'record'): string {
  const where = [issue.file];
  if (issue.record) where.push(`${noun} "${issue.record}"`);
  if (issue.field) where.push(`field "${issue.field}"`);
  return `${where.join(', ')}: ${issue.message}`;
}

export class DossierError extends Error {
  constructor(readonly issues: readonly DossierIssue[]) {
    super(`The event set is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`);
    this.name = 'DossierError';
  }
}

/** Parsed (not yet validated) file contents, each with the path to name in messages. */
export interface RawFile {
  readonly file: string;
  readonly data: unknown;
}

export interface RawDossier {
  readonly dossier: RawFile;
  readonly actors: RawFile;
  readonly islands: RawFile;
  readonly events: readonly RawFile[];
  /** data/kuril/outlets.yaml; without it sources carry no outlet description (events:check then refuses them). */
  readonly outlets?: RawFile;
}

/** Locates zod issues: for list files the first path element is the record's index. */
function zodIssues(file: RawFile, error: z.ZodError, isList: boolean): DossierIssue[] {
  return error.issues.map((issue) => {
    const path = [...issue.path];
    let record: string | undefined;
    if (isList && typeof path[0] === 'number') {
      const index = path.shift() as number;
      const raw: unknown = Array.isArray(file.data) ? file.data[index] : undefined;
      const id = raw && typeof raw === 'object' && 'id' in raw ? (raw).id : undefined;
      record = typeof id === 'string' && id ? id : `#${index + 1}`;
    }
    const field = path.length ? path.map(String).join('.') : undefined;
    return { file: file.file, record, field, message: issue.message };
  });
}

function parseFile<T>(file: RawFile, schema: z.ZodType<T>, isList: boolean, issues: DossierIssue[]): T | undefined {
  // jitless: zod would otherwise generate and compile a fast parser for every object schema, which
  // pays off only over many parses; each file is parsed once, and compiling cost more than it saved.
  const result = schema.safeParse(file.data, { jitless: true });
  if (result.success) return result.data;
  issues.push(...zodIssues(file, result.error, isList));
  return undefined;
}

/**
 * Validates every file and every cross-reference, then builds the immutable dossier.
 * Throws DossierError listing every problem found (not only the first), so a curator fixes them in one go.
 */
export function buildDossier(raw: RawDossier): Dossier {
  const issues: DossierIssue[] = [];
  const meta = parseFile(raw.dossier, dossierFile, false, issues);
  const actors = parseFile(raw.actors, actorsFile, true, issues) ?? [];
  const islands = parseFile(raw.islands, islandsFile, true, issues) ?? [];
  const eventsByFile = raw.events.map((file) => ({ file: file.file, events: parseFile(file, eventFile, true, issues) ?? [] }));
  const outletsData = raw.outlets && parseFile(raw.outlets, outletsFile, false, issues);
  const outlets = outletRegistry(outletsData);

  const actorsById = uniqueById(actors, raw.actors.file, 'actor', issues);
  const islandsById = uniqueById(islands, raw.islands.file, 'island', issues);
  const documentsById = new Map<string, DocumentRecord>((meta?.documents ?? []).map((d) => [d.id, d]));

  for (const actor of actors) {
    if (actor.partOf && !actorsById.has(actor.partOf)) {
      issues.push({ file: raw.actors.file, record: actor.id, field: 'partOf', message: `unknown actor "${actor.partOf}"` });
    }
  }

  if (raw.outlets) checkOutlets(outlets, actorsById, raw.outlets.file, issues);

  const resolve = (ref: SourceRef): SourceLink | undefined => {
    if ('url' in ref) {
      const outlet = outlets.find(ref.outlet);
      // Replies name the outlet as the registry does, so spellings of one outlet are one outlet.
      return outlet ? { ...ref, outlet: outlet.name, about: describeOutlet(outlet, outlets.countries) } : ref;
    }
    const doc = documentsById.get(ref.document);
    return doc && { outlet: doc.outlet, document: doc.id };
  };

  const events: KurilEvent[] = [];
  const seen = new Map<string, string>();
  for (const { file, events: records } of eventsByFile) {
    for (const record of records) {
      const at = (field: string, message: string) => issues.push({ file, record: record.id, field, message });
      const firstFile = seen.get(record.id);
      if (firstFile) at('id', `duplicate id: also used in ${firstFile}`);
      seen.set(record.id, file);
      checkEventReferences(record, actorsById, islandsById, documentsById, at);
      const sources = record.sources.map(resolve).filter((s): s is SourceLink => s !== undefined);
      events.push({
        ...record,
        file,
        sources,
        quotes: record.quotes.map((q) => ({
          by: q.by,
          speaker: actorsById.get(q.by)?.name ?? q.by,
          role: q.role,
          text: q.text,
          source: sources[q.source] ?? sources[0]!,
        })),
      });
    }
  }

  const eventsById = new Map(events.map((e) => [e.id, e]));
  if (meta) {
    const checkBasis = (field: string, basis: readonly string[]) => {
      basis.forEach((id, i) => {
        if (!eventsById.has(id)) issues.push({ file: raw.dossier.file, field: `${field}.basis.${i}`, message: `unknown event id "${id}"` });
      });
    };
    checkBasis('status', meta.status.basis);
    meta.background.forEach((b, i) => checkBasis(`background.${i}`, b.basis));
    checkBasis('positions.japan', meta.positions.japan.basis);
    checkBasis('positions.russia', meta.positions.russia.basis);
    for (const side of ['japan', 'russia'] as const) {
      meta.positions[side].sources.forEach((s, i) => {
        if ('document' in s && !documentsById.has(s.document)) issues.push({ file: raw.dossier.file, field: `positions.${side}.sources.${i}.document`, message: `unknown document "${s.document}"` });
      });
    }
    const calendarIds = new Set<string>();
    meta.watch.forEach((w, i) => {
      checkBasis(`watch.${i}`, w.basis);
      // The id is the calendar entry's UID: two entries with one id would overwrite each other.
      if (w.calendar && calendarIds.has(w.calendar.id)) issues.push({ file: raw.dossier.file, field: `watch.${i}.calendar.id`, message: `duplicate calendar id "${w.calendar.id}"` });
      if (w.calendar) calendarIds.add(w.calendar.id);
      if ('document' in w.source && !documentsById.has(w.source.document)) {
        issues.push({ file: raw.dossier.file, field: `watch.${i}.source.document`, message: `unknown document "${w.source.document}"` });
      }
    });
  }

  if (issues.length > 0 || !meta) throw new DossierError(issues);

  events.sort((a, b) => compareIso(a.date.start, b.date.start) || compareIso(a.date.end, b.date.end) || compareIso(a.id, b.id));
  return {
    title: meta.title,
    status: meta.status,
    background: meta.background,
    positions: {
      japan: { ...meta.positions.japan, sources: meta.positions.japan.sources.map(resolve).filter((s): s is SourceLink => s !== undefined) },
      russia: { ...meta.positions.russia, sources: meta.positions.russia.sources.map(resolve).filter((s): s is SourceLink => s !== undefined) },
    },
    watch: meta.watch.map((w) => ({ text: w.text, basis: w.basis, source: resolve(w.source)!, ...(w.calendar && { calendar: w.calendar }) })),
    group: meta.group,
    ...(meta.chain ? { chain: meta.chain } : {}),
    documents: meta.documents,
    actors,
    islands,
    events,
    eventsById,
    actorsById,
    islandsById,
    outlets,
  };
}

/** Names and aliases are unique; countries and the actors government outlets speak for exist. */
function checkOutlets(registry: OutletRegistry, actors: ReadonlyMap<string, ActorRecord>, file: string, issues: DossierIssue[]): void {
  const seen = new Map<string, string>();
  for (const outlet of registry.outlets) {
    const at = (field: string, message: string) => issues.push({ file, record: outlet.name, field, message });
    for (const name of [outlet.name, ...outlet.aliases]) {
      const other = seen.get(name.toLowerCase());
      if (other) at('name', `"${name}" also names the outlet "${other}"`);
      seen.set(name.toLowerCase(), outlet.name);
    }
    if (outlet.country && !registry.countries[outlet.country]) at('country', `unknown country "${outlet.country}" (add it under countries first)`);
    if (outlet.speaksFor && !actors.has(outlet.speaksFor)) at('speaksFor', `unknown actor "${outlet.speaksFor}"`);
  }
}

function uniqueById<T extends { id: string }>(records: readonly T[], file: string, what: string, issues: DossierIssue[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const record of records) {
    if (byId.has(record.id)) issues.push({ file, record: record.id, field: 'id', message: `duplicate ${what} id` });
    byId.set(record.id, record);
  }
  return byId;
}

function checkEventReferences(
  record: EventRecord,
  actors: ReadonlyMap<string, ActorRecord>,
  islands: ReadonlyMap<string, IslandRecord>,
  documents: ReadonlyMap<string, DocumentRecord>,
  at: (field: string, message: string) => void,
): void {
  record.actors.forEach((id, i) => {
    if (!actors.has(id)) at(`actors.${i}`, `unknown actor "${id}" (add it to actors.yaml first)`);
  });
  record.islands.forEach((id, i) => {
    if (!islands.has(id)) at(`islands.${i}`, `unknown island "${id}" (known: ${[...islands.keys()].join(', ')})`);
  });
  if (!CAMEO_CODEBOOK[record.coding.cameo]) {
    at('coding.cameo', `unknown CAMEO code "${record.coding.cameo}" (known: ${Object.keys(CAMEO_CODEBOOK).join(', ')})`);
  }
  record.sources.forEach((s, i) => {
    if ('document' in s && !documents.has(s.document)) at(`sources.${i}.document`, `unknown document "${s.document}"`);
  });
  record.quotes.forEach((q, i) => {
    if (!actors.has(q.by)) at(`quotes.${i}.by`, `unknown actor "${q.by}"`);
    if (q.source >= record.sources.length) at(`quotes.${i}.source`, `there is no source #${q.source} (the event has ${record.sources.length})`);
  });
}
