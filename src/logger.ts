import { pino, type Logger } from 'pino';
import { SECRET_KEYS } from './config.js';

export type { Logger } from 'pino';

/**
 * Structured JSON logs on stderr (stdout belongs to the console bot's replies). Secrets are redacted
 * by key wherever they appear, as a second line of defence: no code should pass a token to a log call.
 */
export function createLogger(level: string, destination: pino.DestinationStream = pino.destination(2)): Logger {
  const paths = [...SECRET_KEYS, 'token', 'botToken', 'appToken', 'signingSecret', 'authorization', 'headers.authorization'];
  return pino(
    {
      level,
      base: { app: 'kuril-brief' },
      redact: { paths: [...paths, ...paths.map((p) => `*.${p}`)], censor: '[redacted]' },
    },
    destination,
  );
}
