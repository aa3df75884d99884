import { REST, Routes, type APIApplication, type APIApplicationCommand } from 'discord.js';
import { buildCommandTree } from './command-tree.js';
import { restTransport } from './rest-transport.js';

export interface RegisterOptions {
  readonly token: string;
  /** Read from the application (GET /applications/@me) when not given. */
  readonly appId?: string;
  /** Register in one server (instant, for testing) instead of globally. */
  readonly guildId?: string;
  /** A Discord-compatible API, e.g. the tests' fake; default https://discord.com/api. */
  readonly apiUrl?: string;
}

export interface Registered {
  readonly appId: string;
  readonly scope: 'guild' | 'global';
  readonly guildId?: string;
  readonly commands: APIApplicationCommand[];
}

/**
 * Registers /kuril, generated from the command declarations, with one bulk overwrite: commands not in
 * the tree are removed, so a renamed subcommand never lingers.
 */
export async function registerCommands(options: RegisterOptions): Promise<Registered> {
  const api = options.apiUrl?.replace(/\/+$/, '');
  const rest = new REST({ ...restTransport, ...(api ? { api } : {}) }).setToken(options.token);
  const appId = options.appId ?? ((await rest.get(Routes.currentApplication())) as APIApplication).id;
  const route = options.guildId ? Routes.applicationGuildCommands(appId, options.guildId) : Routes.applicationCommands(appId);
  const commands = (await rest.put(route, { body: buildCommandTree() })) as APIApplicationCommand[];
  return options.guildId ? { appId, scope: 'guild', guildId: options.guildId, commands } : { appId, scope: 'global', commands };
}
