/**
 * Secrets out of anything that is logged or shown. Two nets: keys whose names say "secret" (a token,
 * a signing secret, an Authorization header) at any depth of an object, and strings that look like
 * a token (Discord and Slack token shapes, interaction and webhook URLs, Bot/Bearer headers), plus the
 * process's own secrets by value. No code should log a token; this is the second line of defence.
 */

export const REDACTED = '[redacted]';

/** Key names whose values are never logged, whatever object they sit in. */
const SECRET_KEY = /token|secret|password|authorization|cookie|^DISCORD_TOKEN$|^SLACK_/i;
/** SLACK_ config keys that are not secrets. */
const PUBLIC_KEY = /^(SLACK_API_URL|DISCORD_API_URL|DISCORD_APP_ID|DISCORD_GUILD_ID)$/;

const TOKEN_SHAPES: readonly [RegExp, string][] = [
  // Interaction and webhook URLs carry their token as a path segment.
  [/(\/(?:interactions|webhooks)\/\d+\/)[^/?\s"]+/g, `$1${REDACTED}`],
  // Discord bot tokens: three base64url parts.
  [/\b[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,}\b/g, REDACTED],
  // Slack bot, user, app-level and refresh tokens.
  [/\bx(?:ox[a-z]|app)-[\w-]{8,}/g, REDACTED],
  [/\b(Bot|Bearer)\s+[^\s"]+/g, `$1 ${REDACTED}`],
  // A password in a URL: redis://:pw@host, rediss://user:pw@host (STORE_URL and the errors that quote it).
  [/\b([a-z][a-z0-9+.-]*:\/\/[^:/@\s"]*:)[^@/\s"]+@/gi, `$1${REDACTED}@`],
];

let knownSecrets: readonly string[] = [];

/** The process's own secrets (from the configuration), removed from any logged string by value. */
export function registerSecrets(values: readonly (string | undefined)[]): void {
  knownSecrets = [...new Set([...knownSecrets, ...values.filter((v): v is string => typeof v === 'string' && v.length >= 8)])];
}

export function redactText(text: string): string {
  let out = text;
  for (const secret of knownSecrets) out = out.split(secret).join(REDACTED);
  for (const [shape, replacement] of TOKEN_SHAPES) out = out.replace(shape, replacement);
  return out;
}

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key) && !PUBLIC_KEY.test(key);
}

/** A copy of a log object with secret keys and token-shaped strings replaced and errors serialized, at any depth. */
export function redactDeep(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Error) return serializeError(value);
  if (seen.has(value) || depth > 10) return '[…]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = isSecretKey(key) ? REDACTED : redactDeep(item, depth + 1, seen);
  return out;
}

/**
 * A loggable description of an error: name, message, code and HTTP details (method, status, the
 * request path), its cause, all redacted. The logger uses it for every `err` field.
 */
export function serializeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error, message: redactText(String(error)) };
  const e = error as Error & { code?: unknown; status?: unknown; method?: unknown; url?: unknown; route?: unknown; retryAfter?: unknown; global?: unknown; data?: { error?: unknown } };
  // The class, not e.name: discord.js puts the error code into the name ("DiscordAPIError[50035]").
  const fields: Record<string, unknown> = { type: e.constructor.name || e.name, message: redactText(e.message) };
  if (e.code !== undefined) fields.code = e.code;
  if (typeof e.data?.error === 'string') fields.platformError = e.data.error;
  if (typeof e.status === 'number') fields.status = e.status;
  if (typeof e.method === 'string') fields.method = e.method;
  if (typeof e.url === 'string') fields.path = redactText(pathOf(e.url));
  if (typeof e.route === 'string') fields.route = redactText(e.route);
  if (typeof e.retryAfter === 'number') fields.retryAfter = e.retryAfter;
  if (typeof e.global === 'boolean') fields.global = e.global;
  if (e.stack && e.stack !== e.message) fields.stack = redactText(e.stack);
  if (e.cause !== undefined && depth < 3) fields.cause = serializeError(e.cause, depth + 1);
  return fields;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
