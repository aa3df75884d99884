/**
 * Records as keyv wrote them, before the stores had their own tables: `{"value": …, "expires": …}`,
 * strings that start with ':' escaped with one more. Read when migrating a SQLite file and, on Redis
 * (whose layout is unchanged), whenever such a record is read. Shared by the digest and intake stores.
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

/** The expiry of a keyv envelope, if it has one. */
export function keyvExpiry(text: string): number | undefined {
  try {
    const parsed = JSON.parse(text) as { expires?: unknown };
    return typeof parsed.expires === 'number' ? parsed.expires : undefined;
  } catch {
    return undefined;
  }
}
