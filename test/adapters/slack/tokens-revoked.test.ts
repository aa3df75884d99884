import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeWorkspace } from '../../support/fake-slack/index.js';
import { NEXT_DAY, startOAuthSlack, type OAuthSlack } from '../../support/slack-oauth.js';

/**
 * tokens_revoked, end to end: the real Bolt app in OAuth mode gets a signed tokens_revoked event from
 * the fake Slack. A revoked bot token forgets the workspace (installation, digests, alerts) and the
 * next digest tick posts nothing there; a user revoking only their own token changes nothing.
 */

let slack: OAuthSlack;
let workspace: FakeWorkspace;
let channel: string;

beforeAll(async () => {
  slack = await startOAuthSlack();
  workspace = slack.fake.addWorkspace();
  expect((await slack.install(workspace)).status).toBe(200);
  channel = await slack.subscribeChannel(workspace, workspace.teamId);
  await slack.subscribeChannel(workspace, workspace.teamId, 'alerts on min:5');
});
afterAll(async () => {
  await slack?.stop();
});

const scope = () => `${workspace.teamId}.${workspace.botId}`;
const ofScope = async () => ({
  subscriptions: (await slack.digests.store.listSubscriptions()).filter((s) => s.scope === scope()).length,
  alerts: (await slack.digests.store.listAlertSettings()).filter((a) => a.scope === scope()).length,
});

describe('tokens_revoked', () => {
  it('a user revoking only their own token leaves the installation, the digests and the alerts', async () => {
    const before = await ofScope();
    expect(before).toEqual({ subscriptions: 1, alerts: 1 });
    const response = await slack.sendTeamEvent(workspace, workspace.teamId, { type: 'tokens_revoked', tokens: { oauth: ['U0123456789'] } });
    expect(response.status).toBe(200);
    // Bolt acknowledges before the listener runs: wait until it has handled the event.
    await expect.poll(() => slack.logs.entries('slack user tokens revoked').length).toBe(1);
    expect(await slack.digests.store.getInstallation(`team:${workspace.teamId}`)).toBeDefined();
    expect(await ofScope()).toEqual(before);
  });

  it("a revoked bot token forgets the workspace: installation, subscriptions and alerts; the next tick posts nothing there", async () => {
    const response = await slack.sendTeamEvent(workspace, workspace.teamId, { type: 'tokens_revoked', tokens: { bot: [workspace.botUserId] } });
    expect(response.status).toBe(200);
    await expect.poll(() => slack.digests.store.getInstallation(`team:${workspace.teamId}`)).toBeUndefined();
    expect(await ofScope()).toEqual({ subscriptions: 0, alerts: 0 });
    expect(slack.logs.entries('slack workspace forgotten (bot token revoked)')).toHaveLength(1);

    slack.fake.revokeToken(workspace.botToken);
    const report = await slack.digests.tick(NEXT_DAY);
    expect(report.due).toBe(0);
    expect(slack.fake.requests.filter((r) => r.name === 'chat.postMessage' && r.body.channel === channel)).toHaveLength(0);
  });
});
