import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlatformLimiter } from '../../src/digests/limiter.js';

/** The limiter under fake timers: time moves only when the test advances it. */
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

async function drain(limiter: PlatformLimiter, channels: string[], ms: number) {
  const start = performance.now();
  const granted: { channel: string; at: number }[] = [];
  for (const channel of channels) void limiter.acquire(channel).then(() => granted.push({ channel, at: performance.now() - start }));
  await vi.advanceTimersByTimeAsync(ms);
  return granted;
}

describe('PlatformLimiter', () => {
  it('spaces requests at the global rate and never lets more than the limit go within a second', async () => {
    const limiter = new PlatformLimiter({ globalPerSecond: 50, globalBurst: 5, windowMarginMs: 20 });
    const granted = await drain(limiter, Array.from({ length: 120 }, (_, i) => `c${i}`), 5_000);
    expect(granted).toHaveLength(120);
    for (let i = 50; i < granted.length; i++) expect(granted[i]!.at - granted[i - 50]!.at).toBeGreaterThanOrEqual(1000);
    // about 49 a second: 120 slots take about 2.4 s
    const last = granted.at(-1)!.at;
    expect(last).toBeGreaterThan(2300);
    expect(last).toBeLessThan(2600);
  });

  it('keeps a channel blocked after a per-route 429 while the others go on, and pauses everything on a global one', async () => {
    const limiter = new PlatformLimiter({ globalPerSecond: 100, globalBurst: 100 });
    limiter.blockChannel('slow', 500);
    const granted = await drain(limiter, ['slow', 'a', 'b'], 1_000);
    expect(granted.map((g) => g.channel)).toEqual(['a', 'b', 'slow']);
    expect(granted[2]!.at).toBeGreaterThanOrEqual(500);

    limiter.pauseAll(300);
    const after = await drain(limiter, ['x'], 1_000);
    expect(after[0]!.at).toBeGreaterThanOrEqual(300);
  });

  it('allows about one message a second per channel (Slack)', async () => {
    const limiter = new PlatformLimiter({ perChannelPerSecond: 1 });
    const granted = await drain(limiter, ['c', 'c', 'c', 'd'], 5_000);
    expect(granted.map((g) => g.channel)).toEqual(['c', 'd', 'c', 'c']);
    const times = granted.filter((g) => g.channel === 'c').map((g) => g.at);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(1000);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(1000);
  });

  it('gives up a waiting slot when the signal fires', async () => {
    const limiter = new PlatformLimiter({ globalPerSecond: 1 });
    await limiter.acquire('a');
    const abort = new AbortController();
    const waiting = limiter.acquire('b', abort.signal);
    abort.abort();
    await expect(waiting).rejects.toThrow();
    expect(limiter.waiting).toBe(0);
  });
});
