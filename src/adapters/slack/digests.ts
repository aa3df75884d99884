import { createHash } from 'node:crypto';
import { webApi } from '@slack/bolt';
import type { Reply } from '../../briefings/reply.js';
import type { DigestSender, SendResult } from '../../digests/types.js';
import type { Logger } from '../../logger.js';
import { renderSlack, SLACK_LIMITS } from './render.js';

/**
 * Daily digests on Slack: the sender the scheduler posts through, and who may manage a channel's
 * digest (workspace admins and owners; the digest commands also let the subscriber manage it).
 */

/**
 * chat.postMessage errors that say this channel is gone or closed to the bot, so its subscription is
 * disabled ('gone'). Errors about the app as a whole (missing_scope, invalid_auth, token_revoked,
 * account_inactive, access_denied, ekm_access_denied, a workspace-wide restricted_action) are not
 * here: disabling every channel for a configuration problem would outlive its fix, so they fail the
 * send instead, are logged, and the digests resume by themselves once the app is fixed.
 */
export const GONE_ERRORS: ReadonlySet<string> = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'channel_is_archived',
  // Enterprise Grid: the channel's workspace has not granted the app access.
  'team_access_not_granted',
  // The channel's own settings forbid the bot's message.
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
]);

/** Slack's platform errors meaning "too many messages" without a 429 (no Retry-After): wait this long. */
const RATE_LIMIT_ERRORS: ReadonlySet<string> = new Set(['ratelimited', 'rate_limited']);
const DEFAULT_RETRY_AFTER_MS = 30_000;

/** A send whose first messages were confirmed and the rest not yet: kept so a retry does not repeat them. */
const PROGRESS_TTL_MS = 12 * 60 * 60 * 1000;
const PROGRESS_MAX = 10_000;

type PostMessage = (args: webApi.ChatPostMessageArguments) => Promise<unknown>;

/** The Slack error code of a Web API platform error, if it is one. */
export function platformErrorCode(error: unknown): string | undefined {
  if (error instanceof Error && 'code' in error && error.code === webApi.ErrorCode.PlatformError) {
    const code = (error as webApi.WebAPIPlatformError).data?.error;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** What a failed chat.postMessage means for the digest: gone, rate limited, or undefined (a failure). */
export function classifySendError(error: unknown): Exclude<SendResult, 'sent'> | undefined {
  if (error instanceof Error && 'code' in error && error.code === webApi.ErrorCode.RateLimitedError) {
    const seconds = (error as webApi.WebAPIRateLimitedError).retryAfter;
    // Retry-After 0 (or garbage) still waits a second: Slack's per-channel pace is about one message a second.
    return { retryAfterMs: Number.isFinite(seconds) && seconds > 1 ? seconds * 1000 : 1000 };
  }
  const code = platformErrorCode(error);
  if (code && GONE_ERRORS.has(code)) return 'gone';
  if (code && RATE_LIMIT_ERRORS.has(code)) {
    const seconds = Number((error as webApi.WebAPIPlatformError).data.response_metadata?.retryAfter);
    return { retryAfterMs: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_RETRY_AFTER_MS };
  }
  return undefined;
}

export interface SlackDigestSenderOptions {
  /**
   * chat.postMessage on a client that rejects 429s at once (`rejectRateLimitedCalls: true`), so the
   * digest rate limiter, not the Web API client, decides when to try again.
   */
  readonly postMessage: PostMessage;
  readonly log: Pick<Logger, 'warn'>;
}

/**
 * Posts a digest to a channel with chat.postMessage, Block Kit from the shared renderer, never with
 * `link_names` or `parse`. A reply that needs several messages is posted in order and reported 'sent'
 * once all are confirmed. If a later message is refused (a 429, an error), the confirmed ones are
 * remembered: the scheduler's retry of the same digest posts only the rest, so no message repeats.
 */
export function createSlackDigestSender(options: SlackDigestSenderOptions): DigestSender {
  const progress = new Map<string, { readonly sent: number; readonly at: number }>();

  const remember = (key: string, sent: number) => {
    const now = Date.now();
    if (progress.size >= PROGRESS_MAX) {
      for (const [k, v] of progress) if (now - v.at > PROGRESS_TTL_MS) progress.delete(k);
      if (progress.size >= PROGRESS_MAX) progress.clear();
    }
    progress.set(key, { sent, at: now });
  };

  return {
    platform: 'slack',
    async send(channelId: string, reply: Reply): Promise<SendResult> {
      const messages = renderSlack({ ...reply, visibility: 'public' }, { maxMessages: SLACK_LIMITS.responseUrlMessages });
      const key = `${channelId}:${createHash('sha256').update(JSON.stringify(messages)).digest('base64url')}`;
      const done = progress.get(key);
      let sent = done && Date.now() - done.at < PROGRESS_TTL_MS ? done.sent : 0;
      for (const message of messages.slice(sent)) {
        try {
          await options.postMessage({ channel: channelId, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
        } catch (error) {
          if (sent > 0) {
            remember(key, sent);
            options.log.warn({ platform: 'slack', channelId, posted: sent, of: messages.length }, 'digest only partly posted; the retry posts the rest');
          }
          const result = classifySendError(error);
          if (result === 'gone') progress.delete(key);
          if (result !== undefined) return result;
          throw error;
        }
        sent++;
      }
      progress.delete(key);
      return 'sent';
    },
  };
}

type SlackUser = NonNullable<webApi.UsersInfoResponse['user']>;

/**
 * A workspace admin or owner of the workspace the command came from. Guests, bots, deactivated users
 * and people from another organisation (a shared channel) are not, whatever their own workspace says.
 */
export function isWorkspaceAdmin(user: SlackUser | undefined, teamId: string | undefined): boolean {
  if (!user || user.deleted || user.is_bot || user.is_restricted || user.is_ultra_restricted || user.is_stranger) return false;
  if (!(user.is_admin || user.is_owner || user.is_primary_owner)) return false;
  if (teamId && user.team_id && user.team_id !== teamId && !(user.enterprise_user?.teams ?? user.teams ?? []).includes(teamId)) return false;
  return true;
}

export interface AdminCheckOptions {
  readonly now: () => Date;
  readonly log: Pick<Logger, 'warn'>;
  /** How long an answer is reused (default five minutes): a demoted admin loses the right that soon. */
  readonly ttlMs?: number;
}

export type AdminCheck = (client: Pick<webApi.WebClient, 'users'>, userId: string, teamId: string | undefined) => Promise<boolean>;

/** `users.info` → admin or owner, cached per workspace and user. A failed lookup counts as "not an admin", is logged, and is not cached. */
export function createAdminCheck(options: AdminCheckOptions): AdminCheck {
  const ttl = options.ttlMs ?? 5 * 60 * 1000;
  const cache = new Map<string, { readonly admin: boolean; readonly at: number }>();
  return async (client, userId, teamId) => {
    const key = `${teamId ?? ''}:${userId}`;
    const now = options.now().getTime();
    const cached = cache.get(key);
    if (cached && now - cached.at >= 0 && now - cached.at < ttl) return cached.admin;
    try {
      const result = await client.users.info({ user: userId });
      const admin = isWorkspaceAdmin(result.user, teamId);
      if (cache.size >= 5_000) cache.clear();
      cache.set(key, { admin, at: now });
      return admin;
    } catch (error) {
      options.log.warn({ err: error, platform: 'slack', userId, code: platformErrorCode(error) }, 'users.info failed; treating the caller as not a workspace admin');
      return false;
    }
  };
}
