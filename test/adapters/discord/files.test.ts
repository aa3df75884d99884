import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inkPixels, readPng } from '../../support/png.js';
import { embedsOf, finalReply, startHarness, textOf, type Harness } from './helpers.js';

// The first chart of a process loads Vega and the fonts: seconds on a busy machine.
/**
 * Files end to end on Discord: the real discord.js client answers /kuril chart with the PNG as a
 * multipart attachment, which the fake Discord parses (payload_json and files[n]) and checks.
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

describe('/kuril chart on Discord', () => {
  test('the chart arrives as an attachment shown in the embed, a PNG under 1 MB', { timeout: 60_000 }, async () => {
    const interaction = h.fake.chatInput('chart', { from: '2022', to: '2022' });
    const message = await finalReply(h.fake, interaction, 45_000);
    for (const r of h.fake.requestsFor(interaction)) expect(r.status, `${r.method} ${r.path} -> ${JSON.stringify(r.response)}`).toBeLessThan(300);
    expect(message.files).toHaveLength(1);
    const [file] = message.files;
    expect(file).toMatchObject({ filename: 'kuril-chart-2022.png', contentType: 'image/png' });
    expect(file!.description).toContain('Source: Kuril Brief event set');
    expect(file!.data.length).toBeLessThan(1_000_000);
    const png = readPng(file!.data);
    expect([png.width, png.height]).toEqual([988, 488]);
    expect(inkPixels(png)).toBeGreaterThan(5_000);
    expect((embedsOf(message)[0] as { image?: unknown }).image).toEqual({ url: 'attachment://kuril-chart-2022.png' });
    expect(message.object.attachments).toMatchObject([{ filename: 'kuril-chart-2022.png', size: file!.data.length }]);
    expect(textOf(message)).toContain('Trend chart, 2022');
  });

  test('a range with nothing in it gets a private reason and no image', { timeout: 60_000 }, async () => {
    const interaction = h.fake.chatInput('chart', { from: '2031' });
    // A chart is deferred in public before it is drawn; the refusal replaces the placeholder privately.
    const message = await h.fake.waitFor(() => h.fake.messagesOf(interaction).find((m) => (m.object.embeds as unknown[]).length > 0), 45_000, 'the private refusal');
    expect(Number(message.object.flags) & 64).toBe(64);
    expect(message.files).toEqual([]);
    expect(textOf(message)).toContain('is after today');
  });
});
