import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE_SCHEMA, load } from 'js-yaml';

const parse = (text: string): unknown => load(text, { schema: CORE_SCHEMA });
import { ROOT_COMMAND } from '../../../src/commands/registry.js';

/**
 * manifest.yml checked against the structure of Slack's app manifest schema 2.0
 * (slackapi/manifest-schema, schemas/manifest.schema.2.0.0.json): the objects the bot uses, their
 * allowed keys, types and length limits; every scope and event must be one Slack knows.
 */

type Json = Record<string, unknown>;

/** Bot token scopes Slack documents (https://api.slack.com/scopes). */
const KNOWN_BOT_SCOPES = new Set([
  'app_mentions:read', 'assistant:write', 'bookmarks:read', 'bookmarks:write', 'calls:read', 'calls:write', 'canvases:read',
  'canvases:write', 'channels:history', 'channels:join', 'channels:manage', 'channels:read', 'channels:write.invites',
  'channels:write.topic', 'chat:write', 'chat:write.customize', 'chat:write.public', 'commands', 'conversations.connect:manage',
  'conversations.connect:read', 'conversations.connect:write', 'dnd:read', 'emoji:read', 'files:read', 'files:write',
  'groups:history', 'groups:read', 'groups:write', 'groups:write.invites', 'groups:write.topic', 'im:history', 'im:read',
  'im:write', 'im:write.topic', 'incoming-webhook', 'links.embed:write', 'links:read', 'links:write', 'metadata.message:read',
  'mpim:history', 'mpim:read', 'mpim:write', 'mpim:write.topic', 'pins:read', 'pins:write', 'reactions:read', 'reactions:write',
  'reminders:read', 'reminders:write', 'remote_files:read', 'remote_files:share', 'remote_files:write', 'search:read.files',
  'search:read.im', 'search:read.mpim', 'search:read.private', 'search:read.public', 'search:read.users', 'team.billing:read',
  'team.preferences:read', 'team:read', 'tokens.basic', 'triggers:read', 'triggers:write', 'usergroups:read', 'usergroups:write',
  'users.profile:read', 'users:read', 'users:read.email', 'users:write', 'workflow.steps:execute',
]);

/** Bot events Slack documents (https://api.slack.com/events), the ones a bot like this might use. */
const KNOWN_BOT_EVENTS = new Set([
  'app_home_opened', 'app_mention', 'app_uninstalled', 'assistant_thread_context_changed', 'assistant_thread_started',
  'channel_archive', 'channel_created', 'channel_deleted', 'channel_left', 'channel_rename', 'channel_unarchive', 'emoji_changed',
  'file_shared', 'group_archive', 'group_left', 'im_history_changed', 'link_shared', 'member_joined_channel', 'member_left_channel',
  'message.channels', 'message.groups', 'message.im', 'message.mpim', 'reaction_added', 'reaction_removed', 'team_access_granted', 'team_access_revoked', 'team_join',
  'tokens_revoked', 'user_change',
]);

/** The scope each Web API method the Slack adapter calls needs. */
const METHOD_SCOPES: Readonly<Record<string, string>> = {
  'chat.postMessage': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'chat.update': 'chat:write',
  'users.info': 'users:read',
  'conversations.info': 'channels:read',
  'conversations.history': 'channels:history',
  // Opening a modal needs only the trigger_id of a slash command (the `commands` scope).
  'views.open': 'commands',
  'auth.test': '',
  // files.getUploadURLExternal and files.completeUploadExternal, made by the client's filesUploadV2.
  filesUploadV2: 'files:write',
};

const manifest = parse(readFileSync(join(process.cwd(), 'manifest.yml'), 'utf8')) as Json;

function problemsOf(value: unknown): string[] {
  const problems: string[] = [];
  const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
  const keys = (v: Json, where: string, allowed: readonly string[]) => {
    for (const key of Object.keys(v)) if (!allowed.includes(key)) problems.push(`${where}.${key} is not allowed`);
  };
  const text = (v: unknown, where: string, min: number, max: number, pattern?: RegExp) => {
    if (typeof v !== 'string') problems.push(`${where} must be a string`);
    else if (v.length < min || v.length > max) problems.push(`${where} must be ${min}–${max} characters (is ${v.length})`);
    else if (pattern && !pattern.test(v)) problems.push(`${where} must match ${String(pattern)}`);
  };
  const bool = (v: unknown, where: string) => {
    if (v !== undefined && typeof v !== 'boolean') problems.push(`${where} must be a boolean`);
  };

  if (!isObject(value)) return ['the manifest must be an object'];
  keys(value, 'manifest', ['$schema', '_metadata', 'app_directory', 'display_information', 'features', 'oauth_config', 'settings', 'functions', 'workflows', 'datastores', 'outgoing_domains', 'types', 'external_auth_providers']);

  const info = value.display_information;
  if (!isObject(info)) problems.push('display_information is required');
  else {
    keys(info, 'display_information', ['name', 'description', 'background_color', 'long_description']);
    text(info.name, 'display_information.name', 1, 35);
    if (info.description !== undefined) text(info.description, 'display_information.description', 1, 140);
    if (info.long_description !== undefined) text(info.long_description, 'display_information.long_description', 175, 4000);
    if (info.background_color !== undefined) text(info.background_color, 'display_information.background_color', 4, 7, /^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$/);
  }

  const features = value.features;
  if (features !== undefined) {
    if (!isObject(features)) problems.push('features must be an object');
    else {
      keys(features, 'features', ['app_home', 'bot_user', 'functions', 'shortcuts', 'slash_commands', 'workflow_steps', 'unfurl_domains', 'assistant_view']);
      const home = features.app_home;
      if (home !== undefined) {
        if (!isObject(home)) problems.push('features.app_home must be an object');
        else {
          keys(home, 'features.app_home', ['home_tab_enabled', 'messages_tab_enabled', 'messages_tab_read_only_enabled']);
          for (const [k, v] of Object.entries(home)) bool(v, `features.app_home.${k}`);
        }
      }
      const bot = features.bot_user;
      if (!isObject(bot)) problems.push('features.bot_user is required for a bot');
      else {
        keys(bot, 'features.bot_user', ['display_name', 'always_online']);
        text(bot.display_name, 'features.bot_user.display_name', 1, 80);
        bool(bot.always_online, 'features.bot_user.always_online');
      }
      const commands = features.slash_commands;
      if (commands !== undefined) {
        if (!Array.isArray(commands) || commands.length < 1 || commands.length > 50) problems.push('features.slash_commands must have 1–50 items');
        else
          commands.forEach((command: unknown, i) => {
            const where = `features.slash_commands[${i}]`;
            if (!isObject(command)) return problems.push(`${where} must be an object`);
            keys(command, where, ['command', 'url', 'description', 'usage_hint', 'should_escape']);
            text(command.command, `${where}.command`, 2, 32, /^\//);
            text(command.description, `${where}.description`, 1, 2000);
            if (command.usage_hint !== undefined) text(command.usage_hint, `${where}.usage_hint`, 1, 1000);
            if (command.url !== undefined) text(command.url, `${where}.url`, 1, 3000, /^https?:\/\//);
            bool(command.should_escape, `${where}.should_escape`);
          });
      }
    }
  }

  const oauth = value.oauth_config;
  if (oauth !== undefined) {
    if (!isObject(oauth)) problems.push('oauth_config must be an object');
    else {
      keys(oauth, 'oauth_config', ['redirect_urls', 'scopes', 'token_management_enabled', 'pkce_enabled']);
      const scopes = oauth.scopes;
      if (isObject(scopes)) {
        keys(scopes, 'oauth_config.scopes', ['user', 'bot', 'user_optional', 'bot_optional']);
        const bot = scopes.bot;
        if (!Array.isArray(bot) || bot.length > 255) problems.push('oauth_config.scopes.bot must be an array of at most 255');
        else {
          for (const scope of bot) if (typeof scope !== 'string' || !KNOWN_BOT_SCOPES.has(scope)) problems.push(`unknown bot scope ${String(scope)}`);
          if (new Set(bot).size !== bot.length) problems.push('oauth_config.scopes.bot has duplicates');
        }
      }
    }
  }

  const settings = value.settings;
  if (!isObject(settings)) problems.push('settings must be an object');
  else {
    keys(settings, 'settings', ['allowed_ip_address_ranges', 'event_subscriptions', 'incoming_webhooks', 'interactivity', 'org_deploy_enabled', 'socket_mode_enabled', 'is_hosted', 'token_rotation_enabled', 'siws_links', 'hermes_app_type', 'function_runtime']);
    for (const key of ['org_deploy_enabled', 'socket_mode_enabled', 'is_hosted', 'token_rotation_enabled']) bool(settings[key], `settings.${key}`);
    const events = settings.event_subscriptions;
    if (events !== undefined) {
      if (!isObject(events)) problems.push('settings.event_subscriptions must be an object');
      else {
        keys(events, 'settings.event_subscriptions', ['request_url', 'user_events', 'bot_events', 'metadata_subscriptions']);
        if (events.request_url !== undefined) text(events.request_url, 'settings.event_subscriptions.request_url', 1, 3500, /^https?:\/\//);
        const bot = events.bot_events;
        if (!Array.isArray(bot) || bot.length > 100) problems.push('settings.event_subscriptions.bot_events must be an array of at most 100');
        else {
          for (const event of bot) if (typeof event !== 'string' || !KNOWN_BOT_EVENTS.has(event)) problems.push(`unknown bot event ${String(event)}`);
          if (new Set(bot).size !== bot.length) problems.push('settings.event_subscriptions.bot_events has duplicates');
        }
      }
    }
  }
  return problems;
}

describe('manifest.yml', () => {
  it('has the structure of Slack manifest schema 2.0', () => {
    expect(problemsOf(manifest)).toEqual([]);
  });

  it('the check catches what Slack would refuse', () => {
    const broken = structuredClone(manifest) as { features: { slash_commands: Json[]; extra?: boolean }; oauth_config: { scopes: { bot: string[] } }; display_information: Json };
    broken.features.slash_commands[0]!.command = 'kuril';
    broken.features.slash_commands[0]!.usage_hint = 'x'.repeat(1001);
    broken.oauth_config.scopes.bot.push('chat:write:bot');
    broken.display_information.name = 'x'.repeat(36);
    broken.features.extra = true;
    expect(problemsOf(broken)).toEqual([
      'display_information.name must be 1–35 characters (is 36)',
      'features.extra is not allowed',
      'features.slash_commands[0].command must match /^\\//',
      'features.slash_commands[0].usage_hint must be 1–1000 characters (is 1001)',
      'unknown bot scope chat:write:bot',
    ]);
  });

  it('declares what the bot needs: /kuril, the Messages tab, its scopes and events, Socket Mode', () => {
    const m = manifest as {
      features: { app_home: Json; slash_commands: Json[]; bot_user: Json };
      oauth_config: { scopes: { bot: string[] } };
      settings: { event_subscriptions: { bot_events: string[] }; interactivity?: Json; socket_mode_enabled: boolean };
    };
    expect(m.features.slash_commands.map((c) => c.command)).toEqual([`/${ROOT_COMMAND.name}`]);
    expect(String(m.features.slash_commands[0]!.description).length).toBeGreaterThan(0);
    expect(String(m.features.slash_commands[0]!.usage_hint).length).toBeGreaterThan(0);
    expect(m.features.app_home).toMatchObject({ messages_tab_enabled: true, messages_tab_read_only_enabled: false });
    expect([...m.oauth_config.scopes.bot].sort()).toEqual(
      ['commands', 'chat:write', 'chat:write.public', 'files:write', 'im:history', 'im:read', 'channels:history', 'groups:history', 'app_mentions:read', 'users:read'].sort(),
    );
    expect([...m.settings.event_subscriptions.bot_events].sort()).toEqual(['app_mention', 'app_uninstalled', 'message.im', 'team_access_revoked', 'tokens_revoked']);
    expect(m.settings.socket_mode_enabled).toBe(true);
    // Without interactivity Slack never delivers a submitted form.
    expect(m.settings.interactivity).toEqual({ is_enabled: true });
  });

  it('subscribes to every event the Slack adapter listens for (Slack sends no other)', () => {
    const dir = join(process.cwd(), 'src/adapters/slack');
    const source = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    // A `message` listener gets direct messages only (message.im); the others are subscribed by their own name.
    const listened = [...new Set([...source.matchAll(/\.event\('(\w+)'/g)].map((m) => (m[1] === 'message' ? 'message.im' : m[1]!)))];
    expect(listened.length).toBeGreaterThan(2);
    const subscribed = (manifest as { settings: { event_subscriptions: { bot_events: string[] } } }).settings.event_subscriptions.bot_events;
    expect([...subscribed].sort()).toEqual(listened.sort());
  });

  it('grants a scope for every Web API method the Slack adapter calls', () => {
    const dir = join(process.cwd(), 'src/adapters/slack');
    const source = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    const methods = [...new Set([...source.matchAll(/client\.(?:(\w+)\.(\w+)|(filesUploadV2))\(/g)].map((m) => m[3] ?? `${m[1]}.${m[2]}`))];
    expect(methods.length).toBeGreaterThan(0);
    const scopes = new Set((manifest as { oauth_config: { scopes: { bot: string[] } } }).oauth_config.scopes.bot);
    for (const method of methods) {
      expect(Object.keys(METHOD_SCOPES), `${method} has no known scope`).toContain(method);
      const scope = METHOD_SCOPES[method]!;
      if (scope) expect([...scopes], method).toContain(scope);
    }
  });
});
