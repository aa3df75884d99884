import { createHash } from 'node:crypto';
import type Keyv from 'keyv';
import { z } from 'zod';
import { candidateSchema, type Candidate, type NewCandidate } from '../candidate.js';

/**
 * Candidates, decisions and approved events, kept in the same store as the digests (STORE_URL:
 * SQLite by default, Redis when several processes share state), under their own namespace:
 *   seq                 the last candidate number given (c1, c2, …)
 *   cand:<n>            the candidate
 *   url:<sha256(url)>   the candidate a report URL belongs to, so a URL is never proposed twice
 *   event:<id>          an approved event record, as the event schema reads it
 *   events              the ids of approved events, in approval order
 *   version             bumped on every approval, so every instance sees new events within a poll
 * Records that fail validation are logged and skipped, never served.
 */

/** Numbers that must count up atomically across processes (INCR on Redis); read only through here. */
export interface Counter {
  increment(key: string): Promise<number>;
  current(key: string): Promise<number>;
}

export interface StoreLog {
  error(details: object, message: string): void;
}

export interface CandidateStore {
  /** Stores new candidates, each with a fresh id. */
  add(candidates: readonly NewCandidate[], now: Date): Promise<Candidate[]>;
  /** Which of these URLs already belong to a candidate (pending, approved or rejected). */
  knownUrls(urls: readonly string[]): Promise<Set<string>>;
  get(id: string): Promise<Candidate | undefined>;
  /** A pending candidate's sources, grown by later reports of the same story. */
  addReports(id: string, reports: Candidate['reports'], now: Date): Promise<Candidate>;
  /** Every candidate with that status, newest first. */
  list(status: Candidate['status']): Promise<Candidate[]>;
  /** Records the decision; the event record goes live with the next reload of every instance. */
  approve(id: string, record: Readonly<Record<string, unknown>> & { id: string }, by: string, now: Date): Promise<Candidate>;
  reject(id: string, reason: string | undefined, by: string, now: Date): Promise<Candidate>;
  /** The approved event records, in approval order (raw: the dossier loader validates them). */
  approvedEvents(): Promise<unknown[]>;
  /** Changes with every approval; instances poll it to know when to reload. */
  version(): Promise<number>;
  /** How each feed fared at the last poll (whichever process polled), for /kuril status. */
  saveFeedHealth(health: FeedHealth): Promise<void>;
  feedHealth(): Promise<FeedHealth | undefined>;
  close(): Promise<void>;
}

export const INTAKE_NAMESPACE = 'kuril-intake';

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

const urlKey = (url: string) => `url:${createHash('sha256').update(url).digest('base64url')}`;
const number = (id: string) => Number(id.slice(1));

export function keyvCandidateStore(keyv: Keyv, counter: Counter, log: StoreLog): CandidateStore {
  const valid = <T>(schema: z.ZodType<T>, key: string, value: unknown): T | undefined => {
    if (value === undefined || value === null) return undefined;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    log.error({ key, problems: parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`) }, 'intake store: corrupt record skipped');
    return undefined;
  };

  const all = async (): Promise<Candidate[]> => {
    const last = await counter.current('seq');
    const keys = Array.from({ length: last }, (_, i) => `cand:${i + 1}`);
    const out: Candidate[] = [];
    for (let i = 0; i < keys.length; i += 500) {
      const batch = keys.slice(i, i + 500);
      (await keyv.getMany<unknown>(batch)).forEach((value, j) => {
        const candidate = valid(candidateSchema, batch[j]!, value);
        if (candidate) out.push(candidate);
      });
    }
    return out;
  };

  const decide = async (id: string, change: (c: Candidate) => Candidate): Promise<Candidate> => {
    const existing = await store.get(id);
    if (!existing) throw new Error(`no candidate ${id}`);
    const next = candidateSchema.parse(change(existing));
    await keyv.set(`cand:${number(id)}`, next);
    return next;
  };

  const store: CandidateStore = {
    async add(candidates, now) {
      const added: Candidate[] = [];
      for (const draft of candidates) {
        const n = await counter.increment('seq');
        const at = now.toISOString();
        const candidate = candidateSchema.parse({ ...draft, v: 1, id: `c${n}`, status: 'pending', createdAt: at, updatedAt: at });
        await keyv.set(`cand:${n}`, candidate);
        await keyv.setMany(candidate.reports.map((r) => ({ key: urlKey(r.url), value: candidate.id })));
        added.push(candidate);
      }
      return added;
    },

    async knownUrls(urls) {
      const found = await keyv.getMany<unknown>(urls.map(urlKey));
      return new Set(urls.filter((_, i) => found[i] !== undefined && found[i] !== null));
    },

    async get(id) {
      if (!/^c\d+$/.test(id)) return undefined;
      return valid(candidateSchema, `cand:${number(id)}`, await keyv.get(`cand:${number(id)}`));
    },

    async addReports(id, reports, now) {
      const updated = await decide(id, (c) => ({ ...c, reports: [...reports], updatedAt: now.toISOString() }));
      await keyv.setMany(updated.reports.map((r) => ({ key: urlKey(r.url), value: updated.id })));
      return updated;
    },

    async list(status) {
      return (await all()).filter((c) => c.status === status).sort((a, b) => b.date.localeCompare(a.date) || number(b.id) - number(a.id));
    },

    async approve(id, record, by, now) {
      const decided = await decide(id, (c) => ({ ...c, status: 'approved', updatedAt: now.toISOString(), decision: { by, at: now.toISOString(), eventId: record.id } }));
      await keyv.set(`event:${record.id}`, record);
      const ids = ((await keyv.get<string[]>('events')) ?? []).filter((e) => e !== record.id);
      await keyv.set('events', [...ids, record.id]);
      await counter.increment('version');
      return decided;
    },

    reject(id, reason, by, now) {
      return decide(id, (c) => ({ ...c, status: 'rejected', updatedAt: now.toISOString(), decision: { by, at: now.toISOString(), ...(reason ? { reason } : {}) } }));
    },

    async approvedEvents() {
      const ids = (await keyv.get<string[]>('events')) ?? [];
      const records = await keyv.getMany<unknown>(ids.map((id) => `event:${id}`));
      return records.filter((r) => r !== undefined && r !== null);
    },

    version: () => counter.current('version'),

    async saveFeedHealth(health) {
      await keyv.set('feed-health', feedHealthSchema.parse(health));
    },

    async feedHealth() {
      return valid(feedHealthSchema, 'feed-health', await keyv.get('feed-health'));
    },

    close: () => keyv.disconnect(),
  };
  return store;
}
