/**
 * A process for the shared-SQLite tests: opens the digest store on STORE_URL, prints "ready", waits
 * for a line on stdin (so two processes start together), then subscribes COUNT channels named
 * `<PREFIX>-<n>` (each in its own server, under the per-server cap and change limit) through the digest service and tries to claim `claim-<n>` for each n as owner
 * PREFIX. Prints `claimed <json list of n>` and exits.
 */
import { createDigestService } from '../../src/digests/service.js';
import { createDigestStore } from '../../src/digests/store/open-store.js';
import { loadDossier } from '../../src/dossier/load.js';
import { errorsToStderr, requiredEnv } from './child-env.js';

const prefix = requiredEnv('PREFIX');
const count = Number(requiredEnv('COUNT'));

const store = await createDigestStore({ url: requiredEnv('STORE_URL'), log: errorsToStderr });
const shipped = loadDossier();
const digests = createDigestService({ store, dossier: () => shipped, log: errorsToStderr, defaultTimeZone: 'UTC' });
process.stdout.write('ready\n');
await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
process.stdin.pause();

const claimed: number[] = [];
for (let n = 0; n < count; n++) {
  await digests.subscribe({ platform: 'discord', channelId: `${prefix}-${n}`, workspaceId: `guild-${prefix}-${n}` }, {}, { userId: 'u-admin' }, new Date());
  if (await store.claim(`claim-${n}`, prefix, 60_000)) claimed.push(n);
}
process.stdout.write(`claimed ${JSON.stringify(claimed)}\n`);
await store.close();
process.exit(0);
