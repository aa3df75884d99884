import { performance } from 'node:perf_hooks';

/**
 * Whether the bot can do its work now: each part (a platform connection, the store) says what is
 * wrong with it, or nothing. A part that does not answer within the budget counts as down, so a
 * hung store makes /healthz say so instead of hanging with it.
 */
export interface HealthPart {
  readonly name: string;
  /** What is wrong, in words for an operator; undefined when all is well. */
  problem(): Promise<string | undefined> | string | undefined;
}

export async function healthProblems(parts: readonly HealthPart[], budgetMs: number): Promise<string[]> {
  const results = await Promise.all(parts.map((part) => withinBudget(part, budgetMs)));
  return results.filter((problem): problem is string => problem !== undefined);
}

async function withinBudget(part: HealthPart, budgetMs: number): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((resolve) => (timer = setTimeout(resolve, budgetMs, `${part.name}: no answer within ${budgetMs} ms`)));
  try {
    return await Promise.race([
      Promise.resolve()
        .then(() => part.problem())
        .then((problem) => (problem === undefined ? undefined : `${part.name}: ${problem}`))
        .catch((error: unknown) => `${part.name}: ${error instanceof Error ? error.message : 'failed'}`),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The store answers when a read of a key nobody writes comes back (empty) within the budget; the
 * round trip is also a store latency sample.
 */
export function storeHealth(read: () => Promise<unknown>, observe: (seconds: number) => void): HealthPart {
  return {
    name: 'store',
    async problem() {
      const started = performance.now();
      await read();
      observe((performance.now() - started) / 1_000);
      return undefined;
    },
  };
}
