import { randomUUID } from 'node:crypto';
import type { InstallationRecords, StoredInstallation } from '../../digests/store/installation.js';

/**
 * One refresh of a rotating token at a time, across every process sharing the store. Slack takes a
 * refresh token once: two processes refreshing the same installation at once (Bolt's installer
 * refreshes inside `authorize`, for a request or before a digest) would see the second refused. So
 * before handing an installation that is due for a refresh to Bolt, the store's fetch takes a short
 * claim `slack-refresh:<key>`: the holder gets it as stored and Bolt refreshes and stores the new
 * pair (which releases the claim); anyone else waits a little for that new pair, re-reading the
 * stored installation, and gets it. If it does not come in time (the holder is slow or failed), the
 * waiter gets the installation without its refresh token, so Bolt posts with the current token
 * (still valid for up to two hours) instead of spending a refresh token another process holds.
 */

/** Bolt's installer refreshes a token this close to its expiry (fixed in @slack/oauth). */
export const REFRESH_WINDOW_S = 2 * 60 * 60;
/** The claim outlives a refresh (one oauth.v2.access call) with room; a holder that died frees it by then. */
export const REFRESH_LEASE_MS = 15_000;

export interface SingleRefreshOptions {
  /** How long a request waits for another process's refresh: below Slack's 3 s deadline for an ack. */
  readonly waitMs?: number;
  readonly pollMs?: number;
  readonly now?: () => number;
}

export interface SingleRefresh {
  /** The installation to hand to Bolt for `key`, once it is this caller's turn (see above). */
  turn(key: string, found: StoredInstallation): Promise<StoredInstallation>;
  /** After an installation is stored (a refresh, or an install): gives back the claim this process held for it. */
  stored(key: string): Promise<void>;
}

type Tokens = Pick<InstallationRecords, 'getInstallation' | 'claim' | 'release'>;

export function singleRefresh(records: Tokens, options: SingleRefreshOptions = {}): SingleRefresh {
  const waitMs = options.waitMs ?? 2_000;
  const pollMs = options.pollMs ?? 100;
  const now = options.now ?? Date.now;
  /** Claims this process holds, by installation key: the owner to release with. */
  const held = new Map<string, string>();
  const nameOf = (key: string) => `slack-refresh:${key}`;

  const take = async (key: string): Promise<boolean> => {
    const owner = `${process.pid}-${randomUUID()}`;
    if (!(await records.claim(nameOf(key), owner, REFRESH_LEASE_MS))) return false;
    held.set(key, owner);
    return true;
  };

  return {
    async turn(key, found) {
      if (!dueForRefresh(found, now()) || (await take(key))) return found;
      const deadline = now() + waitMs;
      let latest = found;
      while (now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, pollMs));
        latest = (await records.getInstallation(key)) ?? latest;
        // Refreshed by the holder (a new token), or no longer due: use it as it is.
        if (latest.bot?.token !== found.bot?.token || !dueForRefresh(latest, now())) return latest;
        // The holder gave up or died (its lease ran out): our turn, with the refresh token as stored now.
        if (await take(key)) return latest;
      }
      return withoutRefresh(latest);
    },
    async stored(key) {
      const owner = held.get(key);
      if (owner === undefined) return;
      held.delete(key);
      await records.release(nameOf(key), owner);
    },
  };
}

/** Bolt would refresh this installation now: a bot or user token with a refresh token, within the window of its expiry. */
export function dueForRefresh(installation: StoredInstallation, nowMs: number): boolean {
  const due = (part: { refreshToken?: unknown; expiresAt?: unknown } | undefined) =>
    typeof part?.refreshToken === 'string' && typeof part.expiresAt === 'number' && part.expiresAt - nowMs / 1000 <= REFRESH_WINDOW_S;
  return due(installation.bot) || due(installation.user as { refreshToken?: unknown; expiresAt?: unknown });
}

/** The installation as Bolt may use it without refreshing: the current tokens, no refresh tokens. */
function withoutRefresh(installation: StoredInstallation): StoredInstallation {
  const strip = <T extends object | undefined>(part: T): T => {
    if (!part) return part;
    const { refreshToken: _refresh, expiresAt: _expires, ...rest } = part as T & { refreshToken?: unknown; expiresAt?: unknown };
    return rest as T;
  };
  return { ...installation, bot: strip(installation.bot), user: strip(installation.user) };
}
