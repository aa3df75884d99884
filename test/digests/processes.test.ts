import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDigestStore } from '../../src/digests/store/open-store.js';
import { cleanRedis, discordChannel, subscription, tempDir, testLog, uniqueNamespace } from '../support/digest-helpers.js';
import { redisUrl, skipWithoutRedis } from '../support/redis.js';

/**
 * Real bot processes (test/support/digest-child.ts under `npx tsx`): one killed with SIGKILL in the
 * middle of a fan-out and started again; two running at once against one Redis.
 */

const CHILD = join(import.meta.dirname, '..', 'support', 'digest-child.ts');
const NOW = '2026-02-21T09:00:00.000Z';
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Child {
  readonly process: ChildProcess;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves once the child has logged `count` delivered digests. */
  delivered(count: number): Promise<void>;
  /** Resolves when the child printed a line starting with `prefix` on stdout, with that line. */
  printed(prefix: string): Promise<string>;
  stderr(): string;
}

function startChild(env: Record<string, string>): Child {
  // its own process group: npx, tsx and the node process running the script are killed together
  const child = spawn('npx', ['tsx', CHILD], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  let out = '';
  const outWaiters: { prefix: string; resolve: (line: string) => void }[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    for (const w of [...outWaiters]) {
      const line = out.split('\n').find((l) => l.startsWith(w.prefix));
      if (line !== undefined) {
        outWaiters.splice(outWaiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  let err = '';
  let deliveredCount = 0;
  const waiters: { count: number; resolve: () => void }[] = [];
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
    deliveredCount = err.split('\n').filter((line) => line.includes('"msg":"digest delivered"')).length;
    for (const w of waiters.filter((w) => deliveredCount >= w.count)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  cleanups.push(() => killGroup(child));
  return {
    process: child,
    exited,
    delivered: (count) => (deliveredCount >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve }))),
    printed: (prefix) => new Promise((resolve) => outWaiters.push({ prefix, resolve })),
    stderr: () => err,
  };
}

/** SIGKILL to the child's whole process group (the bot process is a grandchild of npx). */
function killGroup(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // already gone
  }
}

function platformCounts(file: string): Map<string, number> {
  const counts = new Map<string, number>();
  if (!existsSync(file)) return counts;
  for (const id of readFileSync(file, 'utf8').split('\n').filter(Boolean)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

async function subscribe(url: string, namespace: string, count: number): Promise<string[]> {
  const store = await createDigestStore({ url, namespace, log: testLog() });
  const ids = Array.from({ length: count }, (_, i) => `ch${String(i).padStart(3, '0')}`);
  for (const id of ids) await store.putSubscription(subscription(discordChannel(id)));
  await store.close();
  return ids;
}

describe('digest processes', () => {
  it('a bot killed (SIGKILL) after 10 of 30 sends and restarted gives every channel exactly one digest', { timeout: 60_000 }, async () => {
    const tmp = tempDir();
    cleanups.push(tmp.cleanup);
    const url = `sqlite://${join(tmp.dir, 'data', 'kuril-brief.sqlite')}`;
    const platform = join(tmp.dir, 'platform.log');
    const ids = await subscribe(url, 'kuril-digest', 30);
    const env = { STORE_URL: url, DIGEST_NAMESPACE: 'kuril-digest', DIGEST_NOW: NOW, PLATFORM_FILE: platform, LEASE_MS: '1500' };

    const first = startChild({ ...env, HANG_AFTER: '10' });
    await first.delivered(10);
    killGroup(first.process);
    expect((await first.exited).signal).toBe('SIGKILL');
    // the killed bot's claims (the sends it was stuck in) live in the file until their lease runs out
    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect(platformCounts(platform).size).toBe(10);

    const second = startChild(env);
    const { code } = await second.exited;
    expect(code, second.stderr()).toBe(0);
    const counts = platformCounts(platform);
    expect([...counts.keys()].sort()).toEqual(ids);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it.skipIf(skipWithoutRedis)('two bot processes sharing one Redis send each channel exactly one digest', { timeout: 60_000 }, async () => {
    const url = redisUrl();
    const tmp = tempDir();
    const namespace = uniqueNamespace();
    cleanups.push(tmp.cleanup, () => cleanRedis(namespace));
    const platform = join(tmp.dir, 'platform.log');
    const ids = await subscribe(url, namespace, 40);
    const env = { STORE_URL: url, DIGEST_NAMESPACE: namespace, DIGEST_NOW: NOW, PLATFORM_FILE: platform, LATENCY_MS: '30', WAIT_FOR_GO: '1' };
    const a = startChild(env);
    const b = startChild(env);
    // both are connected and ready: start their fan-outs at the same moment
    await Promise.all([a.printed('ready'), b.printed('ready')]);
    const reports = Promise.all([a.printed('report '), b.printed('report ')]);
    a.process.stdin!.write('go\n');
    b.process.stdin!.write('go\n');
    const [ra, rb] = await Promise.all([a.exited, b.exited]);
    expect(ra.code, a.stderr()).toBe(0);
    expect(rb.code, b.stderr()).toBe(0);
    // between them the two processes sent each digest once (how they shared the work depends on timing)
    const sent = (await reports).map((line) => (JSON.parse(line.slice('report '.length)) as { sent: number }).sent);
    expect(sent[0]! + sent[1]!).toBe(40);
    const counts = platformCounts(platform);
    expect([...counts.keys()].sort()).toEqual(ids);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });
});
