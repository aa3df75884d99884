import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCandidateStore } from '../../../src/intake/store/open-intake-store.js';
import { startTestChild } from '../../support/child-process.js';
import { tempDir, testLog } from '../../support/digest-helpers.js';
import { testDraft } from '../../support/intake.js';

/**
 * Two OS processes on one SQLite file (test/support/intake-store-child.ts under `npx tsx`), started
 * together: every candidate of both gets an id of its own, and each approval is applied exactly once.
 */

const CHILD = join(import.meta.dirname, '..', '..', 'support', 'intake-store-child.ts');
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const startChild = (env: Record<string, string>) => startTestChild(CHILD, env, cleanups);

describe('two processes on one SQLite intake store', () => {
  it('200 candidates added from both at once get c41…c240, each once; 40 candidates both approve are each approved once', { timeout: 90_000 }, async () => {
    const tmp = tempDir();
    cleanups.push(tmp.cleanup);
    const url = `sqlite://${join(tmp.dir, 'data', 'kuril-brief.sqlite')}`;
    const namespace = 'kuril-intake';
    const seed = await openCandidateStore(url, testLog(), namespace);
    await seed.add(Array.from({ length: 40 }, (_, n) => testDraft(`seed-${n}`)), new Date());
    await seed.close();

    const a = startChild({ STORE_URL: url, NAMESPACE: namespace, PREFIX: 'a', COUNT: '100', APPROVE: '40' });
    const b = startChild({ STORE_URL: url, NAMESPACE: namespace, PREFIX: 'b', COUNT: '100', APPROVE: '40' });
    await Promise.all([a.printed('ready'), b.printed('ready')]);
    a.go();
    b.go();
    const [addedA, addedB, approvedA, approvedB] = (await Promise.all([a.printed('added '), b.printed('added '), a.printed('approved '), b.printed('approved ')])).map((line) => JSON.parse(line) as string[]);
    expect(await a.exited, a.stderr()).toBe(0);
    expect(await b.exited, b.stderr()).toBe(0);

    const number = (id: string) => Number(id.slice(1));
    expect(addedA!.filter((id) => addedB!.includes(id))).toEqual([]);
    expect([...addedA!, ...addedB!].map(number).sort((x, y) => x - y)).toEqual(Array.from({ length: 200 }, (_, i) => i + 41));
    expect(approvedA!.filter((id) => approvedB!.includes(id))).toEqual([]);
    expect([...approvedA!, ...approvedB!].map(number).sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));

    const store = await openCandidateStore(url, testLog(), namespace);
    cleanups.push(() => store.close());
    const events = (await store.approvedEvents()) as { id: string; title: string }[];
    expect(events).toHaveLength(40);
    expect(await store.version()).toBe(40);
    // each candidate's decision names the process whose event was published for it
    for (let n = 1; n <= 40; n++) {
      const candidate = (await store.get(`c${n}`))!;
      const by = candidate.decision!.by.slice('console:'.length);
      expect(events.filter((e) => e.id.startsWith(`event-${n}-`)).map((e) => e.id)).toEqual([`event-${n}-${by}`]);
    }
    expect((await store.list('pending')).map((c) => c.id)).toHaveLength(200);
  });
});
