import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../logger.js';

/**
 * Bolt, the Web API client and the Socket Mode client log through this: their messages go to our pino
 * logger (JSON on stderr) instead of the console. Their debug output is demoted to trace, and any
 * secret they might echo is replaced before a line is written: the pino redaction works on keys and
 * these libraries log plain strings.
 */
export function boltLogger(log: Logger, secrets: readonly (string | undefined)[]): BoltLogger {
  const child = log.child({ component: 'slack' });
  const hidden = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 8);
  const scrub = (text: string) => hidden.reduce((out, secret) => out.split(secret).join('[redacted]'), text);
  const line = (parts: unknown[]) =>
    scrub(
      parts
        .map((part) => (part instanceof Error ? part.message : typeof part === 'string' ? part : safeJson(part)))
        .join(' '),
    );
  let name = 'bolt';
  return {
    debug: (...parts: unknown[]) => child.trace({ from: name }, line(parts)),
    info: (...parts: unknown[]) => child.info({ from: name }, line(parts)),
    warn: (...parts: unknown[]) => child.warn({ from: name }, line(parts)),
    error: (...parts: unknown[]) => child.error({ from: name }, line(parts)),
    // The level is ours (LOG_LEVEL); Bolt asks for it to decide whether to build debug strings.
    setLevel: () => undefined,
    getLevel: () => {
      const level = child.level;
      if (level === 'trace' || level === 'debug') return LogLevel.DEBUG;
      if (level === 'info') return LogLevel.INFO;
      if (level === 'warn') return LogLevel.WARN;
      return LogLevel.ERROR;
    },
    setName: (next: string) => {
      name = next;
    },
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
