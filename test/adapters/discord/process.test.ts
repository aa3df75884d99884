import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { commands } from '../../../src/commands/registry.js';
import { FakeDiscord } from '../../support/fake-discord/index.js';
import { runApp } from '../../support/run-app.js';
import { spawnBot } from '../../support/spawn-bot.js';

/**
 * The entry points with DISCORD_TOKEN, against the fake: start-up with a rejected token (the app in
 * process), and the compiled bot and `npm run register` as real processes (the one smoke test each:
 * a signal, an exit code, what a user runs).
 */

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => fake?.close());

describe('npm start with DISCORD_TOKEN', () => {
  test('a rejected token: one clear line on stderr, no stack, no token, exit code 1', async () => {
    const badToken = `MTA5ODc2NTQzMjEwOTg3NjU0.GbAdTk.${'x'.repeat(38)}`;
    const run = await runApp('', { DISCORD_TOKEN: badToken, DISCORD_API_URL: fake.apiUrl });
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines, run.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/token/i);
    expect(lines[0]).toMatch(/401|rejected/i);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).not.toContain(badToken);
    expect(run.stdout).not.toContain(badToken);
    // It asked the (fake) Discord and was refused there.
    expect(fake.requests.some((r) => r.path === '/gateway/bot' && r.status === 401)).toBe(true);
  });
});

describe('the compiled bot as a process', () => {
  test('npm start: runs, answers, and on SIGTERM disconnects and exits 0', async () => {
    const bot = spawnBot('start', { DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl });
    await bot.waitFor('discord bot connected');
    const interaction = fake.chatInput('help');
    await fake.waitFor(() => interaction.callbackType, 5_000, 'a reply');
    expect(interaction.callbackType).toBe(4);
    bot.kill('SIGTERM');
    expect(await bot.exit).toEqual({ code: 0, signal: null });
    expect(fake.gateway.closes).toContain(1000);
    expect(bot.stderr).not.toContain(fake.token);
  });

  test('npm run register: registers the declared /kuril tree globally', async () => {
    const register = spawnBot('register', { DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl });
    expect(await register.exit, register.stderr).toEqual({ code: 0, signal: null });
    expect(register.stdout).toContain('Registered /kuril');
    const registered = fake.commands.get('global');
    expect(registered?.[0]?.name).toBe('kuril');
    expect((registered![0]!.options as Array<{ name: string }>).map((o) => o.name)).toEqual(commands.map((c) => c.name));
  });
});
