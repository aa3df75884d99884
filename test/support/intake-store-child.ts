/**
 * A process for the shared-SQLite intake test: opens the candidate store on STORE_URL under
 * NAMESPACE, prints "ready", waits for a line on stdin (so two processes start together), then
 * adds COUNT candidates (links made from PREFIX, one add each) and tries to approve c1…cAPPROVE,
 * each with an event id of its own. Prints `added <json ids>` and `approved <json ids>` and exits.
 */
import { openCandidateStore } from '../../src/intake/store/open-intake-store.js';
import { testDraft } from './intake.js';
import { errorsToStderr, requiredEnv } from './child-env.js';

const prefix = requiredEnv('PREFIX');

const store = await openCandidateStore(requiredEnv('STORE_URL'), errorsToStderr, requiredEnv('NAMESPACE'), { timeoutMs: 10_000 });
process.stdout.write('ready\n');
await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
process.stdin.pause();

const added: string[] = [];
const approved: string[] = [];
const count = Number(requiredEnv('COUNT'));
const approve = Number(requiredEnv('APPROVE'));
// Interleaved, so the two processes' adds and approvals overlap the whole time.
for (let n = 0; n < Math.max(count, approve); n++) {
  if (n < count) added.push(...(await store.add([testDraft(`${prefix}-${n}`)], new Date())).map((c) => c.id));
  if (n < approve) {
    const decision = await store.approve(`c${n + 1}`, { id: `event-${n + 1}-${prefix}`, title: `by ${prefix}` }, `console:${prefix}`, new Date());
    if (decision.ok) approved.push(decision.candidate.id);
  }
}
process.stdout.write(`added ${JSON.stringify(added)}\napproved ${JSON.stringify(approved)}\n`);
await store.close();
process.exit(0);
