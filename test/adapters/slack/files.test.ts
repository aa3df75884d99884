import { describe, expect, it } from 'vitest';
import { sendSlashCommand, slashCommand } from '../../support/fake-slack/index.js';
import { inkPixels, readPng } from '../../support/png.js';
import { SIGNING_SECRET, useSlackBot } from '../../support/slack-harness.js';

// The first chart of a process loads Vega and the fonts: seconds on a busy machine.
/**
 * Files end to end on Slack: the real Bolt app answers /kuril chart on the response_url and shares
 * the PNG with the upload API (files.getUploadURLExternal, the bytes, files.completeUploadExternal),
 * each step checked by the fake Slack.
 */

const slack = useSlackBot('http');

async function slash(text: string, channel: string) {
  const fields = slashCommand(slack.fake, text, { channel_id: channel });
  expect((await sendSlashCommand(slack.under.eventsUrl, SIGNING_SECRET, fields)).status).toBe(200);
  return fields;
}

describe('/kuril chart on Slack', () => {
  it('answers on the response_url and shares the PNG in the channel', { timeout: 60_000 }, async () => {
    const channel = slack.fake.addChannel({ name: 'diplomacy' }).id;
    const fields = await slash('chart from:2022 to:2022', channel);
    const [reply] = await slack.fake.waitForReplies(fields.response_url, 1, 45_000);
    expect(reply!.responseType).toBe('in_channel');
    expect(JSON.stringify(reply!.blocks)).toContain('Trend chart, 2022');
    const [file] = await slack.fake.waitFor(() => (slack.fake.sharedFiles(channel).length ? slack.fake.sharedFiles(channel) : undefined), 45_000, 'the shared chart');
    expect(file).toMatchObject({ filename: 'kuril-chart-2022.png', channel });
    expect(file!.altText).toContain('Source: Kuril Brief event set');
    expect(file!.data!.length).toBeLessThan(1_000_000);
    const png = readPng(file!.data!);
    expect([png.width, png.height]).toEqual([988, 488]);
    expect(inkPixels(png)).toBeGreaterThan(5_000);
    expect(slack.fake.rejected()).toEqual([]);
  });

  it('says privately that the file was not shared when Slack refuses the channel', async () => {
    const channel = slack.fake.addChannel({ name: 'private-room' }).id;
    slack.fake.refuseChannel(channel, 'not_in_channel');
    const fields = await slash('chart from:2022 to:2022', channel);
    const replies = await slack.fake.waitForReplies(fields.response_url, 2, 45_000);
    expect(replies[1]).toMatchObject({ responseType: 'ephemeral' });
    expect(JSON.stringify(replies[1]!.blocks)).toContain('invite it to this channel');
    expect(slack.fake.sharedFiles(channel)).toEqual([]);
  });
});
