import type { Adapter } from '../../../src/adapters/adapter.js';
import { createDiscordBot, type DiscordBotOptions } from '../../../src/adapters/discord/discord-bot.js';
import { createAskLimiter } from '../../../src/commands/ask-limiter.js';
import type { Caller } from '../../../src/commands/command.js';
import type { CommandRequest } from '../../../src/commands/parse.js';
import { loadConfig } from '../../../src/config.js';
import type { DigestService } from '../../../src/digests/types.js';
import type { Dossier } from '../../../src/dossier/dossier.js';
import type { IntakeService } from '../../../src/intake/service.js';
import { loadDossier } from '../../../src/dossier/load.js';
import { createLogger } from '../../../src/logger.js';
import { memoryDigests, noIntake } from '../../support/context.js';
import { FakeDiscord, type FakeInteraction, type StoredMessage } from '../../support/fake-discord/index.js';
import type { FakeDiscordOptions } from '../../support/fake-discord/server.js';

/** The clock every test uses, so replies are reproducible. */
export const NOW = new Date('2026-11-26T09:00:00Z');

let dossier: Dossier | undefined;
/** The real curated event set (data/kuril), loaded once per test file. */
export function realDossier(): Dossier {
  return (dossier ??= loadDossier());
}

export interface LogLine {
  readonly level: number;
  readonly msg: string;
  readonly [key: string]: unknown;
}

export interface Harness {
  readonly fake: FakeDiscord;
  readonly bot: Adapter;
  readonly dossier: Dossier;
  /** Everything the bot logged, parsed. */
  readonly logs: LogLine[];
  /** Every raw log line, to check that no token was ever written. */
  readonly rawLogs: string[];
  stop(): Promise<void>;
}

/**
 * Starts a fake Discord and the real bot logged in to it (with a digest service or an intake when one
 * is given; `curator` makes the fake's user a curator).
 */
export async function startHarness(
  options: DiscordBotOptions = {},
  extra: { digests?: DigestService; intake?: IntakeService; curator?: boolean; fake?: FakeDiscordOptions; env?: Record<string, string> } = {},
): Promise<Harness> {
  const fake = await FakeDiscord.start(extra.fake);
  const logs: LogLine[] = [];
  const rawLogs: string[] = [];
  const log = createLogger('debug', {
    write(line: string) {
      rawLogs.push(line);
      logs.push(JSON.parse(line) as LogLine);
    },
  });
  const config = loadConfig({ DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'debug', ...(extra.curator ? { CURATORS: `discord:${fake.user.id}` } : {}), ...extra.env });
  const own = extra.digests ? undefined : await memoryDigests(realDossier(), log);
  const digests = extra.digests ?? own!;
  const bot = createDiscordBot({ config, dossier: realDossier, now: () => NOW, log, digests, askLimiter: createAskLimiter(config.ASK_RATE_LIMIT), intake: extra.intake ?? noIntake }, options);
  try {
    await bot.start();
  } catch (error) {
    await own?.close();
    await fake.close();
    throw error;
  }
  let stopped = false;
  return {
    fake,
    bot,
    dossier: realDossier(),
    logs,
    rawLogs,
    async stop() {
      if (stopped) return;
      stopped = true;
      await bot.stop();
      await own?.close();
      await fake.close();
    },
  };
}

/** What a command ran with: the request, and the caller with the answer its rights gave. */
export interface SeenCommand {
  readonly request: CommandRequest | { text: string };
  readonly caller: Omit<Caller, 'can'> & { canManageChannel: boolean };
}

/** Bot options whose beforeCommand notes every command's request and caller in `seen`. */
export function recordingCommands(seen: SeenCommand[]): DiscordBotOptions {
  return {
    beforeCommand: async (request, caller) => {
      const { can, ...fields } = caller;
      seen.push({ request, caller: { ...fields, canManageChannel: await can('manageChannel') } });
    },
  };
}

/** The first message an interaction produced, once it has its final content (after any defer). */
export async function finalReply(fake: FakeDiscord, interaction: FakeInteraction, timeoutMs = 5_000): Promise<StoredMessage> {
  return fake.waitFor(
    () => {
      const id = interaction.originalMessageId;
      const message = id ? fake.messages.get(id) : undefined;
      return message && !(Number(message.object.flags) & 128) && ((message.object.embeds as unknown[]).length > 0 || message.deleted) ? message : undefined;
    },
    timeoutMs,
    `the reply to interaction ${interaction.id}`,
  );
}

export interface EmbedJson {
  title?: string;
  description?: string;
  color?: number;
  footer?: { text: string };
  fields?: Array<{ name: string; value: string }>;
}

export const embedsOf = (message: StoredMessage): EmbedJson[] => message.object.embeds as EmbedJson[];

/** All visible text of a message's embeds, for content assertions. */
export function textOf(message: StoredMessage): string {
  return embedsOf(message)
    .flatMap((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text])
    .filter(Boolean)
    .join('\n');
}
