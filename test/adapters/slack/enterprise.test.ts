import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendSlashCommand, slackId, slashCommand, type FakeOrg } from '../../support/fake-slack/index.js';
import { NEXT_DAY, OAUTH_SIGNING_SECRET, startOAuthSlack, type OAuthSlack } from '../../support/slack-oauth.js';

/**
 * Enterprise Grid, end to end: an organisation installs the app org-wide (oauth.v2.access answers
 * `team: null`, the enterprise and `is_enterprise_install: true`); the installation is stored and
 * fetched by the enterprise; channels of any of its workspaces subscribe under the org's scope and
 * their digests go out with the org's token (the fake refuses it for channels outside the org).
 */

let slack: OAuthSlack;
let org: FakeOrg;

beforeAll(async () => {
  slack = await startOAuthSlack();
  org = slack.fake.addOrg(2);
});
afterAll(async () => {
  await slack?.stop();
});

const scope = () => `${org.enterpriseId}.${org.botId}`;
const postsTo = (channel: string) => slack.fake.requests.filter((r) => r.name === 'chat.postMessage' && r.body.channel === channel);

describe('an org-wide install (Enterprise Grid)', () => {
  it('is stored under the enterprise, not a team', async () => {
    expect((await slack.install(org)).status).toBe(200);
    const stored = await slack.digests.store.getInstallation(`enterprise:${org.enterpriseId}`);
    expect(stored).toMatchObject({ isEnterpriseInstall: true, enterprise: { id: org.enterpriseId }, bot: { token: org.botToken, id: org.botId } });
    expect(stored?.team).toBeUndefined();
    for (const team of org.teams) expect(await slack.digests.store.getInstallation(`team:${team}`)).toBeUndefined();
  });

  it("channels of two of the org's workspaces subscribe under the org's scope; each digest goes out with the org's token", async () => {
    const channels = [await slack.subscribeChannel(org, org.teams[0]!), await slack.subscribeChannel(org, org.teams[1]!)];
    const subscriptions = (await slack.digests.store.listSubscriptions()).filter((s) => channels.includes(s.channelId));
    expect(subscriptions.map((s) => s.scope)).toEqual([scope(), scope()]);
    expect(subscriptions.map((s) => s.workspaceId).sort()).toEqual([...org.teams].sort());

    const report = await slack.digests.tick(NEXT_DAY);
    expect(report.sent).toBe(2);
    for (const channel of channels) {
      const posts = postsTo(channel);
      expect(posts.length).toBeGreaterThan(0);
      expect(posts.every((r) => r.status === 200 && !r.error && r.headers.authorization === `Bearer ${org.botToken}`)).toBe(true);
    }
  });

  it('a channel shared by two workspaces of the org has one subscription, whichever workspace a command came from', async () => {
    const channel = await slack.subscribeChannel(org, org.teams[0]!);
    const admin = slackId('U');
    slack.fake.users.set(admin, { id: admin, name: 'other-admin', realName: 'Other Admin', isAdmin: true, teamId: org.teams[1]! });
    const fields = slashCommand(slack.fake, 'pause', { team_id: org.teams[1]!, enterprise_id: org.enterpriseId, is_enterprise_install: 'true', channel_id: channel, channel_name: 'news', user_id: admin, user_name: 'other-admin' });
    expect((await sendSlashCommand(`${slack.base}/slack/events`, OAUTH_SIGNING_SECRET, fields)).status).toBe(200);
    await slack.fake.waitForReplies(fields.response_url);
    const matching = (await slack.digests.store.listSubscriptions()).filter((s) => s.channelId === channel);
    expect(matching).toHaveLength(1);
    expect(matching[0]).toMatchObject({ scope: scope(), paused: true });
  });

  it("app_uninstalled from the org forgets the org's installation and every channel it served", async () => {
    expect((await slack.digests.store.listSubscriptions()).filter((s) => s.scope === scope())).toHaveLength(3);
    expect((await slack.sendTeamEvent(org, org.teams[0]!, { type: 'app_uninstalled' })).status).toBe(200);
    await expect.poll(() => slack.digests.store.getInstallation(`enterprise:${org.enterpriseId}`)).toBeUndefined();
    await expect.poll(async () => (await slack.digests.store.listSubscriptions()).filter((s) => s.scope === scope()).length).toBe(0);
  });
});
