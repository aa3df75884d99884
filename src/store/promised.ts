/**
 * better-sqlite3 is synchronous; a store's calls are promises only to match Redis. A throw becomes a
 * rejection, so callers handle SQLite and Redis failures the same way.
 */
export function promised<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
