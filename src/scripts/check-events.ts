import { existsSync } from 'node:fs';
import { loadConfig } from '../config.js';
import { auditDossier } from '../dossier/audit.js';
import { readDossierFiles } from '../dossier/load.js';
import { buildDossier, DossierError } from '../dossier/validate.js';
import { APPROVED_FILE, withoutFileEvents } from '../intake/event-set.js';
import { intakeNamespace } from '../intake/store/candidate-store.js';
import { openCandidateStore } from '../intake/store/open-intake-store.js';

/**
 * `npm run events:check [data dir]`: validates the event set without starting the bot: the files,
 * and with them the events curators approved into the store (STORE_URL) that are not in the files yet.
 * Beyond what the loader checks, it refuses outlets missing from outlets.yaml, verification labels
 * that break the rule, and positions resting on the other side's words (src/dossier/audit.ts).
 */
if (existsSync('.env')) process.loadEnvFile('.env');
const quiet = { error: (details: object, message: string) => process.stderr.write(`${message} ${JSON.stringify(details)}\n`) };
try {
  const raw = readDossierFiles(process.argv[2]);
  const config = loadConfig();
  const store = await openCandidateStore(config.STORE_URL, quiet, intakeNamespace(config.STORE_NAMESPACE), { timeoutMs: config.STORE_TIMEOUT_MS });
  const approved = withoutFileEvents(await store.approvedEvents(), raw);
  await store.close();
  const dossier = buildDossier({ ...raw, events: [...raw.events, { file: APPROVED_FILE, data: approved }] });
  const issues = auditDossier(dossier, { dossier: raw.dossier.file, outlets: raw.outlets?.file ?? 'outlets.yaml' });
  if (issues.length > 0) throw new DossierError(issues);
  const unverified = dossier.events.filter((e) => e.verification !== 'verified').length;
  process.stdout.write(
    `Event set OK: ${dossier.events.length} events (${approved.length} approved in the store, not yet in the files; ${unverified} not fully verified), ${dossier.actors.length} actors, ${dossier.islands.length} islands, ${dossier.outlets.outlets.length} outlets, ${new Set(dossier.events.flatMap((e) => e.sources.map((s) => s.url))).size} source links.\n`,
  );
} catch (error) {
  if (!(error instanceof DossierError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
