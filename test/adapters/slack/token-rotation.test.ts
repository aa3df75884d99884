import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeWorkspace } from '../../support/fake-slack/index.js';
import { NEXT_DAY, startOAuthSlack, type OAuthSlack } from '../../support/slack-oauth.js';

/**
 * Token rotation, end to end: the fake Slack hands out rotating bot tokens (`xoxe.xoxb-…`, one hour
 * to live, with a refresh token). The installation keeps the refresh token and the expiry; a token
 * within two hours of expiring is refreshed through Bolt's installer (oauth.v2.access with
 * grant_type=refresh_token) before a digest goes out, and the new pair is stored.
 */

let slack: OAuthSlack;
let workspace: FakeWorkspace;

beforeAll(async () => {
  slack = await startOAuthSlack();
  slack.fake.rotateTokensEvery = 60 * 60;
  workspace = slack.fake.addWorkspace();
});
afterAll(async () => {
  await slack?.stop();
});

const stored = () => slack.digests.store.getInstallation(`team:${workspace.teamId}`);
const issued = () => slack.fake.issuedTokens.get(workspace.botToken) ?? [];
const refreshes = () => slack.fake.calls('oauth.v2.access').filter((r) => r.body.grant_type === 'refresh_token');

describe('token rotation', () => {
  it('the installation keeps the rotating token, its refresh token and when it expires', async () => {
    const before = Math.floor(Date.now() / 1000);
    expect((await slack.install(workspace)).status).toBe(200);
    const bot = (await stored())?.bot;
    expect(bot?.token).toBe(issued()[0]);
    expect(bot?.token).toMatch(/^xoxe\.xoxb-/);
    expect(bot?.refreshToken).toMatch(/^xoxe-1-/);
    expect(bot?.expiresAt).toBeGreaterThanOrEqual(before + 3600);
    expect(bot?.expiresAt).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 3600);
  });

  it('a token about to expire is refreshed before the digest goes out; the new pair is stored and used', async () => {
    const channel = await slack.subscribeChannel(workspace, workspace.teamId);
    const calls = refreshes().length;
    await slack.digests.tick(NEXT_DAY);
    // One hour to live is inside the two-hour window: the digest sender refreshed (Bolt refreshes on requests too).
    expect(refreshes().length).toBeGreaterThan(calls);
    expect(refreshes().every((r) => r.error === undefined)).toBe(true);
    const posts = slack.fake.requests.filter((r) => r.name === 'chat.postMessage' && r.body.channel === channel);
    expect(posts.length).toBeGreaterThan(0);
    const latest = issued().at(-1)!;
    expect(posts.every((r) => !r.error && r.headers.authorization === `Bearer ${latest}`)).toBe(true);
    expect(latest).not.toBe(issued()[0]);
    expect((await stored())?.bot?.token).toBe(latest);
  });

  it('never logs a token or a refresh token', async () => {
    const bot = (await stored())?.bot;
    for (const secret of [...issued(), bot!.refreshToken!]) expect(slack.logs.text).not.toContain(secret);
  });
});
