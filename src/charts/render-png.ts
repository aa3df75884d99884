import { Resvg } from '@resvg/resvg-js';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { fontFilesFor, LATIN_FAMILY, markJapaneseRuns } from './fonts.js';

/**
 * A Vega-Lite spec to a PNG: compiled to Vega, laid out by a headless View (no canvas, no DOM),
 * written as SVG, rasterised by resvg (prebuilt binaries). No I/O besides reading the font files.
 */

export interface RenderedChart {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

export async function renderPng(spec: TopLevelSpec): Promise<RenderedChart> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  let svg: string;
  try {
    svg = markJapaneseRuns(await view.toSVG());
  } finally {
    view.finalize();
  }
  const resvg = new Resvg(svg, {
    font: { fontFiles: fontFilesFor(svg), loadSystemFonts: false, defaultFontFamily: LATIN_FAMILY, sansSerifFamily: LATIN_FAMILY },
    background: 'white',
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height };
}
