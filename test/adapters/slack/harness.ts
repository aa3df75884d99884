import type { AdapterDeps } from '../../../src/adapters/adapter.js';
import { createSlackBot, type SlackBot } from '../../../src/adapters/slack/slack-bot.js';
import { createAskLimiter } from '../../../src/commands/ask-limiter.js';
import { loadConfig } from '../../../src/config.js';
import type { Dossier } from '../../../src/dossier/dossier.js';
import { loadDossier } from '../../../src/dossier/load.js';
import type { IntakeService } from '../../../src/intake/service.js';
import { createLogger } from '../../../src/logger.js';
import { memoryDigests, noIntake } from '../../support/context.js';
import type { FakeSlack } from '../../support/fake-slack/index.js';
import { LogCapture } from '../../support/log-capture.js';

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
