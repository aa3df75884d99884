import { memoryDigests, testCaller, testContext } from '../../support/context.js';
import { createLogger } from '../../../src/logger.js';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/briefings/reply.js';
import { runTextCommand } from '../../../src/commands/dispatch.js';
import { commands } from '../../../src/commands/registry.js';
import { renderSlack, SLACK_LIMITS } from '../../../src/adapters/slack/render.js';
import { eventCallback, sendEvent, sendSlashCommand, slashCommand, type PostedMessage } from '../../support/fake-slack/index.js';
import { NOW, realDossier, SIGNING_SECRET, useSlackBot } from '../../support/slack-harness.js';

/**
 * The real Bolt app in HTTP mode: signed requests to POST /slack/events, answers through the fake's
 * response_url and Web API. The fake checks every message against Block Kit's limits.
 */

const slack = useSlackBot('http');

/** What the command layer answers for a line, so a test knows what to expect on Slack. */
async function expected(line: string): Promise<Reply> {
  // A channel with no digest yet, and a caller who is not a workspace admin, like the fake's default user.
  const digests = await memoryDigests(realDossier(), createLogger('silent'));
  const caller = testCaller({ platform: 'slack', userId: 'U0EXPECTED1', channelId: 'C0EXPECTED1', isDirect: false, rights: { manageChannel: false } });
  return runTextCommand(line, testContext(realDossier(), NOW, { caller, digests }));
}

const headerOf = (message: PostedMessage) => {
  const first = message.blocks[0] as { type?: string; text?: { text?: string } } | undefined;
  return first?.type === 'header' ? first.text?.text : undefined;
};

/** Every string in what the bot sent, fallback text included. */
const sentText = (messages: readonly PostedMessage[]) => messages.map((m) => JSON.stringify({ text: m.text, blocks: m.blocks })).join('\n');

async function slash(text: string, overrides: Parameters<typeof slashCommand>[2] = {}) {
  const fields = slashCommand(slack.fake, text, overrides);
  const response = await sendSlashCommand(slack.under.eventsUrl, SIGNING_SECRET, fields);
  return { fields, response };
}

describe('request size', () => {
  it('refuses a body over 256 KB with 413 before checking its signature, and still serves normal requests', async () => {
    const huge = slashCommand(slack.fake, 'ask '.padEnd(300 * 1024, 'x'));
    const refused = await sendSlashCommand(slack.under.eventsUrl, SIGNING_SECRET, huge);
    expect(refused.status).toBe(413);
    // unsigned too: the size is checked first
    const unsigned = await fetch(slack.under.eventsUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'x'.repeat(300 * 1024) });
    expect(unsigned.status).toBe(413);
    expect((await slash('brief')).response.status).toBe(200);
  });
});

describe('/kuril over HTTP', () => {
  it.each(commands.map((c) => [c.name, c.examples[0] ?? `/kuril ${c.name}`] as const))('%s: acks at once and answers through response_url', async (_name, example) => {
    const text = example.replace(/^\/kuril\s*/, '');
    const reply = await expected(example);
    const count = renderSlack(reply, { maxMessages: SLACK_LIMITS.responseUrlMessages }).length;

    // A member the fake knows, so the digest commands' admin lookup gets a real answer (not an admin).
    const reader = slack.fake.addUser({ name: 'reader' });
    const { fields, response } = await slash(text, { user_id: reader.id, user_name: 'reader' });
    expect(response.status).toBe(200);
    expect(response.body).toBe('');
    expect(response.ms).toBeLessThan(3_000);

    const replies = await slack.fake.waitForReplies(fields.response_url, count);
    expect(replies).toHaveLength(count);
    expect(headerOf(replies[0]!)).toBe(reply.title);
    for (const message of replies) expect(message.responseType).toBe(reply.visibility === 'public' ? 'in_channel' : 'ephemeral');
    expect(slack.fake.rejected()).toEqual([]);
  });

  it('answers errors and help only to the caller', async () => {
    const unknown = await slash('bogus');
    const [error] = await slack.fake.waitForReplies(unknown.fields.response_url);
    expect(error!.responseType).toBe('ephemeral');
    expect(headerOf(error!)).toBe('Unknown subcommand');
    expect(sentText([error!])).toContain('There is no /kuril subcommand \\"bogus\\"');

    const help = await slash('help timeline');
    const [helpReply] = await slack.fake.waitForReplies(help.fields.response_url);
    expect(helpReply!.responseType).toBe('ephemeral');
    expect(sentText([helpReply!])).toContain('/kuril timeline [from:YYYY-MM-DD]');
  });

  it('answers in the channel when the reply is public', async () => {
    const { fields } = await slash('timeline from:2022-03 to:2022-03');
    const [reply] = await slack.fake.waitForReplies(fields.response_url);
    expect(reply!.responseType).toBe('in_channel');
    expect(headerOf(reply!)).toBe('Timeline');
    expect(sentText([reply!])).toContain('2022-03-21-russia-suspends-peace-talks');
  });

  it('refuses a bad signature and a stale timestamp with 401', async () => {
    const badSignature = slashCommand(slack.fake, 'brief');
    const bad = await sendSlashCommand(slack.under.eventsUrl, SIGNING_SECRET, badSignature, { signature: `v0=${'0'.repeat(64)}` });
    expect(bad.status).toBe(401);

    const otherSecret = slashCommand(slack.fake, 'brief');
    const wrong = await sendSlashCommand(slack.under.eventsUrl, 'some-other-signing-secret', otherSecret);
    expect(wrong.status).toBe(401);

    const staleFields = slashCommand(slack.fake, 'brief');
    const stale = await sendSlashCommand(slack.under.eventsUrl, SIGNING_SECRET, staleFields, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(stale.status).toBe(401);

    // A correct request after them still works, and none of the refused ones was answered.
    const good = await slash('brief');
    expect(good.response.status).toBe(200);
    await slack.fake.waitForReplies(good.fields.response_url);
    for (const refused of [badSignature, otherSecret, staleFields]) expect(slack.fake.repliesTo(refused.response_url)).toEqual([]);
  });
});

describe('the largest outputs stay within Block Kit limits', () => {
  it('brief, every timeline page, sources, actors, help and the longest event', async () => {
    const dossier = realDossier();
    const pages = (await expected('/kuril timeline')).page?.count ?? 1;
    const sizes = await Promise.all(dossier.events.map(async (e) => [e.id, JSON.stringify(await expected(`/kuril event ${e.id}`)).length] as const));
    const longest = sizes.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    const lines = ['brief', ...Array.from({ length: pages }, (_, i) => `timeline page:${i + 1}`), 'sources', 'actors', 'help', `event ${longest}`];

    for (const line of lines) {
      const reply = await expected(`/kuril ${line}`);
      const { fields } = await slash(line);
      const count = renderSlack(reply, { maxMessages: SLACK_LIMITS.responseUrlMessages }).length;
      const replies = await slack.fake.waitForReplies(fields.response_url, count);
      const all = sentText(replies);
      // Everything the reply lists arrived: every item title and every source link.
      for (const item of reply.sections.flatMap((s) => s.items)) {
        expect(all, `${line}: ${item.title}`).toContain(JSON.stringify(item.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')).slice(1, -1));
        for (const source of item.sources) if (source.url) expect(all, `${line}: ${source.url}`).toContain(`<${source.url.replace(/&/g, '&amp;')}|`);
      }
      for (const message of replies) expect(message.blocks.length).toBeLessThanOrEqual(50);
    }
    // The brief needs more than one message: splitting was exercised, and nothing was refused.
    expect(slack.fake.messages.filter((m) => m.text?.includes('(continued, 2 of')).length).toBeGreaterThan(0);
    expect(slack.fake.rejected()).toEqual([]);
  });
});

describe('direct messages and mentions', () => {
  it('answers a DM question in the DM', async () => {
    const user = slack.fake.addUser({ name: 'ann', realName: 'Ann Analyst' });
    const dm = slack.fake.addChannel({ name: 'dm', isIm: true, user: user.id });
    const event = eventCallback(slack.fake, 'message', { channel: dm.id, user: user.id, text: 'when did the peace talks stop?', channel_type: 'im' });
    const response = await sendEvent(slack.under.eventsUrl, SIGNING_SECRET, event);
    expect(response.status).toBe(200);
    const [reply] = await slack.fake.waitForPosts(dm.id);
    const expectedReply = await runTextCommand('/kuril ask when did the peace talks stop?', testContext(realDossier(), NOW, { caller: testCaller({ platform: 'slack', userId: user.id, isDirect: true }) }));
    expect(reply!.via).toBe('chat.postMessage');
    expect(reply!.threadTs).toBeUndefined();
    expect(headerOf(reply!)).toBe(expectedReply.title);
    expect(reply!.body).not.toHaveProperty('link_names');
    // The bot looked up who was asking.
    expect(slack.fake.calls('users.info').some((c) => c.body.user === user.id)).toBe(true);
  });

  it('runs a /kuril line typed in a DM as a command', async () => {
    const user = slack.fake.addUser({ name: 'bo' });
    const dm = slack.fake.addChannel({ name: 'dm', isIm: true, user: user.id });
    await sendEvent(slack.under.eventsUrl, SIGNING_SECRET, eventCallback(slack.fake, 'message', { channel: dm.id, user: user.id, text: '/kuril actors', channel_type: 'im' }));
    const posts = await slack.fake.waitForPosts(dm.id, renderSlack(await expected('/kuril actors')).length);
    expect(headerOf(posts[0]!)).toBe((await expected('/kuril actors')).title);
  });

  it('answers an app_mention in a thread, without the bot mention', async () => {
    const user = slack.fake.addUser({ name: 'cy' });
    const channel = slack.fake.addChannel({ name: 'diplomacy' });
    const ts = '1719830400.000100';
    const text = `<@${slack.fake.botUserId}> /kuril timeline from:2022-03 to:2022-03`;
    await sendEvent(slack.under.eventsUrl, SIGNING_SECRET, eventCallback(slack.fake, 'app_mention', { channel: channel.id, user: user.id, text, ts }));
    const [reply] = await slack.fake.waitForPosts(channel.id);
    expect(reply!.via).toBe('chat.postMessage');
    expect(reply!.threadTs).toBe(ts);
    expect(headerOf(reply!)).toBe('Timeline');

    // A question by mention: answered in the thread it was asked in, as the Reply's visibility says.
    const threadTs = '1719830400.000200';
    const question = await expected('/kuril ask who is Muneo Suzuki?');
    await sendEvent(
      slack.under.eventsUrl,
      SIGNING_SECRET,
      eventCallback(slack.fake, 'app_mention', { channel: channel.id, user: user.id, text: `<@${slack.fake.botUserId}> who is Muneo Suzuki?`, ts: '1719830400.000300', thread_ts: threadTs }),
    );
    const posts = await slack.fake.waitForPosts(channel.id, 2);
    const answer = posts[1]!;
    expect(answer.threadTs).toBe(threadTs);
    expect(answer.via).toBe(question.visibility === 'public' ? 'chat.postMessage' : 'chat.postEphemeral');
    if (answer.via === 'chat.postEphemeral') expect(answer.user).toBe(user.id);
  });

  it('ignores bot messages, its own messages and edits', async () => {
    const user = slack.fake.addUser({ name: 'di' });
    const dm = slack.fake.addChannel({ name: 'dm', isIm: true, user: user.id });
    const lookups = slack.fake.calls('users.info').length;
    const ignored = [
      { channel: dm.id, user: user.id, text: 'from another bot', channel_type: 'im' as const, bot_id: 'B0OTHERBOT1' },
      { channel: dm.id, user: user.id, text: 'bot message', channel_type: 'im' as const, subtype: 'bot_message' },
      { channel: dm.id, user: slack.fake.botUserId, text: 'my own words', channel_type: 'im' as const },
      { channel: dm.id, user: user.id, text: 'edited', channel_type: 'im' as const, subtype: 'message_changed' },
    ];
    for (const event of ignored) expect((await sendEvent(slack.under.eventsUrl, SIGNING_SECRET, eventCallback(slack.fake, 'message', event))).status).toBe(200);
    const mentionByBot = eventCallback(slack.fake, 'app_mention', { channel: dm.id, user: user.id, text: `<@${slack.fake.botUserId}> brief`, bot_id: 'B0OTHERBOT1' });
    await sendEvent(slack.under.eventsUrl, SIGNING_SECRET, mentionByBot);
    // A real message after them, from someone else: by the time it is answered the bot has long taken
    // or dropped the ones before, and it looks up the author of every message it takes.
    const other = slack.fake.addUser({ name: 'dee' });
    const otherDm = slack.fake.addChannel({ name: 'dm', isIm: true, user: other.id });
    await sendEvent(slack.under.eventsUrl, SIGNING_SECRET, eventCallback(slack.fake, 'message', { channel: otherDm.id, user: other.id, text: 'a real question', channel_type: 'im' }));
    await slack.fake.waitForPosts(otherDm.id, 1);
    expect(slack.fake.calls('users.info').slice(lookups).map((c) => c.body.user)).toEqual([other.id]);
    expect(slack.fake.postedIn(dm.id)).toEqual([]);
  });

  it('answers an event Slack delivers twice only once', async () => {
    const user = slack.fake.addUser({ name: 'ed' });
    const dm = slack.fake.addChannel({ name: 'dm', isIm: true, user: user.id });
    const event = eventCallback(slack.fake, 'message', { channel: dm.id, user: user.id, text: 'hello?', channel_type: 'im' });
    await sendEvent(slack.under.eventsUrl, SIGNING_SECRET, event);
    await sendEvent(slack.under.eventsUrl, SIGNING_SECRET, event);
    // A new event after the repeat: its answer comes after any answer to the repeat would have.
    await sendEvent(slack.under.eventsUrl, SIGNING_SECRET, eventCallback(slack.fake, 'message', { channel: dm.id, user: user.id, text: '/kuril help timeline', channel_type: 'im' }));
    const [answer, marker] = [await expected('/kuril ask hello?'), await expected('/kuril help timeline')];
    await slack.fake.waitFor(() => slack.fake.postedIn(dm.id).some((post) => headerOf(post) === marker.title), 5_000, 'the answer to the later event');
    expect(slack.fake.postedIn(dm.id).map(headerOf)).toEqual([answer.title, marker.title]);
  });

  it('waits out a 429 and then answers', async () => {
    const user = slack.fake.addUser({ name: 'fy' });
    const dm = slack.fake.addChannel({ name: 'dm', isIm: true, user: user.id });
    slack.fake.rateLimit('chat.postMessage', 1, 1, dm.id);
    await sendEvent(slack.under.eventsUrl, SIGNING_SECRET, eventCallback(slack.fake, 'message', { channel: dm.id, user: user.id, text: 'anything new?', channel_type: 'im' }));
    await slack.fake.waitForPosts(dm.id, 1, 8_000);
    const attempts = slack.fake.calls('chat.postMessage').filter((c) => c.body.channel === dm.id);
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(1_000);
  });
});

describe('mention injection', () => {
  const MENTIONS = /<!(channel|here|everyone)|<@U|<!subteam|@(everyone|channel|here)\b/;

  it('keeps <!channel>, <!here>, <@U…> and @everyone inert in every reply', async () => {
    const before = slack.fake.messages.length;
    // As Slack encodes a typed mention, and as literal characters (which Slack sends entity-encoded).
    const lines = [
      `event <!channel> <!here> <@U12345678> @everyone`,
      `event &lt;!channel&gt; &lt;!here&gt; &lt;@U12345678&gt; &lt;!everyone&gt;`,
      `<!here|here> timeline`,
      `timeline actor:"<!channel> @everyone"`,
    ];
    const urls: string[] = [];
    for (const line of lines) {
      const { fields } = await slash(line);
      urls.push(fields.response_url);
    }
    for (const url of urls) await slack.fake.waitForReplies(url);

    const user = slack.fake.addUser({ name: 'mallory' });
    const dm = slack.fake.addChannel({ name: 'dm', isIm: true, user: user.id });
    await sendEvent(slack.under.eventsUrl, SIGNING_SECRET, eventCallback(slack.fake, 'message', { channel: dm.id, user: user.id, text: '/kuril event <!channel> @everyone <@U12345678>', channel_type: 'im' }));
    const channel = slack.fake.addChannel({ name: 'general' });
    await sendEvent(
      slack.under.eventsUrl,
      SIGNING_SECRET,
      eventCallback(slack.fake, 'app_mention', { channel: channel.id, user: user.id, text: `<@${slack.fake.botUserId}> /kuril help <!here> &lt;!channel&gt;` }),
    );
    await slack.fake.waitForPosts(dm.id);
    await slack.fake.waitForPosts(channel.id);

    const sent = slack.fake.messages.slice(before);
    expect(sent.length).toBeGreaterThanOrEqual(6);
    const text = sentText(sent);
    expect(text).not.toMatch(MENTIONS);
    // The user's text was echoed (defused), so the check above is not vacuous.
    expect(text).toContain('@\u200beveryone');
    expect(text).toContain('&lt;\u200b!channel&gt;');
    for (const message of sent) {
      expect(message.body).not.toHaveProperty('link_names');
      expect(message.body).not.toHaveProperty('parse');
    }
    expect(slack.under.logs.text).not.toContain(slack.fake.botToken);
  });
});
