import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson, serveLocal } from './local-server.js';

/**
 * A minimal Slack Web API for the scale benchmark, on 127.0.0.1: `chat.postMessage` with Slack's
 * per-channel pace enforced (one message per channel per `perChannelMs`, beyond that HTTP 429 with
 * Retry-After, as Slack answers), and `conversations.history` answering an empty channel (the
 * digest sender looks there before re-posting a part whose answer was lost). Any `xoxb-` token is
 * accepted: each workspace has its own. It counts accepted messages per channel, so the benchmark can
 * check for duplicates and misses.
 */
export interface SlackLimitedServer {
  /** The Web API base, ending in `/api/` as the WebClient's `slackApiUrl` wants. */
  readonly url: string;
  readonly accepted: Map<string, number>;
  readonly stats: { requests: number; channelLimited: number };
  close(): Promise<void>;
}

export async function startSlackLimitedServer({ perChannelMs = 1000 } = {}): Promise<SlackLimitedServer> {
  const accepted = new Map<string, number>();
  const lastAt = new Map<string, number>();
  const stats = { requests: 0, channelLimited: 0 };
  let ts = 1_771_664_400_000_000; // 2026-02-21T09:00Z in microseconds, one per message

  const fields = (req: IncomingMessage, body: string): Record<string, unknown> =>
    req.headers['content-type']?.includes('json') ? (JSON.parse(body) as Record<string, unknown>) : Object.fromEntries(new URLSearchParams(body));

  const handle = (req: IncomingMessage, res: ServerResponse, body: string) => {
    if (!req.headers.authorization?.startsWith('Bearer xoxb-')) return sendJson(res, 200, { ok: false, error: 'invalid_auth' });
    const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0];
    if (method === 'conversations.history') return sendJson(res, 200, { ok: true, messages: [], has_more: false });
    if (method !== 'chat.postMessage') return sendJson(res, 200, { ok: false, error: 'unknown_method' });
    stats.requests++;
    const channel = fields(req, body).channel;
    if (typeof channel !== 'string' || !channel) return sendJson(res, 200, { ok: false, error: 'channel_not_found' });
    const now = performance.now();
    const last = lastAt.get(channel);
    if (last !== undefined && now - last < perChannelMs) {
      stats.channelLimited++;
      return sendJson(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(Math.ceil((perChannelMs - (now - last)) / 1000)) });
    }
    lastAt.set(channel, now);
    accepted.set(channel, (accepted.get(channel) ?? 0) + 1);
    ts += 1;
    sendJson(res, 200, { ok: true, channel, ts: `${String(ts).slice(0, 10)}.${String(ts).slice(10)}` });
  };

  const server = await serveLocal(handle);
  return {
    url: `http://127.0.0.1:${server.port}/api/`,
    accepted,
    stats,
    close: () => server.close(),
  };
}
