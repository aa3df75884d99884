import type { z } from 'zod';
import type { KurilEvent, SourceLink } from '../../dossier/dossier.js';
import type { eventRecord, SourceRef } from '../../dossier/schema.js';

/** An event record in the form its data file has and the event schema checks. */
export type EventRecordInput = z.input<typeof eventRecord>;

/**
 * How to cite an event in every export: its id, and the command that shows it in full. Ids never
 * change once published, so the citation stays valid.
 */
export const citeEvent = (id: string): string => `/kuril event ${id}`;

/**
 * An event back in the form of its data file: the date as written, sources as links or document
 * references, quotes pointing at their source by index. Exports carry this form, so what a reader
 * gets is exactly what curators wrote and the schema accepted.
 */
export function toEventRecord(event: KurilEvent): EventRecordInput {
  return {
    id: event.id,
    date: event.date.text,
    kind: event.kind,
    title: event.title,
    summary: event.summary,
    actors: [...event.actors],
    islands: [...event.islands],
    coding: { ...event.coding },
    quotes: event.quotes.map((q) => ({ by: q.by, role: q.role, text: q.text, source: Math.max(event.sources.indexOf(q.source), 0) })),
    sources: event.sources.map(sourceRef),
    verification: event.verification,
    ...(event.recorded !== undefined && { recorded: event.recorded }),
    ...(event.note !== undefined && { note: event.note }),
  };
}

function sourceRef(source: SourceLink): SourceRef {
  if (source.document !== undefined) return { document: source.document };
  return {
    outlet: source.outlet,
    url: source.url!,
    ...(source.published !== undefined && { published: source.published }),
    ...(source.title !== undefined && { title: source.title }),
  };
}

/** Where a source can be found: its link, or for a document without one, `document:<id>`. */
export function sourceLocation(source: SourceLink): string {
  return source.url ?? `document:${source.document ?? ''}`;
}
