import { Client, Events, GatewayIntentBits, Partials, RESTEvents } from 'discord.js';
import { shardPlan } from '../../config.js';
import { redactText } from '../../redact.js';
import type { Adapter, AdapterDeps } from '../adapter.js';
import { createInFlight, DRAIN_BUDGET_MS } from '../in-flight.js';
import { createDiscordDigestSender } from './digest-sender.js';
import { startError } from './errors.js';
import { interactionHandlers, type InteractionOptions } from './interactions.js';
import { messageHandler, NO_PINGS } from './messages.js';
import { sharedIdentifyPacing } from './identify-pacing.js';
import { FORM_PREFIX } from './modals.js';
import { restTransport } from './rest-transport.js';
import { clientShardOptions, shardStates } from './shards.js';

export interface DiscordBotOptions {
  /**
   * An interaction whose reply is not ready after this many milliseconds is deferred (Discord's limit
   * for the first response is 3 s, measured from when it sent the interaction). Default 1,500.
   */
  readonly deferAfterMs?: number;
  /** How long start() waits for the gateway to report ready. Default 30 s. */
  readonly readyTimeoutMs?: number;
  /**
   * Runs before each command or message with what will run and the caller it will run for. A seam
   * for tests (a slow command proves the defer path; the caller shows what the adapter read from
   * Discord) and for instrumentation; production leaves it unset.
   */
  readonly beforeCommand?: InteractionOptions['beforeCommand'];
  /** How long one digest or alert post may take (default 15 s; tests use a short one to provoke timeouts). */
  readonly digestPostTimeoutMs?: number;
}

/**
 * The Discord adapter: the client, its connection and its lifecycle. What it answers lives beside it:
 * interactions.ts (slash commands, forms, page buttons, autocomplete), messages.ts (direct messages and
 * mentions), digest-sender.ts (daily digests).
 */
export function createDiscordBot(deps: AdapterDeps, options: DiscordBotOptions = {}): Adapter {
  const { config, log } = deps;
  const token = config.DISCORD_TOKEN;
  const apiUrl = config.DISCORD_API_URL?.replace(/\/+$/, '');

  // Processes splitting the shards over one Redis take turns to identify (identify-pacing.ts).
  const pacing = sharedIdentifyPacing({ url: config.STORE_URL, namespace: config.STORE_NAMESPACE, timeoutMs: config.STORE_TIMEOUT_MS, log });
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: NO_PINGS,
    rest: { ...restTransport, ...(apiUrl ? { api: apiUrl } : {}) },
    ...clientShardOptions(shardPlan(config)),
    ...(pacing ? { ws: { buildIdentifyThrottler: (manager) => pacing.build(manager) } } : {}),
  });

  const inFlight = createInFlight(log, 'discord', deps.metrics);
  const handlerOptions = { deferAfterMs: options.deferAfterMs ?? 1_500, ...(options.beforeCommand ? { beforeCommand: options.beforeCommand } : {}) };
  const interactions = interactionHandlers(deps, handlerOptions);
  const onMessage = messageHandler(deps, client, handlerOptions);

  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand()) {
      if (interaction.commandName === 'kuril') void inFlight.track('command', () => interactions.onChatInput(interaction));
    } else if (interaction.isAutocomplete()) {
      void inFlight.track('autocomplete', () => interactions.onAutocomplete(interaction));
    } else if (interaction.isModalSubmit() && interaction.customId.startsWith(FORM_PREFIX)) {
      void inFlight.track('form', () => interactions.onModalSubmit(interaction));
    } else if (interaction.isButton() && interaction.customId.startsWith('kuril:')) {
      void inFlight.track('button', () => interactions.onButton(interaction));
    }
  });
  client.on(Events.MessageCreate, (message) => void inFlight.track('message', () => onMessage(message)));

  // Connection health. discord.js reconnects and resumes by itself; we say so in the log.
  client.on(Events.ShardReconnecting, (shard) => log.warn({ shard }, 'discord gateway connection lost; reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'discord gateway session resumed'));
  client.on(Events.ShardDisconnect, (event, shard) => log.error({ shard, code: event.code }, 'discord gateway closed for good'));
  client.on(Events.ShardError, (error, shard) => log.warn({ shard, err: error }, 'discord gateway error'));
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ message: redactText(message) }, 'discord client warning'));
  client.rest.on(RESTEvents.RateLimited, (info) => {
    deps.metrics?.rateLimited('discord');
    log.warn({ route: info.route, method: info.method, retryAfter: info.retryAfter, global: info.global }, 'discord rate limit: waiting');
  });
  // Shards up, for /metrics: counted again whenever one connects, resumes or drops.
  const countShards = () => {
    const { up, total } = shardStates(client);
    deps.metrics?.gatewayShards('discord', up, total);
  };
  for (const event of [Events.ShardReady, Events.ShardResume, Events.ShardReconnecting, Events.ShardDisconnect] as const) client.on(event, countShards);
  let started = false;

  return {
    name: 'discord',
    async start() {
      if (!token) throw startError(new Error('DISCORD_TOKEN is not set'), apiUrl);
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      try {
        await client.login(token);
      } catch (error) {
        await client.destroy().catch(() => undefined);
        await pacing?.close();
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
        await pacing?.close();
        throw startError(error, apiUrl);
      } finally {
        clearTimeout(timer);
      }
      started = true;
      countShards();
      const { shards, shardCount } = client.options;
      log.info({ user: client.user?.tag, userId: client.user?.id, guilds: client.guilds.cache.size, shards, shardCount }, 'discord bot connected');
      deps.digests.registerSender(
        createDiscordDigestSender({
          token,
          ...(apiUrl ? { apiUrl } : {}),
          ...(options.digestPostTimeoutMs ? { timeoutMs: options.digestPostTimeoutMs } : {}),
          ...(client.application?.id ? { applicationId: client.application.id } : {}),
          log,
        }),
      );
      // records from before scoping become this application's (the store may be down: digests wait for it anyway)
      if (client.application) deps.digests.adoptUnscoped('discord', client.application.id).catch((error: unknown) => log.warn({ err: error }, 'digest records from before scoping not adopted yet'));
    },
    health() {
      if (!started) return 'not connected yet';
      const { down } = shardStates(client);
      return down.length ? down.join(', ') : undefined;
    },
    async stop(budgetMs = DRAIN_BUDGET_MS) {
      started = false;
      await inFlight.drain(budgetMs);
      await client.destroy();
      await pacing?.close();
      log.info('discord bot stopped');
    },
  };
}
