/**
 * STORE_URL, read in one place for every store (digests and intake): which backend, and where.
 * `sqlite://path` (a file; `:memory:` or empty for an in-memory database) or `redis://…`/`rediss://…`.
 */
export type StoreLocation = { readonly kind: 'sqlite'; readonly path: string } | { readonly kind: 'redis'; readonly url: string };

export const MEMORY = ':memory:';

export function parseStoreUrl(url: string): StoreLocation {
  if (/^rediss?:\/\//.test(url)) return { kind: 'redis', url };
  if (url.startsWith('sqlite://')) {
    const path = url.slice('sqlite://'.length);
    return { kind: 'sqlite', path: path === '' ? MEMORY : path };
  }
  throw new Error(`STORE_URL must start with sqlite://, redis:// or rediss:// (got ${url.split(':')[0]}://…)`);
}
