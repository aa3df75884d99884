import type { KurilEvent } from '../../dossier/dossier.js';
import { EVENT_SCHEMA_VERSION } from '../../dossier/schema.js';
import { citeEvent, toEventRecord } from './records.js';

export interface JsonExportAbout {
  /** When the export was made. */
  readonly asOf: Date;
  /** In words, which events were selected, e.g. "from 2022, involving Russia". */
  readonly selection: string;
}

/**
 * Events as JSON: each record exactly as the event schema accepts it (version `schemaVersion`),
 * beside its citation, so a reader can check the records with the same schema and cite each one.
 */
export function eventsJson(events: readonly KurilEvent[], about: JsonExportAbout): string {
  const document = {
    schemaVersion: EVENT_SCHEMA_VERSION,
    source: 'Kuril Brief event set',
    generated: about.asOf.toISOString(),
    selection: about.selection,
    count: events.length,
    events: events.map((event) => ({ cite: citeEvent(event.id), record: toEventRecord(event) })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
