/**
 * User text is untrusted: it may be huge, carry control characters, or try to ping a whole channel.
 * These helpers make it safe to process and to echo back in a reply.
 */

/** Longest command line accepted. Longer input gets a clear refusal instead of being processed. */
export const MAX_LINE_LENGTH = 2_000;

// C0 and C1 control characters except tab and newline, plus bidi overrides that can disguise text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Removes control characters and folds tabs and newlines into spaces. */
export function cleanLine(text: string): string {
  return text.replace(CONTROL, '').replace(/[\t\r\n]+/g, ' ');
}

/**
 * Text the bot repeats back to the user: shortened, and with mention syntax defused (a zero-width
 * space after "@" and "<!" / "<@" / "<#"), so `@everyone`, `<!channel>` or `<@U123>` stay inert on
 * every platform even before a renderer escapes them.
 */
export function quoteUserText(text: string, max = 60): string {
  const clean = cleanLine(text).trim();
  const short = clean.length > max ? `${[...clean].slice(0, max - 1).join('')}…` : clean;
  return short.replace(/@/g, '@\u200b').replace(/<([!@#])/g, '<\u200b$1');
}
