import { DiscordAPIError, DiscordjsErrorCodes, HTTPError } from 'discord.js';
import { StartError } from '../../common/start-error.js';
import { redactText } from '../../redact.js';

/** Turns a login failure into one clear sentence for the operator. */
export function startError(error: unknown, apiUrl: string | undefined): StartError {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === DiscordjsErrorCodes.TokenInvalid) {
    return new StartError(
      'Discord rejected the bot token in DISCORD_TOKEN (401 Unauthorized). Copy a fresh token from the Developer Portal (your application → Bot → Reset Token).',
    );
  }
  if (code === DiscordjsErrorCodes.DisallowedIntents) {
    return new StartError('Discord refused the gateway intents the bot asked for (close code 4014).');
  }
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  const network = typeof cause?.code === 'string' ? cause.code : typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
  const where = apiUrl ?? 'https://discord.com/api';
  if (network) return new StartError(`Cannot reach the Discord API at ${redactText(where)} (${network}). Check the network and DISCORD_API_URL.`);
  if (error instanceof DiscordAPIError || error instanceof HTTPError) {
    return new StartError(`Discord answered ${error.status} while the bot was logging in: ${redactText(error.message)}.`);
  }
  return new StartError(`Could not connect to Discord: ${redactText(error instanceof Error ? error.message : String(error))}`);
}
