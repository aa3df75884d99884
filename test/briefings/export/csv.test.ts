import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, eventsCsv } from '../../../src/briefings/export/csv.js';
import { csvRows, csvTable } from '../../support/exports.js';
import { fixtureDossier, realDossier } from '../../support/fixtures.js';

describe('CSV export', () => {
  it('has one row per event with every column, read back by a real CSV parser', () => {
    const { events } = realDossier();
    const rows = csvRows(eventsCsv(events));
    expect(rows).toHaveLength(events.length);
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    rows.forEach((row, i) => {
      const event = events[i]!;
      expect(row).toMatchObject({
        id: event.id,
        date: event.date.text,
        precision: event.date.precision,
        title: event.title,
        summary: event.summary,
        cameo: event.coding.cameo,
        plover: event.coding.plover,
        verification: event.verification,
        cite: `/kuril event ${event.id}`,
      });
      // Goldstein scores stay numbers a spreadsheet can sum, negative ones included.
      expect(Number(row.goldstein)).toBe(event.coding.goldstein);
      expect(row.actors!.split('; ')).toEqual(event.actors);
      // Outlets and links line up, one per source.
      expect(row.source_outlets!.split('; ')).toEqual(event.sources.map((s) => s.outlet));
      expect(row.source_urls!.split('; ')).toEqual(event.sources.map((s) => s.url ?? `document:${s.document}`));
    });
  });

  it('ends rows with CRLF and quotes commas, quotes and line breaks (RFC 4180)', () => {
    const summary = 'Tokyo said "no", firmly, and again.\nIt repeated it.';
    const text = eventsCsv(fixtureDossier([{ summary }]).events);
    // The header, the row (the LF in its summary stays inside the quotes), nothing after the last CRLF.
    expect(text.split('\r\n')).toHaveLength(3);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain(`"Tokyo said ""no"", firmly, and again.\nIt repeated it."`);
    expect(csvRows(text)[0]!.summary).toBe(summary);
  });

  it('keeps text that a spreadsheet would run as a formula from running', () => {
    const title = '=HYPERLINK("https://evil.example","click")';
    const summary = '@SUM(A1:A9) is not a summary, but it is long enough.';
    const [row] = csvRows(eventsCsv(fixtureDossier([{ title, summary, coding: { cameo: '164', goldstein: -7.5, plover: '+PLOVER' } }]).events));
    expect(row!.title).toBe(`'${title}`);
    expect(row!.summary).toBe(`'${summary}`);
    expect(row!.plover).toBe("'+PLOVER");
    expect(row!.goldstein).toBe('-7.5');
  });

  it('reads back any text exactly, or with one leading apostrophe when it would start a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), (cells) => {
        const [row] = csvTable(`${cells.map(csvField).join(',')}\r\n`);
        expect(row).toEqual(cells.map((cell) => (/^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(\.\d+)?$/.test(cell) ? `'${cell}` : cell)));
      }),
    );
  });
});

