import { existsSync } from 'node:fs';
import { loadConfig } from '../config.js';
import { auditDossier } from '../dossier/audit.js';
import { readDossierFiles } from '../dossier/load.js';
import { buildDossier, DossierError } from '../dossier/validate.js';
import { APPROVED_FILE, withoutFileEvents } from '../intake/event-set.js';
import { intakeNamespace } from '../intake/store/candidate-store.js';
import { openCandidateStore } from '../intake/store/open-intake-store.js';
import { StoreUnavailableError } from '../store/unavailable.js';

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
  // closed whatever happens: a Redis client left open would keep the script from exiting
  const approved = withoutFileEvents(await store.approvedEvents().finally(() => store.close()), raw);
  const dossier = buildDossier({ ...raw, events: [...raw.events, { file: APPROVED_FILE, data: approved }] });
  const issues = auditDossier(dossier, { dossier: raw.dossier.file, outlets: raw.outlets?.file ?? 'outlets.yaml' });
  if (issues.length > 0) throw new DossierError(issues);
  const unverified = dossier.events.filter((e) => e.verification !== 'verified').length;
  process.stdout.write(
    `Event set OK: ${dossier.events.length} events (${approved.length} approved in the store, not yet in the files; ${unverified} not fully verified), ${dossier.actors.length} actors, ${dossier.islands.length} islands, ${dossier.outlets.outlets.length} outlets, ${new Set(dossier.events.flatMap((e) => e.sources.map((s) => s.url))).size} source links.\n`,
  );
} catch (error) {
  if (!(error instanceof DossierError) && !(error instanceof StoreUnavailableError)) throw error;
  // The approved events could not be read: say so in one line, not with a stack trace.
  process.stderr.write(error instanceof StoreUnavailableError ? `events:check: ${error.message}; the approved events could not be read.\n` : `${error.message}\n`);
  process.exitCode = 1;
}
