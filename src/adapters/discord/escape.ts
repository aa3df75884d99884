import type { SourceLink } from '../../dossier/dossier.js';

/**
 * Data and user text are plain text (see briefings/reply.ts); Discord renders Markdown in embed
 * descriptions and field values. These helpers make plain text display as written and keep mention
 * syntax inert, so an echoed "@everyone" or "<@&role>" is shown, never resolved.
 */

/** Breaks mention syntax with a zero-width space: @everyone, @here, <@id>, <@!id>, <@&id>, <#id>, </cmd:id>. */
export function defuseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<(?=[@#/])/g, '<\u200b');
}

/**
 * Plain text -> Markdown that renders as the same text: inline markers (bold, italics, underline,
 * strike, spoilers, code, link brackets) are escaped everywhere, block markers (headings, quotes,
 * lists) at the start of a line. (discord.js's escapeMarkdown does the same but is far slower on long text.)
 */
export function escapeText(text: string): string {
  const escaped = text
    .replace(/[\\*_~`|[\]]/g, '\\$&')
    .replace(/^([ \t]*)([#>+-])(?=[ \t#])/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)\.(?=[ \t])/gm, '$1\\.');
  return defuseMentions(escaped);
}

/** Text for places Discord does not render as Markdown (embed footers, button labels, choice names). */
export function plainText(text: string): string {
  return defuseMentions(text);
}

/** A URL safe inside a Markdown link: no whitespace, parentheses or angle brackets to end it early. */
export function safeUrl(url: string): string {
  return url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[label](url)`, with the label escaped so brackets in it cannot end the link. */
export function markdownLink(label: string, url: string): string {
  return `[${escapeText(label)}](${safeUrl(url)})`;
}

/** A source as a link, or its plain name when it has no public URL. */
export function sourceMarkdown(source: SourceLink, label: string): string {
  return source.url ? markdownLink(label, source.url) : `${escapeText(label)} (no public link)`;
}
