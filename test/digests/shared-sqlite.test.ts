import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDigestStore } from '../../src/digests/store/open-store.js';
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

interface Child {
  printed(prefix: string): Promise<string>;
  go(): void;
  readonly exited: Promise<number | null>;
  stderr(): string;
}

function startChild(env: Record<string, string>): Child {
  const child = spawn('npx', ['tsx', CHILD], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  cleanups.push(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  });
  return {
    printed: async (prefix) => {
      for (;;) {
        const line = out.split('\n').find((l) => l.startsWith(prefix));
        if (line !== undefined) return line;
        if (child.exitCode !== null) throw new Error(`child exited before printing "${prefix}": ${err}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    go: () => child.stdin.write('go\n'),
    exited,
    stderr: () => err,
  };
}

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

    const claimedA = JSON.parse(lineA.slice('claimed '.length)) as number[];
    const claimedB = JSON.parse(lineB.slice('claimed '.length)) as number[];
    expect(claimedA.filter((n) => claimedB.includes(n))).toEqual([]);
    expect([...claimedA, ...claimedB].sort((x, y) => x - y)).toEqual(Array.from({ length: 300 }, (_, n) => n));
  });
});
