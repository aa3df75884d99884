import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';

describe('createLogger', () => {
  it('writes JSON lines and redacts secrets wherever they appear', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const log = createLogger('info', sink);
    log.info({ DISCORD_TOKEN: 'discord-secret', config: { SLACK_BOT_TOKEN: 'xoxb-secret', PORT: 3000 }, token: 'plain-secret' }, 'starting');
    log.debug('hidden below the level');
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(entry).toMatchObject({ msg: 'starting', level: 30, DISCORD_TOKEN: '[redacted]', token: '[redacted]', config: { SLACK_BOT_TOKEN: '[redacted]', PORT: 3000 } });
    expect(lines[0]).not.toMatch(/secret/);
  });
});
