import { randomBytes } from 'node:crypto';
import {
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Partials,
  PermissionFlagsBits,
  RESTEvents,
  RateLimitError,
  Routes,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type Message,
  type MessageCreateOptions,
} from 'discord.js';
import { errorReply, type Reply } from '../../briefings/reply.js';
import type { Caller, CommandContext } from '../../commands/command.js';
import { runCommand, runQuestion, validateInput } from '../../commands/dispatch.js';
import type { CommandRequest } from '../../commands/parse.js';
import { findCommand } from '../../commands/registry.js';
import type { DigestSender, SendResult } from '../../digests/types.js';
import { commandContext, type Adapter, type AdapterDeps } from '../adapter.js';
import { autocompleteChoices } from './autocomplete.js';
import { rawOptions } from './command-tree.js';
import { describeError, redact, startError } from './errors.js';
import { DISCORD_LIMITS } from './limits.js';
import { canonicalQuery, pageCustomId, parsePageCustomId } from './paging.js';
import { renderReply, type DiscordMessage, type RenderOptions } from './render.js';

export interface DiscordBotOptions {
  /**
   * An interaction whose reply is not ready after this many milliseconds is deferred (Discord's limit
   * for the first response is 3 s, measured from when it sent the interaction). Default 1,500.
   */
  readonly deferAfterMs?: number;
  /** How long start() waits for the gateway to report ready. Default 30 s. */
  readonly readyTimeoutMs?: number;
  /**
   * Runs before each command with the request and the caller it will run for. A seam for tests (a slow
   * command proves the defer path; the caller shows what the adapter read from Discord) and for
   * instrumentation; production leaves it unset.
   */
  readonly beforeCommand?: (request: CommandRequest, caller: Caller) => Promise<void> | void;
}

/**
 * Subcommands whose replies are shown only to the caller, so a slow one is deferred privately. Others are
 * deferred in public; if their reply turns out private after all (an error, a question not in the
 * sources, "already paused"), the public placeholder is deleted and the reply sent as a private follow-up.
 */
const EPHEMERAL_COMMANDS = new Set(['help', 'preview']);
/** Commands whose replies page with buttons; one message each, so a button can replace it. */
const PAGED_COMMANDS = new Set(['timeline']);

const NO_PINGS = { parse: [], repliedUser: false } as const;

type Visibility = Reply['visibility'];

/**
 * The Discord adapter: slash commands (/kuril <subcommand>), autocomplete, page buttons, and questions
 * in direct messages or mentions. It translates Discord payloads into command-layer calls and renders
 * the neutral Reply as embeds; nothing else.
 */
export function createDiscordBot(deps: AdapterDeps, options: DiscordBotOptions = {}): Adapter {
  const { config, log } = deps;
  const token = config.DISCORD_TOKEN;
  const apiUrl = config.DISCORD_API_URL?.replace(/\/+$/, '');
  const deferAfterMs = options.deferAfterMs ?? 1_500;

  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    // Nothing the bot sends may ping: user text is echoed in errors, and data is not ours to ping with.
    allowedMentions: NO_PINGS,
    rest: apiUrl ? { api: apiUrl } : {},
  });

  let stopping = false;
  const inFlight = new Set<Promise<void>>();

  function track(kind: string, work: () => Promise<void>): void {
    if (stopping) return;
    const job = work()
      .catch((error: unknown) => log.error({ error: describeError(error), kind }, 'discord handler failed'))
      .finally(() => inFlight.delete(job));
    inFlight.add(job);
  }

  const context = (caller: Caller): CommandContext => commandContext(deps, caller);

  // -------------------------------------------------------------------------------------------------
  // Interactions

  function callerOf(interaction: Interaction): Caller {
    const isDirect = !interaction.guildId;
    const permissions = interaction.memberPermissions;
    return {
      platform: 'discord',
      userId: interaction.user.id,
      userName: interaction.user.username,
      channelId: interaction.channelId ?? undefined,
      workspaceId: interaction.guildId ?? undefined,
      isDirect,
      // A direct message is the caller's own channel; in a server, Manage Channels or Manage Server decides.
      canManageChannel: isDirect ? true : (permissions?.any([PermissionFlagsBits.ManageChannels, PermissionFlagsBits.ManageGuild]) ?? false),
    };
  }

  function renderFor(request: CommandRequest, reply: Reply): DiscordMessage[] {
    const options: RenderOptions = PAGED_COMMANDS.has(request.name)
      ? {
          maxMessages: 1,
          pageButton: (page) => pageCustomId(request.name, page, canonicalQuery(deps.dossier, request.raw)),
        }
      : {};
    return renderReply(reply, options);
  }

  /** Which way to defer before the reply exists: errors and personal answers are ephemeral. */
  function predictVisibility(request: CommandRequest): Visibility {
    const command = findCommand(request.name);
    if (!command || EPHEMERAL_COMMANDS.has(command.name)) return 'ephemeral';
    // `/kuril subscribe` with no options shows the channel's settings to the caller.
    if (command.name === 'subscribe' && Object.keys(request.raw).length === 0) return 'ephemeral';
    return validateInput(command, request.raw).ok ? 'public' : 'ephemeral';
  }

  async function run(request: CommandRequest, caller: Caller): Promise<Reply> {
    await options.beforeCommand?.(request, caller);
    return runCommand(request, context(caller));
  }

  /** Resolves with the reply if it is ready within the defer window, else undefined. */
  async function readyInTime(work: Promise<Reply>): Promise<Reply | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, deferAfterMs, undefined)));
    try {
      return await Promise.race([work, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  async function onChatInput(interaction: ChatInputCommandInteraction): Promise<void> {
    const sub = interaction.options.data[0];
    const request: CommandRequest = { name: sub?.name ?? 'help', raw: rawOptions(sub?.options ?? []) };
    const work = run(request, callerOf(interaction));
    try {
      let reply = await readyInTime(work);
      let deferred: Visibility | undefined;
      if (!reply) {
        deferred = predictVisibility(request);
        await interaction.deferReply(deferred === 'ephemeral' ? { flags: MessageFlags.Ephemeral } : {});
        reply = await work;
      }
      const [first, ...rest] = renderFor(request, reply);
      const ephemeral = reply.visibility === 'ephemeral';
      const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
      if (!deferred) await interaction.reply({ ...first!, flags });
      else if (deferred === 'public' && ephemeral) {
        // Deferred in public but the answer is private (an error): remove the placeholder, answer privately.
        await interaction.deleteReply();
        await interaction.followUp({ ...first!, flags: MessageFlags.Ephemeral });
      } else await interaction.editReply({ ...first! });
      for (const message of rest) await interaction.followUp({ ...message, flags });
    } catch (error) {
      await apologise(interaction, error, request.name);
    }
  }

  async function onButton(interaction: ButtonInteraction): Promise<void> {
    const target = parsePageCustomId(interaction.customId);
    if (!target || !PAGED_COMMANDS.has(target.command)) return;
    const request: CommandRequest = { name: target.command, raw: target.raw };
    const work = run(request, callerOf(interaction));
    try {
      let reply = await readyInTime(work);
      let deferred = false;
      if (!reply) {
        await interaction.deferUpdate();
        deferred = true;
        reply = await work;
      }
      const [first] = renderFor(request, reply);
      if (reply.visibility === 'ephemeral') {
        // An error (say, the event set changed): tell the clicker only, leave the page as it is.
        const message = { ...first!, components: [], flags: MessageFlags.Ephemeral } as const;
        await (deferred ? interaction.followUp(message) : interaction.reply(message));
      } else if (deferred) await interaction.editReply({ ...first!, components: first!.components ?? [] });
      else await interaction.update({ ...first!, components: first!.components ?? [] });
    } catch (error) {
      await apologise(interaction, error, request.name);
    }
  }

  async function onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    const sub = interaction.options.getSubcommand(false) ?? '';
    const source = findCommand(sub)?.options[focused.name]?.autocomplete;
    const choices = source ? autocompleteChoices(deps.dossier, source, String(focused.value)) : [];
    await interaction.respond(choices.slice(0, DISCORD_LIMITS.autocompleteChoices));
  }

  /** The last resort: a short apology with a reference id; the details go to the log. */
  async function apologise(interaction: ChatInputCommandInteraction | ButtonInteraction, error: unknown, command: string): Promise<void> {
    const reference = randomBytes(4).toString('hex');
    log.error({ error: describeError(error), reference, command, platform: 'discord' }, 'discord reply failed');
    const [apology] = renderReply(
      errorReply('Something went wrong', `Sorry, that did not work on our side. If it keeps happening, quote reference ${reference}.`),
    );
    const message = { ...apology!, flags: MessageFlags.Ephemeral } as const;
    try {
      if (interaction.deferred || interaction.replied) await interaction.followUp(message);
      else await interaction.reply(message);
    } catch (second) {
      log.error({ error: describeError(second), reference }, 'discord apology could not be sent either');
    }
  }

  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand()) {
      if (interaction.commandName === 'kuril') track('command', () => onChatInput(interaction));
    } else if (interaction.isAutocomplete()) {
      track('autocomplete', () => onAutocomplete(interaction));
    } else if (interaction.isButton() && interaction.customId.startsWith('kuril:')) {
      track('button', () => onButton(interaction));
    }
  });

  // -------------------------------------------------------------------------------------------------
  // Direct messages and mentions

  async function onMessage(message: Message): Promise<void> {
    const me = client.user;
    if (!me || message.author.bot || message.system || message.webhookId) return;
    const isDirect = !message.guildId;
    let text = message.content;
    if (!isDirect) {
      const mention = new RegExp(`<@!?${me.id}>`, 'g');
      if (!mention.test(text)) return;
      text = text.replace(mention, ' ');
    }
    text = text.replace(/\s+/g, ' ').trim();
    let canManageChannel: boolean | undefined = isDirect;
    if (!isDirect) {
      try {
        canManageChannel = message.member?.permissions.any([PermissionFlagsBits.ManageChannels, PermissionFlagsBits.ManageGuild]) ?? false;
      } catch {
        canManageChannel = undefined;
      }
    }
    const caller: Caller = {
      platform: 'discord',
      userId: message.author.id,
      userName: message.author.username,
      channelId: message.channelId,
      workspaceId: message.guildId ?? undefined,
      isDirect,
      canManageChannel,
    };
    // An empty question (a bare mention) gets ask's own help.
    const request: CommandRequest = { name: 'ask', raw: { question: text } };
    try {
      await options.beforeCommand?.(request, caller);
      const reply = await runQuestion(text, context(caller));
      const [first, ...rest] = renderReply(reply);
      await message.reply({ ...first!, allowedMentions: NO_PINGS });
      for (const more of rest) await send(message, more);
    } catch (error) {
      const reference = randomBytes(4).toString('hex');
      log.error({ error: describeError(error), reference, platform: 'discord', direct: isDirect }, 'discord message reply failed');
      const [apology] = renderReply(
        errorReply('Something went wrong', `Sorry, that did not work on our side. If it keeps happening, quote reference ${reference}.`),
      );
      await send(message, apology!).catch((second: unknown) => log.error({ error: describeError(second), reference }, 'discord apology could not be sent either'));
    }
  }

  async function send(message: Message, payload: DiscordMessage): Promise<void> {
    const body: MessageCreateOptions = { ...payload, allowedMentions: NO_PINGS };
    if (message.channel.isSendable()) await message.channel.send(body);
  }

  client.on(Events.MessageCreate, (message) => track('message', () => onMessage(message)));

  // -------------------------------------------------------------------------------------------------
  // Daily digests: the scheduler posts through this sender once the bot is connected.

  const sender: DigestSender = {
    platform: 'discord',
    async send(channelId: string, reply: Reply): Promise<SendResult> {
      try {
        for (const message of renderReply({ ...reply, visibility: 'public' })) {
          await client.rest.post(Routes.channelMessages(channelId), { body: { embeds: message.embeds, allowed_mentions: { parse: [] } } });
        }
        return 'sent';
      } catch (error) {
        // Unknown channel, missing access or permissions: the channel is gone for this bot.
        if (error instanceof DiscordAPIError && (error.status === 403 || error.status === 404)) return 'gone';
        if (error instanceof RateLimitError) return { retryAfterMs: error.retryAfter, global: error.global };
        throw error;
      }
    },
  };

  // -------------------------------------------------------------------------------------------------
  // Connection health. discord.js reconnects and resumes by itself; we say so in the log.

  client.on(Events.ShardReconnecting, (shard) => log.warn({ shard }, 'discord gateway connection lost; reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'discord gateway session resumed'));
  client.on(Events.ShardDisconnect, (event, shard) => log.error({ shard, code: event.code }, 'discord gateway closed for good'));
  client.on(Events.ShardError, (error, shard) => log.warn({ shard, error: describeError(error) }, 'discord gateway error'));
  client.on(Events.Error, (error) => log.error({ error: describeError(error) }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ message: redact(message) }, 'discord client warning'));
  client.rest.on(RESTEvents.RateLimited, (info) =>
    log.warn({ route: redact(info.route), method: info.method, retryAfter: info.retryAfter, global: info.global }, 'discord rate limit: waiting'),
  );

  return {
    name: 'discord',
    async start() {
      if (!token) throw startError(new Error('DISCORD_TOKEN is not set'), apiUrl);
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      try {
        await client.login(token);
      } catch (error) {
        await client.destroy().catch(() => undefined);
        throw startError(error, apiUrl);
      }
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('the gateway did not report ready in time')), options.readyTimeoutMs ?? 30_000);
      });
      try {
        await Promise.race([ready, timeout]);
      } catch (error) {
        await client.destroy().catch(() => undefined);
        throw startError(error, apiUrl);
      } finally {
        clearTimeout(timer);
      }
      log.info({ user: client.user?.tag, userId: client.user?.id, guilds: client.guilds.cache.size }, 'discord bot connected');
      deps.digests?.registerSender(sender);
    },
    async stop() {
      stopping = true;
      await Promise.allSettled([...inFlight]);
      await client.destroy();
      log.info('discord bot stopped');
    },
  };
}
