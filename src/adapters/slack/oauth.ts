import { readFileSync } from 'node:fs';
import type { AppOptions } from '@slack/bolt';
import { load } from 'js-yaml';
import type { Config } from '../../config.js';
import type { InstallationRecords } from '../../digests/store/installation.js';
import { storeInstallations } from './installation-store.js';

/**
 * Installing in any workspace (OAuth v2 with Bolt's own installer): the install page at
 * /slack/install, Slack's redirect back to /slack/oauth_redirect (Bolt's default paths), the bot
 * scopes from manifest.yml so they are written in one place, installations kept in our store.
 */

/** The bot scopes the app asks for: manifest.yml's oauth_config.scopes.bot. */
export function manifestBotScopes(path = new URL('../../../manifest.yml', import.meta.url)): string[] {
  const manifest = load(readFileSync(path, 'utf8')) as { oauth_config?: { scopes?: { bot?: unknown } } };
  const scopes = manifest.oauth_config?.scopes?.bot;
  if (!Array.isArray(scopes) || !scopes.every((s) => typeof s === 'string')) throw new Error('manifest.yml lists no bot scopes (oauth_config.scopes.bot)');
  return scopes;
}

/** Bolt App options for OAuth mode; the App's clientOptions (SLACK_API_URL) reach the code exchange too. */
export function oauthAppOptions(config: Config, records: InstallationRecords, clientOptions: NonNullable<AppOptions['clientOptions']>): AppOptions {
  return {
    signingSecret: config.SLACK_SIGNING_SECRET!,
    clientId: config.SLACK_CLIENT_ID!,
    clientSecret: config.SLACK_CLIENT_SECRET!,
    stateSecret: config.SLACK_STATE_SECRET!,
    scopes: manifestBotScopes(),
    installationStore: storeInstallations(records),
    installerOptions: { clientOptions },
  };
}
