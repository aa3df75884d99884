import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { dump } from 'js-yaml';
import { EXPORT_FORMATS, exportEvents } from '../briefings/export/export.js';
import { checkDateRange, eventQuery, isReply } from '../commands/event-filters.js';
import { messageOf } from '../common/start-error.js';
import { loadConfig, type Config } from '../config.js';
import { parsePartialDate, type PartialDate } from '../dossier/dates.js';
import type { Dossier } from '../dossier/dossier.js';
import { DEFAULT_DATA_DIR, readDossierFiles } from '../dossier/load.js';
import { buildDossier } from '../dossier/validate.js';
import { APPROVED_FILE, withoutFileEvents } from '../intake/event-set.js';
import { intakeNamespace } from '../intake/store/candidate-store.js';
import { openCandidateStore } from '../intake/store/open-intake-store.js';
import { StoreUnavailableError } from '../store/unavailable.js';

/**
 * `npm run events:export -- [--format yaml|csv|json|ics] [--out FILE] [--from DATE] [--to DATE] [--actor NAME] [--island NAME]`
 *
 * - yaml (the default): writes the events curators approved (in the store, STORE_URL) into the data
 *   files, one file per year (data/kuril/events/approved-<year>.yaml), so they can be reviewed and
 *   committed like every other record. Events already in the files are left as they are.
 * - csv, json, ics: the event set (the files and the approvals) as `/kuril export` gives it, written
 *   to FILE, or to standard output without --out.
 *
 * When the store does not answer: yaml exists only to copy the approvals, so it stops with one line and
 * exit 1. csv, json and ics export the shipped files (the reviewed, committed record, which is what a
 * researcher cites) and say on standard error, in one line, that the approvals are left out; the store
 * client's own log lines are dropped then, as that one line says it all.
 */
const USAGE = 'Usage: npm run events:export -- [--format yaml|csv|json|ics] [--out FILE] [--from YYYY[-MM[-DD]]] [--to YYYY[-MM[-DD]]] [--actor NAME] [--island NAME]';
const FORMATS = ['yaml', ...EXPORT_FORMATS] as const;

/** A mistake in how the script was run: printed with the usage, exit code 1. */
class UsageError extends Error {}

/** Approved events could not be read: the store (STORE_URL) did not answer. */
class StoreDownError extends Error {}

const STORE_DOWN = 'the store (STORE_URL) does not answer';

if (existsSync('.env')) process.loadEnvFile('.env');
try {
  await main();
} catch (error) {
  process.stderr.write(`${messageOf(error)}\n${error instanceof UsageError ? `${USAGE}\n` : ''}`);
  process.exitCode = 1;
}

async function main(): Promise<void> {
  const args = readArgs();
  const config = loadConfig();
  if (args.format === 'yaml') return writeApprovedYaml(config);

  const input = { from: args.from, to: args.to, actor: args.actor, island: args.island };
  const reversed = checkDateRange(input);
  if (reversed) throw new UsageError(reversed.replace(/\b(from|to):/g, '--$1'));
  const dossier = await eventSet(config);
  const query = eventQuery(input, dossier);
  if (isReply(query)) throw new UsageError(query.lead ?? query.title);
  const reply = exportEvents(dossier, query, args.format, new Date());
  const file = reply.files?.[0];
  if (!file) throw new Error(`${reply.title}: ${reply.lead ?? ''}`);
  if (args.out === undefined) {
    process.stdout.write(file.data);
    return;
  }
  try {
    writeFileSync(args.out, file.data);
  } catch (error) {
    throw new Error(`Cannot write ${args.out}: ${whyNotWritten(error)}.`);
  }
  process.stdout.write(`${args.out}: ${reply.lead ?? ''}\n`);
}

interface Args {
  readonly format: (typeof FORMATS)[number];
  readonly out?: string;
  readonly from?: PartialDate;
  readonly to?: PartialDate;
  readonly actor?: string;
  readonly island?: string;
}

function readArgs(): Args {
  let values;
  try {
    ({ values } = parseArgs({
      options: { format: { type: 'string' }, out: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, actor: { type: 'string' }, island: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(messageOf(error).split('. ')[0]);
  }
  const { out, from, to, actor, island } = values;
  const format = (values.format ?? 'yaml').trim().toLowerCase();
  if (!isFormat(format)) throw new UsageError(`Unknown format "${values.format}": use ${FORMATS.join(', ')}.`);
  if (format === 'yaml' && [out, from, to, actor, island].some((value) => value !== undefined)) {
    throw new UsageError('--out and the filters go with --format csv, json or ics; yaml writes approved events into the data files.');
  }
  return { format, out, actor, island, from: date('--from', from), to: date('--to', to) };
}

function isFormat(text: string): text is (typeof FORMATS)[number] {
  return (FORMATS as readonly string[]).includes(text);
}

function date(flag: string, text: string | undefined): PartialDate | undefined {
  if (text === undefined) return undefined;
  const parsed = parsePartialDate(text);
  if (!parsed || parsed.precision === 'range') throw new UsageError(`${flag} "${text}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2022-03.`);
  return parsed;
}

/** The event set the bot serves: the files and the events curators approved that are not in them yet (or the files alone, said so, when the store is down). */
async function eventSet(config: Config): Promise<Dossier> {
  const raw = readDossierFiles(config.DATA_DIR);
  let approved: unknown[] = [];
  try {
    approved = withoutFileEvents(await approvedEvents(config), raw);
  } catch (error) {
    if (!(error instanceof StoreDownError)) throw error;
    process.stderr.write(`Warning: ${STORE_DOWN}, so events curators approved in chat are missing; exported the shipped files' events only.\n`);
  }
  return buildDossier({ ...raw, events: [...raw.events, { file: APPROVED_FILE, data: approved }] });
}

/**
 * The events curators approved, from the news queue. The store's log lines are held back: printed if the
 * read succeeds (a corrupt record skipped), dropped if the store is down (StoreDownError says it once).
 */
async function approvedEvents(config: Config): Promise<unknown[]> {
  const held: string[] = [];
  const log = { error: (details: object, message: string) => held.push(`${message} ${JSON.stringify(details)}\n`) };
  try {
    const store = await openCandidateStore(config.STORE_URL, log, intakeNamespace(config.STORE_NAMESPACE), { timeoutMs: config.STORE_TIMEOUT_MS });
    // closed whatever happens: a Redis client left open would keep the script from exiting
    const approved = await store.approvedEvents().finally(() => store.close());
    for (const line of held) process.stderr.write(line);
    return approved;
  } catch (error) {
    if (error instanceof StoreUnavailableError) throw new StoreDownError(STORE_DOWN);
    throw error;
  }
}

/** The reason a file could not be written, in words rather than an errno. */
function whyNotWritten(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'its folder does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return messageOf(error);
}

async function writeApprovedYaml(config: Config): Promise<void> {
  const dataDir = config.DATA_DIR ?? DEFAULT_DATA_DIR;
  const approved = await approvedEvents(config).catch((error: unknown) => {
    throw error instanceof StoreDownError ? new Error(`Cannot export approved events: ${STORE_DOWN}; nothing was written. Start it (or fix STORE_URL) and run this again.`) : error;
  });
  const fresh = withoutFileEvents(approved, readDossierFiles(dataDir)) as { id: string; date: string }[];

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
}
