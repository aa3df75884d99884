import type { Kind } from './records.js';

export { keyvExpiry, unwrapKeyv } from '../../store/keyv-envelope.js';

/**
 * The digest records as keyv wrote them, before the store had its own tables: `<namespace>:<kind>:<key>`
 * holding keyv's envelope (src/store/keyv-envelope.ts, shared with the intake store).
 */

/** The kind and key of a keyv key (without its namespace); undefined for the old index records. */
export function kindOfKeyvKey(key: string): { kind: Kind; key: string } | undefined {
  // longest first: "alert-ledger:" also starts with "alert"
  for (const kind of ['alert-ledger', 'alert', 'sub', 'cursor', 'ledger', 'progress'] as const) {
    if (key.startsWith(`${kind}:`)) return { kind, key: key.slice(kind.length + 1) };
  }
  return undefined;
}
