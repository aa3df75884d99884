import type { Fence } from './digest-store.js';

/**
 * What the digest store needs from a backend (sqlite-records.ts, redis-records.ts): JSON records by
 * kind and key, written atomically, some only while a claim is held. The store above validates every
 * record; the backends only keep strings.
 *
 * Keys are channel keys (types.ts channelKey), with `:<day>` for ledgers and progress and
 * `:<event id>` for alert ledgers.
 */
export const KINDS = ['sub', 'cursor', 'ledger', 'progress', 'alert', 'alert-ledger'] as const;
export type Kind = (typeof KINDS)[number];

/** The kinds a scheduler lists whole (every subscription, every alert setting). */
export type ListedKind = 'sub' | 'alert';

export type Write =
  | { readonly kind: Kind; readonly key: string; readonly value: string; readonly ttlMs?: number }
  | { readonly kind: Kind; readonly key: string; readonly delete: true };

export interface Records {
  readonly get: (kind: Kind, keys: readonly string[]) => Promise<(string | undefined)[]>;
  /** Every record of a listed kind, in key order. */
  readonly list: (kind: ListedKind) => Promise<{ key: string; value: string }[]>;
  /** Keys of a kind that start with `prefix` (adopting records written before scoping). */
  readonly keys: (kind: Kind, prefix: string) => Promise<string[]>;
  /** All of `writes`, atomically; with a fence, only while its owner holds the claim (false otherwise, nothing written). */
  readonly write: (writes: readonly Write[], fence?: Fence) => Promise<boolean>;
  /**
   * Read-modify-write of one record, atomic against every other writer: `change` gets the current
   * value and returns the new one, or undefined to leave it. Resolves to the value stored afterwards.
   */
  readonly update: (kind: Kind, key: string, change: (current: string | undefined) => string | undefined) => Promise<string | undefined>;
  readonly claim: (name: string, owner: string, leaseMs: number) => Promise<boolean>;
  readonly renew: (name: string, owner: string, leaseMs: number) => Promise<boolean>;
  readonly release: (name: string, owner: string) => Promise<void>;
  /** Drops expired records (Redis expires them itself). */
  readonly prune: () => Promise<number>;
  readonly close: () => Promise<void>;
}

/** The same records with every call but close run through `around` (a timeout, a connection check). */
export function aroundRecords(records: Records, around: <R>(name: string, call: () => Promise<R>) => Promise<R>): Records {
  return {
    get: (...args) => around('get', () => records.get(...args)),
    list: (...args) => around('list', () => records.list(...args)),
    keys: (...args) => around('keys', () => records.keys(...args)),
    write: (...args) => around('write', () => records.write(...args)),
    update: (...args) => around('update', () => records.update(...args)),
    claim: (...args) => around('claim', () => records.claim(...args)),
    renew: (...args) => around('renew', () => records.renew(...args)),
    release: (...args) => around('release', () => records.release(...args)),
    prune: () => around('prune', () => records.prune()),
    close: () => records.close(),
  };
}
