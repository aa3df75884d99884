import { z } from 'zod';
import { StoreUnavailableError, withTimeout } from '../../store/unavailable.js';
import { decodeStored } from '../../store/stored-json.js';
import { candidateSchema, type Candidate, type NewCandidate, type Report } from '../candidate.js';
import { aroundIntake, restOf, urlHash, type IntakeRecords, type StoredCandidate } from './intake-records.js';
import { NewsQueueUnavailableError } from './queue-unavailable.js';

/**
 * Candidates, decisions and approved events, kept in the same store as the digests (STORE_URL:
 * SQLite by default, Redis when several processes share state), under the intake's own namespace.
 * Backends: sqlite-intake.ts and redis-intake.ts (intake-records.ts says what each must do atomically).
 * Records that fail validation are logged and skipped, never served. Every call fails within the
 * store timeout (STORE_TIMEOUT_MS) with NewsQueueUnavailableError, a StoreUnavailableError.
 */

export interface StoreLog {
  error(details: object, message: string): void;
}

/** The outcome of a decision: applied, or why not (nothing was written then). */
export type Decision =
  | { readonly ok: true; readonly candidate: Candidate }
  | { readonly ok: false; readonly why: 'missing' }
  /** Decided already, by someone else perhaps: `candidate` says how. */
  | { readonly ok: false; readonly why: 'decided'; readonly candidate: Candidate }
  /** Another approval published an event with the same id first. */
  | { readonly ok: false; readonly why: 'event-exists'; readonly candidate: Candidate };

export interface CandidateStore {
  /**
   * Stores new candidates, each with a fresh id. A report whose URL a candidate already holds (another
   * process got there first) is left out, and a candidate left with no report is not stored.
   */
  add(candidates: readonly NewCandidate[], now: Date): Promise<Candidate[]>;
  /** Which of these URLs already belong to a candidate (pending, approved or rejected). */
  knownUrls(urls: readonly string[]): Promise<Set<string>>;
  get(id: string): Promise<Candidate | undefined>;
  /**
   * Adds reports of the same story to a candidate's sources (whatever its status, so their links are
   * never proposed again), leaving out those it has or another candidate holds; at most 50 are kept,
   * the latest. Undefined when there is no such candidate.
   */
  addReports(id: string, reports: readonly Report[], now: Date): Promise<Candidate | undefined>;
  /** Every candidate with that status, newest first. */
  list(status: Candidate['status']): Promise<Candidate[]>;
  /**
   * Approves a pending candidate and publishes its event record, in one atomic step: applied once,
   * however many curators press at once; the event goes live with the next reload of every instance.
   */
  approve(id: string, record: Readonly<Record<string, unknown>> & { id: string }, by: string, now: Date): Promise<Decision>;
  /** Rejects a pending candidate, atomically like approve. */
  reject(id: string, reason: string | undefined, by: string, now: Date): Promise<Decision>;
  /** The approved event records, in approval order (raw: the dossier loader validates them). */
  approvedEvents(): Promise<unknown[]>;
  /** Changes with every approval; instances poll it to know when to reload. */
  version(): Promise<number>;
  /** How each feed fared at the last poll (whichever process polled), for /kuril status. */
  saveFeedHealth(health: FeedHealth): Promise<void>;
  feedHealth(): Promise<FeedHealth | undefined>;
  close(): Promise<void>;
}

/** The intake's namespace in the default deployment: the one earlier versions used. */
export const INTAKE_NAMESPACE = 'kuril-intake';

/**
 * The intake's namespace for a deployment's STORE_NAMESPACE, so that deployments sharing a Redis keep
 * separate news queues as they keep separate digests. The default deployment (kuril-digest) keeps
 * kuril-intake, where its records already are.
 */
export function intakeNamespace(storeNamespace: string): string {
  return storeNamespace === 'kuril-digest' ? INTAKE_NAMESPACE : `${storeNamespace}-intake`;
}

export const feedHealthSchema = z.strictObject({
  polledAt: z.iso.datetime({ offset: true }),
  feeds: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      lastSuccess: z.iso.datetime({ offset: true }).optional(),
      problem: z.string().max(500).optional(),
      retryAt: z.iso.datetime({ offset: true }).optional(),
    }),
  ),
});
export type FeedHealth = z.output<typeof feedHealthSchema>;

const number = (id: string) => Number(id.slice(1));
const isId = (id: string) => /^c[1-9]\d{0,14}$/.test(id);
/** Compare-and-set attempts before giving up: only a storm of writes to one candidate uses more than one. */
const ATTEMPTS = 20;

export function recordCandidateStore(backend: IntakeRecords, log: StoreLog, timeoutMs: number): CandidateStore {
  // Every call bounded by the store timeout; a store that does not answer is the news queue being unavailable.
  const records = aroundIntake(backend, (name, call) => withTimeout(call, timeoutMs, `intake store ${name}`).catch((error: unknown) => Promise.reject(asQueueError(error, name))));

  const valid = <T>(schema: z.ZodType<T>, key: string, text: string | undefined): T | undefined => decodeStored(schema, text, key, log, 'intake store');
  const candidateOf = (stored: StoredCandidate | undefined): Candidate | undefined => {
    if (!stored) return undefined;
    const candidate = valid(candidateSchema, `cand:${stored.n}`, stored.value);
    if (candidate && candidate.id !== `c${stored.n}`) {
      log.error({ key: `cand:${stored.n}`, problems: [`id: ${candidate.id} stored as c${stored.n}`] }, 'intake store: corrupt record skipped');
      return undefined;
    }
    return candidate;
  };
  const read = async (id: string): Promise<{ stored: StoredCandidate; candidate: Candidate } | undefined> => {
    if (!isId(id)) return undefined;
    const [stored] = await records.get([number(id)]);
    const candidate = candidateOf(stored);
    return stored && candidate ? { stored, candidate } : undefined;
  };

  /** A pending candidate changed by `change` (and an event published with it), once, whoever else is deciding. */
  const decide = async (id: string, change: (c: Candidate) => Candidate, publish?: { id: string; value: string }): Promise<Decision> => {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const found = await read(id);
      if (!found) return { ok: false, why: 'missing' };
      if (found.candidate.status !== 'pending') return { ok: false, why: 'decided', candidate: found.candidate };
      const next = candidateSchema.parse(change(found.candidate));
      const result = await records.swap(found.stored.n, found.stored.raw, JSON.stringify(next), [], publish);
      if (result === 'done') return { ok: true, candidate: next };
      if (result === 'event-taken') return { ok: false, why: 'event-exists', candidate: found.candidate };
    }
    throw new Error(`intake store: ${id} kept changing under a decision`);
  };

  return {
    async add(candidates, now) {
      const added: Candidate[] = [];
      const at = now.toISOString();
      for (const draft of candidates) {
        let reports = [...draft.reports];
        for (let attempt = 0; reports.length > 0; attempt++) {
          if (attempt === ATTEMPTS) throw new Error('intake store: report links kept being taken while adding a candidate');
          // Validated whole (with a stand-in id) before the store gives it its number.
          const { v: _v, id: _id, ...rest } = candidateSchema.parse({ ...draft, reports, v: 1, id: 'c1', status: 'pending', createdAt: at, updatedAt: at });
          const hashes = reports.map((r) => urlHash(r.url));
          const result = await records.insert(restOf(rest), hashes);
          if ('n' in result) {
            added.push({ v: 1, id: `c${result.n}`, ...rest });
            break;
          }
          const taken = new Set(result.taken);
          reports = reports.filter((r) => !taken.has(urlHash(r.url)));
        }
      }
      return added;
    },

    async knownUrls(urls) {
      const taken = await records.taken(urls.map(urlHash));
      return new Set(urls.filter((_, i) => taken[i]));
    },

    async get(id) {
      return (await read(id))?.candidate;
    },

    async addReports(id, reports, now) {
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const found = await read(id);
        if (!found) return undefined;
        const have = new Set(found.candidate.reports.map((r) => r.url));
        const fresh = [...new Map(reports.filter((r) => !have.has(r.url)).map((r) => [r.url, r])).values()];
        const taken = await records.taken(fresh.map((r) => urlHash(r.url)));
        const added = fresh.filter((_, i) => !taken[i]);
        if (added.length === 0) return found.candidate;
        const next = candidateSchema.parse({ ...found.candidate, reports: [...found.candidate.reports, ...added].slice(-50), updatedAt: now.toISOString() });
        const result = await records.swap(found.stored.n, found.stored.raw, JSON.stringify(next), added.map((r) => urlHash(r.url)));
        if (result === 'done') return next;
      }
      throw new Error(`intake store: ${id} kept changing while adding reports`);
    },

    async list(status) {
      const all = (await records.all()).map(candidateOf).filter((c): c is Candidate => c !== undefined);
      return all.filter((c) => c.status === status).sort((a, b) => b.date.localeCompare(a.date) || number(b.id) - number(a.id));
    },

    approve(id, record, by, now) {
      const at = now.toISOString();
      return decide(id, (c) => ({ ...c, status: 'approved', updatedAt: at, decision: { by, at, eventId: record.id } }), { id: record.id, value: JSON.stringify(record) });
    },

    reject(id, reason, by, now) {
      const at = now.toISOString();
      return decide(id, (c) => ({ ...c, status: 'rejected', updatedAt: at, decision: { by, at, ...(reason ? { reason } : {}) } }));
    },

    async approvedEvents() {
      return (await records.approved()).flatMap((text) => {
        try {
          return [JSON.parse(text) as unknown];
        } catch {
          log.error({ key: 'event', problems: [`unparseable: ${text.slice(0, 60)}`] }, 'intake store: corrupt record skipped');
          return [];
        }
      });
    },

    version: () => records.version(),

    async saveFeedHealth(health) {
      await records.putMeta('feed-health', JSON.stringify(feedHealthSchema.parse(health)));
    },

    async feedHealth() {
      return valid(feedHealthSchema, 'feed-health', await records.getMeta('feed-health'));
    },

    close: () => backend.close(),
  };
}

/**
 * The store did not answer: the news queue is unavailable (its own error, so a command can say so).
 * A SQLite file still locked by another process after the busy timeout is the same thing.
 */
function asQueueError(error: unknown, name: string): Error {
  if (error instanceof NewsQueueUnavailableError) return error;
  if (error instanceof StoreUnavailableError) return new NewsQueueUnavailableError(`intake store ${name}`, error);
  if ((error as { code?: unknown } | null)?.code === 'SQLITE_BUSY') return new NewsQueueUnavailableError(`intake store ${name}: the SQLite file stayed locked`, error);
  return error instanceof Error ? error : new Error(String(error));
}
