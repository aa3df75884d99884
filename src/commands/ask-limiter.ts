/**
 * The per-user question limit (ASK_RATE_LIMIT a minute). main makes one limiter from the config and
 * the adapters pass it to every command in the context, so all platforms of a process share it.
 */
export const ASK_WINDOW_MS = 60_000;
export const DEFAULT_ASK_LIMIT = 10;

export type LimitResult = { readonly ok: true } | { readonly ok: false; readonly retryAfterMs: number; readonly limit: number };

/** Counts questions per caller in a sliding window. */
export interface AskLimiter {
  take(key: string, now: Date): LimitResult;
}

/** An in-memory sliding-window limiter: at most `limit` questions per `windowMs` per key. */
export function createAskLimiter(limit: number = DEFAULT_ASK_LIMIT, windowMs: number = ASK_WINDOW_MS): AskLimiter {
  const hits = new Map<string, number[]>();
  let lastSweep = 0;
  return {
    take(key, now) {
      const t = now.getTime();
      // Forget callers who have been quiet for a whole window, so the map does not grow forever.
      if (t - lastSweep > windowMs) {
        for (const [k, list] of hits) if (list.every((x) => x <= t - windowMs)) hits.delete(k);
        lastSweep = t;
      }
      const recent = (hits.get(key) ?? []).filter((x) => x > t - windowMs);
      if (recent.length >= limit) {
        hits.set(key, recent);
        return { ok: false, retryAfterMs: Math.max(0, recent[0]! + windowMs - t), limit };
      }
      recent.push(t);
      hits.set(key, recent);
      return { ok: true };
    },
  };
}
