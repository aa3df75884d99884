import { normalizeText } from './name-pattern.js';

/**
 * How alike two headlines are, as the Dice coefficient of their shingles: character trigrams of
 * each word for Latin and Cyrillic (so "Kuril"/"Kurils" and "Итуруп"/"Итурупе" still share most),
 * character bigrams for Japanese (no spaces to split words on). Common function words are dropped so
 * that "with", "on", "на", "с" do not make unrelated headlines look alike. Only headlines in the same
 * language are compared; across languages the clustering compares what was detected instead.
 */

const STOP_WORDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'and', 'or', 'as', 'over',
  'after', 'amid', 'its', 'it', 'is', 'are', 'be', 'says', 'said', 'say', 'new', 'that', 'this',
  'в', 'во', 'на', 'с', 'со', 'о', 'об', 'по', 'и', 'из', 'у', 'к', 'за', 'от', 'для', 'не', 'что', 'до', 'при',
]);

const JAPANESE_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu;
const WORD = /[\p{Script=Latin}\p{Script=Cyrillic}\p{N}]+/gu;

export function shingles(title: string): Set<string> {
  const text = normalizeText(title).toLowerCase();
  const out = new Set<string>();
  for (const [run] of text.matchAll(JAPANESE_RUN)) {
    if (run.length === 1) out.add(run);
    for (let i = 0; i + 2 <= run.length; i++) out.add(run.slice(i, i + 2));
  }
  for (const [word] of text.matchAll(WORD)) {
    if (STOP_WORDS.has(word)) continue;
    const padded = `_${word}_`;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

/** 2|A∩B| / (|A|+|B|): 1 for the same shingles, 0 for none in common. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return (2 * shared) / (a.size + b.size);
}
