import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import { installationKey, installationSchema, type InstallationRecords } from '../../digests/store/installation.js';
import { singleRefresh, type SingleRefreshOptions } from './single-refresh.js';

/**
 * Bolt's InstallationStore over our store: one record per workspace (per organisation for an
 * Enterprise Grid org-wide install). Bolt calls storeInstallation after an install and after it
 * refreshes a rotating token, fetchInstallation for every request (through its authorize) and
 * deleteInstallation when we ask it to forget one. An installation due for a rotating-token refresh
 * is handed out one process at a time (single-refresh.ts). Installations hold tokens: nothing here logs one.
 */
export function storeInstallations(records: InstallationRecords, refreshOptions?: SingleRefreshOptions): Required<InstallationStore> {
  const refresh = singleRefresh(records, refreshOptions);
  const keyOf = (query: { isEnterpriseInstall?: boolean; enterpriseId?: string | undefined; teamId?: string | undefined }) => {
    const key = installationKey(query);
    if (!key) throw new Error('a Slack installation names neither its team nor, for an org-wide install, its enterprise');
    return key;
  };
  return {
    async storeInstallation(installation) {
      const key = keyOf({ isEnterpriseInstall: installation.isEnterpriseInstall === true, enterpriseId: installation.enterprise?.id, teamId: installation.team?.id });
      await records.putInstallation(key, installationSchema.parse(installation));
      await refresh.stored(key);
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const key = keyOf(query);
      const found = await records.getInstallation(key);
      // Bolt turns this into "authorization failed" for the request: the workspace has not installed the app.
      if (!found) throw new Error('this Slack workspace has not installed the app');
      return (await refresh.turn(key, found)) as unknown as Installation<'v2', boolean>;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await records.deleteInstallation(keyOf(query));
    },
  };
}
