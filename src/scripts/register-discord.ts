import { existsSync } from 'node:fs';
import { DiscordAPIError } from 'discord.js';
import { registerCommands } from '../adapters/discord/register.js';
import { ConfigError, loadConfig } from '../config.js';
import { redactText, serializeError } from '../redact.js';

/**
 * `npm run register`: registers /kuril with Discord from the command declarations.
 * DISCORD_GUILD_ID set: in that server only (appears at once). Unset: globally.
 */
async function main(): Promise<number> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`register: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  if (!config.DISCORD_TOKEN) {
    process.stderr.write('register: DISCORD_TOKEN is not set (the bot token from the Developer Portal, Bot page).\n');
    return 1;
  }
  try {
    const result = await registerCommands({
      token: config.DISCORD_TOKEN,
      appId: config.DISCORD_APP_ID,
      guildId: config.DISCORD_GUILD_ID,
      apiUrl: config.DISCORD_API_URL,
    });
    const subcommands = result.commands.flatMap((c) => c.options ?? []).map((o) => o.name);
    const where = result.scope === 'guild' ? `in server ${result.guildId}` : 'globally (may take a few minutes to appear)';
    process.stdout.write(`Registered /${result.commands.map((c) => c.name).join(', /')} for application ${result.appId} ${where}: ${subcommands.join(', ')}.\n`);
    return 0;
  } catch (error) {
    if (error instanceof DiscordAPIError && error.status === 401) {
      process.stderr.write('register: Discord rejected DISCORD_TOKEN (401 Unauthorized).\n');
    } else if (error instanceof DiscordAPIError) {
      process.stderr.write(`register: Discord refused the commands (${error.status}, code ${String(error.code)}): ${redactText(error.message)}\n`);
    } else {
      const described = serializeError(error);
      process.stderr.write(`register: failed: ${String(described.message ?? described.type)}\n`);
    }
    return 1;
  }
}

process.exitCode = await main();
