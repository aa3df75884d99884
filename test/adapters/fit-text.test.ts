import { describe, expect, it } from 'vitest';
import { fitText, splitText } from '../../src/adapters/fit-text.js';

const LINKED = 'First sentence here. Second one has a link [TASS](https://tass.com/politics/2089669) in it. Third sentence.';

describe('fitText', () => {
  it('leaves text that fits alone', () => {
    expect(fitText(LINKED, LINKED.length)).toBe(LINKED);
  });

  it('cuts at a sentence boundary with an ellipsis, within the limit', () => {
    const out = fitText(LINKED, 60);
    expect(out).toBe('First sentence here.…');
    expect(out.length).toBeLessThanOrEqual(60);
  });

  it('never cuts inside a Markdown link, a Slack link or a bare URL', () => {
    for (const text of [
      `${'word '.repeat(10)}[label](https://example.org/${'a'.repeat(40)}) tail`,
      `${'word '.repeat(10)}<https://example.org/${'a'.repeat(40)}|label> tail`,
      `${'word '.repeat(10)}https://example.org/${'a'.repeat(40)} tail`,
    ]) {
      for (let max = 20; max < text.length; max += 3) {
        const out = fitText(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        const kept = out.replace(/…$/, '');
        // Either the link is whole or absent.
        expect(kept.includes('example.org') ? kept.includes('a'.repeat(40)) : true, `${max}: ${out}`).toBe(true);
      }
    }
  });

  it('prefers line breaks to sentence ends', () => {
    expect(fitText('Line one is here.\nLine two. More text follows here.', 40)).toBe('Line one is here.…');
  });
});

describe('splitText', () => {
  it('splits into chunks within the limit, keeping every word and link', () => {
    const text = Array.from({ length: 30 }, (_, i) => `Item ${i} [src](https://example.org/${i}).`).join('\n');
    const chunks = splitText(text, 100);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(100);
    expect(chunks.join('\n')).toBe(text);
  });
});
