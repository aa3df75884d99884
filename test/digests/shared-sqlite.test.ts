import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDigestStore } from '../../src/digests/store/open-store.js';
import { startTestChild } from '../support/child-process.js';
import { tempDir, testLog } from '../support/digest-helpers.js';

/**
 * Two OS processes on one SQLite file (test/support/store-child.ts under `npx tsx`), started
 * together: every subscription of both lands, and each claim goes to exactly one of them.
 */

const CHILD = join(import.meta.dirname, '..', 'support', 'store-child.ts');
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const startChild = (env: Record<string, string>) => startTestChild(CHILD, env, cleanups);

describe('two processes on one SQLite file', () => {
  it('600 subscribes split across two processes all land; each claim goes to exactly one process', { timeout: 90_000 }, async () => {
    const tmp = tempDir();
    cleanups.push(tmp.cleanup);
    const url = `sqlite://${join(tmp.dir, 'data', 'kuril-brief.sqlite')}`;
    const a = startChild({ STORE_URL: url, PREFIX: 'a', COUNT: '300' });
    const b = startChild({ STORE_URL: url, PREFIX: 'b', COUNT: '300' });
    await Promise.all([a.printed('ready'), b.printed('ready')]);
    a.go();
    b.go();
    const [lineA, lineB] = await Promise.all([a.printed('claimed '), b.printed('claimed ')]);
    expect(await a.exited, a.stderr()).toBe(0);
    expect(await b.exited, b.stderr()).toBe(0);

    const store = await createDigestStore({ url, log: testLog() });
    cleanups.push(() => store.close());
    const listed = await store.listSubscriptions();
    expect(listed).toHaveLength(600);
    expect(await store.countSubscriptions('discord', 'guild-b-7')).toBe(1);

    const claimedA = JSON.parse(lineA) as number[];
    const claimedB = JSON.parse(lineB) as number[];
    expect(claimedA.filter((n) => claimedB.includes(n))).toEqual([]);
    expect([...claimedA, ...claimedB].sort((x, y) => x - y)).toEqual(Array.from({ length: 300 }, (_, n) => n));
  });
});
