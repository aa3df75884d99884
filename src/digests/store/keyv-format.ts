import type { Kind } from './records.js';

/**
 * Records as keyv wrote them, before the store had its own tables: `<namespace>:<kind>:<key>` holding
 * `{"value": …, "expires": …}`, strings that start with ':' escaped with one more. Read when
 * migrating a SQLite file and, on Redis (whose layout is unchanged), whenever such a record is read.
 */

/** The record inside a keyv envelope, or the text itself when it is not one; undefined when expired. */
export function unwrapKeyv(text: string, now = Date.now()): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, (_key, value: unknown) => (typeof value === 'string' && value.startsWith(':') ? value.slice(1) : value));
  } catch {
    return text;
  }
  if (!isEnvelope(parsed)) return text;
  if (typeof parsed.expires === 'number' && parsed.expires <= now) return undefined;
  return JSON.stringify(parsed.value);
}

function isEnvelope(value: unknown): value is { value: unknown; expires?: unknown } {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('value' in value)) return false;
  return Object.keys(value).every((key) => key === 'value' || key === 'expires');
}

/** The kind and key of a keyv key (without its namespace); undefined for the old index records. */
export function kindOfKeyvKey(key: string): { kind: Kind; key: string } | undefined {
  // longest first: "alert-ledger:" also starts with "alert"
  for (const kind of ['alert-ledger', 'alert', 'sub', 'cursor', 'ledger', 'progress'] as const) {
    if (key.startsWith(`${kind}:`)) return { kind, key: key.slice(kind.length + 1) };
  }
  return undefined;
}

/** The expiry of a keyv envelope, if it has one. */
export function keyvExpiry(text: string): number | undefined {
  try {
    const parsed = JSON.parse(text) as { expires?: unknown };
    return typeof parsed.expires === 'number' ? parsed.expires : undefined;
  } catch {
    return undefined;
  }
}
