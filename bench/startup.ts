/**
 * `npm run bench:startup`: how long the compiled bot takes to answer its first console command.
 *
 * Each run spawns `node dist/main.js` in console mode (no DISCORD_/SLACK_ variables, a temporary
 * SQLite digest store, a temporary working directory so no .env is read), writes `/kuril` to its
 * stdin and stops the clock at the first byte of the reply. In the same rounds, for a baseline, it
 * times `node -e 0` until it exits and a node that writes one byte until that byte arrives: what
 * Node itself costs on this machine, which the bot cannot save. The three are interleaved so a busy
 * machine slows all of them alike. Peak RSS is read from /proc at the first reply (Linux only).
 *
 * Options (environment): BENCH_RUNS (default 20). Builds dist/ first when it is missing or older
 * than src/. Target: the first reply within 600 ms of spawning.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mib, percentile, printTable } from './stats.js';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 20);
const TARGET_MS = 600;
const TIMEOUT_MS = 30_000;
const root = fileURLToPath(new URL('..', import.meta.url));
const mainJs = join(root, 'dist', 'main.js');

/** Newest modification time of any file under `dir`. */
function newestMtime(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs),
  );
}

if (!existsSync(mainJs) || statSync(mainJs).mtimeMs < newestMtime(join(root, 'src'))) {
  console.log('dist/ is missing or older than src/: running npm run build first');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('npm run build failed; fix the build, then run the benchmark again');
    process.exit(1);
  }
}

const work = mkdtempSync(join(tmpdir(), 'kuril-startup-bench-'));
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(DISCORD|SLACK)_/.test(name)));
env.STORE_URL = `sqlite://${join(work, 'digests.sqlite')}`;

interface Sample {
  readonly ms: number;
  readonly rssBytes?: number;
}

/** VmHWM (peak resident set so far) of a live process, where /proc has it. */
function peakRss(pid: number | undefined): number | undefined {
  try {
    const kib = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kib ? Number(kib) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Spawns node with `args`, writes `input` (if any) and resolves with the time from spawning until
 * the first stdout byte (`until: 'output'`) or the exit (`until: 'exit'`). The process is then left
 * to finish on its own (its stdin is closed) and awaited, so runs never overlap.
 */
function timeRun(args: readonly string[], until: 'output' | 'exit', input?: string): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: work, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let sample: Sample | undefined;
    let stderr = '';
    const timer = setTimeout(() => child.kill(), TIMEOUT_MS);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => {
      if (until !== 'output') return;
      sample = { ms: performance.now() - started, rssBytes: peakRss(child.pid) };
      child.stdin.end();
    });
    child.stdout.resume();
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const elapsed = performance.now() - started;
      clearTimeout(timer);
      if (until === 'exit' && code === 0) sample = { ms: elapsed };
      if (sample && code === 0) resolve(sample);
      else reject(new Error(`node ${args.join(' ')} ended with ${signal ?? `exit code ${code}`} ${sample ? '' : 'before it replied'}\n${stderr}`));
    });
    if (input) child.stdin.write(input);
    if (until === 'exit') child.stdin.end();
  });
}

const scenarios = [
  { name: 'node -e 0 (until exit)', run: () => timeRun(['-e', '0'], 'exit') },
  { name: 'node writes one byte (first byte)', run: () => timeRun(['-e', "process.stdout.write('x')"], 'output') },
  { name: 'kuril-brief /kuril (first reply)', run: () => timeRun([mainJs], 'output', '/kuril\n') },
] as const;

console.log(`Kuril Brief start-up benchmark: ${RUNS} runs each (after one warm-up round), Node ${process.version}, ${cpus().length} CPUs`);
const samples: Sample[][] = scenarios.map(() => []);
try {
  for (let round = 0; round <= RUNS; round++) {
    for (const [i, scenario] of scenarios.entries()) {
      const sample = await scenario.run();
      if (round > 0) samples[i]!.push(sample);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const summaries = samples.map((list) => {
  const times = list.map((s) => s.ms).sort((a, b) => a - b);
  const rss = list.map((s) => s.rssBytes).filter((b): b is number => b !== undefined);
  return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), min: times[0]!, rss: rss.length ? Math.max(...rss) : undefined };
});
const baseline = summaries[1]!;
const fixed = (n: number) => `${n.toFixed(0)} ms`;
const signed = (n: number) => `${n >= 0 ? '+' : '−'}${Math.abs(n).toFixed(0)} ms`;
printTable(
  ['process', 'p50', 'p95', 'p99', 'min', 'p50 over first-byte baseline', 'peak RSS'],
  scenarios.map((scenario, i) => {
    const s = summaries[i]!;
    return [scenario.name, fixed(s.p50), fixed(s.p95), fixed(s.p99), fixed(s.min), signed(s.p50 - baseline.p50), s.rss === undefined ? '–' : mib(s.rss)];
  }),
);
console.log(`\nLoad average during the run: ${loadavg().map((n) => n.toFixed(2)).join(', ')} on ${cpus().length} CPUs`);
const bot = summaries[2]!;
const met = bot.p50 < TARGET_MS;
console.log(`Target: first reply within ${TARGET_MS} ms of spawning (p50): ${met ? 'met' : 'NOT met'} (${fixed(bot.p50)})`);
process.exitCode = met ? 0 : 1;
