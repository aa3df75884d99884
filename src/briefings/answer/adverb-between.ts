/**
 * "Did Lavrov ever argue …", "did Medvedev actually go …", "has Putin personally signed …": an
 * adverb between the doer and the verb says how, how surely or how often, not what was done. The
 * doer readers (doer.ts) read the verb after it as the deed and the saying verb as the saying, as
 * they do without the adverb. "Never" and "not" are not here: they deny the deed.
 */
export const ADVERB_BETWEEN = /^(?:ever|once|actually|really|personally|himself|herself|itself|themselves|also|publicly|officially|openly|formally|already|previously|again|ultimately|eventually|finally|indeed)$/i;

/** The words with the adverbs at their end dropped ("… Lavrov ever" → "… Lavrov"). */
export function withoutAdverbs(words: readonly string[]): string[] {
  const out = [...words];
  while (out.length > 1 && ADVERB_BETWEEN.test(out.at(-1)!)) out.pop();
  return out;
}
