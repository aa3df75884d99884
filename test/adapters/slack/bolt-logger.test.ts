import { describe, expect, it } from 'vitest';
import { LogLevel } from '@slack/bolt';
import { boltLogger } from '../../../src/adapters/slack/bolt-logger.js';
import { createLogger } from '../../../src/logger.js';
import { LogCapture } from '../../support/slack-harness.js';
import { fakeSlackToken } from '../../support/tokens.js';

describe('Bolt logger bridge', () => {
  it('writes Bolt lines to pino with any secret replaced', () => {
    const out = new LogCapture();
    const token = fakeSlackToken('xoxb', '1234567890-secret-token');
    const logger = boltLogger(createLogger('info', out), [token, undefined, 'short']);
    logger.warn('request with', token, { header: `Bearer ${token}` });
    logger.error(new Error(`failed for ${token}`));
    logger.debug('debug goes to trace', token);
    expect(out.lines).toHaveLength(2);
    expect(out.text).not.toContain(token);
    const [warn, error] = out.lines.map((line) => JSON.parse(line) as { level: number; msg: string; component: string });
    expect(warn).toMatchObject({ level: 40, component: 'slack', msg: 'request with [redacted] {"header":"Bearer [redacted]"}' });
    expect(error).toMatchObject({ level: 50, msg: 'failed for [redacted]' });
  });

  it('reports the pino level to Bolt', () => {
    expect(boltLogger(createLogger('trace', new LogCapture()), []).getLevel()).toBe(LogLevel.DEBUG);
    expect(boltLogger(createLogger('info', new LogCapture()), []).getLevel()).toBe(LogLevel.INFO);
    expect(boltLogger(createLogger('silent', new LogCapture()), []).getLevel()).toBe(LogLevel.ERROR);
  });
});
