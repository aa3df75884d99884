import { afterAll, beforeAll } from 'vitest';
import type { AdapterDeps } from '../../src/adapters/adapter.js';
import { createSlackBot, type SlackBot } from '../../src/adapters/slack/slack-bot.js';
import { createAskLimiter } from '../../src/commands/ask-limiter.js';
import { loadConfig } from '../../src/config.js';
import type { Dossier } from '../../src/dossier/dossier.js';
import { loadDossier } from '../../src/dossier/load.js';
import type { IntakeService } from '../../src/intake/service.js';
import { createLogger } from '../../src/logger.js';
import { memoryDigests, noIntake } from './context.js';
import { FakeSlack } from './fake-slack/index.js';
import { LogCapture } from './log-capture.js';

export { LogCapture };

/** Shared set-up for the Slack end-to-end tests: the real dossier, a real Bolt app, a fake Slack. */

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
export const NOW = new Date('2026-07-01T09:00:00Z');

let dossier: Dossier | undefined;
/** The shipped data set, loaded once per test file through the real loader. */
export function realDossier(): Dossier {
  dossier ??= loadDossier();
  return dossier;
}

export interface BotUnderTest {
  readonly bot: SlackBot;
  readonly logs: LogCapture;
  /** http://127.0.0.1:PORT/slack/events (HTTP mode). */
  readonly eventsUrl: string;
}

/** A bot on the fake; `env` adds settings (CURATORS…), `intake` gives the curation commands a real intake. */
export async function startBot(fake: FakeSlack, mode: 'http' | 'socket', env: Record<string, string> = {}, intake: IntakeService = noIntake): Promise<BotUnderTest> {
  const config = {
    ...loadConfig({
      SLACK_BOT_TOKEN: fake.botToken,
      SLACK_API_URL: fake.apiUrl,
      ...(mode === 'socket' ? { SLACK_APP_TOKEN: fake.appToken } : { SLACK_SIGNING_SECRET: SIGNING_SECRET }),
      // trace: Bolt's and the Web API client's own debug output is captured too, and checked for tokens.
      LOG_LEVEL: 'trace',
      ...env,
    }),
    PORT: 0,
  };
  const logs = new LogCapture();
  const log = createLogger(config.LOG_LEVEL, logs);
  const digests = await memoryDigests(realDossier(), log);
  const deps: AdapterDeps = { config, dossier: realDossier, now: () => NOW, log, digests, askLimiter: createAskLimiter(config.ASK_RATE_LIMIT), intake };
  const bot = createSlackBot(deps, { host: '127.0.0.1', retryConfig: { retries: 2, minTimeout: 0, maxTimeout: 20 } });
  await bot.start();
  return { bot, logs, eventsUrl: `http://127.0.0.1:${bot.port ?? 0}/slack/events` };
}

/** What a file adds to the bot before it starts: settings, an intake, and what to close after the bot. */
export interface BotSetup {
  readonly env?: Record<string, string>;
  readonly intake?: IntakeService;
  close?(): Promise<void>;
}

/** A fake Slack and the bot on it, for the tests of one file or describe block (filled in by beforeAll). */
export interface SlackUnderTest {
  readonly fake: FakeSlack;
  readonly under: BotUnderTest;
}

/**
 * Starts a fake Slack and the bot on it before the enclosing file's or describe block's tests (in
 * Socket Mode, once its socket is up) and stops both after them. `setup` runs on the fake before the
 * bot starts (to add a curator and name them in CURATORS, say).
 */
export function useSlackBot(mode: 'http' | 'socket', setup?: (fake: FakeSlack) => BotSetup | Promise<BotSetup>): SlackUnderTest {
  let fake: FakeSlack | undefined;
  let under: BotUnderTest | undefined;
  let extra: BotSetup = {};
  beforeAll(async () => {
    fake = await FakeSlack.start();
    extra = (await setup?.(fake)) ?? {};
    under = await startBot(fake, mode, extra.env, extra.intake);
    if (mode === 'socket') await fake.socketReady();
  });
  afterAll(async () => {
    await under?.bot.stop();
    await fake?.close();
    await extra.close?.();
  });
  return {
    get fake() {
      if (!fake) throw new Error('the fake Slack starts in beforeAll');
      return fake;
    },
    get under() {
      if (!under) throw new Error('the bot starts in beforeAll');
      return under;
    },
  };
}
