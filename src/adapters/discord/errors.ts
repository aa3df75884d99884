import { DiscordAPIError, DiscordjsErrorCodes, HTTPError, RateLimitError } from 'discord.js';

/**
 * Errors from discord.js carry request URLs, and interaction and webhook URLs contain tokens. Nothing
 * here ever puts a token in a log line or an error message.
 */

/** Replaces the token segment of interaction and webhook paths, and anything that looks like a bot token. */
export function redact(text: string): string {
  return text
    .replace(/(\/(?:interactions|webhooks)\/\d+\/)[^/?\s]+/g, '$1[token]')
    .replace(/\b[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,}\b/g, '[token]')
    .replace(/(Bot|Bearer)\s+\S+/g, '$1 [token]');
}

/** A loggable description of an error: name, message, code and HTTP details, with tokens redacted. */
export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof DiscordAPIError) {
    return { type: 'DiscordAPIError', message: redact(error.message), code: error.code, status: error.status, method: error.method, path: redact(pathOf(error.url)) };
  }
  if (error instanceof HTTPError) {
    return { type: 'HTTPError', message: redact(error.message), status: error.status, method: error.method, path: redact(pathOf(error.url)) };
  }
  if (error instanceof RateLimitError) {
    return { type: 'RateLimitError', route: redact(error.route), retryAfter: error.retryAfter, global: error.global };
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { type: error.name, message: redact(error.message), ...(code !== undefined && { code }), stack: redact(error.stack ?? '') };
  }
  return { type: typeof error, message: redact(String(error)) };
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

/**
 * A start-up failure with a message meant for the operator. Its stack is the message alone, so whoever
 * prints it prints one clear line rather than a trace.
 */
export class DiscordStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DiscordStartError';
    this.stack = message;
  }
}

/** Turns a login failure into one clear sentence. */
export function startError(error: unknown, apiUrl: string | undefined): DiscordStartError {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === DiscordjsErrorCodes.TokenInvalid) {
    return new DiscordStartError(
      'Discord rejected the bot token in DISCORD_TOKEN (401 Unauthorized). Copy a fresh token from the Developer Portal (your application → Bot → Reset Token).',
    );
  }
  if (code === DiscordjsErrorCodes.DisallowedIntents) {
    return new DiscordStartError('Discord refused the gateway intents the bot asked for (close code 4014).');
  }
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  const network = typeof cause?.code === 'string' ? cause.code : typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
  const where = apiUrl ?? 'https://discord.com/api';
  if (network) return new DiscordStartError(`Cannot reach the Discord API at ${redact(where)} (${network}). Check the network and DISCORD_API_URL.`);
  if (error instanceof DiscordAPIError || error instanceof HTTPError) {
    return new DiscordStartError(`Discord answered ${error.status} while the bot was logging in: ${redact(error.message)}.`);
  }
  return new DiscordStartError(`Could not connect to Discord: ${redact(error instanceof Error ? error.message : String(error))}`);
}
