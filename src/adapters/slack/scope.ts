/**
 * Which installation serves a Slack channel (Caller.scope, ChannelRef.scope): `<owner>.<bot id>`,
 * where the owner is whoever installed the app: the workspace (team id, T…) for a workspace install,
 * the organisation (enterprise id, E…) for an Enterprise Grid org-wide install. An org-wide install
 * has one bot token for all the org's workspaces, and a channel may be shared by several of them:
 * scoped by the org, such a channel has one subscription whichever workspace it was typed in, and the
 * scope names the installation (and so the token) a digest or alert goes out with. Slack's ids say
 * which owner it is: enterprise ids begin with E, team ids with T.
 */

export interface InstallContext {
  readonly teamId?: string | undefined;
  readonly enterpriseId?: string | undefined;
  readonly isEnterpriseInstall?: boolean | undefined;
}

/** The id that installed the app: the org for an org-wide install, otherwise the workspace. */
export function installOwner(context: InstallContext): string | undefined {
  return context.isEnterpriseInstall ? context.enterpriseId : context.teamId;
}

/** The bot's identity for the request's installation (Caller.scope), from Bolt's context or auth.test. */
export function scopeOf(context: InstallContext & { readonly botId?: string | undefined }): string | undefined {
  const owner = installOwner(context);
  return owner && context.botId ? `${owner}.${context.botId}` : undefined;
}

/** The installation a scope's owner stands for, as Bolt's installer and our store query it. */
export function installQueryOf(owner: string): { teamId: string | undefined; enterpriseId: string | undefined; isEnterpriseInstall: boolean } {
  return owner.startsWith('E') ? { teamId: undefined, enterpriseId: owner, isEnterpriseInstall: true } : { teamId: owner, enterpriseId: undefined, isEnterpriseInstall: false };
}

/** `<owner>.<bot id>` split, or undefined for anything else. */
export function parseScope(scope: string | undefined): { owner: string; botId: string } | undefined {
  const [owner, botId, ...rest] = scope?.split('.') ?? [];
  return owner && botId && rest.length === 0 ? { owner, botId } : undefined;
}
