import { cutPoint, ELLIPSIS } from '../fit-text.js';

/**
 * Slack mrkdwn in and out. Outgoing: every piece of data and user text is escaped (`&`, `<`, `>`), so
 * `<!channel>`, `<!here>` or `<@U…>` typed by a user can never become a mention or a link; the only
 * `<…>` sequences in what the bot sends are the links it builds itself with `link()`.
 * Incoming: Slack sends text with those three characters entity-encoded and mentions, channels and
 * links in angle brackets; `fromSlackText` turns that back into the plain line the parser expects.
 */

/** Escapes the three characters Slack treats as control characters in mrkdwn (and in the `text` field). */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `*text*` with the text escaped; empty text stays empty (a lone `**` would show as asterisks). */
export function bold(text: string): string {
  const escaped = escapeMrkdwn(text.trim());
  return escaped ? `*${escaped}*` : '';
}

/** `_text_` with the text escaped. */
export function italic(text: string): string {
  const escaped = escapeMrkdwn(text.trim());
  return escaped ? `_${escaped}_` : '';
}

/**
 * A link `<url|label>`. Only http(s) URLs become links; anything else is shown as escaped text. The
 * URL cannot contain whitespace, `<`, `>` or `|` (percent-encoded) and has `&` escaped; the label is escaped.
 */
export function link(url: string | undefined, label: string): string {
  const safeLabel = escapeMrkdwn(label.replace(/\s+/g, ' ').trim());
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return safeLabel;
  const safeUrl = url.replace(/[<>|"\s]/g, (c) => encodeURIComponent(c)).replace(/&/g, '&amp;');
  return `<${safeUrl}|${safeLabel || safeUrl}>`;
}

/** Turns Slack's encoded message text back into what the user typed (mentions become `@name`). */
export function fromSlackText(text: string): string {
  return text
    .replace(/<@([UW][A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, name?: string) => `@${name || id}`)
    .replace(/<#([CG][A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, name?: string) => `#${name || id}`)
    .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>/g, (_m, name?: string) => name || '@group')
    .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, '@$1')
    .replace(/<!date\^[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<((?:https?|mailto):[^|>]+)(?:\|([^>]*))?>/g, (_m, url: string, label?: string) => label || url)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Removes mentions of the given user (the bot itself) from message text. */
export function stripMention(text: string, userId: string | undefined): string {
  if (!userId) return text;
  const escaped = userId.replace(/[^A-Z0-9]/gi, '');
  return text.replace(new RegExp(`<@${escaped}(?:\\|[^>]*)?>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Where to cut escaped mrkdwn so the head is at most `max` characters: the shared boundary rules of
 * fit-text (never inside a link), moved back if the cut would split an entity such as `&amp;`.
 */
function mrkdwnCut(text: string, max: number): number {
  let at = cutPoint(text, max);
  const amp = text.lastIndexOf('&', at - 1);
  if (amp >= 0 && at - amp < 5) {
    const entity = /^&(?:amp|lt|gt);/.exec(text.slice(amp, amp + 5));
    if (entity && amp + entity[0].length > at) at = amp;
  }
  return at;
}

/** Shortens escaped mrkdwn to at most `max` characters at a boundary, with an ellipsis when cut. */
export function fitMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, mrkdwnCut(text, max - ELLIPSIS.length)).trimEnd()}${ELLIPSIS}`;
}

/** Splits escaped mrkdwn into chunks of at most `max` characters, each cut at a boundary. */
export function splitMrkdwn(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let at = mrkdwnCut(rest, max);
    if (at <= 0) at = max;
    chunks.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest) chunks.push(rest);
  return chunks.filter((chunk) => chunk.length > 0);
}
