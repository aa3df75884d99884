import { describe, expect, it } from 'vitest';
import { respell } from '../../../src/briefings/answer/respell.js';
import { patternWords } from '../../../src/briefings/answer/text.js';
import { realDossier } from '../../support/fixtures.js';
import { expectSame } from '../../support/metamorphic.js';

describe('patternWords: the whole words a phrase pattern reads', () => {
  it('keeps whole words and drops stems the pattern completes and regex escapes', () => {
    const words = patternWords([/\b(?:attach\w*|add\w*|with)\s+(?:new\s+)?strings(?:\s+attached)?\b/gi]);
    expect(words).toEqual(expect.arrayContaining(['with', 'strings', 'attached']));
    expect(words).not.toContain('attach');
    expect(words.some((w) => w.startsWith('bwith') || w === 'sstrings')).toBe(false);
  });
});

describe('respell: a slip in an idiom word is put right, so the idiom is read', () => {
  it('puts back a letter dropped from a word only an idiom uses', () => {
    const typed = 'when did moscow add strngs to handing over habomai and shikotan';
    expect(respell(realDossier(), typed)).toBe(typed.replace('strngs', 'strings'));
  });
  it.each([
    ['when did moscow add strings to handing over habomai and shikotan', 'when did moscow add strngs to handing over habomai and shikotan'],
    ['when did moscow add strings to handing over habomai and shikotan', 'when did moscow add stirngs to handing over habomai and shikotan'],
  ])('%s ~ %s', (original, variant) => expectSame(original, variant));
});
