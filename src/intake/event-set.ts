import { statSync } from 'node:fs';
import type { Dossier } from '../dossier/dossier.js';
import { dossierFiles, readDossierFiles } from '../dossier/load.js';
import { buildDossier, DossierError, type RawDossier } from '../dossier/validate.js';
import type { EventSetView } from './service.js';
import type { CandidateStore } from './store/candidate-store.js';

/**
 * The event set the bot serves: the shipped YAML files plus the events curators approved (kept in
 * the store). Every instance polls for changes (a new approval anywhere, an edited file) and swaps
 * in the new set whole; a set that fails validation is refused and the previous one kept, with the
 * problem (file, record, field) logged.
 */
export interface EventSet extends EventSetView {
  /** Starts polling every `intervalMs` (default 30 s, so a change is live everywhere within a minute). */
  start(intervalMs?: number): void;
  stop(): void;
}

export interface EventSetLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

export const APPROVED_FILE = 'approved events (store)';

export async function openEventSet(options: { dataDir?: string; store: CandidateStore; log: EventSetLog }): Promise<EventSet> {
  const { store, log } = options;
  const files = () => dossierFiles(options.dataDir);
  const stamp = () => files().map((file) => `${file}@${statSync(file).mtimeMs}`).join('|');

  /** What a set was built from: the approvals counter and the files' modification times. */
  type Seen = { version: number; files: string };
  const look = async (): Promise<Seen> => ({ version: await store.version(), files: stamp() });

  const build = async (seen: Seen): Promise<Seen & { dossier: Dossier; raw: RawDossier }> => {
    const raw = readDossierFiles(options.dataDir);
    const approved = withoutFileEvents(await store.approvedEvents(), raw);
    const dossier = buildDossier({ ...raw, events: [...raw.events, { file: APPROVED_FILE, data: approved }] });
    return { dossier, raw, ...seen };
  };

  // The first build must succeed: a bad set at start-up stops the bot with the problem named. A store
  // that does not answer does not stop it: the files are served, and the approved events are added
  // at the first check after the store answers (version -1 is never the store's).
  let state = await look()
    .then(build)
    .catch((error: unknown) => {
      if (error instanceof DossierError) throw error;
      log.error({ err: error }, 'event set: the store did not answer; serving the shipped files until it does');
      const raw = readDossierFiles(options.dataDir);
      return { dossier: buildDossier(raw), raw, version: -1, files: stamp() };
    });
  let timer: NodeJS.Timeout | undefined;
  let checking = false;
  /** A check failed (the store is down, most often): said once, not every 30 s, and once more when checks work again. */
  let failing = false;

  const reload = async (seen?: Seen) => {
    const now = seen ?? (await look());
    try {
      state = await build(now);
      log.info({ events: state.dossier.events.length }, 'event set reloaded');
    } catch (error) {
      // Remembered as seen, so the same bad edit is reported once, not at every poll.
      state = { ...state, ...now };
      const problems = error instanceof DossierError ? error.message : String(error);
      log.error({ problems }, 'event set not reloaded: the new set is invalid, the previous one stays');
    }
  };

  const check = async () => {
    if (checking) return;
    checking = true;
    try {
      const seen = await look();
      if (failing) log.info({}, 'event set checks work again');
      failing = false;
      if (seen.version !== state.version || seen.files !== state.files) await reload(seen);
    } catch (error) {
      if (!failing) log.error({ err: error }, 'event set check failed; trying again at every poll, quietly until one works');
      failing = true;
    } finally {
      checking = false;
    }
  };

  return {
    current: () => state.dossier,
    raw: () => state.raw,
    reload: () => reload(),
    start(intervalMs = 30_000) {
      timer ??= setInterval(() => void check(), intervalMs);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}

/**
 * Approved events not yet in the files: once `npm run events:export` has written an approved event
 * into data/kuril/events and it is committed, the file's copy is the one served.
 */
export function withoutFileEvents(approved: readonly unknown[], raw: RawDossier): unknown[] {
  const inFiles = new Set(raw.events.flatMap((file) => (Array.isArray(file.data) ? file.data : []).map((record: unknown) => (record as { id?: unknown } | null)?.id)));
  return approved.filter((record) => !inFiles.has((record as { id?: unknown } | null)?.id));
}
