import { createHash } from 'node:crypto';

/**
 * What the candidate store needs from a backend (sqlite-intake.ts, redis-intake.ts): candidates as
 * JSON text by number, the report-URL index, the approved events, two counters, and the few steps that
 * must be atomic. The store above (candidate-store.ts) validates every record; backends keep strings.
 *
 * Atomic, on both backends:
 * - `insert`: the next number, the candidate and its URL entries, in one step, and only while none of
 *   its URLs belongs to a candidate (so a URL is never proposed twice, and two processes never give
 *   out the same id);
 * - `swap`: a candidate replaced only if it is still exactly what was read (compare-and-set), together
 *   with its new URL entries and, for an approval, the event record, its place in the approval order
 *   and the version bump. A process that dies before it leaves nothing behind; one that dies after it
 *   left all of it. Two curators approving at once: one swap wins, the other sees the change.
 */

/** A candidate as stored: its text for the store (keyv's envelope unwrapped) and what is stored, for `swap`. */
export interface StoredCandidate {
  readonly n: number;
  readonly value: string;
  /** Exactly what the backend holds; `swap` compares against it. */
  readonly raw: string;
}

export interface Publication {
  readonly id: string;
  /** The event record as JSON. */
  readonly value: string;
}

export type InsertResult = { readonly n: number } | { readonly taken: readonly string[] };
export type SwapResult = 'done' | 'changed' | 'event-taken';

export interface IntakeRecords {
  readonly get: (numbers: readonly number[]) => Promise<(StoredCandidate | undefined)[]>;
  /** Every candidate, in number order. */
  readonly all: () => Promise<StoredCandidate[]>;
  /** For each URL hash, whether a candidate holds it. */
  readonly taken: (hashes: readonly string[]) => Promise<boolean[]>;
  /**
   * Gives the next number to a candidate whose JSON is `{"v":1,"id":"c<n>",` + `rest` (withId) and
   * points `hashes` at it; nothing is written if any hash is taken (they are returned).
   */
  readonly insert: (rest: string, hashes: readonly string[]) => Promise<InsertResult>;
  /**
   * Replaces candidate `n` if it still holds `expectedRaw`, points each free hash of `hashes` at it
   * (a hash another candidate holds stays with that one) and, with `publish`, stores the event (only
   * if no event has that id), appends it to the approval order and bumps the version.
   */
  readonly swap: (n: number, expectedRaw: string, next: string, hashes: readonly string[], publish?: Publication) => Promise<SwapResult>;
  /** The approved event records (JSON), in approval order. */
  readonly approved: () => Promise<string[]>;
  /** Bumped by every approval. */
  readonly version: () => Promise<number>;
  readonly getMeta: (key: string) => Promise<string | undefined>;
  readonly putMeta: (key: string, value: string) => Promise<void>;
  readonly close: () => Promise<void>;
}

/** A candidate's JSON with its id first: how both backends (and the Lua script) build it from `rest`. */
export const withId = (n: number, rest: string): string => `{"v":1,"id":"c${n}",${rest}`;

/** The JSON of `record` without its opening brace, for `insert`. */
export function restOf(record: Readonly<Record<string, unknown>>): string {
  const text = JSON.stringify(record);
  if (!text.startsWith('{') || text === '{}') throw new Error('a candidate record cannot be empty');
  return text.slice(1);
}

/** URLs are indexed by hash: fixed-length keys whatever the URL (the layout earlier versions used). */
export const urlHash = (url: string): string => createHash('sha256').update(url).digest('base64url');

/** The same records with every call but close run through `around` (a timeout, a connection check). */
export function aroundIntake(records: IntakeRecords, around: <R>(name: string, call: () => Promise<R>) => Promise<R>): IntakeRecords {
  return {
    get: (...args) => around('get', () => records.get(...args)),
    all: () => around('all', () => records.all()),
    taken: (...args) => around('taken', () => records.taken(...args)),
    insert: (...args) => around('insert', () => records.insert(...args)),
    swap: (...args) => around('swap', () => records.swap(...args)),
    approved: () => around('approved', () => records.approved()),
    version: () => around('version', () => records.version()),
    getMeta: (...args) => around('getMeta', () => records.getMeta(...args)),
    putMeta: (...args) => around('putMeta', () => records.putMeta(...args)),
    close: () => records.close(),
  };
}
