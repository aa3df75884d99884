import { DiscordAPIError, RateLimitError, Routes, type Client } from 'discord.js';
import type { Reply } from '../../briefings/reply.js';
import type { DigestSender, SendResult } from '../../digests/types.js';
import { renderReply } from './render.js';

/** Daily digests on Discord: the scheduler posts each digest's messages to the channel over REST. */
export function createDiscordDigestSender(client: Client): DigestSender {
  return {
    platform: 'discord',
    async send(channelId: string, reply: Reply): Promise<SendResult> {
      try {
        for (const message of renderReply({ ...reply, visibility: 'public' })) {
          await client.rest.post(Routes.channelMessages(channelId), { body: { embeds: message.embeds, allowed_mentions: { parse: [] } } });
        }
        return 'sent';
      } catch (error) {
        // Unknown channel, missing access or permissions: the channel is gone for this bot.
        if (error instanceof DiscordAPIError && (error.status === 403 || error.status === 404)) return 'gone';
        if (error instanceof RateLimitError) return { retryAfterMs: error.retryAfter, global: error.global };
        throw error;
      }
    },
  };
}
