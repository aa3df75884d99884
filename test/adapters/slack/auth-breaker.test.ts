import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeWorkspace } from '../../support/fake-slack/index.js';
import { NEXT_DAY, startOAuthSlack, type OAuthSlack } from '../../support/slack-oauth.js';

/**
 * The auth breaker is per installation: two workspaces on the fake Slack, one of which revoked the
 * bot token without the app hearing of it (no tokens_revoked arrived). Its posts fail with
 * `token_revoked` until its breaker opens and stops them; the other workspace's digests go on, day
 * after day, and the bad one is recorded with its reason.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

let slack: OAuthSlack;
let good: FakeWorkspace;
let bad: FakeWorkspace;
let goodChannel: string;
let badChannels: string[];

beforeAll(async () => {
  slack = await startOAuthSlack();
  good = slack.fake.addWorkspace('Good');
  bad = slack.fake.addWorkspace('Revoked');
  for (const workspace of [good, bad]) expect((await slack.install(workspace)).status).toBe(200);
  goodChannel = await slack.subscribeChannel(good, good.teamId);
  // As many channels as the breaker's threshold (3), so it opens within one tick.
  badChannels = [];
  for (let i = 0; i < 3; i++) badChannels.push(await slack.subscribeChannel(bad, bad.teamId));
  slack.fake.revokeToken(bad.botToken);
});
afterAll(async () => {
  await slack?.stop();
});

const postsWith = (token: string) => slack.fake.requests.filter((r) => r.name === 'chat.postMessage' && r.headers.authorization === `Bearer ${token}`);
const badScope = () => `${bad.teamId}.${bad.botId}`;

describe('one workspace with a revoked token', () => {
  it('fails its own posts and opens its own breaker, with the reason; the other workspace gets its digest', async () => {
    const report = await slack.digests.tick(NEXT_DAY);
    expect(report.sent).toBe(1);
    expect(report.failed).toBe(3);
    expect(postsWith(good.botToken).filter((r) => r.body.channel === goodChannel && !r.error).length).toBeGreaterThan(0);
    expect(postsWith(bad.botToken).map((r) => r.error)).toEqual(['token_revoked', 'token_revoked', 'token_revoked']);

    expect(slack.digests.scheduler.suspended()).toEqual([{ platform: 'slack', scope: badScope(), reason: 'token_revoked' }]);
    const opened = slack.logs.entries('rejected the bot\'s credentials repeatedly');
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ scope: badScope(), reason: 'token_revoked' });
    // Not a channel's fault: nothing is disabled.
    expect((await slack.digests.store.listSubscriptions()).filter((s) => s.disabled)).toHaveLength(0);
  });

  it('the next day the other workspace still gets its digest; nothing more is tried with the revoked token', async () => {
    const before = postsWith(bad.botToken).length;
    const report = await slack.digests.tick(new Date(NEXT_DAY.getTime() + DAY_MS));
    expect(report.sent).toBe(1);
    expect(report.suspended).toBe(3);
    expect(postsWith(bad.botToken)).toHaveLength(before);
    const goodPosts = postsWith(good.botToken).filter((r) => r.body.channel === goodChannel && !r.error);
    expect(new Set(goodPosts.map((r) => (r.body.metadata as { event_payload: { delivery: string } }).event_payload.delivery)).size).toBe(2);
  });
});
