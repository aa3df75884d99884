import type { KurilEvent } from '../../dossier/dossier.js';
import { citeEvent, sourceLocation } from './records.js';

/**
 * Events as CSV (RFC 4180): a header row, then one row per event, CRLF line ends, fields quoted
 * when they hold a comma, a quote or a line break. Lists (actors, islands, sources) are joined with
 * "; ", and the outlets and links of the sources are in the same order.
 */
const COLUMNS: readonly (readonly [string, (event: KurilEvent) => string | number])[] = [
  ['id', (e) => e.id],
  ['date', (e) => e.date.text],
  ['precision', (e) => e.date.precision],
  ['start', (e) => e.date.start],
  ['end', (e) => e.date.end],
  ['kind', (e) => e.kind],
  ['title', (e) => e.title],
  ['summary', (e) => e.summary],
  ['actors', (e) => e.actors.join('; ')],
  ['islands', (e) => e.islands.join('; ')],
  ['cameo', (e) => e.coding.cameo],
  ['goldstein', (e) => e.coding.goldstein],
  ['plover', (e) => e.coding.plover],
  ['verification', (e) => e.verification],
  ['source_outlets', (e) => e.sources.map((s) => s.outlet).join('; ')],
  ['source_urls', (e) => e.sources.map(sourceLocation).join('; ')],
  ['cite', (e) => citeEvent(e.id)],
];

export const CSV_COLUMNS: readonly string[] = COLUMNS.map(([name]) => name);

export function eventsCsv(events: readonly KurilEvent[]): string {
  const rows = [CSV_COLUMNS, ...events.map((event) => COLUMNS.map(([, value]) => String(value(event))))];
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A number as written, such as a Goldstein score of -7.5: safe, and must stay a number. */
const NUMBER = /^[+-]?\d+(\.\d+)?$/;

/**
 * One field, made safe and quoted. A spreadsheet runs a cell that starts with = + - @ (or a tab or
 * carriage return, which some treat the same way) as a formula, so such text gets a leading
 * apostrophe and is shown as text; numbers stay numbers.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
