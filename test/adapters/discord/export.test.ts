import { afterAll, beforeAll, expect, test } from 'vitest';
import { calendarEntries, csvRows } from '../../support/exports.js';
import { finalReply, startHarness, textOf, type Harness } from './helpers.js';

/**
 * /kuril export end to end on Discord: the real discord.js client answers the interaction the fake
 * Discord dispatches, and the export arrives as an attachment of the reply (multipart, checked by the
 * fake), read back with the parsers analysts' tools use.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

async function exportReply(options: Record<string, string>) {
  const interaction = h.fake.chatInput('export', options);
  const message = await finalReply(h.fake, interaction);
  await h.fake.waitFor(() => h.fake.requestsFor(interaction).every((r) => r.status > 0), 5_000, 'the answers to /kuril export');
  for (const r of h.fake.requestsFor(interaction)) expect(r.status, `${r.method} ${r.path} -> ${JSON.stringify(r.response)}`).toBeLessThan(300);
  return message;
}

test('the CSV arrives as an attachment of the public reply, every event of the range in it', async () => {
  const message = await exportReply({ format: 'csv', from: '2025' });
  expect(Number(message.object.flags) & 64).toBe(0);
  expect(textOf(message)).toMatch(/\d+ events, from 2025, oldest first, as CSV\./);
  expect(message.files.map((f) => f.filename)).toEqual(['kuril-events-from-2025.csv']);
  expect(message.object.attachments).toMatchObject([{ filename: 'kuril-events-from-2025.csv', description: expect.stringContaining('Kuril Brief events, from 2025') as string }]);
  const rows = csvRows(message.files[0]!.data.toString('utf8'));
  expect(rows.map((r) => r.id)).toEqual(h.dossier.events.filter((e) => e.date.end >= '2025-01-01').map((e) => e.id));
  expect(rows.every((r) => r.source_urls!.startsWith('https://'))).toBe(true);
});

test('the calendar arrives as an .ics attachment a calendar reads', async () => {
  const message = await exportReply({ format: 'ics' });
  expect(message.files.map((f) => f.filename)).toEqual(['kuril-calendar.ics']);
  const entries = calendarEntries(message.files[0]!.data.toString('utf8'));
  expect(entries.find((e) => e.summary === 'Northern Territories Day (Japan)')?.occurrences('2026-11-26', 1)).toEqual(['2027-02-07']);
});
