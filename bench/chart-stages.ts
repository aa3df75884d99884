import { Resvg } from '@resvg/resvg-js';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { chartData, chartSpec, type ChartData } from '../src/briefings/index.js';
import { LATIN_FAMILY, markJapaneseRuns, systemFontFilesFor, withFontFilesFor } from '../src/charts/fonts.js';
import { loadDossier } from '../src/dossier/load.js';

/**
 * `npx tsx bench/chart-stages.ts` (BENCH_RUNS, default 10): CPU milliseconds per stage of drawing a
 * chart on this thread, for the whole record and the one with a Japanese caption: where the time of
 * `npm run bench:chart` goes. CPU time, not wall-clock, so a busy machine still gives a fair split.
 * The stages are render-png.ts's, in order; "whole system fonts" is the text stage again with the
 * uncut system font files, what every chart paid before they were cut (font-subset.ts).
 */
const dossier = loadDossier();
const now = new Date('2026-11-26T09:00:00Z');
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const island = dossier.islands.find((i) => i.disputed)!;
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
type Parts = { datasets: Record<string, unknown[]>; params: Array<{ name: string; value: unknown }> };

for (const [label, query] of [['whole record', {}], [`island:${island.names.en} (Japanese caption)`, { island }]] as const) {
  const totals = new Map<string, number>();
  const stage = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
    const before = cpu();
    const result = await work();
    totals.set(name, (totals.get(name) ?? 0) + cpu() - before);
    return result;
  };
  let compiled = 0;
  for (let i = 0; i < RUNS + 1; i++) {
    if (i === 1) totals.clear(); // the first run warms up
    const data = (await stage('chart data + Vega-Lite spec', () => chartData(dossier, query, now))) as ChartData;
    const spec = chartSpec(data, LATIN_FAMILY) as TopLevelSpec & Parts;
    // Once per shape in render-png.ts; timed here in every run, and reported apart.
    const before = cpu();
    const runtime = parse(compile({ ...spec, datasets: Object.fromEntries(Object.keys(spec.datasets).map((name) => [name, []])) }).spec);
    if (i > 0) compiled += cpu() - before;
    const view = await stage('Vega View + data', () => {
      const made = new View(runtime, { renderer: 'none' });
      for (const [name, values] of Object.entries(spec.datasets)) made.data(name, values);
      for (const param of spec.params) made.signal(param.name, param.value);
      return made;
    });
    const svg = markJapaneseRuns(await stage('Vega toSVG (dataflow, layout, SVG)', () => view.toSVG()));
    view.finalize();
    const options = { font: { loadSystemFonts: false, defaultFontFamily: LATIN_FAMILY }, background: 'white' };
    // The fonts are cut and written, then resvg reads them as it parses: one stage, as in render-png.ts.
    const resvg = await stage('fonts cut + resvg parse SVG + text', () => withFontFilesFor(svg, (fontFiles) => new Resvg(svg, { ...options, font: { ...options.font, fontFiles } })));
    const image = await stage('resvg render', () => resvg.render());
    await stage('PNG encode', () => image.asPng());
    const fontFiles = systemFontFilesFor(svg);
    await stage('(resvg parse SVG + text, whole system fonts)', () => new Resvg(svg, { ...options, font: { ...options.font, fontFiles } }));
  }
  console.log(`\n${label}: CPU ms per chart, mean of ${RUNS}`);
  for (const [name, total] of totals) console.log(`  ${name.padEnd(46)} ${(total / RUNS).toFixed(1)}`);
  console.log(`  ${'(Vega-Lite compile + Vega parse, once a shape)'.padEnd(46)} ${(compiled / RUNS).toFixed(1)}`);
}
