import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { loadConfig } from '../config.js';
import { DEFAULT_DATA_DIR, readDossierFiles } from '../dossier/load.js';
import { withoutFileEvents } from '../intake/event-set.js';
import { openCandidateStore } from '../intake/store/open-intake-store.js';

/**
 * `npm run events:export`: writes the events curators approved (in the store, STORE_URL) into the
 * data files, one file per year (data/kuril/events/approved-<year>.yaml), so they can be reviewed
 * and committed like every other record. Events already in the files are left as they are.
 */
if (existsSync('.env')) process.loadEnvFile('.env');
const config = loadConfig();
const dataDir = config.DATA_DIR ?? DEFAULT_DATA_DIR;
const store = await openCandidateStore(config.STORE_URL, { error: (d: object, m: string) => process.stderr.write(`${m} ${JSON.stringify(d)}\n`) });
const fresh = withoutFileEvents(await store.approvedEvents(), readDossierFiles(dataDir)) as { id: string; date: string }[];
await store.close();

const byYear = new Map<string, typeof fresh>();
for (const record of fresh) byYear.set(record.date.slice(0, 4), [...(byYear.get(record.date.slice(0, 4)) ?? []), record]);
for (const [year, records] of byYear) {
  const file = join(dataDir, 'events', `approved-${year}.yaml`);
  const header = existsSync(file) ? readFileSync(file, 'utf8').replace(/\n*$/, '\n') : `# Events approved by curators in chat (/kuril approve), exported by npm run events:export.\n`;
  // Dates and CAMEO codes stay quoted strings, as in the hand-written files.
  writeFileSync(file, header + dump(records, { lineWidth: 100, quotingType: '"', forceQuotes: false, noRefs: true }));
  process.stdout.write(`${file}: ${records.length} event${records.length === 1 ? '' : 's'} added\n`);
}
if (fresh.length === 0) process.stdout.write('No approved events to export: every approved event is already in the files.\n');
