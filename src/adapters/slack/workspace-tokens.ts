import { installationKey, type InstallationRecords } from '../../digests/store/installation.js';
import { installQueryOf, parseScope } from './scope.js';

/**
 * The bot token of each installation (a workspace, or an org for an Enterprise Grid org-wide install),
 * for the posts no Slack request carries a token for (digests and alerts), by the channel's scope
 * `<owner>.<bot id>` (scope.ts). Answers are kept for a short while (a digest run asks once per
 * channel); an uninstall forgets its installation at once in this process, and within `ttlMs` in the
 * others. Tokens are never logged.
 */
export interface WorkspaceTokens {
  /** The bot token for the scope, or undefined when that workspace or org has not installed (this bot of) the app. */
  tokenFor(scope: string | undefined): Promise<string | undefined>;
  /** Forgets the cached tokens of an owner (a team id, or an enterprise id for an org-wide install). */
  forget(owner: string): void;
}

export const TOKEN_CACHE_MS = 60_000;

/** Refreshes a rotating token (Bolt's installer, which also stores the new one); resolves to the fresh bot token. */
export type RefreshToken = (query: ReturnType<typeof installQueryOf>) => Promise<string | undefined>;

/** A rotating token is refreshed this long before it expires (Bolt's installer does the same for requests). */
const REFRESH_BEFORE_MS = 2 * 60 * 60 * 1000;

export function createWorkspaceTokens(
  records: Pick<InstallationRecords, 'getInstallation'>,
  options: { ttlMs?: number; now?: () => number; refresh?: RefreshToken } = {},
): WorkspaceTokens {
  const ttlMs = options.ttlMs ?? TOKEN_CACHE_MS;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { readonly token: string | undefined; readonly at: number }>();
  return {
    async tokenFor(scope) {
      const parsed = parseScope(scope);
      if (!parsed) return undefined;
      const cached = cache.get(scope!);
      if (cached && now() - cached.at < ttlMs) return cached.token;
      const query = installQueryOf(parsed.owner);
      const installation = await records.getInstallation(installationKey(query)!);
      // Another bot id is another app (or a reinstall under a new bot user): not ours to post as.
      const bot = installation?.bot?.id === parsed.botId ? installation.bot : undefined;
      const expiring = bot?.refreshToken && bot.expiresAt !== undefined && bot.expiresAt * 1000 - now() < REFRESH_BEFORE_MS;
      const token = expiring && options.refresh ? await options.refresh(query) : bot?.token;
      if (cache.size >= 10_000) cache.clear();
      cache.set(scope!, { token, at: now() });
      return token;
    },
    forget(owner) {
      for (const scope of cache.keys()) if (scope.startsWith(`${owner}.`)) cache.delete(scope);
    },
  };
}
