/**
 * "Is Japan still pressing for the islands?", "is Tokyo pushing its claim?", "still pursuing the
 * islands": a side keeping up its claim, in the words its position and the records use ("seeks",
 * "claims"). Not "campaign for", a word the records use for the rallies. Pressing or pushing FOR a thing is seeking it; pressing or pushing a CLAIM is claiming;
 * pursuing a thing is seeking it. The tense is kept, so the question still asks what it asked.
 */

/** The form of `verb` (seek, claim) in the tense of a typed ending: -ing, -s/-es, -ed, or none. */
function inTense(ending: string, verb: 'seek' | 'claim'): string {
  if (/ing$/i.test(ending)) return `${verb}ing`;
  if (/e?d$/i.test(ending)) return verb === 'seek' ? 'sought' : 'claimed';
  if (/e?s$/i.test(ending)) return `${verb}s`;
  return verb;
}

const PRESS = '(?:press|push)(es|ed|ing)?';

const REWRITES: readonly (readonly [RegExp, (m: string, ending: string) => string])[] = [
  [new RegExp(`\\b${PRESS}\\s+(?:(?:its|their|the|his|her|[\\p{L}]+['’]s)\\s+)?claims?\\b`, 'giu'), (_, ending = '') => inTense(ending, 'claim')],
  [new RegExp(`\\b${PRESS}\\s+for\\b`, 'giu'), (_, ending = '') => inTense(ending, 'seek')],
  [/\bpursu(e|es|ed|ing)\b/giu, (_, ending: string) => inTense(ending === 'e' ? '' : ending, 'seek')],
];

export function pressingAsClaim(text: string): string {
  let out = text;
  for (const [pattern, word] of REWRITES) out = out.replace(pattern, word);
  return out;
}
