import { existsSync } from 'node:fs';

/**
 * The fonts charts are drawn with, from the system (docs/charts.md says why): DejaVu Sans for Latin
 * and Cyrillic (fonts-dejavu-core, on every Debian) and IPA P Gothic for Japanese
 * (fonts-ipafont-gothic, installed by .ci/run and the Dockerfile). Only these files are loaded: every
 * system font on each render would cost more than drawing the chart, and the Japanese one (6 MB) is
 * loaded only for a picture with Japanese text in it.
 */
export const LATIN_FAMILY = 'DejaVu Sans';
export const JAPANESE_FAMILY = 'IPAPGothic';

const LATIN_FILES = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/TTF/DejaVuSans.ttf', '/usr/share/fonts/dejavu/DejaVuSans.ttf'];
const JAPANESE_FILES = ['/usr/share/fonts/opentype/ipafont-gothic/ipagp.ttf', '/usr/share/fonts/truetype/ipafont-gothic/ipagp.ttf'];

/** Kana, kanji and full-width forms. */
const JAPANESE = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+/g;

let latin: string | undefined | null;
let japanese: string | undefined | null;
const firstPresent = (paths: readonly string[]) => paths.find((path) => existsSync(path)) ?? null;

/** The font files an SVG needs, looked up on this machine once. */
export function fontFilesFor(svg: string): string[] {
  latin ??= firstPresent(LATIN_FILES);
  const files = latin ? [latin] : [];
  if (hasJapanese(svg)) {
    japanese ??= firstPresent(JAPANESE_FILES);
    if (japanese) files.push(japanese);
  }
  return files;
}

export function hasJapanese(text: string): boolean {
  JAPANESE.lastIndex = 0;
  return JAPANESE.test(text);
}

/**
 * Puts each run of Japanese text in an SVG in a tspan of the Japanese font. resvg picks one font for a
 * whole line when its first font lacks a glyph, which would draw the line's Latin text in the Japanese
 * font's fixed-width forms; marked runs keep the rest in DejaVu. Only text between tags is touched,
 * never attribute values.
 */
export function markJapaneseRuns(svg: string): string {
  if (!hasJapanese(svg)) return svg;
  return svg.replace(/>([^<>]+)</g, (_whole, text: string) => `>${text.replace(JAPANESE, (run) => `<tspan font-family="${JAPANESE_FAMILY}">${run}</tspan>`)}<`);
}
