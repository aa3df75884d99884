import { chartData, chartSpec, type ChartData } from '../src/briefings/index.js';
import { LATIN_FAMILY } from '../src/charts/fonts.js';
import { renderPng } from '../src/charts/render-png.js';
import { parsePartialDate } from '../src/dossier/dates.js';
import { loadDossier } from '../src/dossier/load.js';
import { measure, ms, printTable } from './stats.js';

/**
 * `npm run bench:chart` (BENCH_RUNS, default 30): time to draw the trend chart (data, spec, Vega
 * layout and SVG, resvg to PNG) and the PNG's size, for the whole record (per year) and one year
 * (per month), plus one with a Japanese island name (which loads the Japanese font). Target: p99
 * under 250 ms.
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

console.log(`Kuril Brief chart benchmark: ${dossier.events.length} events, ${RUNS} warm runs per chart, Node ${process.version}\n`);
const rows: string[][] = [];
for (const [label, query] of cases) {
  let bytes = 0;
  let size = '';
  const cpuBefore = process.cpuUsage();
  const result = await measure(async () => {
    const data = chartData(dossier, query, now) as ChartData;
    const png = await renderPng(chartSpec(data, LATIN_FAMILY));
    bytes = png.png.byteLength;
    size = `${png.width}×${png.height}`;
  }, RUNS, 3);
  // CPU time per chart (warm-up included) says what a chart costs even when other work shares the cores.
  const cpu = process.cpuUsage(cpuBefore);
  rows.push([label, ms(result.p50), ms(result.p99), ms((cpu.user + cpu.system) / 1000 / (RUNS + 3)), size, `${Math.round(bytes / 1024)} KiB`]);
}
printTable(['chart', 'p50', 'p99', 'CPU per chart', 'pixels', 'PNG'], rows);
const [load] = (await import('node:os')).loadavg();
console.log(`\nLoad average during the run: ${load!.toFixed(1)} on ${(await import('node:os')).availableParallelism()} cores`);
