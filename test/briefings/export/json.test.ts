import { describe, expect, it } from 'vitest';
import { eventsJson } from '../../../src/briefings/export/json.js';
import type { KurilEvent } from '../../../src/dossier/dossier.js';
import { EVENT_SCHEMA_VERSION, eventRecord } from '../../../src/dossier/schema.js';
import { readDossierFiles } from '../../../src/dossier/load.js';
import { buildDossier } from '../../../src/dossier/validate.js';
import { fixtureDossier, realDossier } from '../../support/fixtures.js';

const ABOUT = { asOf: new Date('2026-12-02T06:00:00Z'), selection: 'all events' };

interface Exported {
  schemaVersion: number;
  generated: string;
  count: number;
  events: { cite: string; record: Record<string, unknown> }[];
}

const read = (events: readonly KurilEvent[]) => JSON.parse(eventsJson(events, ABOUT)) as Exported;

/** An event without the file it was read from, which is not part of the record. */
const withoutFile = ({ file: _file, ...event }: KurilEvent) => event;

describe('JSON export', () => {
  it('carries every record as the event schema accepts it, each with its citation and the schema version', () => {
    const { events } = realDossier();
    const exported = read(events);
    expect(exported).toMatchObject({ schemaVersion: EVENT_SCHEMA_VERSION, generated: ABOUT.asOf.toISOString(), count: events.length });
    expect(exported.events.map((e) => e.cite)).toEqual(events.map((e) => `/kuril event ${e.id}`));
    for (const { record } of exported.events) {
      const checked = eventRecord.safeParse(record);
      expect(checked.error?.issues, `record ${String(record.id)}`).toBeUndefined();
    }
  });

  it('gives back the same event set when its records replace the data files', () => {
    const raw = readDossierFiles();
    const shipped = buildDossier(raw);
    const records = read(shipped.events).events.map((e) => e.record);
    const rebuilt = buildDossier({ ...raw, events: [{ file: 'export.json', data: records }] });
    expect(rebuilt.events.map(withoutFile)).toEqual(shipped.events.map(withoutFile));
  });

  it('keeps which source each quote comes from', () => {
    const sources = [
      { outlet: 'First', url: 'https://example.org/1' },
      { outlet: 'Second', url: 'https://example.org/2', published: '2022-03-22', title: 'Second report' },
    ];
    const quotes = [{ by: 'japan', role: 'State', text: 'Unacceptable.', source: 1 }];
    const [exported] = read(fixtureDossier([{ sources, quotes, note: 'A caveat.', recorded: '2022-04-01' }]).events).events;
    expect(exported!.record).toMatchObject({ sources, quotes, note: 'A caveat.', recorded: '2022-04-01' });
  });
});
