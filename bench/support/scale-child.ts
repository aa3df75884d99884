/**
 * One delivering process of `npm run bench:scale`: the bot's digest service (scheduler, claims,
 * shared Discord budget, per-platform limiter) with the bot's own senders, the Discord one on
 * discord.js REST and the Slack one on a WebClient, against the benchmark's fakes. It prints
 * "ready", waits for a line on stdin so every process starts its fan-out together, runs one
 * scheduler tick at DIGEST_NOW and prints "result <json>" (time, tick report, peak memory).
 *
 * Environment: STORE_URL (redis://…, shared by every process), DIGEST_NAMESPACE, DIGEST_NOW (ISO),
 * DISCORD_API_URL, DISCORD_APPLICATION_ID, SLACK_API_URL, CONCURRENCY (optional).
 */
import { createDiscordDigestSender } from '../../src/adapters/discord/digest-sender.js';
import { createSlackDigestSender, digestClient } from '../../src/adapters/slack/digests.js';
import { loadDossier } from '../../src/dossier/load.js';
import { createDigestService } from '../../src/digests/service.js';
import { createDigestStore } from '../../src/digests/store/open-store.js';
import { createLogger } from '../../src/logger.js';
import { samplePeakMemory } from './peak-memory.js';
import { requiredEnv } from '../../test/support/child-env.js';


const log = createLogger('warn');
const now = new Date(requiredEnv('DIGEST_NOW'));
const storeUrl = requiredEnv('STORE_URL');
const store = await createDigestStore({ url: storeUrl, namespace: requiredEnv('DIGEST_NAMESPACE'), log });
const shipped = loadDossier();
const digests = createDigestService({
  store,
  dossier: () => shipped,
  log,
  defaultTimeZone: 'UTC',
  now: () => now,
  budgetUrl: storeUrl,
  ...(process.env.CONCURRENCY ? { delivery: { concurrency: Number(process.env.CONCURRENCY) } } : {}),
});
// The token is the fakes' and fixed; the bot reads its own from DISCORD_TOKEN / the workspace install.
digests.registerSender(createDiscordDigestSender({ token: 'bench-token', apiUrl: requiredEnv('DISCORD_API_URL'), applicationId: requiredEnv('DISCORD_APPLICATION_ID'), log }));
digests.registerSender(createSlackDigestSender({ client: digestClient('xoxb-bench', { slackApiUrl: requiredEnv('SLACK_API_URL') }), log }));

const memory = samplePeakMemory(200);
process.stdout.write('ready\n');
// A benchmark that died before saying go takes its processes with it.
process.stdin.once('end', () => process.exit(1));
await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
process.stdin.pause();

const started = performance.now();
const cpu = process.cpuUsage();
const report = await digests.tick(now);
const seconds = (performance.now() - started) / 1000;
const cpuUsed = process.cpuUsage(cpu);
const { peakRss, peakHeap } = memory.stop();
await digests.close();
process.stdout.write(`result ${JSON.stringify({ seconds, report, peakRss, peakHeap, cpuSeconds: (cpuUsed.user + cpuUsed.system) / 1e6 })}\n`);
process.exit(0);
