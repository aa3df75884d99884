import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseFont, type ParsedFont } from './font-subset.js';

/**
 * The fonts charts are drawn with, from the system (docs/charts.md says why): DejaVu Sans for Latin
 * and Cyrillic (fonts-dejavu-core, on every Debian) and IPA P Gothic for Japanese
 * (fonts-ipafont-gothic, installed by .ci/run and the Dockerfile). Only these files are used, and the
 * Japanese one only for a picture with Japanese text in it.
 *
 * Each file is read once per thread; each picture gets copies cut down to the characters it draws
 * (font-subset.ts says why: resvg reads a font file again for every glyph, so a 6 MB file costs far
 * more than drawing). resvg takes fonts only as files, so the copies are written to a directory of
 * their own under the system's temporary directory for the moment resvg reads them, then removed.
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

/** The system font files an SVG needs, looked up on this machine once. */
export function systemFontFilesFor(svg: string): string[] {
  latin ??= firstPresent(LATIN_FILES);
  const files = latin ? [latin] : [];
  if (hasJapanese(svg)) {
    japanese ??= firstPresent(JAPANESE_FILES);
    if (japanese) files.push(japanese);
  }
  return files;
}

const parsed = new Map<string, ParsedFont>();

/**
 * Calls `use` with the font files to draw an SVG with: the system files it needs, each cut down to
 * the characters of the SVG's text (a file that cannot be cut is used whole), in a directory made for
 * this call and removed when `use` returns. resvg reads its fonts while it builds the picture's tree
 * (its constructor), so `use` is that construction, synchronous.
 */
export function withFontFilesFor<T>(svg: string, use: (files: string[]) => T): T {
  const codepoints = textCodepoints(svg);
  const directory = mkdtempSync(join(tmpdir(), 'kuril-chart-fonts-'));
  try {
    const files = systemFontFilesFor(svg).map((path) => {
      let font = parsed.get(path);
      if (!font) parsed.set(path, (font = parseFont(readFileSync(path))));
      const subset = font.subset(codepoints);
      if (!subset) return path;
      const file = join(directory, basename(path));
      writeFileSync(file, subset);
      return file;
    });
    return use(files);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** Every character of an SVG's text (between tags, character references decoded), and printable ASCII. */
export function textCodepoints(svg: string): Set<number> {
  const codepoints = new Set<number>();
  for (let c = 0x20; c < 0x7f; c++) codepoints.add(c);
  for (const [, text] of svg.matchAll(/>([^<>]+)</g)) {
    for (const char of text!) codepoints.add(char.codePointAt(0)!);
    for (const [, decimal, hex] of text!.matchAll(/&#(?:(\d+)|x([0-9a-fA-F]+));/g)) codepoints.add(decimal ? Number(decimal) : parseInt(hex!, 16));
  }
  return codepoints;
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
