import type { Reply } from '../../src/briefings/reply.js';
import type { DigestSender, SendResult } from '../../src/digests/types.js';

/**
 * An in-memory platform for the digest tests: it keeps every digest it is given, per channel.
 * Channels can be made `gone`, rate limited a number of times, slow, or failing.
 */
export interface MemorySender extends DigestSender {
  /** Every accepted digest, in order. */
  readonly sent: { readonly channelId: string; readonly reply: Reply; readonly at: number }[];
  /** Digests accepted per channel. */
  count(channelId: string): number;
  /** Channels that answer `gone` (deleted, or the bot lost access). */
  readonly gone: Set<string>;
  /** Channels that answer with a 429 this many more times. */
  readonly limited: Map<string, { times: number; retryAfterMs: number; global?: boolean }>;
  /** Channels whose sends throw (a network error). */
  readonly failing: Set<string>;
  /** Attempts per channel, including refused ones. */
  readonly attempts: Map<string, number>;
}

export interface MemorySenderOptions {
  readonly platform?: DigestSender['platform'];
  /** Latency of each send, ms (fixed, or a function of the channel). */
  readonly latencyMs?: number | ((channelId: string) => number);
  /** Called when the platform accepts a digest, before `send` resolves. */
  readonly onAccept?: (channelId: string, reply: Reply) => void;
}

export function createMemorySender(options: MemorySenderOptions = {}): MemorySender {
  const sent: MemorySender['sent'] = [];
  const gone = new Set<string>();
  const failing = new Set<string>();
  const limited: MemorySender['limited'] = new Map();
  const attempts = new Map<string, number>();
  return {
    platform: options.platform ?? 'discord',
    sent,
    gone,
    failing,
    limited,
    attempts,
    count: (channelId) => sent.filter((s) => s.channelId === channelId).length,
    async send(channelId: string, reply: Reply): Promise<SendResult> {
      attempts.set(channelId, (attempts.get(channelId) ?? 0) + 1);
      const latency = typeof options.latencyMs === 'function' ? options.latencyMs(channelId) : (options.latencyMs ?? 0);
      if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
      if (failing.has(channelId)) throw new Error(`network error sending to ${channelId}`);
      if (gone.has(channelId)) return 'gone';
      const limit = limited.get(channelId);
      if (limit && limit.times > 0) {
        limit.times--;
        return { retryAfterMs: limit.retryAfterMs, ...(limit.global ? { global: true } : {}) };
      }
      sent.push({ channelId, reply, at: Date.now() });
      options.onAccept?.(channelId, reply);
      return 'sent';
    },
  };
}
