import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseFont } from '../../src/charts/font-subset.js';
import { LATIN_FAMILY, markJapaneseRuns, systemFontFilesFor, textCodepoints, withFontFilesFor } from '../../src/charts/fonts.js';

/** Lines of text, each on its own line of a white picture. */
const svgOf = (...lines: string[]) =>
  markJapaneseRuns(
    `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="${36 * lines.length + 8}">${lines
      .map((line, i) => `<text x="6" y="${30 + 36 * i}" font-family="${LATIN_FAMILY}" font-size="24">${line}</text>`)
      .join('')}</svg>`,
  );
const pixels = (svg: string, fontFiles: string[]) => new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: LATIN_FAMILY }, background: 'white' }).render().pixels;

describe('fonts cut to the characters of a picture draw it as the whole fonts do', () => {
  // Latin with kerning pairs, accented letters (composite glyphs in DejaVu), Cyrillic, Japanese in a
  // Latin line, the dashes, ellipsis and minus sign Vega writes, and an escaped ampersand.
  const lines = ['AV To Wa 1956 – 2026 −40', 'Café Ñandú Łódź Škoda', 'Итуруп, Кунашир: Шикотан…', 'Etorofu (択捉島) 北方領土の日', 'Treaty &amp; “talks”'];

  test('the same pixels, with files a fraction of the size', () => {
    const svg = svgOf(...lines);
    const whole = pixels(svg, systemFontFilesFor(svg));
    const cut = withFontFilesFor(svg, (files) => pixels(svg, files));
    expect(cut.equals(whole)).toBe(true);
    const sizes = systemFontFilesFor(svg).map((path) => [readFileSync(path).length, parseFont(readFileSync(path)).subset(textCodepoints(svg))!.length]);
    for (const [full, subset] of sizes) expect(subset).toBeLessThan(full! / 4);
  });

  test('each line alone is drawn as with the whole fonts, never blank', () => {
    for (const line of lines) {
      const svg = svgOf(line);
      const cut = withFontFilesFor(svg, (files) => pixels(svg, files));
      expect(cut.equals(pixels(svg, systemFontFilesFor(svg))), line).toBe(true);
      expect(cut.equals(pixels(svgOf(''), systemFontFilesFor(svg))), `${line} is blank`).toBe(false);
    }
  });

  test('a character no font has is still the box, as with the whole fonts', () => {
    const svg = svgOf('\uE000');
    expect(withFontFilesFor(svg, (files) => pixels(svg, files)).equals(pixels(svg, systemFontFilesFor(svg)))).toBe(true);
  });

  test('the cut font maps the characters asked for, and no others', () => {
    const path = systemFontFilesFor('')[0]!;
    const whole = parseFont(readFileSync(path));
    const cut = parseFont(parseFont(readFileSync(path)).subset([0x418, 0x442])!);
    expect(cut.glyphOf(0x418)).toBe(whole.glyphOf(0x418));
    expect(cut.glyphOf(0x442)).toBe(whole.glyphOf(0x442));
    expect(whole.glyphOf(0x41)).toBeGreaterThan(0);
    expect(cut.glyphOf(0x41)).toBe(0);
  });

  test('the characters of an SVG are those of its text, references decoded, and printable ASCII', () => {
    const found = textCodepoints('<svg><text font-family="択">Ит &#25246;&#x5cf6;</text></svg>');
    for (const char of ['И', 'т', '択', '島', '~', ' ']) expect(found.has(char.codePointAt(0)!), char).toBe(true);
    expect(found.has('択'.codePointAt(0)!)).toBe(true); // from the reference, not the attribute
    expect(textCodepoints('<svg><text font-family="択">a</text></svg>').has('択'.codePointAt(0)!)).toBe(false);
  });
});
