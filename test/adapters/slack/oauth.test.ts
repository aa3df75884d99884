import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdapterDeps } from '../../../src/adapters/adapter.js';
import { manifestBotScopes } from '../../../src/adapters/slack/oauth.js';
import { createSlackBot, type SlackBot } from '../../../src/adapters/slack/slack-bot.js';
import { createAskLimiter } from '../../../src/commands/ask-limiter.js';
import { ConfigError, loadConfig } from '../../../src/config.js';
import { createDigestService, type DigestRuntime } from '../../../src/digests/service.js';
import { createDigestStore } from '../../../src/digests/store/open-store.js';
import { createLogger } from '../../../src/logger.js';
import { noIntake } from '../../support/context.js';
import { eventCallback, FakeSlack, sendEvent, sendSlashCommand, slackId, slashCommand, type FakeWorkspace } from '../../support/fake-slack/index.js';

import { LogCapture, NOW, realDossier, SIGNING_SECRET } from './harness.js';

/**
 * Installing in many workspaces, end to end: the real Bolt app in OAuth mode, its installer against the
 * fake Slack (install page, state cookie, redirect, code exchange), installations in a real SQLite
 * file, and each workspace served with its own token (the fake refuses another workspace's token).
 */

const STATE_SECRET = 'state-secret-0123456789abcdef';

let fake: FakeSlack;
let second: FakeWorkspace;
let dir: string;
let digests: DigestRuntime;
let bot: SlackBot;
let logs: LogCapture;
let base: string;

beforeAll(async () => {
  fake = await FakeSlack.start();
  second = fake.addWorkspace();
  dir = mkdtempSync(join(tmpdir(), 'kuril-oauth-'));
  const config = {
    ...loadConfig({
      SLACK_CLIENT_ID: fake.clientId,
      SLACK_CLIENT_SECRET: fake.clientSecret,
      SLACK_STATE_SECRET: STATE_SECRET,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      LOG_LEVEL: 'trace',
    }),
    PORT: 0,
  };
  logs = new LogCapture();
  const log = createLogger(config.LOG_LEVEL, logs);
  const store = await createDigestStore({ url: `sqlite://${join(dir, 'store.sqlite')}`, log });
  digests = createDigestService({ store, dossier: realDossier, log, defaultTimeZone: 'UTC' });
  const deps: AdapterDeps = { config, dossier: realDossier, now: () => NOW, log, digests, askLimiter: createAskLimiter(10), intake: noIntake, installations: store };
  bot = createSlackBot(deps, { host: '127.0.0.1', retryConfig: { retries: 0 } });
  await bot.start();
  base = `http://127.0.0.1:${bot.port ?? 0}`;
});
afterAll(async () => {
  await bot?.stop();
  await digests?.close();
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const scope = () => `${second.teamId}.${second.botId}`;

/** What a browser does: open the install page, approve on Slack (the fake's code), follow the redirect with the state cookie. */
async function install(workspace: FakeWorkspace): Promise<Response> {
  const page = await fetch(`${base}/slack/install`);
  expect(page.status).toBe(200);
  const html = await page.text();
  const link = new URL(/href="([^"]*oauth\/v2\/authorize[^"]*)"/.exec(html)![1]!.replace(/&amp;/g, '&'));
  expect(link.searchParams.get('client_id')).toBe(fake.clientId);
  const cookie = page.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const code = fake.authorizeCode(workspace, link.searchParams.get('scope')!);
  return fetch(`${base}/slack/oauth_redirect?code=${code}&state=${link.searchParams.get('state')}`, { headers: { cookie } });
}

describe('installing in many workspaces', () => {
  it('refuses a partial set of OAuth settings at start, naming what is missing', () => {
    expect(() => loadConfig({ SLACK_CLIENT_ID: '123.456', SLACK_SIGNING_SECRET: SIGNING_SECRET })).toThrow(ConfigError);
    expect(() => loadConfig({ SLACK_CLIENT_ID: '123.456', SLACK_SIGNING_SECRET: SIGNING_SECRET })).toThrow(/SLACK_CLIENT_SECRET is not set/);
    expect(() => loadConfig({ SLACK_CLIENT_ID: '123.456', SLACK_CLIENT_SECRET: 'secret-123', SLACK_STATE_SECRET: STATE_SECRET })).toThrow(/SLACK_SIGNING_SECRET is not set/);
  });

  it('a second workspace installs through /slack/install and the redirect; the installation is stored', async () => {
    const done = await install(second);
    expect(done.status).toBe(200);
    const exchange = fake.requests.find((r) => r.name === 'oauth.v2.access');
    expect(exchange?.status).toBe(200);
    expect(exchange?.error).toBeUndefined();
    const stored = await digests.store.getInstallation(`team:${second.teamId}`);
    expect(stored?.bot).toMatchObject({ token: second.botToken, id: second.botId, userId: second.botUserId });
    expect(stored?.bot?.scopes.sort()).toEqual(manifestBotScopes().sort());
  });

  it('a redirect without the state cookie installs nothing', async () => {
    const third = fake.addWorkspace('Third');
    const code = fake.authorizeCode(third, 'commands');
    const response = await fetch(`${base}/slack/oauth_redirect?code=${code}&state=forged`);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await digests.store.getInstallation(`team:${third.teamId}`)).toBeUndefined();
  });

  it('a direct message from that workspace is answered with its own token', async () => {
    const user = slackId('U');
    const dm = slackId('D');
    fake.channels.set(dm, { id: dm, name: 'dm', isIm: true, user, teamId: second.teamId });
    fake.users.set(user, { id: user, name: 'reader', realName: 'Reader', teamId: second.teamId });
    const payload = eventCallback(fake, 'message', { channel: dm, user, text: 'help', channel_type: 'im' });
    const event = { ...(payload.event as object), team: second.teamId };
    const response = await sendEvent(`${base}/slack/events`, SIGNING_SECRET, {
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
    const admin = slackId('U');
    const channel = slackId('C');
    fake.users.set(admin, { id: admin, name: 'admin', realName: 'Admin', isAdmin: true, teamId: second.teamId });
    fake.channels.set(channel, { id: channel, name: 'news', teamId: second.teamId });
    const fields = slashCommand(fake, 'subscribe time:09:00 tz:UTC', { team_id: second.teamId, channel_id: channel, channel_name: 'news', user_id: admin, user_name: 'admin' });
    expect((await sendSlashCommand(`${base}/slack/events`, SIGNING_SECRET, fields)).status).toBe(200);
    await expect.poll(async () => (await digests.store.listSubscriptions()).find((s) => s.channelId === channel)?.scope).toBe(scope());

    await digests.tick(new Date(NOW.getTime() + 24 * 60 * 60 * 1000 + 60_000));
    const posts = fake.requests.filter((r) => r.name === 'chat.postMessage' && r.body.channel === channel);
    expect(posts.length).toBeGreaterThan(0);
    expect(posts.every((r) => r.status === 200 && !r.error && r.headers.authorization === `Bearer ${second.botToken}`)).toBe(true);
  });

  it('app_uninstalled forgets the workspace: its installation and its subscriptions', async () => {
    expect((await digests.store.listSubscriptions()).some((s) => s.scope === scope())).toBe(true);
    const payload = {
      token: 'deprecated-verification-token',
      team_id: second.teamId,
      api_app_id: fake.appId,
      event: { type: 'app_uninstalled', event_ts: `${Math.floor(Date.now() / 1000)}.000100` },
      type: 'event_callback',
      event_id: slackId('Ev'),
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ enterprise_id: null, team_id: second.teamId, user_id: second.botUserId, is_bot: true, is_enterprise_install: false }],
    };
    expect((await sendEvent(`${base}/slack/events`, SIGNING_SECRET, payload)).status).toBe(200);
    await expect.poll(() => digests.store.getInstallation(`team:${second.teamId}`)).toBeUndefined();
    await expect.poll(async () => (await digests.store.listSubscriptions()).filter((s) => s.scope === scope()).length).toBe(0);
  });

  it('never logs a token or a secret', () => {
    for (const secret of [second.botToken, fake.clientSecret, STATE_SECRET]) expect(logs.text).not.toContain(secret);
  });
});
