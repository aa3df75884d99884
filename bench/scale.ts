/**
 * `npm run bench:scale`: every subscribed channel's daily digest, for many communities at once,
 * from several delivering processes sharing one Redis.
 *
 * GUILDS Discord servers (one subscribed channel each, their ids spread over SHARDS shards as
 * Discord's `(guild_id >> 22) % shards`) and WORKSPACES Slack workspaces (one subscribed channel
 * each) are all due at 09:00 UTC. PROCESSES child processes (bench/support/scale-child.ts: the bot's
 * digest service and its discord.js and Slack WebClient senders) start one tick together; each
 * claims digests in the shared Redis store, and the Discord posts share the one budget of
 * src/digests/shared-budget.ts. The fakes enforce the platforms' limits: Discord 50 requests/s in
 * any sliding second for the whole bot (bench/support/rate-limited-server.ts), Slack one message per
 * channel per second (bench/support/slack-limited-server.ts). The floor is what those limits allow:
 * GUILDS / 50 s for Discord; for Slack a second for each message after the first in the busiest
 * channel (none: one digest per channel).
 *
 * Options (environment): GUILDS (default 2000; the issue's full size is 10000), WORKSPACES (default
 * 100; full size 500), SHARDS (4), PROCESSES (2), LATENCY_MS (Discord's answer time, 40),
 * STORE_URL (redis://127.0.0.1:6379), CONCURRENCY (per process, the delivery default when unset).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createDigestStore } from '../src/digests/store/open-store.js';
import { benchSubscription } from './support/bench-subscription.js';
import { startRateLimitedServer } from './support/rate-limited-server.js';
import { startSlackLimitedServer } from './support/slack-limited-server.js';
import { deleteNamespace } from '../test/support/redis-keys.js';
import { mib, printTable } from './stats.js';

const GUILDS = Number(process.env.GUILDS ?? 2000);
const WORKSPACES = Number(process.env.WORKSPACES ?? 100);
const SHARDS = Number(process.env.SHARDS ?? 4);
const PROCESSES = Number(process.env.PROCESSES ?? 2);
const LATENCY_MS = Number(process.env.LATENCY_MS ?? 40);
const STORE_URL = process.env.STORE_URL ?? 'redis://127.0.0.1:6379';
const DISCORD_PER_SECOND = 50;
const NOW = '2026-02-21T09:00:00.000Z';
const ROOT = fileURLToPath(new URL('..', import.meta.url));

const quietLog = { info: () => {}, warn: () => {}, error: (details: object, message: string) => process.stderr.write(`error: ${message} ${JSON.stringify(details)}\n`) };

/** Server i's id is made 1,000,000,000 + i ms after Discord's epoch, so it falls on shard i % SHARDS. */
const guildId = (i: number) => (BigInt(1_000_000_000 + i) << 22n).toString();
const shardOf = (id: string) => Number((BigInt(id) >> 22n) % BigInt(SHARDS));
const guilds = Array.from({ length: GUILDS }, (_, i) => guildId(i));
const discordChannels = guilds.map((id) => (BigInt(id) + 1n).toString());
const workspaces = Array.from({ length: WORKSPACES }, (_, i) => `T${String(i).padStart(8, '0')}`);
const slackChannels = workspaces.map((_, i) => `C${String(i).padStart(8, '0')}`);

const namespace = `kuril-scale-bench-${process.pid}`;
const applicationId = `bench-${process.pid}`;
const discord = await startRateLimitedServer({ globalPerSecond: DISCORD_PER_SECOND, latencyMs: LATENCY_MS });
const slack = await startSlackLimitedServer();
const store = await createDigestStore({ url: STORE_URL, namespace, log: quietLog });

const perShard = Array.from({ length: SHARDS }, (_, shard) => guilds.filter((id) => shardOf(id) === shard).length);
process.stdout.write(
  `scale: ${GUILDS} guilds on ${SHARDS} shards (${perShard.join(' / ')}) and ${WORKSPACES} Slack workspaces, ${PROCESSES} delivering processes, one Redis store; ` +
    `fake Discord ${DISCORD_PER_SECOND} req/s global (${LATENCY_MS} ms per answer), fake Slack 1 message/s per channel\n`,
);
let t = performance.now();
await store.putSubscriptions([
  ...discordChannels.map((id, i) => benchSubscription('discord', id, guilds[i]!, applicationId)),
  ...slackChannels.map((id, i) => benchSubscription('slack', id, workspaces[i]!)),
]);
await store.close();
process.stdout.write(`subscribed ${GUILDS + WORKSPACES} channels in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);

interface ChildResult {
  readonly seconds: number;
  readonly report: unknown;
  readonly peakRss: number;
  readonly peakHeap: number;
  readonly cpuSeconds: number;
}

function startChild(index: number): { child: ChildProcessWithoutNullStreams; ready: Promise<void>; result: Promise<ChildResult> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/support/scale-child.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      STORE_URL,
      DIGEST_NAMESPACE: namespace,
      DIGEST_NOW: NOW,
      DISCORD_API_URL: `${discord.url}/api`,
      DISCORD_APPLICATION_ID: applicationId,
      SLACK_API_URL: slack.url,
    },
  });
  child.stderr.on('data', (chunk: Buffer) => process.stderr.write(`[process ${index}] ${chunk.toString()}`));
  const lines = createInterface({ input: child.stdout });
  let onReady: () => void;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  const result = new Promise<ChildResult>((resolve, reject) => {
    lines.on('line', (line) => {
      if (line === 'ready') onReady();
      if (line.startsWith('result ')) resolve(JSON.parse(line.slice('result '.length)) as ChildResult);
    });
    child.on('exit', (code) => reject(new Error(`process ${index} exited (${code}) without a result`)));
  });
  return { child, ready, result };
}

const children = Array.from({ length: PROCESSES }, (_, i) => startChild(i));
await Promise.all(children.map((c) => c.ready));

const sum = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
let slackDoneAt: number | undefined;
let discordDoneAt: number | undefined;
t = performance.now();
const watch = setInterval(() => {
  const at = (performance.now() - t) / 1000;
  if (slackDoneAt === undefined && slack.accepted.size >= WORKSPACES) slackDoneAt = at;
  if (discordDoneAt === undefined && discord.accepted.size >= GUILDS) discordDoneAt = at;
}, 50);
const progress = setInterval(() => {
  process.stdout.write(`  ${((performance.now() - t) / 1000).toFixed(0)} s: Discord ${sum(discord.accepted)}, Slack ${sum(slack.accepted)} delivered\n`);
}, 15_000);
for (const { child } of children) child.stdin.write('go\n');
const results = await Promise.all(children.map((c) => c.result));
const seconds = (performance.now() - t) / 1000;
clearInterval(watch);
clearInterval(progress);
// The last post can land between two looks of the watch: then it landed by the end.
if (slackDoneAt === undefined && slack.accepted.size >= WORKSPACES) slackDoneAt = seconds;
if (discordDoneAt === undefined && discord.accepted.size >= GUILDS) discordDoneAt = seconds;

const count = (accepted: Map<string, number>, expected: readonly string[]) => ({
  duplicates: [...accepted.values()].filter((n) => n > 1).length,
  misses: expected.filter((id) => !accepted.has(id)).length,
});
const d = count(discord.accepted, discordChannels);
const s = count(slack.accepted, slackChannels);
const discordFloor = GUILDS / DISCORD_PER_SECOND;
// One message per channel per second: the busiest channel's later messages wait a second each; one digest per channel waits for nothing.
const slackFloor = 0;
const floor = Math.max(discordFloor, slackFloor);
const over = (seconds / floor - 1) * 100;
const pct = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(1)}%`;
const secs = (x: number | undefined) => (x === undefined ? '–' : `${x.toFixed(1)} s`);

printTable(
  ['platform', 'channels', 'floor (limits)', 'last delivered', 'rate', 'duplicates', 'misses', '429s'],
  [
    ['Discord', String(GUILDS), `${discordFloor.toFixed(1)} s`, secs(discordDoneAt), `${(sum(discord.accepted) / (discordDoneAt ?? seconds)).toFixed(1)}/s (busiest second ${discord.stats.peakPerSecond})`, String(d.duplicates), String(d.misses), String(discord.stats.globalLimited)],
    ['Slack', String(WORKSPACES), `${slackFloor.toFixed(1)} s`, secs(slackDoneAt), `${(sum(slack.accepted) / (slackDoneAt ?? seconds)).toFixed(1)}/s`, String(s.duplicates), String(s.misses), String(slack.stats.channelLimited)],
  ],
);
console.log('');
printTable(
  ['process', 'tick time', 'peak RSS', 'peak heap', 'CPU', 'tick report'],
  results.map((r, i) => [String(i), `${r.seconds.toFixed(1)} s`, mib(r.peakRss), mib(r.peakHeap), `${r.cpuSeconds.toFixed(1)} s`, JSON.stringify(r.report)]),
);
console.log('');
console.log(`total time  ${seconds.toFixed(1)} s against the floor ${floor.toFixed(1)} s (${pct(over)}); fakes' process rss ${mib(process.memoryUsage().rss)}`);
const pass = over <= 5 && d.duplicates + s.duplicates === 0 && d.misses + s.misses === 0;
console.log(pass ? 'PASS: within 5% of the floor, no duplicates, no misses' : 'FAIL: target missed');

await Promise.all([discord.close(), slack.close()]);
await deleteNamespace(STORE_URL, namespace);
process.exitCode = pass ? 0 : 1;
