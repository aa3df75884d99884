import { afterAll, beforeAll, expect, test } from 'vitest';
import { csvRows } from '../../support/exports.js';
import { dispatcherFromSlacksUndici, globalDispatcher, slackUndici } from '../../support/undici.js';
import { finalReply, startHarness, textOf, type Harness } from './helpers.js';

/**
 * A Discord file reply in a process whose undici dispatcher is Slack's (undici 7): the state of a bot
 * serving both platforms that loaded Slack first, and of a test worker that ran a Slack file before a
 * Discord one. undici 7 cannot encode the FormData discord.js builds, so before rest-transport.ts
 * every reply with a file failed there: an immediate private apology instead of the export, a chart
 * that never came.
 */
let h: Harness;
let swapped: ReturnType<typeof dispatcherFromSlacksUndici>;
beforeAll(async () => {
  swapped = dispatcherFromSlacksUndici();
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
  await swapped?.restore();
});

test('the requests go through an Agent of Slack’s undici, not discord.js’s own', () => {
  expect(globalDispatcher()).toBe(swapped.agent);
  expect(globalDispatcher()).toBeInstanceOf(slackUndici().Agent);
});

test('an export still arrives as an attachment of the public reply', async () => {
  const interaction = h.fake.chatInput('export', { format: 'csv', from: '2025' });
  const message = await finalReply(h.fake, interaction);
  await h.fake.waitFor(() => h.fake.requestsFor(interaction).every((r) => r.status > 0), 5_000, 'the answers to /kuril export');
  for (const r of h.fake.requestsFor(interaction)) expect(r.status, `${r.method} ${r.path} -> ${JSON.stringify(r.response)}`).toBeLessThan(300);
  expect(h.logs.filter((l) => l.level >= 50)).toEqual([]);
  expect(Number(message.object.flags) & 64).toBe(0);
  expect(textOf(message)).toMatch(/as CSV\./);
  expect(message.files.map((f) => f.filename)).toEqual(['kuril-events-from-2025.csv']);
  const rows = csvRows(message.files[0]!.data.toString('utf8'));
  expect(rows.map((r) => r.id)).toEqual(h.dossier.events.filter((e) => e.date.end >= '2025-01-01').map((e) => e.id));
});
