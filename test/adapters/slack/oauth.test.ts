import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestBotScopes } from '../../../src/adapters/slack/oauth.js';
import { ConfigError, loadConfig } from '../../../src/config.js';
import { eventCallback, sendEvent, slackId, type FakeWorkspace } from '../../support/fake-slack/index.js';
import { NEXT_DAY, OAUTH_SIGNING_SECRET, startOAuthSlack, STATE_SECRET, type OAuthSlack } from '../../support/slack-oauth.js';

/**
 * Installing in many workspaces, end to end: the real Bolt app in OAuth mode, its installer against the
 * fake Slack (install page, state cookie, redirect, code exchange), installations in a real SQLite
 * file, and each workspace served with its own token (the fake refuses another workspace's token).
 */

let slack: OAuthSlack;
let second: FakeWorkspace;

beforeAll(async () => {
  slack = await startOAuthSlack();
  second = slack.fake.addWorkspace();
});
afterAll(async () => {
  await slack?.stop();
});

const scope = () => `${second.teamId}.${second.botId}`;

describe('installing in many workspaces', () => {
  it('refuses a partial set of OAuth settings at start, naming what is missing', () => {
    expect(() => loadConfig({ SLACK_CLIENT_ID: '123.456', SLACK_SIGNING_SECRET: OAUTH_SIGNING_SECRET })).toThrow(ConfigError);
    expect(() => loadConfig({ SLACK_CLIENT_ID: '123.456', SLACK_SIGNING_SECRET: OAUTH_SIGNING_SECRET })).toThrow(/SLACK_CLIENT_SECRET is not set/);
    expect(() => loadConfig({ SLACK_CLIENT_ID: '123.456', SLACK_CLIENT_SECRET: 'secret-123', SLACK_STATE_SECRET: STATE_SECRET })).toThrow(/SLACK_SIGNING_SECRET is not set/);
  });

  it('a second workspace installs through /slack/install and the redirect; the installation is stored', async () => {
    const done = await slack.install(second);
    expect(done.status).toBe(200);
    const exchange = slack.fake.requests.find((r) => r.name === 'oauth.v2.access');
    expect(exchange?.status).toBe(200);
    expect(exchange?.error).toBeUndefined();
    const stored = await slack.digests.store.getInstallation(`team:${second.teamId}`);
    expect(stored?.bot).toMatchObject({ token: second.botToken, id: second.botId, userId: second.botUserId });
    expect(stored?.bot?.scopes.sort()).toEqual(manifestBotScopes().sort());
  });

  it('a redirect without the state cookie installs nothing', async () => {
    const third = slack.fake.addWorkspace('Third');
    const code = slack.fake.authorizeCode(third, 'commands');
    const response = await fetch(`${slack.base}/slack/oauth_redirect?code=${code}&state=forged`);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await slack.digests.store.getInstallation(`team:${third.teamId}`)).toBeUndefined();
  });

  it('a direct message from that workspace is answered with its own token', async () => {
    const { fake } = slack;
    const user = slackId('U');
    const dm = slackId('D');
    fake.channels.set(dm, { id: dm, name: 'dm', isIm: true, user, teamId: second.teamId });
    fake.users.set(user, { id: user, name: 'reader', realName: 'Reader', teamId: second.teamId });
    const payload = eventCallback(fake, 'message', { channel: dm, user, text: 'help', channel_type: 'im' });
    const event = { ...(payload.event as object), team: second.teamId };
    const response = await sendEvent(`${slack.base}/slack/events`, OAUTH_SIGNING_SECRET, {
      ...payload,
      team_id: second.teamId,
      event,
      authorizations: [{ enterprise_id: null, team_id: second.teamId, user_id: second.botUserId, is_bot: true, is_enterprise_install: false }],
    });
    expect(response.status).toBe(200);
    await expect.poll(() => fake.messages.filter((m) => m.channel === dm).length).toBeGreaterThan(0);
    const posts = fake.requests.filter((r) => r.name === 'chat.postMessage' && r.body.channel === dm);
    expect(posts.every((r) => r.status === 200 && !r.error && r.headers.authorization === `Bearer ${second.botToken}`)).toBe(true);
  });

  it("a channel of that workspace subscribes, and its digest goes out with that workspace's token", async () => {
    const channel = await slack.subscribeChannel(second, second.teamId);
    expect((await slack.digests.store.listSubscriptions()).find((s) => s.channelId === channel)?.scope).toBe(scope());

    await slack.digests.tick(NEXT_DAY);
    const posts = slack.fake.requests.filter((r) => r.name === 'chat.postMessage' && r.body.channel === channel);
    expect(posts.length).toBeGreaterThan(0);
    expect(posts.every((r) => r.status === 200 && !r.error && r.headers.authorization === `Bearer ${second.botToken}`)).toBe(true);
  });

  it('app_uninstalled forgets the workspace: its installation and its subscriptions', async () => {
    expect((await slack.digests.store.listSubscriptions()).some((s) => s.scope === scope())).toBe(true);
    expect((await slack.sendTeamEvent(second, second.teamId, { type: 'app_uninstalled' })).status).toBe(200);
    await expect.poll(() => slack.digests.store.getInstallation(`team:${second.teamId}`)).toBeUndefined();
    await expect.poll(async () => (await slack.digests.store.listSubscriptions()).filter((s) => s.scope === scope()).length).toBe(0);
  });

  it('never logs a token or a secret', () => {
    for (const secret of [second.botToken, slack.fake.clientSecret, STATE_SECRET]) expect(slack.logs.text).not.toContain(secret);
  });
});
