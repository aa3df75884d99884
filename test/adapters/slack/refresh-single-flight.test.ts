import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanRedis, uniqueNamespace } from '../../support/digest-helpers.js';
import { sendSlashCommand, slackId, slashCommand, type FakeWorkspace } from '../../support/fake-slack/index.js';
import { redisUrl, skipWithoutRedis } from '../../support/redis.js';
import { OAUTH_SIGNING_SECRET, startOAuthSlack, type OAuthSlack } from '../../support/slack-oauth.js';

/**
 * Two processes of one deployment (two real Bolt apps in OAuth mode, their installations in one real
 * Redis) get a request from the same workspace at the same moment, when its rotating token is due
 * for a refresh. The fake Slack takes a refresh token once (a second use answers
 * invalid_refresh_token), as Slack does. One process refreshes; the other waits for the new pair in
 * the store and uses it: one refresh, none refused, the new token stored.
 */

const TWELVE_HOURS = 12 * 60 * 60;

describe.skipIf(skipWithoutRedis)('refreshing a rotating token from two processes at once', () => {
  let first: OAuthSlack;
  let second: OAuthSlack;
  let workspace: FakeWorkspace;
  let namespace: string;

  beforeAll(async () => {
    namespace = uniqueNamespace();
    first = await startOAuthSlack({ storeUrl: redisUrl(), namespace });
    second = await startOAuthSlack({ fake: first.fake, storeUrl: redisUrl(), namespace });
    // Slack's rotating tokens live 12 hours.
    first.fake.rotateTokensEvery = TWELVE_HOURS;
    workspace = first.fake.addWorkspace();
    expect((await first.install(workspace)).status).toBe(200);
  });
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
    if (namespace) await cleanRedis(namespace);
  });

  const key = () => `team:${workspace.teamId}`;
  const refreshes = () => first.fake.calls('oauth.v2.access').filter((r) => r.body.grant_type === 'refresh_token');
  const command = async (bot: OAuthSlack) => {
    const user = slackId('U');
    first.fake.users.set(user, { id: user, name: 'member', realName: 'Member', teamId: workspace.teamId });
    const fields = slashCommand(first.fake, 'help', { team_id: workspace.teamId, user_id: user, user_name: 'member' });
    expect((await sendSlashCommand(`${bot.base}/slack/events`, OAUTH_SIGNING_SECRET, fields)).status).toBe(200);
    await first.fake.waitForReplies(fields.response_url);
  };

  it('one process refreshes, the other waits for the new pair: one refresh, none refused, the new token stored', async () => {
    const installed = (await first.digests.store.getInstallation(key()))!;
    const original = installed.bot!.token;
    expect(original).toMatch(/^xoxe\.xoxb-/);
    // Eleven hours and fifty minutes later, as far as the token goes: inside Bolt's two-hour refresh window.
    await first.digests.store.putInstallation(key(), { ...installed, bot: { ...installed.bot!, expiresAt: Math.floor(Date.now() / 1000) + 600 } });

    await Promise.all([command(first), command(second), command(first), command(second)]);

    expect(refreshes()).toHaveLength(1);
    expect(refreshes().map((r) => r.error)).toEqual([undefined]);
    const issued = first.fake.issuedTokens.get(workspace.botToken) ?? [];
    expect(issued).toHaveLength(2);
    const stored = (await second.digests.store.getInstallation(key()))!;
    expect(stored.bot!.token).toBe(issued[1]);
    expect(stored.bot!.token).not.toBe(original);
    expect(stored.bot!.expiresAt! - Date.now() / 1000).toBeGreaterThan(TWELVE_HOURS - 60);
    // Every refresh came back with a pair, none was refused: nothing to log at error level.
    for (const slack of [first, second]) expect(slack.logs.text).not.toContain('Failed to perform oauth.v2.access');
  });

  it('the claim is given back once the new pair is stored: the next refresh, near the new expiry, is not held up', async () => {
    // Free now: anyone may take it (and gives it back at once).
    expect(await first.digests.store.claim(`slack-refresh:${key()}`, 'probe', 1_000)).toBe(true);
    await first.digests.store.release(`slack-refresh:${key()}`, 'probe');

    const current = (await first.digests.store.getInstallation(key()))!;
    await first.digests.store.putInstallation(key(), { ...current, bot: { ...current.bot!, expiresAt: Math.floor(Date.now() / 1000) + 600 } });
    await command(second);
    expect(refreshes().map((r) => r.error)).toEqual([undefined, undefined]);
    expect((await first.digests.store.getInstallation(key()))!.bot!.token).toBe((first.fake.issuedTokens.get(workspace.botToken) ?? []).at(-1));
  });

  it('a claim held by a process that died: the request is answered with the current token, no refresh token spent', async () => {
    const current = (await first.digests.store.getInstallation(key()))!;
    await first.digests.store.putInstallation(key(), { ...current, bot: { ...current.bot!, expiresAt: Math.floor(Date.now() / 1000) + 600 } });
    expect(await first.digests.store.claim(`slack-refresh:${key()}`, 'a-process-that-died', 60_000)).toBe(true);
    const before = refreshes().length;
    await command(first);
    expect(refreshes()).toHaveLength(before);
    // Bolt stored nothing: the refresh token is still there for whoever refreshes next.
    expect((await first.digests.store.getInstallation(key()))!.bot).toMatchObject({ token: current.bot!.token, refreshToken: current.bot!.refreshToken });
    await first.digests.store.release(`slack-refresh:${key()}`, 'a-process-that-died');
  });
});
