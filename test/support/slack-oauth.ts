import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { AdapterDeps } from '../../src/adapters/adapter.js';
import { createSlackBot, type SlackBot } from '../../src/adapters/slack/slack-bot.js';
import { createAskLimiter } from '../../src/commands/ask-limiter.js';
import type { Metrics } from '../../src/common/metrics.js';
import { loadConfig } from '../../src/config.js';
import { createDigestService, type DigestRuntime, type DigestServiceOptions } from '../../src/digests/service.js';
import { createDigestStore } from '../../src/digests/store/open-store.js';
import { createLogger } from '../../src/logger.js';
import { noIntake } from './context.js';
import { FakeSlack, sendEvent, sendSlashCommand, slackId, slashCommand, type FakeOrg, type FakeWorkspace, type SentRequest } from './fake-slack/index.js';
import { realDossier } from './fixtures.js';
import { LogCapture } from './log-capture.js';

/**
 * The Slack bot installed in many workspaces, for end-to-end tests: the real Bolt app in OAuth mode
 * (HTTP, signed requests), its installer against the fake Slack, installations and digests in a real
 * SQLite file, and helpers that do what a browser and Slack do (install, slash commands, events).
 */

export const OAUTH_SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
export const STATE_SECRET = 'state-secret-0123456789abcdef';
/** The bot's clock; a digest subscribed at 09:00 UTC is due at NOW + 1 day. */
export const OAUTH_NOW = new Date('2026-07-01T09:00:00Z');
export const NEXT_DAY = new Date(OAUTH_NOW.getTime() + 24 * 60 * 60 * 1000 + 60_000);

/** Who installed: a workspace, or an organisation org-wide. */
export type Installer = FakeWorkspace | FakeOrg;

export interface OAuthSlack {
  readonly fake: FakeSlack;
  readonly bot: SlackBot;
  readonly digests: DigestRuntime;
  readonly logs: LogCapture;
  /** http://127.0.0.1:PORT */
  readonly base: string;
  /** What a browser does: the install page, Slack's consent (the fake's code), the redirect with the state cookie. */
  install(installer: Installer): Promise<Response>;
  /** `/kuril <text>` from a workspace admin in a new channel of `teamId`; resolves once the reply came. Returns the channel. */
  subscribeChannel(installer: Installer, teamId: string, text?: string): Promise<string>;
  /** A signed Events API callback (app_uninstalled, tokens_revoked…) from `teamId`, as Slack sends it for this install. */
  sendTeamEvent(installer: Installer, teamId: string, event: Record<string, unknown>): Promise<SentRequest>;
  stop(): Promise<void>;
}

export interface OAuthSlackOptions {
  readonly metrics?: Metrics;
  readonly delivery?: DigestServiceOptions['delivery'];
  /** Another bot's fake Slack, so two bots (two processes of one deployment) serve the same workspaces; not closed by stop(). */
  readonly fake?: FakeSlack;
  /** The store (a Redis URL, to share it between two bots) and its namespace; a temp SQLite file by default. */
  readonly storeUrl?: string;
  readonly namespace?: string;
}

const isOrg = (installer: Installer): installer is FakeOrg => 'enterpriseId' in installer;

export async function startOAuthSlack(options: OAuthSlackOptions = {}): Promise<OAuthSlack> {
  const fake = options.fake ?? (await FakeSlack.start());
  const dir = mkdtempSync(join(tmpdir(), 'kuril-oauth-'));
  const config = {
    ...loadConfig({
      SLACK_CLIENT_ID: fake.clientId,
      SLACK_CLIENT_SECRET: fake.clientSecret,
      SLACK_STATE_SECRET: STATE_SECRET,
      SLACK_SIGNING_SECRET: OAUTH_SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      LOG_LEVEL: 'trace',
    }),
    PORT: 0,
  };
  const logs = new LogCapture();
  const log = createLogger(config.LOG_LEVEL, logs);
  const store = await createDigestStore({ url: options.storeUrl ?? `sqlite://${join(dir, 'store.sqlite')}`, log, ...(options.namespace ? { namespace: options.namespace } : {}) });
  const digests = createDigestService({ store, dossier: realDossier, log, defaultTimeZone: 'UTC', ...(options.delivery ? { delivery: options.delivery } : {}) });
  const deps: AdapterDeps = {
    config,
    dossier: realDossier,
    now: () => OAUTH_NOW,
    log,
    digests,
    askLimiter: createAskLimiter(10),
    intake: noIntake,
    installations: store,
    ...(options.metrics ? { metrics: options.metrics } : {}),
  };
  const bot = createSlackBot(deps, { host: '127.0.0.1', retryConfig: { retries: 0 } });
  await bot.start();
  const base = `http://127.0.0.1:${bot.port ?? 0}`;
  const eventsUrl = `${base}/slack/events`;

  const authorization = (installer: Installer, teamId: string) =>
    isOrg(installer)
      ? { enterprise_id: installer.enterpriseId, team_id: null, user_id: installer.botUserId, is_bot: true, is_enterprise_install: true }
      : { enterprise_id: null, team_id: teamId, user_id: installer.botUserId, is_bot: true, is_enterprise_install: false };

  return {
    fake,
    bot,
    digests,
    logs,
    base,

    async install(installer) {
      const page = await fetch(`${base}/slack/install`);
      expect(page.status).toBe(200);
      const html = await page.text();
      const link = new URL(/href="([^"]*oauth\/v2\/authorize[^"]*)"/.exec(html)![1]!.replace(/&amp;/g, '&'));
      expect(link.searchParams.get('client_id')).toBe(fake.clientId);
      const cookie = page.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const code = fake.authorizeCode(installer, link.searchParams.get('scope')!);
      return fetch(`${base}/slack/oauth_redirect?code=${code}&state=${link.searchParams.get('state')}`, { headers: { cookie } });
    },

    async subscribeChannel(installer, teamId, text = 'subscribe time:09:00 tz:UTC') {
      const admin = slackId('U');
      const channel = slackId('C');
      fake.users.set(admin, { id: admin, name: 'admin', realName: 'Admin', isAdmin: true, teamId });
      fake.channels.set(channel, { id: channel, name: 'news', teamId });
      const fields = slashCommand(fake, text, {
        team_id: teamId,
        channel_id: channel,
        channel_name: 'news',
        user_id: admin,
        user_name: 'admin',
        ...(isOrg(installer) ? { enterprise_id: installer.enterpriseId, is_enterprise_install: 'true' } : {}),
      });
      expect((await sendSlashCommand(eventsUrl, OAUTH_SIGNING_SECRET, fields)).status).toBe(200);
      await fake.waitForReplies(fields.response_url);
      return channel;
    },

    sendTeamEvent(installer, teamId, event) {
      return sendEvent(eventsUrl, OAUTH_SIGNING_SECRET, {
        token: 'deprecated-verification-token',
        team_id: teamId,
        ...(isOrg(installer) ? { enterprise_id: installer.enterpriseId } : {}),
        api_app_id: fake.appId,
        event: { event_ts: `${Math.floor(Date.now() / 1000)}.000100`, ...event },
        type: 'event_callback',
        event_id: slackId('Ev'),
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [authorization(installer, teamId)],
      });
    },

    async stop() {
      await bot.stop();
      await digests.close();
      if (!options.fake) await fake.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
