import { createClient } from '@redis/client';

/**
 * Deletes every key of `namespace` (a prefix) from the Redis at `url`: what a test or a benchmark
 * leaves behind on a shared Redis. No vitest import, so benchmarks can use it too.
 */
export async function deleteNamespace(url: string, namespace: string): Promise<void> {
  const client = createClient({ url });
  await client.connect();
  try {
    const keys: string[] = [];
    for await (const batch of client.scanIterator({ MATCH: `${namespace}*`, COUNT: 500 })) keys.push(...batch);
    if (keys.length) await client.del(keys);
  } finally {
    client.destroy();
  }
}
