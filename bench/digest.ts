/**
 * `npm run bench:digest`: the daily-digest fan-out at platform speed.
 *
 * 5,000 subscribed channels (all due at 09:00 UTC) are delivered by one scheduler tick through a
 * sender that POSTs each digest over HTTP to a fake Discord REST endpoint (bench/support/
 * rate-limited-server.ts) enforcing Discord's global limit of 50 requests/s with 429s. Ten channels
 * also get a per-route 429 first. The floor is channels / 50 per second = 100 s; the target is within
 * 5% of it, with no duplicates and no misses.
 *
 * Options (environment): CHANNELS (default 5000), LATENCY_MS (server answer time, default 40),
 * STORE_URL (default: a temporary SQLite file; redis://… to use Redis), CONCURRENCY (default 16).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { renderText } from '../src/adapters/console/render.js';
import type { Reply } from '../src/briefings/reply.js';
import { loadDossier } from '../src/dossier/load.js';
import { createDigestService } from '../src/digests/service.js';
import { createDigestStore } from '../src/digests/store/open-store.js';
import type { DigestSender, SendResult } from '../src/digests/types.js';
import { deleteNamespace } from '../test/support/redis-keys.js';
import { benchSubscription } from './support/bench-subscription.js';
import { samplePeakMemory } from './support/peak-memory.js';
import { startRateLimitedServer } from './support/rate-limited-server.js';

const CHANNELS = Number(process.env.CHANNELS ?? 5000);
const LATENCY_MS = Number(process.env.LATENCY_MS ?? 40);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 16);
const GLOBAL_PER_SECOND = 50;
const NOW = new Date('2026-02-21T09:00:00Z');

const quietLog = {
  info: () => {},
  warn: (details: object, message: string) => process.stderr.write(`warn: ${message} ${JSON.stringify(details)}\n`),
  error: (details: object, message: string) => process.stderr.write(`error: ${message} ${JSON.stringify(details)}\n`),
};

const channelIds = Array.from({ length: CHANNELS }, (_, i) => String(1_300_000_000_000_000_000n + BigInt(i)));
const routeLimited = new Set(channelIds.filter((_, i) => i % Math.max(1, Math.floor(CHANNELS / 10)) === 7));
const server = await startRateLimitedServer({ globalPerSecond: GLOBAL_PER_SECOND, latencyMs: LATENCY_MS, routeLimited });

/** A Discord sender over plain HTTP: 2xx sent, 429 Retry-After (global or per route), 403/404 gone. */
const sender: DigestSender = {
  platform: 'discord',
  timeoutMs: 15_000,
  render: (reply: Reply) => [reply],
  notify: () => Promise.resolve(),
  async sendPart(part, { channelId }): Promise<SendResult> {
    const reply = part as Reply;
    const response = await fetch(`${server.url}/api/v10/channels/${channelId}/messages`, {
      method: 'POST',
      headers: { authorization: 'Bot bench-token', 'content-type': 'application/json' },
      body: JSON.stringify({ content: renderText(reply).slice(0, 2000) }),
    });
    const body = (await response.json()) as { id?: string; retry_after?: number; global?: boolean };
    if (response.ok) return { kind: 'sent', id: body.id ?? '' };
    if (response.status === 429) return { kind: 'rate-limited', retryAfterMs: Math.ceil((body.retry_after ?? Number(response.headers.get('retry-after') ?? 1)) * 1000), global: body.global === true };
    if (response.status === 404) return { kind: 'gone', reason: '404' };
    if (response.status === 403) return { kind: 'forbidden', reason: '403' };
    throw new Error(`HTTP ${response.status}`);
  },
};

const tmp = mkdtempSync(join(tmpdir(), 'kuril-digest-bench-'));
const storeUrl = process.env.STORE_URL ?? `sqlite://${join(tmp, 'digests.sqlite')}`;
const namespace = `kuril-digest-bench-${process.pid}`;
const store = await createDigestStore({ url: storeUrl, namespace, log: quietLog });

process.stdout.write(`digest fan-out: ${CHANNELS} channels, fake Discord at ${GLOBAL_PER_SECOND} req/s global (${LATENCY_MS} ms per answer), store ${storeUrl.split(':')[0]}, concurrency ${CONCURRENCY}\n`);
let t = performance.now();
const subscriptions = channelIds.map((id) => benchSubscription('discord', id, 'bench-guild'));
await store.putSubscriptions(subscriptions);
process.stdout.write(`subscribed ${CHANNELS} channels in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);

const shipped = loadDossier();
const digests = createDigestService({
  store,
  dossier: () => shipped,
  log: quietLog,
  defaultTimeZone: 'UTC',
  now: () => NOW,
  delivery: { concurrency: CONCURRENCY },
});
digests.registerSender(sender);

const memory = samplePeakMemory(100);
let lastReport = performance.now();
const progress = setInterval(() => {
  const done = [...server.accepted.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(`  ${((performance.now() - t) / 1000).toFixed(0)} s: ${done} delivered, ${server.stats.globalLimited + server.stats.routeLimited} 429s\n`);
  lastReport = performance.now();
}, 10_000);

const lag = monitorEventLoopDelay({ resolution: 5 });
lag.enable();
t = performance.now();
const cpu = process.cpuUsage();
const report = await digests.tick(NOW);
const cpuUsed = process.cpuUsage(cpu);
lag.disable();
const seconds = (performance.now() - t) / 1000;
const { peakRss, peakHeap } = memory.stop();
clearInterval(progress);
void lastReport;

const duplicates = [...server.accepted.values()].filter((n) => n > 1).length;
const misses = channelIds.filter((id) => !server.accepted.has(id)).length;
const floor = CHANNELS / GLOBAL_PER_SECOND;
const over = (seconds / floor - 1) * 100;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const lines = [
  `total time        ${seconds.toFixed(1)} s (floor ${floor.toFixed(0)} s at ${GLOBAL_PER_SECOND} req/s; ${over >= 0 ? '+' : ''}${over.toFixed(1)}%)`,
  `requests/s        ${(server.stats.requests / seconds).toFixed(1)} (digests/s ${(CHANNELS / seconds).toFixed(1)}; busiest second ${server.stats.peakPerSecond})`,
  `429s              ${server.stats.globalLimited + server.stats.routeLimited} (global ${server.stats.globalLimited}, per-route ${server.stats.routeLimited} of ${routeLimited.size} scripted)`,
  `duplicates        ${duplicates}`,
  `misses            ${misses}`,
  `tick report       ${JSON.stringify(report)}`,
  `peak memory       rss ${mb(peakRss)}, heap ${mb(peakHeap)}`,
  `CPU               ${((cpuUsed.user + cpuUsed.system) / 1e6).toFixed(1)} s for bot and fake server together (${((cpuUsed.user + cpuUsed.system) / 1e3 / CHANNELS).toFixed(2)} ms per digest)`,
  `event-loop delay  p50 ${(lag.percentile(50) / 1e6).toFixed(1)} ms, p99 ${(lag.percentile(99) / 1e6).toFixed(1)} ms, max ${(lag.max / 1e6).toFixed(1)} ms`,
];
process.stdout.write(`${lines.join('\n')}\n`);
const pass = over <= 5 && duplicates === 0 && misses === 0;
process.stdout.write(pass ? 'PASS: within 5% of the floor, no duplicates, no misses\n' : 'FAIL: target missed\n');

await digests.close();
await server.close();
if (storeUrl.startsWith('redis')) {
  await deleteNamespace(storeUrl, namespace);
}
rmSync(tmp, { recursive: true, force: true });
process.exitCode = pass ? 0 : 1;
