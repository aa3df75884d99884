import type { Subscription } from '../../src/digests/types.js';

/**
 * A channel subscribed the way the digest benchmarks need it: due every day at 09:00 UTC, sending on
 * quiet days, active since before the benchmarks' day. `scope` is the bot identity it was made under.
 */
export function benchSubscription(platform: Subscription['platform'], channelId: string, workspaceId: string, scope?: string): Subscription {
  return {
    v: 1,
    platform,
    channelId,
    workspaceId,
    ...(scope ? { scope } : {}),
    time: '09:00',
    tz: 'UTC',
    quiet: 'send',
    paused: false,
    subscribedBy: 'bench',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    activeFrom: '2026-01-01T00:00:00.000Z',
  };
}
