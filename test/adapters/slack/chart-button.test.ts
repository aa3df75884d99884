import { describe, expect, it } from 'vitest';
import { createSlackDigestSender, digestClient } from '../../../src/adapters/slack/digests.js';
import { composeDigest } from '../../../src/briefings/digest.js';
import { blockActions, sendInteraction, sendSlashCommand, slashCommand, type PostedMessage } from '../../support/fake-slack/index.js';
import { readPng } from '../../support/png.js';
import { NOW, realDossier, SIGNING_SECRET, useSlackBot } from '../../support/slack-harness.js';

/**
 * The brief's and the digest's Chart button on Slack: the real Bolt app (HTTP mode) gets the signed
 * block_actions payload a press makes, acks it at once, and runs /kuril chart for the last twelve
 * months as if typed: a new message on the button's response_url, the PNG shared in the channel;
 * pressed on an ephemeral message, an ephemeral answer with the chart in words and nothing shared.
 */

const slack = useSlackBot('http');

interface Button { type: string; action_id: string; value: string; text: { text: string } }

function chartButton(message: PostedMessage): Button {
  const buttons = message.blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements as Button[]);
  const chart = buttons.find((b) => b.text.text === 'Chart');
  expect(chart, JSON.stringify(message.blocks)).toBeDefined();
  return chart!;
}

/** Presses the Chart button on `message` in `channel`; resolves with the reply on the action's response_url and the shared file. */
async function press(message: PostedMessage, channel: string) {
  const payload = blockActions(slack.fake, message, chartButton(message).action_id, slack.fake.addUser({ name: 'reader' }), { id: channel });
  const sent = await sendInteraction(slack.under.eventsUrl, SIGNING_SECRET, payload);
  expect(sent.status).toBe(200);
  expect(sent.ms).toBeLessThan(3_000);
  const [reply] = await slack.fake.waitForReplies(payload.response_url as string, 1, 45_000);
  const [file] = await slack.fake.waitFor(() => (slack.fake.sharedFiles(channel).length ? slack.fake.sharedFiles(channel) : undefined), 45_000, 'the shared chart');
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
  expect(slack.fake.rejected()).toEqual([]);
}

describe('the Chart button on Slack', () => {
  it('under /kuril brief: a press answers in the channel with the year’s chart', { timeout: 60_000 }, async () => {
    const channel = slack.fake.addChannel({ name: 'diplomacy' }).id;
    const fields = slashCommand(slack.fake, 'brief', { channel_id: channel });
    expect((await sendSlashCommand(slack.under.eventsUrl, SIGNING_SECRET, fields)).status).toBe(200);
    // The brief takes several messages; the button comes at the end, with the footer.
    const brief = await slack.fake.waitFor(() => slack.fake.repliesTo(fields.response_url).find((m) => m.blocks.some((b) => b.type === 'actions')), 10_000, 'the button');
    expect(slack.fake.repliesTo(fields.response_url).at(-1)).toBe(brief);
    expect(JSON.stringify(brief.blocks)).toContain('events on record');
    expect(chartButton(brief).value).toBe('chart:from=2025-08');
    expectChart(await press(brief, channel));
  });

  it('on a digest the scheduler posted: the button is there and pressing it charts the same year', { timeout: 60_000 }, async () => {
    const channel = slack.fake.addChannel({ name: 'digest' }).id;
    const sender = createSlackDigestSender({ client: digestClient(slack.fake.botToken, { slackApiUrl: slack.fake.apiUrl }), log: { warn: () => undefined } });
    const parts = sender.render(composeDigest(realDossier(), NOW.toISOString().slice(0, 10), undefined).reply);
    for (const [index, part] of parts.entries()) {
      expect(await sender.sendPart(part, { channelId: channel, delivery: 'd', index, count: parts.length, verify: false })).toMatchObject({ kind: 'sent' });
    }
    const digest = slack.fake.postedIn(channel).find((m) => m.blocks.some((b) => b.type === 'actions'));
    expect(digest).toBeDefined();
    expectChart(await press(digest!, channel));
  });
});

describe('the Chart button on a reply only the presser sees', () => {
  const own = useSlackBot('http');

  it('under /kuril preview: the chart comes privately as text, with the line to post it, and nothing is shared', { timeout: 60_000 }, async () => {
    const channel = own.fake.addChannel({ name: 'preview-desk' }).id;
    const fields = slashCommand(own.fake, 'preview', { channel_id: channel });
    expect((await sendSlashCommand(own.under.eventsUrl, SIGNING_SECRET, fields)).status).toBe(200);
    const preview = await own.fake.waitFor(() => own.fake.repliesTo(fields.response_url).find((m) => m.blocks.some((b) => b.type === 'actions')), 10_000, 'the button');
    expect(preview.responseType).toBe('ephemeral');
    expect(JSON.stringify(preview.blocks)).toContain('shown only to you');

    // The fake reports the pressed message as Slack does: container.is_ephemeral.
    const payload = blockActions(own.fake, preview, chartButton(preview).action_id, own.fake.addUser({ name: 'reader' }), { id: channel });
    expect(payload.container).toMatchObject({ is_ephemeral: true });
    const sent = await sendInteraction(own.under.eventsUrl, SIGNING_SECRET, payload);
    expect(sent.status).toBe(200);
    expect(sent.ms).toBeLessThan(3_000);
    const replies = await own.fake.waitForReplies(payload.response_url as string, 1, 45_000);
    // Stopping drains what the press started: anything it would still share has been tried by now.
    await own.under.bot.stop();

    const reply = own.fake.repliesTo(payload.response_url as string);
    expect(reply).toEqual(replies);
    expect(reply).toHaveLength(1);
    expect(reply[0]).toMatchObject({ responseType: 'ephemeral', body: { replace_original: false } });
    const text = JSON.stringify(reply[0]!.blocks);
    expect(text).toContain('Trend chart, 2025–2026');
    // The chart in words: its caption (the PNG's alt text) and the sparkline of the net score per month.
    expect(text).toContain('Goldstein scores per month');
    expect(text).toMatch(/Net Goldstein per month, 1 August 2025 – 1 July 2026 \(▁ most conflictual, █ most cooperative\): [▁▂▃▄▅▆▇█ ]+/);
    expect(text).toContain('/kuril chart from:2025-08');
    // No file and no message anyone else sees.
    expect(own.fake.calls('files.getUploadURLExternal')).toEqual([]);
    expect(own.fake.calls('files.completeUploadExternal')).toEqual([]);
    expect(own.fake.sharedFiles()).toEqual([]);
    expect(own.fake.messages.filter((m) => m.responseType === 'in_channel' || m.via === 'chat.postMessage')).toEqual([]);
    expect(own.fake.rejected()).toEqual([]);
  });
});

describe('the Chart button on Slack in Socket Mode', () => {
  const socket = useSlackBot('socket');

  it('acks the interactive envelope at once and answers on the response_url', { timeout: 60_000 }, async () => {
    const channel = socket.fake.addChannel({ name: 'diplomacy' }).id;
    const sender = createSlackDigestSender({ client: digestClient(socket.fake.botToken, { slackApiUrl: socket.fake.apiUrl }), log: { warn: () => undefined } });
    const parts = sender.render(composeDigest(realDossier(), NOW.toISOString().slice(0, 10), undefined).reply);
    for (const [index, part] of parts.entries()) await sender.sendPart(part, { channelId: channel, delivery: 'd', index, count: parts.length, verify: false });
    const digest = socket.fake.postedIn(channel).find((m) => m.blocks.some((b) => b.type === 'actions'))!;
    const payload = blockActions(socket.fake, digest, chartButton(digest).action_id, socket.fake.addUser({ name: 'reader' }), { id: channel });
    const ack = await socket.fake.sendEnvelope('interactive', payload);
    expect(ack.ms).toBeLessThan(3_000);
    const [reply] = await socket.fake.waitForReplies(payload.response_url as string, 1, 45_000);
    expect(reply).toMatchObject({ responseType: 'in_channel' });
    expect(JSON.stringify(reply!.blocks)).toContain('Trend chart, 2025–2026');
    await socket.fake.waitFor(() => socket.fake.sharedFiles(channel)[0], 45_000, 'the shared chart');
  });
});
