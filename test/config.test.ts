import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, shardPlan } from '../src/config.js';
import { fakeSlackToken } from './support/tokens.js';

describe('loadConfig', () => {
  it('applies defaults: console bot, SQLite store, UTC', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, STORE_URL: 'sqlite://./data/kuril-brief.sqlite', LOG_LEVEL: 'info', TZ_DEFAULT: 'UTC' });
    expect(config.DISCORD_TOKEN).toBeUndefined();
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ DISCORD_TOKEN: '', PORT: ' ' }).PORT).toBe(3000);
  });

  it('names each bad variable without echoing secret values', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: '70000', STORE_URL: 'mysql://x', SLACK_APP_TOKEN: fakeSlackToken('xoxb', 'not-an-app-token'), DISCORD_APP_ID: 'abc', TZ_DEFAULT: 'Europe/Atlantis' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const name of ['PORT', 'STORE_URL', 'SLACK_APP_TOKEN', 'DISCORD_APP_ID', 'TZ_DEFAULT']) expect(message).toContain(name);
    expect(message).not.toContain(fakeSlackToken('xoxb', 'not-an-app-token'));
  });

  it.each([
    [{ ASK_RATE_LIMIT: 'abc' }, 'ASK_RATE_LIMIT must be a whole number (questions per user per minute, 1–1000)'],
    [{ PORT: 'http' }, 'PORT must be a whole number (a port number, 1–65535)'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent'],
  ])('explains a bad value in words a person can act on: %j', (env, expected) => {
    expect(() => loadConfig(env)).toThrow(expected);
    expect(() => loadConfig(env)).not.toThrow(/NaN|Invalid input|Invalid option/);
  });

  it('accepts Redis and a Discord-compatible API URL', () => {
    const config = loadConfig({ STORE_URL: 'redis://127.0.0.1:6379', DISCORD_API_URL: 'http://127.0.0.1:9999/api' });
    expect(config.STORE_URL).toBe('redis://127.0.0.1:6379');
  });
});

describe('Discord shards', () => {
  it.each([
    [{}, { kind: 'auto' }],
    [{ DISCORD_SHARDS: 'auto' }, { kind: 'auto' }],
    [{ DISCORD_SHARDS: '3' }, { kind: 'fixed', ids: [0, 1, 2], count: 3 }],
    [{ DISCORD_SHARD_COUNT: '4', DISCORD_SHARD_IDS: '2, 3' }, { kind: 'fixed', ids: [2, 3], count: 4 }],
  ])('%j opens %j', (env, plan) => {
    expect(shardPlan(loadConfig(env))).toEqual(plan);
  });

  it.each([
    [{ DISCORD_SHARDS: 'many' }, 'DISCORD_SHARDS must be "auto" or a number of shards, 1–10000'],
    [{ DISCORD_SHARDS: '0' }, 'DISCORD_SHARDS must be at least 1'],
    [{ DISCORD_SHARD_COUNT: '4' }, 'DISCORD_SHARD_COUNT needs DISCORD_SHARD_IDS'],
    [{ DISCORD_SHARD_IDS: '0,1' }, 'DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT'],
    [{ DISCORD_SHARD_COUNT: '4', DISCORD_SHARD_IDS: '0,x' }, 'DISCORD_SHARD_IDS must list shard ids separated by commas, such as 0,1'],
    [{ DISCORD_SHARD_COUNT: '4', DISCORD_SHARD_IDS: '3,4,5' }, 'DISCORD_SHARD_IDS lists 4, 5, but with DISCORD_SHARD_COUNT=4 the shard ids run from 0 to 3'],
    [{ DISCORD_SHARD_COUNT: '4', DISCORD_SHARD_IDS: '1,1' }, 'DISCORD_SHARD_IDS lists 1 more than once'],
    [{ DISCORD_SHARDS: '2', DISCORD_SHARD_COUNT: '4', DISCORD_SHARD_IDS: '0' }, 'DISCORD_SHARDS cannot be set with DISCORD_SHARD_COUNT and DISCORD_SHARD_IDS'],
  ])('refuses %j: %s', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
