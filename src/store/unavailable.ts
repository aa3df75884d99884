/**
 * A store call that could not be answered in time, or while the store is unreachable. Callers treat
 * it as "try later" (the scheduler's next tick) or tell the user digests are unavailable for now.
 */
export class StoreUnavailableError extends Error {
  constructor(what: string, cause?: unknown) {
    super(`the store is unavailable (${what})`, cause === undefined ? undefined : { cause });
    this.name = 'StoreUnavailableError';
  }
}

/** How long a store call may take before it fails (STORE_TIMEOUT_MS). */
export const DEFAULT_STORE_TIMEOUT_MS = 2_000;

/**
 * `work`, or StoreUnavailableError after `ms`. The call itself may still complete later; fenced
 * writes make that harmless (they check the claim in the same atomic step as they write).
 */
export function withTimeout<T>(work: () => Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new StoreUnavailableError(`${what}: no answer within ${ms} ms`)), ms);
    work().then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof StoreUnavailableError || !isConnectionError(error) ? toError(error) : new StoreUnavailableError(what, error));
      },
    );
  });
}

/** node-redis's errors for a client that is not connected (offline queue off) or lost its socket. */
function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /client is (offline|closed)|socket closed|connection|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE/i.test(`${error.name} ${error.message}`);
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
