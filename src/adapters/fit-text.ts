/**
 * Platform limits are hard limits. These helpers shorten or split rendered text so it fits, cutting
 * only at a boundary (paragraph, line, sentence, word — in that order of preference) and never inside
 * a link: a Markdown link [label](url), a Slack link <url|label>, or a bare URL.
 */

export const ELLIPSIS = '…';

const LINK_PATTERNS = [/\[[^\]\n]*\]\([^)\s]*\)/g, /<[^<>\s|]+(?:\|[^<>]*)?>/g, /https?:\/\/\S+/g];

/** [start, end) spans that must not be cut. */
function linkSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const pattern of LINK_PATTERNS) {
    for (const m of text.matchAll(pattern)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

const insideLink = (spans: Array<[number, number]>, at: number) => spans.some(([s, e]) => at > s && at < e);

/**
 * The best place to cut `text` so the head is at most `max` characters: the latest paragraph break,
 * else line break, else sentence end, else space, that is not inside a link and keeps at least a
 * quarter of the room used. Falls back to the latest position outside a link.
 */
export function cutPoint(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const spans = linkSpans(text);
  const floor = Math.floor(max / 4);
  const boundaries: RegExp[] = [/\n\n/g, /\n/g, /[.!?]["”’')]*\s/g, /\s/g];
  for (const boundary of boundaries) {
    let best = -1;
    for (const m of text.matchAll(boundary)) {
      // Cut after sentence punctuation, before whitespace breaks.
      const at = boundary.source.startsWith('[.!?]') ? m.index + m[0].trimEnd().length : m.index;
      if (at > max) break;
      if (at >= floor && !insideLink(spans, at)) best = at;
    }
    if (best > 0) return best;
  }
  let at = max;
  while (at > 0 && insideLink(spans, at)) at--;
  // A single link longer than the room: drop it whole rather than break it.
  return at;
}

/** Shortens text to at most `max` characters, ending with an ellipsis when anything was cut. */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, cutPoint(text, max - ELLIPSIS.length)).trimEnd();
  return `${head}${ELLIPSIS}`;
}

/** Splits text into chunks of at most `max` characters, each cut at a boundary as above. */
export function splitText(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let at = cutPoint(rest, max);
    if (at <= 0) at = max; // Nothing better exists: a hard cut beats an endless loop.
    chunks.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest) chunks.push(rest);
  return chunks;
}
