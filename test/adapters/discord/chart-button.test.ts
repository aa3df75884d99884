import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDiscordDigestSender } from '../../../src/adapters/discord/digest-sender.js';
import { composeDigest } from '../../../src/briefings/digest.js';
import type { FakeInteraction, StoredMessage } from '../../support/fake-discord/index.js';
import { readPng } from '../../support/png.js';
import { finalReply, startHarness, textOf, type Harness } from './helpers.js';

/**
 * The brief's and the digest's Chart button on Discord: the real discord.js client, the fake Discord
 * sending the MESSAGE_COMPONENT interaction a press makes. The press runs /kuril chart from the last
 * twelve months as if typed: deferred at once (a chart is slow), then a new public message with the PNG;
 * pressed on a message only the presser sees, the deferral and the chart are theirs alone (flags 64).
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

/** The Chart button on a message (its custom id), or a failure naming what is there instead. */
function chartButton(message: StoredMessage): string {
  const buttons = ((message.object.components ?? []) as { components: { label: string; custom_id: string }[] }[]).flatMap((row) => row.components);
  const chart = buttons.find((b) => b.label === 'Chart');
  expect(chart, JSON.stringify(buttons)).toBeDefined();
  return chart!.custom_id;
}

/** Presses the button and waits for the chart the press produced. */
async function press(message: StoredMessage, customId: string): Promise<{ click: FakeInteraction; chart: StoredMessage }> {
  const before = JSON.stringify(message.object);
  const click = h.fake.clickButton(message, customId);
  const chart = await h.fake.waitFor(() => h.fake.messagesOf(click).find((m) => m.files.length > 0), 45_000, 'the chart');
  // Deferred within Discord's 3 s as a new message (type 5), never an update of the message pressed (6/7).
  expect(click.callbackType).toBe(5);
  expect(click.acknowledgedAt! - click.dispatchedAt).toBeLessThan(3_000);
  expect(JSON.stringify(message.object)).toBe(before);
  for (const r of h.fake.requestsFor(click)) expect(r.status, `${r.method} ${r.path} -> ${JSON.stringify(r.response)}`).toBeLessThan(300);
  return { click, chart };
}

function expectChart(chart: StoredMessage, flags = 0): void {
  // 64: Ephemeral, seen only by the presser.
  expect(Number(chart.object.flags) & 64).toBe(flags);
  // NOW is 26 November 2026: twelve months from December 2025.
  expect(textOf(chart)).toContain('Trend chart, 2025–2026');
  expect(textOf(chart)).toContain('1 December 2025 – 26 November 2026');
  const [file] = chart.files;
  expect(file).toMatchObject({ filename: 'kuril-chart-2025-2026.png', contentType: 'image/png' });
  expect([readPng(file!.data).width, readPng(file!.data).height]).toEqual([988, 488]);
}

describe('the Chart button on Discord', () => {
  test('under /kuril brief: a press posts the year’s chart as a new message', { timeout: 60_000 }, async () => {
    const brief = await finalReply(h.fake, h.fake.chatInput('brief'));
    const id = chartButton(brief);
    expect(id).toBe('kuril:run:chart:from=2025-12');
    const { chart } = await press(brief, id);
    expectChart(chart);
  });

  test('on a digest the scheduler posted: the button is there and pressing it charts the same year', { timeout: 60_000 }, async () => {
    const sender = createDiscordDigestSender({ token: h.fake.token, apiUrl: h.fake.apiUrl, log: { warn: () => undefined } });
    const channelId = h.fake.guilds[0]!.channelId;
    const parts = sender.render(composeDigest(h.dossier, '2026-11-26', undefined).reply);
    for (const [index, part] of parts.entries()) {
      expect(await sender.sendPart(part, { channelId, delivery: '2026-11-26', index, count: parts.length, verify: false })).toMatchObject({ kind: 'sent' });
    }
    const digest = h.fake.channelMessages(channelId).find((m) => textOf(m).includes('daily digest'));
    expect(digest).toBeDefined();
    const { chart } = await press(digest!, chartButton(digest!));
    expectChart(chart);
  });

  test('on /kuril preview, shown only to the presser: the chart is private too, with its PNG attached', { timeout: 60_000 }, async () => {
    const preview = await finalReply(h.fake, h.fake.chatInput('preview'));
    expect(Number(preview.object.flags) & 64).toBe(64);
    expect(textOf(preview)).toContain('shown only to you');
    const channelBefore = h.fake.channelMessages(preview.channelId).filter((m) => !(Number(m.object.flags) & 64)).length;
    const { click, chart } = await press(preview, chartButton(preview));
    // Deferred privately (the "thinking" placeholder only the presser sees), then the chart in its place.
    const deferral = h.fake.requestsFor(click).find((r) => r.method === 'POST' && r.path.endsWith('/callback'));
    expect(deferral?.body).toMatchObject({ type: 5, data: { flags: 64 } });
    expectChart(chart, 64);
    expect(h.fake.messagesOf(click).every((m) => Number(m.object.flags) & 64)).toBe(true);
    // Nothing new that the channel sees.
    expect(h.fake.channelMessages(preview.channelId).filter((m) => !(Number(m.object.flags) & 64))).toHaveLength(channelBefore);
  });
});
