import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { CORE_SCHEMA, load } from 'js-yaml';

const parse = (text: string): unknown => load(text, { schema: CORE_SCHEMA });
import { answerQuestion, buildAnswerIndex } from '../src/briefings/answer/index.js';
import { parseEvalSet } from '../src/briefings/answer/evaluate.js';
import type { Dossier } from '../src/dossier/dossier.js';
import { DEFAULT_DATA_DIR, loadDossier } from '../src/dossier/load.js';
import { buildDossier, type RawFile } from '../src/dossier/validate.js';
import { measure, mib, ms, printTable } from './stats.js';

/**
 * `npm run bench:ask [-- --events 10000 --runs 20]`: warm latency of answering questions (the
 * evaluation set, test/eval/questions.yaml) on the shipped dossier and on a synthetic dossier of
 * 10,000 events generated from the shipped one's vocabulary and validated by buildDossier; index
 * build time; memory. Target: p99 below 10 ms on 10,000 events.
 */

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};
const SYNTHETIC_EVENTS = flag('events', 10_000);
const RUNS = flag('runs', 20);
const NOW = new Date('2026-03-01T12:00:00Z');

const questions = parseEvalSet(readFileSync(new URL('../test/eval/questions.yaml', import.meta.url), 'utf8')).questions.map((q) => q.q);

// --- synthetic dossier --------------------------------------------------------------------------

/** Small deterministic PRNG (mulberry32), so every run benchmarks the same data. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type RawEvent = Record<string, unknown> & { id: string; title: string; summary: string; actors: string[]; islands?: string[]; sources: unknown[] };

function readRaw(dir: string) {
  const read = (path: string): RawFile => ({ file: path, data: parse(readFileSync(path, 'utf8')) });
  const eventsDir = join(dir, 'events');
  return {
    dossier: read(join(dir, 'dossier.yaml')),
    actors: read(join(dir, 'actors.yaml')),
    islands: read(join(dir, 'islands.yaml')),
    events: readdirSync(eventsDir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => read(join(eventsDir, f))),
  };
}

function syntheticDossier(count: number): Dossier {
  const raw = readRaw(DEFAULT_DATA_DIR);
  const real = raw.events.flatMap((f) => f.data as RawEvent[]);
  const actorIds = (raw.actors.data as { id: string; role: string }[]).map((a) => a.id);
  const islandIds = (raw.islands.data as { id: string }[]).map((i) => i.id);
  const words = (texts: string[]) => texts.flatMap((t) => t.split(/\s+/)).map((w) => w.replace(/[^\p{L}\p{N}'’-]/gu, '')).filter((w) => w.length > 1);
  const titleWords = words(real.map((e) => e.title));
  const summaryWords = words(real.map((e) => e.summary));
  const random = rng(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const some = <T>(list: readonly T[], n: number) => [...new Set(Array.from({ length: n }, () => pick(list)))];
  const sentence = (pool: string[], n: number) => {
    const text = Array.from({ length: n }, () => pick(pool)).join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const pad = (n: number) => String(n).padStart(2, '0');

  const events: RawEvent[] = [];
  for (let i = 0; events.length + real.length < count; i++) {
    const template = pick(real);
    const year = 1850 + Math.floor(random() * 177);
    const date = `${year}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
    const title = sentence(titleWords, 5 + Math.floor(random() * 8)).slice(0, -1).slice(0, 150);
    const summary = `${sentence(summaryWords, 8 + Math.floor(random() * 20))} ${sentence(summaryWords, 6 + Math.floor(random() * 15))}`.slice(0, 440).replace(/\s+\S*$/, '.');
    const actors = some(actorIds, 1 + Math.floor(random() * 4));
    const event: RawEvent = {
      ...template,
      id: `${date}-synthetic-${i}`,
      date,
      title: title.length >= 3 ? title : 'Synthetic event',
      summary,
      actors,
      islands: random() < 0.6 ? some(islandIds, 1 + Math.floor(random() * 4)) : [],
      quotes: random() < 0.3 ? [{ by: actors[0]!, role: 'Synthetic speaker', text: sentence(summaryWords, 5 + Math.floor(random() * 12)) }] : [],
    };
    if (random() < 0.2) event.note = sentence(summaryWords, 10 + Math.floor(random() * 15));
    else delete event.note;
    events.push(event);
  }
  const files: RawFile[] = [...raw.events];
  for (let i = 0; i < events.length; i += 1_000) files.push({ file: `synthetic-${i / 1_000}.yaml`, data: events.slice(i, i + 1_000) });
  return buildDossier({ ...raw, events: files });
}

// --- measurements --------------------------------------------------------------------------------

interface Row {
  readonly label: string;
  readonly events: number;
  readonly buildMs: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly cpuP50: number;
  readonly cpuP99: number;
  readonly slowest: string;
}

async function bench(label: string, dossier: Dossier): Promise<Row> {
  // Index build, cold each time (answerIndex would memoise it).
  const builds: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    buildAnswerIndex(dossier);
    builds.push(performance.now() - t);
  }
  answerQuestion(dossier, 'warm-up', NOW); // builds the memoised index used below
  const perQuestion = new Map<string, number>();
  const times: number[] = [];
  for (const q of questions) {
    const r = await measure(() => answerQuestion(dossier, q, NOW), RUNS, 3);
    perQuestion.set(q, r.p50);
  }
  // One pooled distribution: every question, RUNS times, interleaved. Wall-clock time, and the
  // CPU time of this process, which a busy machine (other processes on the same cores) inflates less.
  const cpu: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const q of questions) {
      const c = process.cpuUsage();
      const t = performance.now();
      answerQuestion(dossier, q, NOW);
      times.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const at = (p: number, list: number[] = times) => list[Math.min(list.length - 1, Math.ceil((p / 100) * list.length) - 1)]!;
  const slowest = [...perQuestion.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return {
    label,
    events: dossier.events.length,
    buildMs: Math.min(...builds),
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: times.at(-1)!,
    cpuP50: at(50, cpu),
    cpuP99: at(99, cpu),
    slowest: `${ms(slowest[1])} “${slowest[0]}”`,
  };
}

// Collect garbage before reading memory, so heapUsed is what is still referenced.
v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heap = () => {
  gc();
  return process.memoryUsage();
};

console.log(`Kuril Brief ask benchmark: ${questions.length} questions × ${RUNS} warm runs each, Node ${process.version}`);
const real = loadDossier();
const realRow = await bench('shipped dossier', real);
const memReal = heap();

const genStart = performance.now();
const synthetic = syntheticDossier(SYNTHETIC_EVENTS);
const genMs = performance.now() - genStart;
const memSynthDossier = heap();
const synthRow = await bench(`synthetic ${synthetic.events.length.toLocaleString('en-GB')}`, synthetic);
const memSynth = heap();

console.log(`Synthetic dossier generated and validated by buildDossier in ${ms(genMs)}\n`);
printTable(
  ['dossier', 'events', 'index build', 'p50', 'p95', 'p99', 'max', 'CPU p50', 'CPU p99', 'slowest question (p50)'],
  [realRow, synthRow].map((r) => [r.label, r.events.toLocaleString('en-GB'), ms(r.buildMs), ms(r.p50), ms(r.p95), ms(r.p99), ms(r.max), ms(r.cpuP50), ms(r.cpuP99), r.slowest]),
);
console.log(`\nLoad average during the run: ${loadavg().map((n) => n.toFixed(2)).join(', ')} on ${cpus().length} CPUs`);
console.log(`\nMemory with the shipped dossier and its index: heapUsed ${mib(memReal.heapUsed)}, rss ${mib(memReal.rss)}`);
console.log(`Memory with the synthetic dossier, before its index: heapUsed ${mib(memSynthDossier.heapUsed)}, rss ${mib(memSynthDossier.rss)}`);
console.log(`Memory with the synthetic dossier and its index: heapUsed ${mib(memSynth.heapUsed)}, rss ${mib(memSynth.rss)} (index ≈ ${mib(memSynth.heapUsed - memSynthDossier.heapUsed)} of heap)`);
const target = synthRow.p99 < 10;
console.log(`\nTarget p99 < 10 ms on ${synthetic.events.length.toLocaleString('en-GB')} events: ${target ? 'met' : 'NOT met'} (${ms(synthRow.p99)})`);
