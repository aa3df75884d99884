import type { App } from '@slack/bolt';
import { installationKey, type InstallationRecords } from '../../digests/store/installation.js';
import type { Logger } from '../../logger.js';
import { installOwner, scopeOf, type InstallContext } from './scope.js';
import type { WorkspaceTokens } from './workspace-tokens.js';

/**
 * A workspace (or an org, for an org-wide install) that uninstalls the app (app_uninstalled), or
 * revokes its bot token (tokens_revoked), is forgotten: its installation, and the digests and alerts its channels had, which could never be
 * posted again. Installing again starts afresh. One workspace leaving an org-wide install
 * (team_access_revoked) loses only its own channels.
 */
export function forgetUninstalled(bolt: App, records: InstallationRecords, tokens: WorkspaceTokens, log: Pick<Logger, 'info'>): void {
  // Bolt does not authorize these two events (the token may be gone already): the bot id comes from the stored installation.
  const forget = async (context: InstallContext, why: string) => {
    const key = installationKey(context);
    const botId = key ? (await records.getInstallation(key))?.bot?.id : undefined;
    // The workspace, or the org for an org-wide install: its channels are scoped by it (scope.ts).
    const owner = installOwner(context);
    const scope = scopeOf({ ...context, botId });
    let channels = 0;
    if (scope) channels = await records.forgetScope('slack', scope);
    if (key) await records.deleteInstallation(key);
    if (owner) tokens.forget(owner);
    log.info({ platform: 'slack', teamId: context.teamId, enterpriseId: context.enterpriseId, channels }, `slack workspace forgotten (${why})`);
  };

  bolt.event('app_uninstalled', async ({ context }) => forget(context, 'app uninstalled'));
  // An org-wide install removed from some of the org's workspaces (not the org): Slack sends an org-ready app
  // team_access_revoked with those workspaces. The install and its token stay for the others; only the channels
  // subscribed from those workspaces go (the subscription's workspaceId), else their posts fail as "no access" for days.
  bolt.event('team_access_revoked', async ({ event, context }) => {
    const scope = scopeOf(context);
    let channels = 0;
    if (scope) for (const team of event.team_ids ?? []) channels += await records.forgetScope('slack', scope, team);
    log.info({ platform: 'slack', enterpriseId: context.enterpriseId, teams: event.team_ids ?? [], channels }, 'slack workspaces left the org-wide install; their channels forgotten');
  });
  bolt.event('tokens_revoked', async ({ event, context }) => {
    // Only the bot's token matters: a user revoking their own token leaves the workspace's install.
    if ((event.tokens.bot ?? []).length > 0) await forget(context, 'bot token revoked');
    else log.info({ platform: 'slack', teamId: context.teamId, users: (event.tokens.oauth ?? []).length }, 'slack user tokens revoked; the bot token and the installation stay');
  });
}
