import { loadDossier } from '../dossier/load.js';
import { DossierError } from '../dossier/validate.js';

/** `npm run events:check`: validates the event set without starting the bot. */
try {
  const dossier = loadDossier(process.argv[2]);
  const unverified = dossier.events.filter((e) => e.verification !== 'verified').length;
  process.stdout.write(
    `Event set OK: ${dossier.events.length} events (${unverified} not fully verified), ${dossier.actors.length} actors, ${dossier.islands.length} islands, ${new Set(dossier.events.flatMap((e) => e.sources.map((s) => s.url))).size} source links.\n`,
  );
} catch (error) {
  if (!(error instanceof DossierError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
