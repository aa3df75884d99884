import { testCaller, testContext } from '../../support/context.js';
import { describe, expect, it } from 'vitest';
import { runTextCommand } from '../../../src/commands/dispatch.js';
import { renderSlack, SLACK_LIMITS } from '../../../src/adapters/slack/render.js';
import { eventCallback, slashCommand, type PostedMessage } from '../../support/fake-slack/index.js';
import { NOW, realDossier, useSlackBot } from '../../support/slack-harness.js';

/**
 * The real Bolt app in Socket Mode against the fake: apps.connections.open (with the app-level token,
 * at SLACK_API_URL), hello, envelopes, acks; answers through response_url and the Web API.
 */

const slack = useSlackBot('socket');

const headerOf = (message: PostedMessage) => (message.blocks[0] as { text?: { text?: string } } | undefined)?.text?.text;

describe('Socket Mode', () => {
  it('connects with the app-level token through SLACK_API_URL', () => {
    expect(slack.under.bot.mode).toBe('socket');
    expect(slack.under.bot.port).toBeUndefined();
    const open = slack.fake.calls('apps.connections.open');
    expect(open.length).toBeGreaterThanOrEqual(1);
    expect(open[0]!.headers.authorization).toBe(`Bearer ${slack.fake.appToken}`);
    expect(slack.fake.calls('auth.test')[0]!.headers.authorization).toBe(`Bearer ${slack.fake.botToken}`);
    expect(slack.fake.socketCount).toBe(1);
  });

  it('acks a slash command envelope at once and answers through response_url', async () => {
    const fields = slashCommand(slack.fake, 'timeline from:2022 to:2022');
    const ack = await slack.fake.sendEnvelope('slash_commands', fields);
    expect(ack.ms).toBeLessThan(3_000);
    const reply = await runTextCommand('/kuril timeline from:2022 to:2022', testContext(realDossier(), NOW, { caller: testCaller({ platform: 'slack', userId: fields.user_id, isDirect: false }) }));
    const count = renderSlack(reply, { maxMessages: SLACK_LIMITS.responseUrlMessages }).length;
    const replies = await slack.fake.waitForReplies(fields.response_url, count);
    expect(headerOf(replies[0]!)).toBe('Timeline');
    expect(replies.every((m) => m.responseType === 'in_channel')).toBe(true);
    expect(JSON.stringify(replies.map((m) => m.blocks))).toContain('2022-03-21-russia-suspends-peace-talks');
  });

  it('answers an error only to the caller', async () => {
    const fields = slashCommand(slack.fake, 'timeline from:2023 to:2022');
    await slack.fake.sendEnvelope('slash_commands', fields);
    const [reply] = await slack.fake.waitForReplies(fields.response_url);
    expect(reply!.responseType).toBe('ephemeral');
    expect(headerOf(reply!)).toBe('Cannot run /kuril timeline');
  });

  it('answers a DM and a mention delivered as events_api envelopes', async () => {
    const user = slack.fake.addUser({ name: 'ann' });
    const dm = slack.fake.addChannel({ name: 'dm', isIm: true, user: user.id });
    await slack.fake.sendEnvelope('events_api', eventCallback(slack.fake, 'message', { channel: dm.id, user: user.id, text: '/kuril sources', channel_type: 'im' }));
    const sources = await runTextCommand('/kuril sources', testContext(realDossier(), NOW, { caller: testCaller({ platform: 'slack', userId: user.id, isDirect: true }) }));
    const posts = await slack.fake.waitForPosts(dm.id, renderSlack(sources).length);
    expect(posts[0]!.via).toBe('chat.postMessage');
    expect(headerOf(posts[0]!)).toBe('Sources');

    const channel = slack.fake.addChannel({ name: 'diplomacy' });
    const ts = '1719830400.000500';
    await slack.fake.sendEnvelope('events_api', eventCallback(slack.fake, 'app_mention', { channel: channel.id, user: user.id, text: `<@${slack.fake.botUserId}> /kuril brief`, ts }));
    const brief = await runTextCommand('/kuril brief', testContext(realDossier(), NOW, { caller: testCaller({ platform: 'slack', userId: user.id, isDirect: false }) }));
    const answers = await slack.fake.waitForPosts(channel.id, renderSlack(brief).length);
    expect(answers.length).toBeGreaterThan(1);
    expect(answers.every((a) => a.threadTs === ts)).toBe(true);
    expect(headerOf(answers[0]!)).toBe(brief.title);
    expect(slack.fake.rejected()).toEqual([]);
  });

  it('on stop, disconnects and finishes the reply in flight', async () => {
    const user = slack.fake.addUser({ name: 'bo' });
    const dm = slack.fake.addChannel({ name: 'dm', isIm: true, user: user.id });
    slack.fake.rateLimit('chat.postMessage', 1, 1, dm.id);
    await slack.fake.sendEnvelope('events_api', eventCallback(slack.fake, 'message', { channel: dm.id, user: user.id, text: 'what changed lately?', channel_type: 'im' }));
    // The reply is held up by the 429; stop now.
    await slack.fake.waitFor(() => slack.fake.calls('chat.postMessage').some((c) => c.body.channel === dm.id && c.status === 429) || undefined);
    expect(slack.fake.postedIn(dm.id)).toHaveLength(0);
    const logged = slack.under.logs.lines.length;
    await slack.under.bot.stop();
    expect(slack.fake.postedIn(dm.id)).toHaveLength(1);
    await slack.fake.waitFor(() => slack.fake.socketCount === 0 || undefined, 5_000, 'the socket to close');
    // Stopped for good: no reconnection. The Socket Mode client decides when its socket closes, before
    // stop() resolves, and logs a reconnection it schedules ("… will wait for 5000 milliseconds"); the
    // new apps.connections.open would come seconds later, so its absence proves nothing.
    const whileStopping = slack.under.logs.lines.slice(logged).join('\n');
    expect(whileStopping).toContain('Manually disconnecting this Socket Mode client');
    expect(whileStopping).not.toMatch(/reconnect/i);
    expect(slack.under.logs.text).not.toContain(slack.fake.appToken);
    expect(slack.under.logs.text).not.toContain(slack.fake.botToken);
  });
});
