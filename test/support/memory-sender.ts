import type { Reply } from '../../src/briefings/reply.js';
import type { DigestSender, PartKey, SendResult } from '../../src/digests/types.js';

/**
 * An in-memory platform for the digest tests: it keeps every post it accepts, per channel, and
 * counts a digest once all its parts are in. A reply renders into `parts` posts. Channels can be made
 * gone, refused (403, 401, another 4xx), rate limited a number of times, slow, or failing; `nonce`
 * dedupes a post repeated with the same key, as Discord's enforce_nonce does.
 */
export interface MemorySender extends DigestSender {
  /** Every digest whose last part was accepted, in order. */
  readonly sent: { readonly channelId: string; readonly reply: Reply; readonly at: number }[];
  /** Every post accepted: channel, delivery and part. */
  readonly posts: { readonly channelId: string; readonly delivery: string; readonly index: number; readonly verify: boolean }[];
  /** Digests accepted per channel. */
  count(channelId: string): number;
  /** Channels that answer gone (deleted). */
  readonly gone: Set<string>;
  /** Channels that answer with this refusal (forbidden, unauthorized, rejected). */
  readonly refusing: Map<string, Exclude<SendResult, { kind: 'sent' }>>;
  /** Channels that answer with a 429 this many more times. */
  readonly limited: Map<string, { times: number; retryAfterMs: number; global?: boolean }>;
  /** Channels whose posts throw (a network error). */
  readonly failing: Set<string>;
  /** Attempts per channel, including refused ones. */
  readonly attempts: Map<string, number>;
  /** Direct notes to users. */
  readonly notes: { readonly userId: string; readonly text: string }[];
}

export interface MemorySenderOptions {
  readonly platform?: DigestSender['platform'];
  readonly scope?: string;
  /** Posts each reply renders into (default 1). */
  readonly parts?: number;
  /** Latency of each post, ms (fixed, or a function of the channel). */
  readonly latencyMs?: number | ((channelId: string) => number);
  /** Called when the platform accepts a post, before `sendPart` resolves; may throw to fail after accepting. */
  readonly onAccept?: (channelId: string, reply: Reply, key: PartKey) => void;
}

export function createMemorySender(options: MemorySenderOptions = {}): MemorySender {
  const sent: MemorySender['sent'] = [];
  const posts: MemorySender['posts'] = [];
  const gone = new Set<string>();
  const failing = new Set<string>();
  const refusing: MemorySender['refusing'] = new Map();
  const limited: MemorySender['limited'] = new Map();
  const attempts = new Map<string, number>();
  const notes: MemorySender['notes'] = [];
  const parts = options.parts ?? 1;
  return {
    platform: options.platform ?? 'discord',
    ...(options.scope ? { scope: options.scope } : {}),
    timeoutMs: 100,
    sent,
    posts,
    gone,
    refusing,
    failing,
    limited,
    attempts,
    notes,
    count: (channelId) => sent.filter((s) => s.channelId === channelId).length,
    render: (reply) => Array.from({ length: parts }, () => reply),
    async sendPart(part, key): Promise<SendResult> {
      const { channelId } = key;
      attempts.set(channelId, (attempts.get(channelId) ?? 0) + 1);
      const latency = typeof options.latencyMs === 'function' ? options.latencyMs(channelId) : (options.latencyMs ?? 0);
      if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
      if (failing.has(channelId)) throw new Error(`network error sending to ${channelId}`);
      if (gone.has(channelId)) return { kind: 'gone', reason: '404 10003: Unknown Channel' };
      const refusal = refusing.get(channelId);
      if (refusal) return refusal;
      const limit = limited.get(channelId);
      if (limit && limit.times > 0) {
        limit.times--;
        return { kind: 'rate-limited', retryAfterMs: limit.retryAfterMs, ...(limit.global ? { global: true } : {}) };
      }
      posts.push({ channelId, delivery: key.delivery, index: key.index, verify: key.verify });
      if (key.index === key.count - 1) sent.push({ channelId, reply: part as Reply, at: Date.now() });
      options.onAccept?.(channelId, part as Reply, key);
      return { kind: 'sent', id: `${channelId}-${posts.length}` };
    },
    notify(userId, text) {
      notes.push({ userId, text });
      return Promise.resolve();
    },
  };
}
