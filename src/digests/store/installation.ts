import { z } from 'zod';

/**
 * A Slack installation as Bolt's installer hands it over (its `Installation` type), kept so the bot can
 * act in every workspace that installed it. Validated on read like every record; only the fields the
 * bot relies on are checked, the rest of Bolt's object is kept as it came so Bolt gets it back whole.
 * Holds tokens: never log one.
 */
const id = z.string().min(1).max(100);
const named = z.looseObject({ id, name: z.string().max(200).optional() });

export const installationSchema = z.looseObject({
  team: named.optional(),
  enterprise: named.optional(),
  isEnterpriseInstall: z.boolean().optional(),
  bot: z
    .looseObject({
      /** `xoxb-…`, or `xoxe.xoxb-…` when the app turned token rotation on. */
      token: z.string().regex(/^(xoxe\.)?xoxb-/),
      id,
      userId: id,
      scopes: z.array(z.string()),
      refreshToken: z.string().optional(),
      /** Seconds since the epoch, when token rotation is on. */
      expiresAt: z.number().optional(),
    })
    .optional(),
  user: z.looseObject({ id, token: z.string().optional() }),
});
export type StoredInstallation = z.output<typeof installationSchema>;

/** The record key of an installation: the enterprise for an org-wide (Enterprise Grid) install, otherwise the team. */
export function installationKey(query: { readonly isEnterpriseInstall?: boolean; readonly enterpriseId?: string | undefined; readonly teamId?: string | undefined }): string | undefined {
  if (query.isEnterpriseInstall) return query.enterpriseId ? `enterprise:${query.enterpriseId}` : undefined;
  return query.teamId ? `team:${query.teamId}` : undefined;
}

/** What the Slack adapter needs of the store for installations (DigestStore implements it). */
export interface InstallationRecords {
  getInstallation(key: string): Promise<StoredInstallation | undefined>;
  putInstallation(key: string, installation: StoredInstallation): Promise<void>;
  deleteInstallation(key: string): Promise<boolean>;
  forgetScope(platform: 'slack', scope: string, workspaceId?: string): Promise<number>;
  /** A short claim across processes (one rotating-token refresh at a time per installation): the digest store's claims. */
  claim(name: string, owner: string, leaseMs: number): Promise<boolean>;
  release(name: string, owner: string): Promise<void>;
}
