/**
 * Feed text to plain text. The feed parser has already decoded the XML (and one level of HTML
 * entities), so what is left is markup inside titles and descriptions, and the entities of feeds that
 * escape twice. Nothing here is ever shown as HTML; this only makes the text readable and bounded.
 */

export const MAX_TEXT_LENGTH = 2_000;

/** Elements whose content is never text. */
const HIDDEN = /<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
/** Tags that separate words; any other tag (b, a, span …) can sit inside a word, as in Japanese text, so it is removed without a space. */
const BREAKING_TAG = /<\/?(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|ol|p|pre|section|table|td|th|tr|ul)\b[^>]*>/gi;
const OTHER_TAG = /<\/?[a-z][^>]*>/gi;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function plainText(html: string, max = MAX_TEXT_LENGTH): string {
  const text = decodeEntities(html.replace(HIDDEN, ' ').replace(BREAKING_TAG, ' ').replace(OTHER_TAG, ''))
    .replace(/\s+/g, ' ')
    .trim();
  return truncate(text, max);
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED[name.toLowerCase()] ?? entity;
  });
}

/** Cuts to at most `max` characters, ending in "…", without splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
