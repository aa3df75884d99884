import { describe, expect, it } from 'vitest';
import { runTextCommand } from '../../src/commands/dispatch.js';
import { eventRecord } from '../../src/dossier/schema.js';
import { calendarEntries, csvRows, onlyFile, textOf } from '../support/exports.js';
import { context, realDossier } from '../support/fixtures.js';

const NOW = new Date('2026-11-26T09:00:00Z');
const run = (line: string) => runTextCommand(line, context(realDossier(), NOW));

describe('/kuril export through the command layer', () => {
  it('gives every event as CSV by default, with its sources and citation, for the whole channel', async () => {
    const reply = await run('/kuril export');
    expect(reply).toMatchObject({ kind: 'notice', visibility: 'public', lead: `${realDossier().events.length} events, all events, oldest first, as CSV.` });
    const file = onlyFile(reply);
    expect(file).toMatchObject({ name: 'kuril-events.csv', contentType: 'text/csv' });
    const rows = csvRows(textOf(file.data));
    expect(rows.map((r) => r.id)).toEqual(realDossier().events.map((e) => e.id));
    for (const row of rows) {
      expect(row.source_urls).toMatch(/^(https:\/\/|document:)/);
      expect(row.cite).toBe(`/kuril event ${row.id}`);
    }
  });

  it('selects with the timeline’s filters, aliases included, and names the file after them', async () => {
    const reply = await run('/kuril export format:json from:2022-03 to:2022-09 actor:Russia island:Iturup');
    const file = onlyFile(reply);
    expect(file).toMatchObject({ name: 'kuril-events-from-2022-03-to-2022-09-russia-etorofu.json', contentType: 'application/json' });
    const { events } = JSON.parse(textOf(file.data)) as { events: { cite: string; record: unknown }[] };
    const records = events.map((e) => eventRecord.parse(e.record));
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      expect(record.date.start >= '2022-03-01' && record.date.end <= '2022-09-30', record.id).toBe(true);
      expect(record.islands).toContain('etorofu');
    }
    expect(reply.lead).toMatch(/^\d+ events?, from March 2022, to September 2022, involving Russia, concerning Etorofu \(Итуруп\)/);
  });

  it('gives the calendar of dates to watch', async () => {
    const file = onlyFile(await run('/kuril export format:ICS'));
    expect(file).toMatchObject({ name: 'kuril-calendar.ics', contentType: 'text/calendar' });
    expect(calendarEntries(textOf(file.data)).map((e) => e.summary)).toContain('Northern Territories Day (Japan)');
  });

  it('answers bad formats, reversed or empty ranges and unknown names clearly, only to the caller', async () => {
    const cases: [string, RegExp][] = [
      ['/kuril export format:pdf', /format: "pdf" must be one of: csv, json, ics/],
      ['/kuril export from:2023 to:2022', /from: \(2023\) is after to: \(2022\); swap them/],
      ['/kuril export from:2022-13', /from: "2022-13" is not a date/],
      ['/kuril export from:1700 to:1701', /No events are on record from 1700, to 1701/],
      ['/kuril export actor:atlantis', /No actor called "atlantis"/],
      ['/kuril export island:hokkaido', /No island called "hokkaido"/],
    ];
    for (const [line, lead] of cases) {
      const reply = await run(line);
      expect(reply, line).toMatchObject({ kind: 'error', visibility: 'ephemeral' });
      expect(reply.lead, line).toMatch(lead);
      expect(reply.files, line).toBeUndefined();
    }
  });
});
