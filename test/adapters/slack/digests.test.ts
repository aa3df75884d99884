import { noIntake } from '../../support/context.js';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackBot, type SlackBot } from '../../../src/adapters/slack/slack-bot.js';
import { renderSlack, SLACK_LIMITS } from '../../../src/adapters/slack/render.js';
import { brief } from '../../../src/briefings/index.js';
import { composeDigest } from '../../../src/briefings/digest.js';
import { noticeReply } from '../../../src/briefings/reply.js';
import { createAskLimiter } from '../../../src/commands/ask-limiter.js';
import { loadConfig } from '../../../src/config.js';
import { createDigestService, type DigestRuntime } from '../../../src/digests/service.js';
import { createDigestStore } from '../../../src/digests/store/open-store.js';
import type { ChannelRef, DigestSender, DigestService } from '../../../src/digests/types.js';
import { createLogger } from '../../../src/logger.js';
import { tempDir, testLog, type TestLog } from '../../support/digest-helpers.js';
import {
  eventCallback,
  FakeSlack,
  sendEvent,
  sendSlashCommand,
  slackId,
  slashCommand,
  type FakeChannel,
  type FakeUser,
  type PostedMessage,
} from '../../support/fake-slack/index.js';
import { LogCapture, realDossier, SIGNING_SECRET } from '../../support/slack-harness.js';

/**
 * Daily digests on Slack, end to end: signed slash commands to the real Bolt app (HTTP mode), the real
 * digest service on a temp SQLite file with an injected clock, the scheduler driven tick by tick, and
 * the fake Slack checking every message the sender posts.
 */

const MINUTE = 60_000;
/** The clock the bot's commands and the scheduler read; tests move it. */
const clock = { now: new Date('2026-07-01T06:00:00Z') };

let fake: FakeSlack;
let bot: SlackBot;
let runtime: DigestRuntime;
let sender: DigestSender | undefined;
let logs: LogCapture;
let serviceLog: TestLog;
let eventsUrl: string;
let cleanupDir: () => void = () => undefined;

beforeAll(async () => {
  fake = await FakeSlack.start();
  const tmp = tempDir();
  cleanupDir = tmp.cleanup;
  serviceLog = testLog();
  const store = await createDigestStore({ url: `sqlite://${join(tmp.dir, 'digests.sqlite')}`, log: serviceLog });
  runtime = createDigestService({
    store,
    dossier: realDossier,
    log: serviceLog,
    defaultTimeZone: 'UTC',
    now: () => clock.now,
    delivery: { concurrency: 4, leaseMs: 10_000 },
  });
  // The real service; only the hand-over of the sender is noted so the tests can call it directly too.
  const digests: DigestService = {
    ...runtime,
    registerSender(s) {
      sender = s;
      runtime.registerSender(s);
    },
  };
  const config = {
    ...loadConfig({ SLACK_BOT_TOKEN: fake.botToken, SLACK_API_URL: fake.apiUrl, SLACK_SIGNING_SECRET: SIGNING_SECRET, LOG_LEVEL: 'debug' }),
    PORT: 0,
  };
  logs = new LogCapture();
  bot = createSlackBot(
    { config, dossier: realDossier, now: () => clock.now, log: createLogger(config.LOG_LEVEL, logs), digests, askLimiter: createAskLimiter(config.ASK_RATE_LIMIT), intake: noIntake },
    { host: '127.0.0.1', retryConfig: { retries: 2, minTimeout: 0, maxTimeout: 20 }, digestPostTimeoutMs: 500 },
  );
  await bot.start();
  eventsUrl = `http://127.0.0.1:${bot.port ?? 0}/slack/events`;
});

afterAll(async () => {
  await bot?.stop();
  await runtime?.close();
  await fake?.close();
  cleanupDir();
});

/** The channel as the store keys it: scoped by the bot (team and bot id) that serves it. */
const ref = (channel: FakeChannel): ChannelRef => ({ platform: 'slack', channelId: channel.id, scope: `${fake.teamId}.${fake.botId}` });
/** Everything a message shows, fallback text included. */
const textOf = (messages: readonly PostedMessage[]) => messages.map((m) => JSON.stringify({ text: m.text, blocks: m.blocks })).join('\n');
const headerOf = (message: PostedMessage | undefined) => {
  const first = message?.blocks[0] as { type?: string; text?: { text?: string } } | undefined;
  return first?.type === 'header' ? first.text?.text : undefined;
};
const usersInfoFor = (user: string) => fake.calls('users.info').filter((c) => c.body.user === user);
const postsTo = (channel: FakeChannel) => fake.calls('chat.postMessage').filter((c) => c.body.channel === channel.id);

/** `/kuril <text>` typed by a user in a channel; resolves with the ack and the (single) reply. */
async function slash(text: string, user: Pick<FakeUser, 'id' | 'name'>, channel: Pick<FakeChannel, 'id' | 'name'>) {
  const fields = slashCommand(fake, text, { user_id: user.id, user_name: user.name, channel_id: channel.id, channel_name: channel.name });
  const response = await sendSlashCommand(eventsUrl, SIGNING_SECRET, fields);
  const [reply] = await fake.waitForReplies(fields.response_url, 1, 10_000);
  return { response, reply: reply! };
}

/** The messages a digest for `day` should produce, rendered as the sender renders them. */
function expectedDigest(day: string, cursor?: Parameters<typeof composeDigest>[2]) {
  const reply = composeDigest(realDossier(), day, cursor).reply;
  return { reply, messages: renderSlack(reply, { maxMessages: SLACK_LIMITS.responseUrlMessages }) };
}

describe('digest commands through signed slash commands', () => {
  const channel = () => fake.channels.get(ids.news)!;
  const ids = { news: '', admin: '', member: '' };
  beforeAll(() => {
    ids.news = fake.addChannel({ name: 'kuril-news' }).id;
    ids.admin = fake.addUser({ name: 'ada', realName: 'Ada Admin', isAdmin: true }).id;
    ids.member = fake.addUser({ name: 'max', realName: 'Max Member' }).id;
  });
  const admin = () => fake.users.get(ids.admin)!;
  const member = () => fake.users.get(ids.member)!;

  it('refuses a member who is not a workspace admin, only to them, after acking at once', async () => {
    const { response, reply } = await slash('subscribe time:08:30 tz:Asia/Tokyo', member(), channel());
    expect(response.status).toBe(200);
    expect(response.body).toBe('');
    expect(response.ms).toBeLessThan(3_000);
    expect(reply.responseType).toBe('ephemeral');
    expect(headerOf(reply)).toBe('Not allowed');
    expect(textOf([reply])).toContain('Only workspace admins and owners, or the person who subscribed this channel');
    expect(await runtime.get(ref(channel()))).toBeUndefined();
    expect(usersInfoFor(member().id)).toHaveLength(1);
  });

  it('lets a workspace admin subscribe the channel, in public', async () => {
    const { reply } = await slash('subscribe time:08:30 tz:Asia/Tokyo quiet:skip', admin(), channel());
    expect(reply.responseType).toBe('in_channel');
    expect(headerOf(reply)).toBe('This channel now gets a daily digest');
    expect(textOf([reply])).toContain('Daily at 08:30 (Asia/Tokyo)');
    expect(await runtime.get(ref(channel()))).toMatchObject({
      platform: 'slack',
      channelId: channel().id,
      workspaceId: fake.teamId,
      time: '08:30',
      tz: 'Asia/Tokyo',
      quiet: 'skip',
      subscribedBy: admin().id,
    });
  });

  it('shows the settings to anyone, only to them', async () => {
    const status = await slash('subscribe', member(), channel());
    expect(status.reply.responseType).toBe('ephemeral');
    expect(headerOf(status.reply)).toBe('Daily digest for this channel');
    expect(textOf([status.reply])).toContain('Daily at 08:30 (Asia/Tokyo)');
  });

  it('answers preview and briefings without looking up the caller', async () => {
    const reader = fake.addUser({ name: 'rita' });
    // This channel skips quiet days, and nothing is new: the preview says no digest is due.
    const skipped = await slash('preview', reader, channel());
    expect(skipped.reply.responseType).toBe('ephemeral');
    expect(headerOf(skipped.reply)).toBe('No digest due');
    // A channel without a subscription previews what it would get.
    const preview = await slash('preview', reader, fake.addChannel({ name: 'kuril-preview' }));
    expect(preview.reply.responseType).toBe('ephemeral');
    expect(headerOf(preview.reply)).toMatch(/^Kuril Islands daily digest, /);
    expect(textOf([preview.reply])).toContain('Preview of the digest due');

    const briefing = await slash('timeline from:2022-03 to:2022-03', reader, channel());
    expect(briefing.reply.responseType).toBe('in_channel');
    expect(headerOf(briefing.reply)).toBe('Timeline');
    expect(usersInfoFor(reader.id)).toEqual([]);
  });

  it('lets the subscriber pause and resume after losing admin rights; other members may not', async () => {
    const team = fake.addChannel({ name: 'japan-desk' });
    const sam = fake.addUser({ name: 'sam', isAdmin: true });
    await slash('subscribe time:10:00 tz:Europe/Berlin', sam, team);
    expect((await runtime.get(ref(team)))?.subscribedBy).toBe(sam.id);

    // Sam is no longer an admin; once the cached answer has expired the bot sees that.
    fake.users.set(sam.id, { ...sam, isAdmin: false });
    clock.now = new Date(clock.now.getTime() + 10 * MINUTE);

    const refused = await slash('pause', member(), team);
    expect(refused.reply.responseType).toBe('ephemeral');
    expect(headerOf(refused.reply)).toBe('Not allowed');
    expect((await runtime.get(ref(team)))?.paused).toBe(false);

    // Sam subscribed the channel, so no admin lookup is needed for Sam to pause it.
    const paused = await slash('pause', sam, team);
    expect(usersInfoFor(sam.id)).toHaveLength(1);
    expect(paused.reply.responseType).toBe('in_channel');
    expect(headerOf(paused.reply)).toBe('Daily digest paused');
    expect((await runtime.get(ref(team)))?.paused).toBe(true);

    const resumed = await slash('resume', sam, team);
    expect(headerOf(resumed.reply)).toBe('Daily digest resumed');
    expect((await runtime.get(ref(team)))?.paused).toBe(false);

    // A non-admin who did not subscribe cannot stop it; an admin can.
    expect(headerOf((await slash('unsubscribe', member(), team)).reply)).toBe('Not allowed');
    const stopped = await slash('unsubscribe', admin(), team);
    expect(stopped.reply.responseType).toBe('in_channel');
    expect(headerOf(stopped.reply)).toBe('Daily digest stopped');
    expect(await runtime.get(ref(team))).toBeUndefined();
  });

  it('asks users.info once per user for a few minutes', async () => {
    const desk = fake.addChannel({ name: 'sakhalin-desk' });
    const owner = fake.addUser({ name: 'olga', isOwner: true });
    await slash('subscribe time:07:00', owner, desk);
    await slash('pause', owner, desk);
    await slash('resume', owner, desk);
    expect(usersInfoFor(owner.id)).toHaveLength(1);
    expect((await runtime.get(ref(desk)))?.paused).toBe(false);
    await runtime.unsubscribe(ref(desk));
  });

  it('treats a failed users.info as "not an admin" and logs it', async () => {
    const stranger = { id: slackId('U'), name: 'ghost' };
    const { reply } = await slash('pause', stranger, channel());
    expect(headerOf(reply)).toBe('Not allowed');
    // A failure is not cached: the next command asks again.
    const again = await slash('unsubscribe', stranger, channel());
    expect(headerOf(again.reply)).toBe('Not allowed');
    expect(usersInfoFor(stranger.id).map((c) => c.error)).toEqual(['user_not_found', 'user_not_found']);
    expect(logs.text).toContain('users.info failed; treating the caller as not a workspace admin');
    expect((await runtime.get(ref(channel())))?.paused).toBe(false);
  });

  it('does not count an admin of another organisation (a shared channel) as an admin here', async () => {
    const guest = fake.addUser({ name: 'eve', isAdmin: true, teamId: slackId('T') });
    const { reply } = await slash('pause', guest, channel());
    expect(headerOf(reply)).toBe('Not allowed');
  });

  it('answers the digest commands in a DM with "only in a channel", without a lookup', async () => {
    const dm = { id: slackId('D'), name: 'directmessage' };
    const before = fake.calls('users.info').length;
    const { reply } = await slash('subscribe time:09:00', admin(), dm);
    expect(headerOf(reply)).toBe('Only in a channel');
    expect(fake.calls('users.info').length).toBe(before);
  });

  it('takes a digest command by mention from an admin, answered in the thread', async () => {
    const room = fake.addChannel({ name: 'kuril-mentions' });
    const ts = '1782885600.000100';
    const text = `<@${fake.botUserId}> /kuril subscribe time:11:15 tz:Asia/Tokyo`;
    await sendEvent(eventsUrl, SIGNING_SECRET, eventCallback(fake, 'app_mention', { channel: room.id, user: admin().id, text, ts }));
    const [reply] = await fake.waitForPosts(room.id, 1, 10_000);
    expect(reply!.threadTs).toBe(ts);
    expect(headerOf(reply)).toBe('This channel now gets a daily digest');
    expect((await runtime.get(ref(room)))?.time).toBe('11:15');
    await runtime.unsubscribe(ref(room));
  });

  afterAll(async () => {
    await runtime.unsubscribe(ref(channel()));
  });
});

describe('delivery by the scheduler', () => {
  const admin = () => [...fake.users.values()].find((u) => u.name === 'dora')!;
  beforeAll(() => {
    fake.addUser({ name: 'dora', isAdmin: true });
  });

  async function subscribeAt(name: string, at: string): Promise<FakeChannel> {
    clock.now = new Date(at);
    const channel = fake.addChannel({ name });
    const { reply } = await slash('subscribe time:09:00 tz:UTC', admin(), channel);
    expect(headerOf(reply)).toBe('This channel now gets a daily digest');
    return channel;
  }

  it('posts exactly one digest at the due time; another tick the same day posts nothing', async () => {
    const channel = await subscribeAt('digest-daily', '2026-07-03T07:00:00Z');
    const expected = expectedDigest('2026-07-03');

    expect((await runtime.tick(new Date('2026-07-03T08:59:00Z'))).sent).toBe(0);
    expect(fake.postedIn(channel.id)).toEqual([]);

    const report = await runtime.tick(new Date('2026-07-03T09:00:00Z'));
    expect(report.sent).toBe(1);
    const posts = fake.postedIn(channel.id);
    expect(posts).toHaveLength(expected.messages.length);
    expect(posts.map((p) => p.via)).toEqual(expected.messages.map(() => 'chat.postMessage'));
    expect(headerOf(posts[0])).toBe(expected.reply.title);
    expect(posts[0]!.text).toBe(expected.messages[0]!.text);
    for (const post of posts) {
      expect(post.threadTs).toBeUndefined();
      expect(post.body).not.toHaveProperty('link_names');
      expect(post.body).not.toHaveProperty('parse');
      expect(post.body).toMatchObject({ unfurl_links: 'false', unfurl_media: 'false' });
    }
    expect(await runtime.store.getLedger(ref(channel), '2026-07-03')).toMatchObject({ status: 'sent' });

    expect((await runtime.tick(new Date('2026-07-03T09:01:00Z'))).sent).toBe(0);
    expect((await runtime.tick(new Date('2026-07-03T13:00:00Z'))).sent).toBe(0);
    expect(fake.postedIn(channel.id)).toHaveLength(expected.messages.length);
    expect(postsTo(channel).map((c) => c.status)).toEqual(expected.messages.map(() => 200));
    await runtime.unsubscribe(ref(channel));
  });

  it('disables a channel that answers channel_not_found; another channel still gets its digest', async () => {
    const gone = await subscribeAt('digest-deleted', '2026-07-04T07:00:00Z');
    const alive = await subscribeAt('digest-alive', '2026-07-04T07:01:00Z');
    fake.refuseChannel(gone.id, 'channel_not_found');

    const report = await runtime.tick(new Date('2026-07-04T09:00:00Z'));
    expect(report).toMatchObject({ sent: 1, gone: 1 });
    expect(fake.postedIn(alive.id)).toHaveLength(expectedDigest('2026-07-04').messages.length);
    expect(fake.postedIn(gone.id)).toEqual([]);
    expect((await runtime.get(ref(gone)))?.disabled?.reason).toMatch(/no longer exists \(channel_not_found\)/);
    expect(serviceLog.messages('warn')).toContain('digest channel gone: subscription disabled');

    // The next day the disabled channel is not tried again.
    await runtime.tick(new Date('2026-07-05T09:00:00Z'));
    expect(postsTo(gone)).toHaveLength(1);
    expect(fake.postedIn(alive.id).length).toBeGreaterThan(expectedDigest('2026-07-04').messages.length);
    fake.refuseChannel(gone.id, undefined);
    await runtime.unsubscribe(ref(gone));
    await runtime.unsubscribe(ref(alive));
  });

  it('waits out a 429 for its Retry-After (the digest limiter decides) and delivers the digest once', async () => {
    const channel = await subscribeAt('digest-limited', '2026-07-06T07:00:00Z');
    fake.rateLimit('chat.postMessage', 1, 1, channel.id);

    const report = await runtime.tick(new Date('2026-07-06T09:00:00Z'));
    expect(report.sent).toBe(1);
    const attempts = postsTo(channel);
    const count = expectedDigest('2026-07-06').messages.length;
    expect(attempts.map((a) => a.status)).toEqual([429, ...Array<number>(count).fill(200)]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(1_000);
    expect(fake.postedIn(channel.id)).toHaveLength(count);
    // The Web API client handed the 429 back instead of retrying by itself.
    const limited = serviceLog.lines.find((l) => l.message === 'digest post rate limited; will retry');
    expect(limited?.details).toMatchObject({ channel: `slack:${fake.teamId}.${fake.botId}:${channel.id}:2026-07-06`, retryAfterMs: 1_000 });
    await runtime.unsubscribe(ref(channel));
  });

  it('after a post that landed but went unanswered (5xx, a late answer, a reset), the retry finds it by its metadata and does not post it again', async () => {
    const faults = [{ accept: true, status: 500 }, { accept: true, delayMs: 1_500 }, { accept: true, reset: true }];
    for (const [i, fault] of faults.entries()) {
      const day = `2026-07-${String(10 + i).padStart(2, '0')}`;
      const channel = await subscribeAt(`digest-unclear-${i}`, `${day}T07:00:00Z`);
      fake.fault('chat.postMessage', { ...fault, times: 1, channel: channel.id });
      expect((await runtime.tick(new Date(`${day}T09:00:00Z`))).failed, JSON.stringify(fault)).toBe(1);
      // The Web API client did not retry by itself: one post, tagged.
      expect(fake.postedIn(channel.id)).toHaveLength(1);
      expect(fake.postedIn(channel.id)[0]!.metadata).toEqual({ event_type: 'kuril_digest_part', event_payload: { channel: channel.id, delivery: day, part: 0 } });

      expect((await runtime.tick(new Date(`${day}T09:01:00Z`))).sent).toBe(1);
      expect(fake.postedIn(channel.id), JSON.stringify(fault)).toHaveLength(expectedDigest(day).messages.length);
      expect(fake.calls('conversations.history').filter((c) => c.body.channel === channel.id)).toHaveLength(1);
      await runtime.unsubscribe(ref(channel));
    }
  });

  it('not_in_channel is retried on later days; the third day in a row stops the digest and tells the subscriber', async () => {
    const channel = await subscribeAt('digest-kicked', '2026-07-20T07:00:00Z');
    fake.refuseChannel(channel.id, 'not_in_channel');
    for (const [n, day] of ['2026-07-20', '2026-07-21', '2026-07-22'].entries()) {
      expect((await runtime.tick(new Date(`${day}T09:00:00Z`))).refused).toBe(1);
      // Not asked again that day (and, after the third refusal, not at all).
      expect((await runtime.tick(new Date(`${day}T09:05:00Z`))).refused).toBe(n < 2 ? 1 : 0);
      expect(postsTo(channel)).toHaveLength(n + 1);
    }
    expect((await runtime.get(ref(channel)))?.disabled?.reason).toMatch(/3 days in a row \(not_in_channel\)/);
    const note = fake.messages.filter((m) => m.channel === admin().id);
    expect(note).toHaveLength(1);
    expect(note[0]!.text).toContain(`<#${channel.id}>`);
    fake.refuseChannel(channel.id, undefined);
    await runtime.unsubscribe(ref(channel));
  });
});

describe('the Slack digest sender', () => {
  it('is handed over once the app has started, scoped by team and bot', () => {
    expect(sender?.platform).toBe('slack');
    expect(sender?.scope).toBe(`${fake.teamId}.${fake.botId}`);
    expect(runtime.scheduler.platforms()).toEqual(['slack']);
  });

  it('renders a long reply as several posts and tags each with its delivery and part', async () => {
    const reply = brief(realDossier(), new Date('2026-07-01T09:00:00Z'));
    const messages = renderSlack(reply, { maxMessages: SLACK_LIMITS.responseUrlMessages });
    const parts = sender!.render(reply);
    expect(parts).toEqual(messages);
    const whole = fake.addChannel({ name: 'digest-long' });
    for (const [index, part] of parts.entries()) {
      expect(await sender!.sendPart(part, { channelId: whole.id, delivery: '2026-07-01', index, count: parts.length, verify: false })).toMatchObject({ kind: 'sent' });
    }
    expect(fake.postedIn(whole.id).map((p) => p.text)).toEqual(messages.map((m) => m.text));
    expect(fake.postedIn(whole.id).map((p) => (p.metadata?.event_payload as { part: number }).part)).toEqual(messages.map((_, i) => i));
  });

  it('tells gone (the channel) from forbidden (access), credentials (the app) and other refusals', async () => {
    const reply = noticeReply('Kuril Islands daily digest', 'No new developments.', 'public');
    const [part] = sender!.render(reply);
    const expected: Record<string, string> = {
      channel_not_found: 'gone',
      is_archived: 'gone',
      not_in_channel: 'forbidden',
      invalid_auth: 'unauthorized',
      token_revoked: 'unauthorized',
      missing_scope: 'rejected',
      msg_too_long: 'rejected',
    };
    for (const [error, kind] of Object.entries(expected)) {
      const channel = fake.addChannel({ name: `digest-${error}` });
      fake.refuseChannel(channel.id, error);
      expect(await sender!.sendPart(part, { channelId: channel.id, delivery: '2026-07-01', index: 0, count: 1, verify: false }), error).toMatchObject({ kind });
    }
  });
});
