import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson, serveLocal } from './local-server.js';

/**
 * A minimal Discord REST endpoint for the digest benchmark, on 127.0.0.1: POST
 * /api/v10/channels/:id/messages, with Discord's global rate limit enforced strictly (at most
 * `globalPerSecond` requests in any sliding one-second window; beyond that 429 with Retry-After and
 * `global: true`). Channels listed in `routeLimited` answer one per-route 429 first; channels in
 * `gone` answer 404 Unknown Channel. It counts what it accepted per channel, so the benchmark can
 * check for duplicates and misses.
 */
export interface RateLimitedServerOptions {
  readonly globalPerSecond?: number;
  /** Time the server takes to answer an accepted message, ms (Discord: tens of ms). */
  readonly latencyMs?: number;
  /** Channels whose first request gets a per-route 429, with this Retry-After (s). */
  readonly routeLimited?: ReadonlySet<string>;
  readonly routeRetryAfterS?: number;
  readonly gone?: ReadonlySet<string>;
}

export interface RateLimitedServer {
  readonly url: string;
  /** Accepted messages per channel. */
  readonly accepted: Map<string, number>;
  readonly stats: { requests: number; globalLimited: number; routeLimited: number; gone: number; peakPerSecond: number };
  close(): Promise<void>;
}

export async function startRateLimitedServer(options: RateLimitedServerOptions = {}): Promise<RateLimitedServer> {
  const limit = options.globalPerSecond ?? 50;
  const latency = options.latencyMs ?? 0;
  const window: number[] = []; // arrival times (ms) of accepted-for-processing requests in the last second
  const accepted = new Map<string, number>();
  const routeHit = new Set<string>();
  const stats = { requests: 0, globalLimited: 0, routeLimited: 0, gone: 0, peakPerSecond: 0 };
  let nextId = 1n;

  const handle = (req: IncomingMessage, res: ServerResponse, body: string) => {
    const m = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(req.url ?? '');
    if (!m || req.method !== 'POST') return sendJson(res, 404, { message: '404: Not Found', code: 0 });
    const channelId = m[1]!;
    stats.requests++;
    const now = performance.now();
    while (window.length > 0 && window[0]! <= now - 1000) window.shift();
    if (window.length >= limit) {
      stats.globalLimited++;
      const retryAfter = Math.max(0.001, (window[0]! + 1000 - now) / 1000);
      return sendJson(res, 429, { message: 'You are being rate limited.', retry_after: retryAfter, global: true }, {
        'retry-after': String(Math.ceil(retryAfter)),
        'x-ratelimit-global': 'true',
        'x-ratelimit-scope': 'global',
      });
    }
    window.push(now);
    stats.peakPerSecond = Math.max(stats.peakPerSecond, window.length);
    if (options.gone?.has(channelId)) {
      stats.gone++;
      return sendJson(res, 404, { message: 'Unknown Channel', code: 10003 });
    }
    if (options.routeLimited?.has(channelId) && !routeHit.has(channelId)) {
      routeHit.add(channelId);
      stats.routeLimited++;
      const retryAfter = options.routeRetryAfterS ?? 1.5;
      return sendJson(res, 429, { message: 'You are being rate limited.', retry_after: retryAfter, global: false }, {
        'retry-after': String(Math.ceil(retryAfter)),
        'x-ratelimit-scope': 'user',
        'x-ratelimit-bucket': `channel-${channelId}`,
      });
    }
    try {
      JSON.parse(body);
    } catch {
      return sendJson(res, 400, { message: 'Cannot send an empty message', code: 50006 });
    }
    const answer = () => {
      accepted.set(channelId, (accepted.get(channelId) ?? 0) + 1);
      sendJson(res, 200, { id: String(nextId++), channel_id: channelId, type: 0 });
    };
    if (latency > 0) setTimeout(answer, latency);
    else answer();
  };

  const server = await serveLocal(handle);
  return {
    url: `http://127.0.0.1:${server.port}`,
    accepted,
    stats,
    close: () => server.close(),
  };
}
