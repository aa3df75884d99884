import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackDigestSender, digestClient } from '../../../src/adapters/slack/digests.js';
import { composeDigest } from '../../../src/briefings/digest.js';
import { blockActions, FakeSlack, sendInteraction, sendSlashCommand, slashCommand, type PostedMessage } from '../../support/fake-slack/index.js';
import { readPng } from '../../support/png.js';
import { NOW, realDossier, SIGNING_SECRET, startBot, type BotUnderTest } from './harness.js';

/**
 * The brief's and the digest's Chart button on Slack: the real Bolt app (HTTP mode) gets the signed
 * block_actions payload a press makes, acks it at once, and runs /kuril chart for the last twelve
 * months as if typed: a new message on the button's response_url, the PNG shared in the channel.
 */

let fake: FakeSlack;
let under: BotUnderTest;
beforeAll(async () => {
  fake = await FakeSlack.start();
  under = await startBot(fake, 'http');
});
afterAll(async () => {
  await under?.bot.stop();
  await fake?.close();
});

interface Button { type: string; action_id: string; value: string; text: { text: string } }

function chartButton(message: PostedMessage): Button {
  const buttons = message.blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements as Button[]);
  const chart = buttons.find((b) => b.text.text === 'Chart');
  expect(chart, JSON.stringify(message.blocks)).toBeDefined();
  return chart!;
}

/** Presses the Chart button on `message` in `channel`; resolves with the reply on the action's response_url and the shared file. */
async function press(message: PostedMessage, channel: string) {
  const payload = blockActions(fake, message, chartButton(message).action_id, fake.addUser({ name: 'reader' }), { id: channel });
  const sent = await sendInteraction(under.eventsUrl, SIGNING_SECRET, payload);
  expect(sent.status).toBe(200);
  expect(sent.ms).toBeLessThan(3_000);
  const [reply] = await fake.waitForReplies(payload.response_url as string, 1, 45_000);
  const [file] = await fake.waitFor(() => (fake.sharedFiles(channel).length ? fake.sharedFiles(channel) : undefined), 45_000, 'the shared chart');
  return { reply: reply!, file: file! };
}

function expectChart({ reply, file }: Awaited<ReturnType<typeof press>>): void {
  // NOW is 1 July 2026: twelve months from August 2025, in the channel, never replacing the message pressed.
  expect(reply).toMatchObject({ responseType: 'in_channel', body: { replace_original: false } });
  expect(JSON.stringify(reply.blocks)).toContain('Trend chart, 2025–2026');
  expect(JSON.stringify(reply.blocks)).toContain('1 August 2025 – 1 July 2026');
  expect(file.filename).toBe('kuril-chart-2025-2026.png');
  const png = readPng(file.data!);
  expect([png.width, png.height]).toEqual([988, 488]);
  expect(fake.rejected()).toEqual([]);
}

describe('the Chart button on Slack', () => {
  it('under /kuril brief: a press answers in the channel with the year’s chart', { timeout: 60_000 }, async () => {
    const channel = fake.addChannel({ name: 'diplomacy' }).id;
    const fields = slashCommand(fake, 'brief', { channel_id: channel });
    expect((await sendSlashCommand(under.eventsUrl, SIGNING_SECRET, fields)).status).toBe(200);
    // The brief takes several messages; the button comes at the end, with the footer.
    const brief = await fake.waitFor(() => fake.repliesTo(fields.response_url).find((m) => m.blocks.some((b) => b.type === 'actions')), 10_000, 'the button');
    expect(fake.repliesTo(fields.response_url).at(-1)).toBe(brief);
    expect(JSON.stringify(brief.blocks)).toContain('events on record');
    expect(chartButton(brief).value).toBe('chart:from=2025-08');
    expectChart(await press(brief, channel));
  });

  it('on a digest the scheduler posted: the button is there and pressing it charts the same year', { timeout: 60_000 }, async () => {
    const channel = fake.addChannel({ name: 'digest' }).id;
    const sender = createSlackDigestSender({ client: digestClient(fake.botToken, { slackApiUrl: fake.apiUrl }), log: { warn: () => undefined } });
    const parts = sender.render(composeDigest(realDossier(), NOW.toISOString().slice(0, 10), undefined).reply);
    for (const [index, part] of parts.entries()) {
      expect(await sender.sendPart(part, { channelId: channel, delivery: 'd', index, count: parts.length, verify: false })).toMatchObject({ kind: 'sent' });
    }
    const digest = fake.postedIn(channel).find((m) => m.blocks.some((b) => b.type === 'actions'));
    expect(digest).toBeDefined();
    expectChart(await press(digest!, channel));
  });
});

describe('the Chart button on Slack in Socket Mode', () => {
  let socketFake: FakeSlack;
  let socketBot: BotUnderTest;
  beforeAll(async () => {
    socketFake = await FakeSlack.start();
    socketBot = await startBot(socketFake, 'socket');
    await socketFake.socketReady();
  });
  afterAll(async () => {
    await socketBot?.bot.stop();
    await socketFake?.close();
  });

  it('acks the interactive envelope at once and answers on the response_url', { timeout: 60_000 }, async () => {
    const channel = socketFake.addChannel({ name: 'diplomacy' }).id;
    const sender = createSlackDigestSender({ client: digestClient(socketFake.botToken, { slackApiUrl: socketFake.apiUrl }), log: { warn: () => undefined } });
    const parts = sender.render(composeDigest(realDossier(), NOW.toISOString().slice(0, 10), undefined).reply);
    for (const [index, part] of parts.entries()) await sender.sendPart(part, { channelId: channel, delivery: 'd', index, count: parts.length, verify: false });
    const digest = socketFake.postedIn(channel).find((m) => m.blocks.some((b) => b.type === 'actions'))!;
    const payload = blockActions(socketFake, digest, chartButton(digest).action_id, socketFake.addUser({ name: 'reader' }), { id: channel });
    const ack = await socketFake.sendEnvelope('interactive', payload);
    expect(ack.ms).toBeLessThan(3_000);
    const [reply] = await socketFake.waitForReplies(payload.response_url as string, 1, 45_000);
    expect(reply).toMatchObject({ responseType: 'in_channel' });
    expect(JSON.stringify(reply!.blocks)).toContain('Trend chart, 2025–2026');
    await socketFake.waitFor(() => socketFake.sharedFiles(channel)[0], 45_000, 'the shared chart');
  });
});
