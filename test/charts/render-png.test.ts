import { describe, expect, test } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { LATIN_FAMILY, markJapaneseRuns } from '../../src/charts/fonts.js';
import { chartData, chartSpec, type ChartData } from '../../src/briefings/index.js';
import { compiledShapes, renderPng } from '../../src/charts/render-png.js';
import { parsePartialDate } from '../../src/dossier/dates.js';
import { loadDossier } from '../../src/dossier/load.js';
import { inkPixels, readPng } from '../support/png.js';

/** One line of text, large, alone on a small white picture. */
const textSpec = (text: string): TopLevelSpec => ({
  width: 160,
  height: 60,
  autosize: { type: 'none' },
  config: { font: LATIN_FAMILY, view: { stroke: null } },
  data: { values: [{ text }] },
  mark: { type: 'text', fontSize: 40, align: 'left', baseline: 'middle', x: 5, y: 30 },
  encoding: { text: { field: 'text' } },
});

async function drawn(text: string) {
  const { png } = await renderPng(textSpec(text));
  return readPng(png);
}

describe('fonts: Latin, Cyrillic and Japanese are drawn, not boxes', () => {
  // A glyph no font has is drawn as the same empty box ("notdef") whatever the character, so
  // different characters drawn alike would mean boxes.
  test('three kanji give three different pictures, none of them the box', async () => {
    const box = (await drawn('\uE000')).pixels;
    const kanji = await Promise.all(['択', '捉', '島'].map(async (c) => (await drawn(c)).pixels));
    for (const [i, pixels] of kanji.entries()) {
      expect(pixels.equals(box), `kanji ${i} is drawn as a box`).toBe(false);
      for (const other of kanji.slice(i + 1)) expect(pixels.equals(other)).toBe(false);
    }
  });

  test('Cyrillic is drawn, not boxes', async () => {
    const box = await drawn('\uE000\uE000');
    const word = await drawn('Ит');
    expect(word.pixels.equals(box.pixels)).toBe(false);
    expect(inkPixels(word)).toBeGreaterThan(50);
  });

  test('a Japanese run in Latin text is marked for the Japanese font; attribute values are left alone', () => {
    const svg = '<svg><text aria-label="択捉島">Etorofu (択捉島) <tspan>Итуруп</tspan></text></svg>';
    expect(markJapaneseRuns(svg)).toBe('<svg><text aria-label="択捉島">Etorofu (<tspan font-family="IPAPGothic">択捉島</tspan>) <tspan>Итуруп</tspan></text></svg>');
  });
});

describe('a chart shape is compiled once', () => {
  test('charts of one shape share one compiled program and still draw their own data', { timeout: 60_000 }, async () => {
    const dossier = loadDossier();
    const now = new Date('2026-11-26T09:00:00Z');
    const spec = (from: string, to: string) => chartSpec(chartData(dossier, { from: parsePartialDate(from), to: parsePartialDate(to) }, now) as ChartData, LATIN_FAMILY);
    const before = compiledShapes();
    const first = await renderPng(spec('2023', '2023'));
    const second = await renderPng(spec('2022', '2022'));
    expect(compiledShapes() - before).toBe(1);
    // Different data, so different pictures; drawn again, the first is the same picture.
    expect(readPng(second.png).pixels.equals(readPng(first.png).pixels)).toBe(false);
    expect(readPng((await renderPng(spec('2023', '2023'))).png).pixels.equals(readPng(first.png).pixels)).toBe(true);
    expect(compiledShapes() - before).toBe(1);
  });
});
