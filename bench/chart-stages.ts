import { Resvg } from '@resvg/resvg-js';
import { parse, View } from 'vega';
import { compile } from 'vega-lite';
import { chartData, chartSpec, type ChartData } from '../src/briefings/index.js';
import { fontFilesFor, LATIN_FAMILY, markJapaneseRuns } from '../src/charts/fonts.js';
import { loadDossier } from '../src/dossier/load.js';

/**
 * `npx tsx bench/chart-stages.ts` (BENCH_RUNS, default 10): CPU milliseconds per stage of drawing a
 * chart on this thread, for the whole record and the one with a Japanese caption: where the time of
 * `npm run bench:chart` goes. CPU time, not wall-clock, so a busy machine still gives a fair split.
 */
const dossier = loadDossier();
const now = new Date('2026-11-26T09:00:00Z');
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const island = dossier.islands.find((i) => i.disputed)!;
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

for (const [label, query] of [['whole record', {}], [`island:${island.names.en} (Japanese caption)`, { island }]] as const) {
  const totals = new Map<string, number>();
  const stage = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
    const before = cpu();
    const result = await work();
    totals.set(name, (totals.get(name) ?? 0) + cpu() - before);
    return result;
  };
  for (let i = 0; i < RUNS + 1; i++) {
    if (i === 1) totals.clear(); // the first run warms up
    const data = (await stage('chart data', () => chartData(dossier, query, now))) as ChartData;
    const spec = await stage('Vega-Lite spec', () => chartSpec(data, LATIN_FAMILY));
    const vega = await stage('Vega-Lite compile', () => compile(spec).spec);
    const runtime = await stage('Vega parse', () => parse(vega));
    const view = await stage('Vega View', () => new View(runtime, { renderer: 'none' }));
    const svg = markJapaneseRuns(await stage('Vega toSVG', () => view.toSVG()));
    view.finalize();
    const files = fontFilesFor(svg);
    await stage('resvg font files only', () => new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>', { font: { fontFiles: files, loadSystemFonts: false } }));
    const resvg = await stage('resvg parse SVG + text (incl. fonts)', () => new Resvg(svg, { font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: LATIN_FAMILY }, background: 'white' }));
    const image = await stage('resvg render', () => resvg.render());
    await stage('PNG encode', () => image.asPng());
  }
  console.log(`\n${label}: CPU ms per chart, mean of ${RUNS}`);
  for (const [name, total] of totals) console.log(`  ${name.padEnd(38)} ${(total / RUNS).toFixed(1)}`);
}
