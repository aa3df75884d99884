import { webApi } from '@slack/bolt';
import type { Reply } from '../../briefings/reply.js';
import type { DigestSender, PartKey, SendResult } from '../../digests/types.js';
import type { Logger } from '../../logger.js';
import { renderSlack, SLACK_LIMITS, type SlackMessage } from './render.js';

/**
 * Daily digests on Slack: the sender the scheduler posts through, and who may manage a channel's
 * digest (workspace admins and owners; the digest commands also let the subscriber manage it).
 */

/**
 * chat.postMessage errors that say the channel is gone for good: the subscription is disabled.
 */
export const GONE_ERRORS: ReadonlySet<string> = new Set(['channel_not_found', 'is_archived', 'channel_is_archived']);

/**
 * Errors that say the bot may not post there now, which someone can fix (invite the bot back, change
 * the channel's settings): retried on later days, and the subscription is disabled after 3 in a row.
 */
export const FORBIDDEN_ERRORS: ReadonlySet<string> = new Set([
  'not_in_channel',
  // Enterprise Grid: the channel's workspace has not granted the app access.
  'team_access_not_granted',
  // The channel's own settings forbid the bot's message.
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action',
]);

/** Errors about the app's credentials as a whole: they trip the platform's breaker, never disable a channel. */
export const AUTH_ERRORS: ReadonlySet<string> = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'no_permission',
  'user_removed_from_team',
  'team_disabled',
  'org_login_required',
  'ekm_access_denied',
]);

/** Slack's platform errors meaning "too many messages" without a 429 (no Retry-After): wait this long. */
const RATE_LIMIT_ERRORS: ReadonlySet<string> = new Set(['ratelimited', 'rate_limited']);
const DEFAULT_RETRY_AFTER_MS = 30_000;

/** The message metadata every digest post carries, so a retry can find it (conversations.history). */
export const PART_EVENT_TYPE = 'kuril_digest_part';
/** How far back a retry looks for its post: longer than any retry of the same delivery (the 6-hour grace window). */
const LOOK_BACK_MS = 8 * 60 * 60 * 1000;

/** How long one post may take before it is given up; claim leases outlast it. */
export const SLACK_POST_TIMEOUT_MS = 15_000;

/** The Slack error code of a Web API platform error, if it is one. */
export function platformErrorCode(error: unknown): string | undefined {
  if (error instanceof Error && 'code' in error && error.code === webApi.ErrorCode.PlatformError) {
    const code = (error as webApi.WebAPIPlatformError).data?.error;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/**
 * What a failed chat.postMessage means for the delivery; undefined for an unclear failure (a
 * timeout, a reset connection, a 5xx: the message may have been posted), which is thrown on.
 */
export function classifySendError(error: unknown): Exclude<SendResult, { kind: 'sent' }> | undefined {
  if (error instanceof Error && 'code' in error && error.code === webApi.ErrorCode.RateLimitedError) {
    const seconds = (error as webApi.WebAPIRateLimitedError).retryAfter;
    // Retry-After 0 (or garbage) still waits a second: Slack's per-channel pace is about one message a second.
    return { kind: 'rate-limited', retryAfterMs: Number.isFinite(seconds) && seconds > 1 ? seconds * 1000 : 1000 };
  }
  const code = platformErrorCode(error);
  if (!code) return undefined;
  if (GONE_ERRORS.has(code)) return { kind: 'gone', reason: code };
  if (FORBIDDEN_ERRORS.has(code)) return { kind: 'forbidden', reason: code };
  if (AUTH_ERRORS.has(code)) return { kind: 'unauthorized', reason: code };
  if (RATE_LIMIT_ERRORS.has(code)) {
    const seconds = Number((error as webApi.WebAPIPlatformError).data.response_metadata?.retryAfter);
    return { kind: 'rate-limited', retryAfterMs: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_RETRY_AFTER_MS };
  }
  if (code === 'internal_error' || code === 'fatal_error' || code === 'service_unavailable' || code === 'request_timeout') return undefined;
  return { kind: 'rejected', reason: code };
}

type DigestClient = Pick<webApi.WebClient, 'chat' | 'conversations'>;

/** What a post to a workspace that has uninstalled the app (no client for its scope) counts as: its channels are gone for us. */
const NOT_INSTALLED: SendResult = { kind: 'gone', reason: 'the workspace no longer has the app installed' };

export interface SlackDigestSenderOptions {
  /**
   * A Web API client for digests only: `retryConfig: { retries: 0 }` (an unclear failure comes back
   * to the queue, which looks for the message before posting again) and `rejectRateLimitedCalls: true`
   * (the digest rate limiter, not the client, decides when to try again). See digestClient().
   */
  readonly client: DigestClient | ((scope: string | undefined) => Promise<DigestClient | undefined>);
  /** `<team id>.<bot id>` (or `<enterprise id>.<bot id>`, scope.ts): the bot identity digests are scoped by. */
  readonly scope?: string;
  /** With a client per workspace (installed in many): which scopes this sender posts for. */
  readonly serves?: (scope: string) => boolean;
  readonly timeoutMs?: number;
  readonly now?: () => number;
  readonly log: Pick<Logger, 'warn'>;
}

/** The Web API client digest posts go through (see SlackDigestSenderOptions.client). */
export function digestClient(token: string, options: { slackApiUrl?: string; timeoutMs?: number; logger?: webApi.WebClientOptions['logger'] }): webApi.WebClient {
  return new webApi.WebClient(token, {
    ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: options.timeoutMs ?? SLACK_POST_TIMEOUT_MS,
    ...(options.logger ? { logger: options.logger } : {}),
  });
}

interface PartPayload {
  readonly channel: string;
  readonly delivery: string;
  readonly part: number;
}

/**
 * Posts digests and alerts with chat.postMessage, Block Kit from the shared renderer, never with
 * `link_names` or `parse`. Each post is tagged with message metadata (channel, delivery, part); when
 * the queue says an earlier attempt may have landed (`verify`), the channel's recent history is
 * searched for that tag first and a post found there counts as sent.
 */
export function createSlackDigestSender(options: SlackDigestSenderOptions): DigestSender {
  const { log } = options;
  const now = options.now ?? Date.now;
  // One client (one workspace), or the workspace's own client for each post.
  const clientFor = typeof options.client === 'function' ? options.client : () => Promise.resolve(options.client as DigestClient);

  const findPosted = async (client: DigestClient, key: PartKey): Promise<string | undefined> => {
    const oldest = ((now() - LOOK_BACK_MS) / 1000).toFixed(6);
    let cursor: string | undefined;
    for (let page = 0; page < 5; page++) {
      const history = await client.conversations.history({ channel: key.channelId, oldest, limit: 200, include_all_metadata: true, ...(cursor ? { cursor } : {}) });
      for (const message of history.messages ?? []) {
        const metadata = message.metadata;
        // Slack types the payload loosely; ours has exactly these three fields.
        const payload: Partial<PartPayload> | undefined = metadata?.event_type === PART_EVENT_TYPE ? (metadata.event_payload) : undefined;
        if (payload?.delivery === key.delivery && payload.part === key.index && payload.channel === key.channelId && message.ts) return message.ts;
      }
      cursor = history.response_metadata?.next_cursor || undefined;
      if (!history.has_more || !cursor) return undefined;
    }
    return undefined;
  };

  return {
    platform: 'slack',
    ...(options.scope ? { scope: options.scope } : {}),
    ...(options.serves ? { serves: options.serves } : {}),
    timeoutMs: options.timeoutMs ?? SLACK_POST_TIMEOUT_MS,
    render: (reply: Reply) => renderSlack({ ...reply, visibility: 'public' }, { maxMessages: SLACK_LIMITS.responseUrlMessages }),
    async sendPart(part, key) {
      const message = part as SlackMessage;
      try {
        const client = await clientFor(key.scope);
        if (!client) return NOT_INSTALLED;
        if (key.verify) {
          const found = await findPosted(client, key).catch((error: unknown) => {
            // Without history (a missing scope, an error) the post goes anyway: a rare repeat beats a lost digest.
            log.warn({ err: error, platform: 'slack', channelId: key.channelId, code: platformErrorCode(error) }, 'could not look for an earlier attempt; posting');
            return undefined;
          });
          if (found) return { kind: 'sent', id: found };
        }
        const payload: PartPayload = { channel: key.channelId, delivery: key.delivery, part: key.index };
        const result = await client.chat.postMessage({
          channel: key.channelId,
          text: message.text,
          blocks: message.blocks,
          unfurl_links: false,
          unfurl_media: false,
          metadata: { event_type: PART_EVENT_TYPE, event_payload: { ...payload } },
        });
        return { kind: 'sent', id: result.ts ?? '' };
      } catch (error) {
        const result = classifySendError(error);
        if (result) return result;
        throw error;
      }
    },
    async notify(userId, text, scope) {
      const client = await clientFor(scope);
      if (!client) return;
      // A user id as the channel: Slack delivers it in the app's direct messages with that user.
      await client.chat.postMessage({ channel: userId, text, unfurl_links: false, unfurl_media: false });
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
