import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import { registerSecrets } from '../src/redact.js';
import { LogCapture } from './support/log-capture.js';

describe('createLogger', () => {
  it('writes JSON lines and redacts secrets wherever they appear', () => {
    const sink = new LogCapture();
    const { lines } = sink;
    const log = createLogger('info', sink);
    log.info({ DISCORD_TOKEN: 'discord-secret', config: { SLACK_BOT_TOKEN: 'xoxb-secret', PORT: 3000 }, token: 'plain-secret' }, 'starting');
    log.debug('hidden below the level');
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(entry).toMatchObject({ msg: 'starting', level: 30, DISCORD_TOKEN: '[redacted]', token: '[redacted]', config: { SLACK_BOT_TOKEN: '[redacted]', PORT: 3000 } });
    expect(lines[0]).not.toMatch(/secret/);
  });

  it('redacts nested and upper-case secret keys, URL passwords and known secret values in any string', () => {
    const sink = new LogCapture();
    const { lines } = sink;
    const log = createLogger('info', sink);
    registerSecrets(['known-signing-value-42']);
    const failure = Object.assign(new Error('request to redis://:store-pw-9@cache.internal:6379 failed'), {
      config: { headers: { Authorization: 'Bearer abc.def.ghi' } },
    });
    log.error(
      {
        err: failure,
        response: { config: { headers: { AUTHORIZATION: 'Basic dXNlcjpwdw==', 'X-Api-Key': 'plain' } } },
        url: 'rediss://kuril:other-pw@redis.example:6380/0',
        note: 'the signing secret known-signing-value-42 leaked into a message',
      },
      'store failed at redis://:store-pw-9@cache.internal:6379',
    );
    const { text } = sink;
    expect(text).not.toMatch(/store-pw-9|other-pw|dXNlcjpwdw|abc\.def\.ghi|known-signing-value-42/);
    const entry = JSON.parse(lines[0]!) as { url: string; msg: string; response: { config: { headers: Record<string, string> } } };
    expect(entry.url).toBe('rediss://kuril:[redacted]@redis.example:6380/0');
    expect(entry.msg).toBe('store failed at redis://:[redacted]@cache.internal:6379');
    expect(entry.response.config.headers.AUTHORIZATION).toBe('[redacted]');
  });
});
