import { pino, type Logger } from 'pino';
import { redactDeep, redactText } from './redact.js';

export type { Logger } from 'pino';

/**
 * Structured JSON logs on stderr (stdout belongs to the console bot's replies). One field carries an
 * error, `err`; every error is serialized one way (serializeError). Secrets are removed from every entry at any depth
 * (src/redact.ts), as a second line of defence: no code should pass a token to a log call.
 */
export function createLogger(level: string, destination: pino.DestinationStream = pino.destination(2)): Logger {
  return pino(
    {
      level,
      base: { app: 'kuril-brief' },
      // Errors are serialized (and redacted) by redactDeep wherever they sit; this only turns off
      // pino's own err serializer, which would serialize them a second time.
      serializers: { err: (value: unknown) => value },
      formatters: { log: (entry) => redactDeep(entry) as Record<string, unknown> },
      // The message itself too: a library may put a URL with a token in it.
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((arg) => (typeof arg === 'string' ? redactText(arg) : arg)) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
