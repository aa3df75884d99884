import { connect as connectTcp } from 'node:net';
import { connect as connectTls } from 'node:tls';
import type { TestProject } from 'vitest/node';

/**
 * Vitest global setup: asks once per run, quickly, whether a Redis answers at REDIS_URL, and tells
 * the tests (test/support/redis.ts) so that the Redis tests are skipped with one message instead of
 * each waiting for its timeout. CI sets REDIS_REQUIRED=1, and there a missing Redis fails them.
 */

export interface RedisAvailability {
  /** Where the tests connect (REDIS_URL, default redis://127.0.0.1:6379). */
  readonly url: string;
  /** The same, safe to print: a password in it is masked. */
  readonly shown: string;
  readonly reachable: boolean;
  /** REDIS_REQUIRED=1: a missing Redis fails the Redis tests instead of skipping them. */
  readonly required: boolean;
}

declare module 'vitest' {
  export interface ProvidedContext {
    redis: RedisAvailability;
  }
}

const TIMEOUT_MS = 500;

export default async function checkRedis(project: TestProject): Promise<void> {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const redis: RedisAvailability = { url, shown: masked(url), reachable: await answersPing(url), required: process.env.REDIS_REQUIRED === '1' };
  project.provide('redis', redis);
  if (!redis.reachable && !redis.required) {
    console.warn(
      `\nRedis is not reachable at ${redis.shown}: the tests that need it are skipped.\n` +
        'To run them, start a Redis there (`redis-server --daemonize yes`; install it with `apt-get install redis-server`) ' +
        'or point REDIS_URL at one. CI sets REDIS_REQUIRED=1, which fails them instead.\n',
    );
  }
}

/** Whether something at `url` answers a PING the way Redis does (+PONG, or an error such as -NOAUTH) within the timeout. */
function answersPing(url: string): Promise<boolean> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.resolve(false);
  }
  const host = target.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1';
  const port = Number(target.port) || 6379;
  const tls = target.protocol === 'rediss:';
  return new Promise((resolve) => {
    const socket = tls ? connectTls({ host, port, servername: host }) : connectTcp({ host, port });
    const done = (answered: boolean) => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(TIMEOUT_MS, () => done(false));
    socket.once('error', () => done(false));
    socket.once(tls ? 'secureConnect' : 'connect', () => socket.write('PING\r\n'));
    socket.once('data', (data: Buffer) => done(/^[+-]/.test(data.toString('latin1'))));
  });
}

function masked(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(REDIS_URL is not a URL)';
  }
}
