import { existsSync } from 'node:fs';
import { createConsoleBot } from './adapters/console/console-bot.js';
import type { Adapter } from './adapters/adapter.js';
import { createAskLimiter } from './commands/ask-limiter.js';
import { ConfigError, loadConfig } from './config.js';
import { loadDossier } from './dossier/load.js';
import { DossierError } from './dossier/validate.js';
import { createDigestService } from './digests/service.js';
import { createDigestStore } from './digests/store/open-store.js';
import { createLogger } from './logger.js';

/**
 * Start-up: configuration -> dossier -> adapters. With no platform tokens the console bot runs in the
 * terminal. A bad configuration or event set stops start-up with a message naming what is wrong.
 */
async function main(): Promise<number | undefined> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config;
  let dossier;
  try {
    config = loadConfig();
    dossier = loadDossier(config.DATA_DIR);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DossierError) {
      process.stderr.write(`kuril-brief: cannot start. ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const log = createLogger(config.LOG_LEVEL);
  // Daily digests: the store and service always (console preview works); the scheduler starts when a
  // platform adapter hands over its sender with deps.digests.registerSender(sender).
  let digests;
  try {
    const store = await createDigestStore({ url: config.STORE_URL, log });
    digests = createDigestService({ store, dossier, log, defaultTimeZone: config.TZ_DEFAULT, autoStart: true });
  } catch (error) {
    process.stderr.write(`kuril-brief: cannot open the digest store (STORE_URL). ${messageOf(error)}\n`);
    return 1;
  }
  const askLimiter = createAskLimiter(config.ASK_RATE_LIMIT);
  const deps = { config, dossier, now: () => new Date(), log, digests, askLimiter };

  const adapters: Adapter[] = [];
  // Platform libraries load only when their adapter runs, so the console bot starts quickly.
  if (config.DISCORD_TOKEN) adapters.push((await import('./adapters/discord/discord-bot.js')).createDiscordBot(deps));
  if (config.SLACK_BOT_TOKEN) adapters.push((await import('./adapters/slack/slack-bot.js')).createSlackBot(deps));
  if (adapters.length === 0) {
    process.stderr.write('kuril-brief: no DISCORD_TOKEN or SLACK_BOT_TOKEN set, running the console bot (type /kuril help, or ask a question; Ctrl-D quits).\n');
    adapters.push(createConsoleBot(deps));
  }

  // Signals are handled from here on, so one that arrives while an adapter is still starting also
  // shuts down cleanly (stop() is safe on an adapter that has not finished starting).
  const shutdown = async () => {
    // Digest sends in flight finish (or are left to their lease) while the platforms are still connected.
    await digests.scheduler.stop().catch((error: unknown) => log.error({ err: error }, 'digest scheduler stop failed'));
    await Promise.allSettled(adapters.map((a) => a.stop()));
    await digests.close().catch((error: unknown) => log.error({ err: error }, 'digest store close failed'));
  };
  const onSignal = (signal: NodeJS.Signals) => {
    log.info({ signal }, 'shutting down');
    void shutdown().then(() => process.exit(0));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const started: Adapter[] = [];
  for (const adapter of adapters) {
    try {
      await adapter.start();
      started.push(adapter);
    } catch (error) {
      // Adapters reject with a message meant for the operator (a rejected token, a missing secret):
      // that one line is all the operator sees, so only what did start is stopped, quietly.
      process.stderr.write(`kuril-brief: cannot start the ${adapter.name} adapter. ${messageOf(error)}\n`);
      await Promise.allSettled(started.map((a) => a.stop()));
      await digests.close().catch(() => undefined);
      return 1;
    }
  }

  // The console ends with its input; platform adapters run until a signal (their sockets keep the process alive).
  const endings = adapters.map((a) => a.finished);
  if (endings.every((f): f is Promise<void> => f !== undefined)) {
    await Promise.all(endings);
    await shutdown();
    return 0;
  }
  return undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

main().then(
  (code) => {
    if (code !== undefined) process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`kuril-brief: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
