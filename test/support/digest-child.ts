/**
 * A bot process for the crash and multi-process digest tests: opens the digest store, starts the
 * scheduler at a fixed time (the start-up catch-up tick is the fan-out) and exits. Its "platform" is an append-only file, one channel id per
 * accepted digest, written before the send is confirmed (as a real platform has the message before
 * the bot hears back).
 *
 * Environment: STORE_URL, DIGEST_NAMESPACE, DIGEST_NOW (ISO instant), PLATFORM_FILE,
 * WAIT_FOR_GO (optional: print "ready" and wait for a line on stdin before ticking, so two processes
 * start their fan-outs together), HANG_AFTER (optional: after this many accepted digests every further send hangs, so the parent can
 * kill the process mid-fan-out), LATENCY_MS (optional, per send), LEASE_MS (optional: the claims' lease,
 * so a restart after a kill finds the dead process's claims expired sooner).
 * Logs (pino JSON) go to stderr; the parent counts "digest delivered" lines.
 */
import { appendFileSync } from 'node:fs';
import type { Reply } from '../../src/briefings/reply.js';
import { loadDossier } from '../../src/dossier/load.js';
import { createDigestService } from '../../src/digests/service.js';
import { createDigestStore } from '../../src/digests/store/open-store.js';
import type { DigestSender, PartKey, SendResult } from '../../src/digests/types.js';
import { createLogger } from '../../src/logger.js';
import { requiredEnv } from './child-env.js';


const log = createLogger('info');
const now = new Date(requiredEnv('DIGEST_NOW'));
const file = requiredEnv('PLATFORM_FILE');
const hangAfter = process.env.HANG_AFTER ? Number(process.env.HANG_AFTER) : Infinity;
const latency = Number(process.env.LATENCY_MS ?? 0);
let accepted = 0;

const sender: DigestSender = {
  platform: 'discord',
  timeoutMs: 1_000,
  render: (reply: Reply) => [reply],
  async sendPart(_part, key: PartKey): Promise<SendResult> {
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency * Math.random()));
    if (accepted >= hangAfter) return new Promise<never>(() => {});
    accepted++;
    appendFileSync(file, `${key.channelId}\n`);
    return { kind: 'sent', id: String(accepted) };
  },
  notify: () => Promise.resolve(),
};

const store = await createDigestStore({ url: requiredEnv('STORE_URL'), namespace: requiredEnv('DIGEST_NAMESPACE'), log });
const shipped = loadDossier();
const leaseMs = process.env.LEASE_MS ? Number(process.env.LEASE_MS) : undefined;
const digests = createDigestService({ store, dossier: () => shipped, log, defaultTimeZone: 'UTC', now: () => now, ...(leaseMs ? { delivery: { leaseMs } } : {}) });
digests.registerSender(sender);
if (process.env.WAIT_FOR_GO) {
  process.stdout.write('ready\n');
  await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
  process.stdin.pause();
}
// start as main does: run the catch-up tick (the fan-out), then stop
const report = await digests.scheduler.start();
await digests.close();
process.stdout.write(`report ${JSON.stringify(report)}\n`);
process.exit(0);
