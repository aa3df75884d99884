import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH, plainText } from '../../src/intake/plain-text.js';

describe('plainText', () => {
  it('removes markup, keeping words apart where blocks end', () => {
    expect(plainText('<p>Talks <b>resumed</b>.</p><p>Next round in May.</p>')).toBe('Talks resumed. Next round in May.');
    expect(plainText('Line one<br/>line two')).toBe('Line one line two');
  });

  it('joins inline markup without a space, as Japanese text needs', () => {
    expect(plainText('北方<b>領土</b>問題')).toBe('北方領土問題');
  });

  it('drops scripts, styles and comments with their content', () => {
    expect(plainText('<script>alert("x")</script>Text<style>p{}</style><!-- note -->')).toBe('Text');
  });

  it('decodes the entities left by feeds that escape twice, and leaves unknown ones alone', () => {
    expect(plainText('AT&amp;T &lt;3 &quot;Kurils&quot; &#8212; &#x5317;&nbsp;&bogus;')).toBe('AT&T <3 "Kurils" — 北 &bogus;');
  });

  it('keeps a lone "<" that starts no tag', () => {
    expect(plainText('turnout < 50% in Kunashir')).toBe('turnout < 50% in Kunashir');
  });

  it('collapses white space', () => {
    expect(plainText('  Shikotan\n\n\tand   Habomai ')).toBe('Shikotan and Habomai');
  });

  it('caps the text at 2,000 characters, ending in an ellipsis', () => {
    const text = plainText('word '.repeat(1_000));
    expect(text).toHaveLength(MAX_TEXT_LENGTH);
    expect(text.endsWith('word…')).toBe(true);
    expect(plainText('word '.repeat(10))).toBe(('word '.repeat(10)).trim());
  });

  it('does not cut a character outside the basic plane in half', () => {
    const text = plainText(`${'a'.repeat(8)}🏝️🏝️`, 10);
    expect(text).toBe(`${'a'.repeat(8)}…`);
  });
});
