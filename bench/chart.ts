import { availableParallelism, loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { chartData, chartSpec, type ChartData } from '../src/briefings/index.js';
import { LATIN_FAMILY } from '../src/charts/fonts.js';
import { closeRenderer, renderInWorker, startRenderer } from '../src/charts/renderer.js';
import { parsePartialDate } from '../src/dossier/dates.js';
import { loadDossier } from '../src/dossier/load.js';
import { measure, ms, printTable } from './stats.js';

/**
 * `npm run bench:chart` (BENCH_RUNS, default 30): the drawing of `/kuril chart` as the bot does it
 * (data, spec, then on the chart worker: Vega layout and SVG, fonts cut to the text, resvg to PNG),
 * for the whole record (per year), one year (per month) and one island, whose caption carries its
 * Japanese name. Target: p99 under 250 ms.
 *
 * Every chart is drawn from scratch: there is no cache of pictures. What the worker keeps is what a
 * running bot keeps: the loaded code, the font files it has read, and each chart shape compiled to
 * Vega (one per year, one per month). So each chart is reported three ways: the worker's start
 * (startRenderer: loading Vega, resvg and the fonts, its warm-up picture), the first chart of its
 * shape on a fresh worker, and then BENCH_RUNS charts after 3 untimed ones. CPU per chart is the
 * process's user+system time (all threads) over the timed charts: what a chart costs whatever else
 * shares the cores. The baseline, in the same run: a bare round trip to the warm worker.
 */
const dossier = loadDossier();
const now = new Date('2026-11-26T09:00:00Z');
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const island = dossier.islands.find((i) => i.disputed)!;
const cases: Array<[string, Parameters<typeof chartData>[1]]> = [
  ['/kuril chart (whole record)', {}],
  ['/kuril chart from:2022 to:2022', { from: parsePartialDate('2022'), to: parsePartialDate('2022') }],
  [`/kuril chart island:${island.names.en} (Japanese caption)`, { island }],
];
const cpuMs = (since: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
};
const loads = () => loadavg().map((l) => l.toFixed(1)).join(', ');

console.log(`Kuril Brief chart benchmark: ${dossier.events.length} events, ${RUNS} timed charts per row, Node ${process.version}, ${availableParallelism()} cores, load average ${loads()}\n`);
const rows: string[][] = [];
const firsts: string[][] = [];

// The baseline: a round trip to the warm worker that draws nothing.
await startRenderer();
{
  const cpu = process.cpuUsage();
  const trip = await measure(() => startRenderer(), RUNS * 10, 10);
  rows.push(['round trip to the worker, nothing drawn (baseline)', ms(trip.p50), ms(trip.p99), ms(trip.max), ms(cpuMs(cpu) / (RUNS * 10 + 10)), '–', '–', '–']);
}

for (const [label, query] of cases) {
  const draw = async () => renderInWorker(chartSpec(chartData(dossier, query, now) as ChartData, LATIN_FAMILY));
  // A fresh worker: its start, then the first chart of this shape.
  await closeRenderer();
  let t = performance.now();
  let cpu = process.cpuUsage();
  await startRenderer();
  const start = [performance.now() - t, cpuMs(cpu)];
  t = performance.now();
  cpu = process.cpuUsage();
  await draw();
  firsts.push([label, ms(start[0]!), ms(start[1]!), ms(performance.now() - t), ms(cpuMs(cpu))]);

  let bytes = 0;
  let size = '';
  for (let i = 0; i < 3; i++) await draw();
  const stalls = monitorEventLoopDelay({ resolution: 10 });
  cpu = process.cpuUsage();
  stalls.enable();
  const result = await measure(async () => {
    const png = await draw();
    bytes = png.png.byteLength;
    size = `${png.width}×${png.height}`;
  }, RUNS, 0);
  stalls.disable();
  rows.push([label, ms(result.p50), ms(result.p99), ms(result.max), ms(cpuMs(cpu) / RUNS), ms(stalls.max / 1e6), size, `${Math.round(bytes / 1024)} KiB`]);
}
await closeRenderer();
// The same measure with nothing drawn: on a busy machine the thread also waits for a core.
const idle = monitorEventLoopDelay({ resolution: 10 });
idle.enable();
await new Promise((resolve) => setTimeout(resolve, 2000));
idle.disable();

printTable(['chart (uncached, worker warm)', 'p50', 'p99', 'max', 'CPU per chart', 'main-thread stall', 'pixels', 'PNG'], rows);
console.log('');
printTable(['fresh worker', 'start: wall', 'start: CPU', 'first chart of its shape: wall', 'CPU'], firsts);
console.log(`\nMain-thread stall over 2 s with nothing drawn: ${ms(idle.max / 1e6)}`);
console.log(`Load average at the end: ${loads()} on ${availableParallelism()} cores`);
