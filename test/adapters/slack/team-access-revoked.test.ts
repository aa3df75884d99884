import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeOrg } from '../../support/fake-slack/index.js';
import { NEXT_DAY, startOAuthSlack, type OAuthSlack } from '../../support/slack-oauth.js';

/**
 * team_access_revoked, end to end: an org-wide (Enterprise Grid) install is removed from one of the
 * org's two workspaces. Slack sends the org-ready app a signed team_access_revoked naming that
 * workspace; the bot forgets the digests and alerts of the channels subscribed from it, and keeps the
 * org's installation and the other workspace's channels, whose digest still goes out.
 */

let slack: OAuthSlack;
let org: FakeOrg;
const channels: Record<'gone' | 'kept', string[]> = { gone: [], kept: [] };

beforeAll(async () => {
  slack = await startOAuthSlack();
  org = slack.fake.addOrg(2);
  expect((await slack.install(org)).status).toBe(200);
  const [gone, kept] = org.teams as [string, string];
  channels.gone.push(await slack.subscribeChannel(org, gone), await slack.subscribeChannel(org, gone, 'alerts on min:5'));
  channels.kept.push(await slack.subscribeChannel(org, kept), await slack.subscribeChannel(org, kept, 'alerts on min:5'));
});
afterAll(async () => {
  await slack?.stop();
});

const scope = () => `${org.enterpriseId}.${org.botId}`;
const held = async (ids: string[]) => ({
  subscriptions: (await slack.digests.store.listSubscriptions()).filter((s) => s.scope === scope() && ids.includes(s.channelId)).length,
  alerts: (await slack.digests.store.listAlertSettings()).filter((a) => a.scope === scope() && ids.includes(a.channelId)).length,
});
const postsIn = (ids: string[]) => slack.fake.requests.filter((r) => r.name === 'chat.postMessage' && ids.includes(r.body.channel as string));

describe('team_access_revoked (one workspace leaves an org-wide install)', () => {
  it("forgets that workspace's subscriptions and alerts only; the org's installation stays", async () => {
    expect(await held(channels.gone)).toEqual({ subscriptions: 1, alerts: 1 });
    expect(await held(channels.kept)).toEqual({ subscriptions: 1, alerts: 1 });

    const [gone] = org.teams as [string, string];
    slack.fake.revokeTeamAccess(org, gone);
    const response = await slack.sendTeamEvent(org, gone, { type: 'team_access_revoked', team_ids: [gone] });
    expect(response.status).toBe(200);
    // Bolt acknowledges before the listener runs: wait until it has handled the event.
    await expect.poll(() => slack.logs.entries('slack workspaces left the org-wide install; their channels forgotten').length).toBe(1);

    expect(await held(channels.gone)).toEqual({ subscriptions: 0, alerts: 0 });
    expect(await held(channels.kept)).toEqual({ subscriptions: 1, alerts: 1 });
    expect(await slack.digests.store.getInstallation(`enterprise:${org.enterpriseId}`)).toMatchObject({ bot: { token: org.botToken } });
  });

  it("the next tick sends the other workspace's digest with the org's token and posts nothing in the one that left", async () => {
    const report = await slack.digests.tick(NEXT_DAY);
    expect(report.sent).toBe(1);
    expect(postsIn(channels.gone)).toHaveLength(0);
    const posts = postsIn(channels.kept.slice(0, 1));
    expect(posts.length).toBeGreaterThan(0);
    expect(posts.every((r) => r.status === 200 && !r.error && r.headers.authorization === `Bearer ${org.botToken}`)).toBe(true);
  });
});
