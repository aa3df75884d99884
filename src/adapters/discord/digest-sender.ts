import { createHash } from 'node:crypto';
import { DiscordAPIError, RateLimitError, REST, Routes } from 'discord.js';
import type { Reply } from '../../briefings/reply.js';
import type { DigestSender, PartKey, SendResult } from '../../digests/types.js';
import type { Logger } from '../../logger.js';
import { renderReply } from './render.js';
import { restTransport } from './rest-transport.js';

/**
 * Daily digests and breaking alerts on Discord: each post goes over REST to the channel, from a REST
 * client of its own:
 * - `rejectOnRateLimit`: a 429 (or a long global limit) comes back to the digest rate limiter at once
 *   instead of being waited out inside discord.js;
 * - `retries: 0` and a fixed `nonce` per post with `enforce_nonce`: a post whose answer was lost is
 *   retried by the digest queue with the same nonce, and Discord answers with the message it already
 *   made (for a few minutes) instead of posting it again.
 */

/** How long one post may take before it is given up (discord.js's default); claim leases outlast it. */
export const DISCORD_POST_TIMEOUT_MS = 15_000;

/** Unknown Channel: the only answer that means the channel is gone. */
const UNKNOWN_CHANNEL = 10003;

export interface DiscordDigestSenderOptions {
  readonly token: string;
  /** DISCORD_API_URL, for tests against the fake Discord. */
  readonly apiUrl?: string;
  /** The application id: the bot identity digests are scoped by. */
  readonly applicationId?: string;
  readonly timeoutMs?: number;
  readonly log: Pick<Logger, 'warn'>;
}

/** The post's nonce: the same channel, delivery and part always give the same 25 characters. */
export function partNonce(key: Pick<PartKey, 'channelId' | 'delivery' | 'index'>): string {
  return createHash('sha256').update(`${key.channelId}|${key.delivery}|${key.index}`).digest('base64url').slice(0, 25);
}

/** What a refused post means for the digest; undefined for an unclear failure (thrown on). */
export function classifyDiscordError(error: unknown): Exclude<SendResult, { kind: 'sent' }> | undefined {
  if (error instanceof RateLimitError) return { kind: 'rate-limited', retryAfterMs: error.retryAfter, global: error.global };
  if (!(error instanceof DiscordAPIError)) return undefined;
  const reason = `${error.status} ${error.code}: ${error.message}`.slice(0, 200);
  if (error.status === 404 || error.code === UNKNOWN_CHANNEL) return { kind: 'gone', reason };
  if (error.status === 403) return { kind: 'forbidden', reason };
  if (error.status === 401) return { kind: 'unauthorized', reason };
  if (error.status === 429) return { kind: 'rate-limited', retryAfterMs: 1_000 };
  if (error.status >= 400 && error.status < 500) return { kind: 'rejected', reason };
  return undefined;
}

export function createDiscordDigestSender(options: DiscordDigestSenderOptions): DigestSender {
  const timeoutMs = options.timeoutMs ?? DISCORD_POST_TIMEOUT_MS;
  const rest = new REST({ ...restTransport, ...(options.apiUrl ? { api: options.apiUrl } : {}), rejectOnRateLimit: () => true, retries: 0, timeout: timeoutMs }).setToken(options.token);
  const post = async (channelId: string, body: object): Promise<SendResult> => {
    try {
      const message = (await rest.post(Routes.channelMessages(channelId), { body })) as { id: string };
      return { kind: 'sent', id: message.id };
    } catch (error) {
      const result = classifyDiscordError(error);
      // discord.js forgets the token after a 401; the breaker decides when to ask again, with the token.
      if (result?.kind === 'unauthorized') rest.setToken(options.token);
      if (result) return result;
      throw error;
    }
  };
  return {
    platform: 'discord',
    ...(options.applicationId ? { scope: options.applicationId } : {}),
    timeoutMs,
    // The digest's buttons (its chart: Reply.actions) come along; a press reaches the bot as an interaction like any other.
    render: (reply: Reply) =>
      renderReply({ ...reply, visibility: 'public' }).map((message) => ({ embeds: message.embeds, ...(message.components ? { components: message.components } : {}), allowed_mentions: { parse: [] } })),
    sendPart: (part, key) => post(key.channelId, { ...(part as object), nonce: partNonce(key), enforce_nonce: true }),
    async notify(userId, text) {
      const dm = (await rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as { id: string };
      const result = await post(dm.id, { content: text, allowed_mentions: { parse: [] } });
      if (result.kind !== 'sent') options.log.warn({ platform: 'discord', result: result.kind }, 'direct message to the subscriber refused');
    },
  };
}
