import { Resvg } from '@resvg/resvg-js';
import { parse, View, type Runtime } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { LATIN_FAMILY, markJapaneseRuns, withFontFilesFor } from './fonts.js';

/**
 * A Vega-Lite spec to a PNG: compiled to Vega, laid out by a headless View (no canvas, no DOM),
 * written as SVG, rasterised by resvg (prebuilt binaries). No I/O besides the font files.
 *
 * Compiling and parsing a spec is about a third of a chart's cost, so it is done once per shape: a
 * spec's named `datasets` and its `params`' values are left out of the compiled program and fed to
 * each new View instead (the trend chart keeps everything that varies there; chart-spec.ts).
 */

export interface RenderedChart {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

type Param = { readonly name: string; readonly value?: unknown; readonly select?: unknown };
type Parts = { readonly datasets?: Record<string, unknown[]>; readonly params?: readonly Param[] };

/** Compiled shapes kept, most recently used last; a handful covers every chart the bot draws. */
const MAX_SHAPES = 8;
const shapes = new Map<string, Runtime>();
let compilations = 0;

/** How many specs have been compiled since the thread started (tests check that shapes are reused). */
export const compiledShapes = () => compilations;

export async function renderPng(spec: TopLevelSpec): Promise<RenderedChart> {
  const { datasets = {}, params = [] } = spec as Parts;
  const view = new View(runtimeFor(spec), { renderer: 'none' });
  let svg: string;
  try {
    for (const [name, values] of Object.entries(datasets)) view.data(name, values);
    for (const param of params) if (param.select === undefined && 'value' in param) view.signal(param.name, param.value);
    svg = markJapaneseRuns(await view.toSVG());
  } finally {
    view.finalize();
  }
  const resvg = withFontFilesFor(svg, (fontFiles) => new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: LATIN_FAMILY, sansSerifFamily: LATIN_FAMILY }, background: 'white' }));
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height };
}

function runtimeFor(spec: TopLevelSpec): Runtime {
  const { datasets = {}, params = [] } = spec as Parts;
  const shape = { ...spec, datasets: Object.fromEntries(Object.keys(datasets).map((name) => [name, []])), params: params.map((p) => (p.select === undefined ? { ...p, value: null } : p)) };
  const key = JSON.stringify(shape);
  let runtime = shapes.get(key);
  if (runtime) shapes.delete(key);
  else {
    runtime = parse(compile({ ...spec, datasets: shape.datasets }).spec);
    compilations++;
    if (shapes.size >= MAX_SHAPES) shapes.delete(shapes.keys().next().value!);
  }
  shapes.set(key, runtime);
  return runtime;
}
