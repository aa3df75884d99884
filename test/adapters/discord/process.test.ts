import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { commands } from '../../../src/commands/registry.js';
import { FakeDiscord } from '../../support/fake-discord/index.js';

/**
 * The real entry points as child processes against the fake: `npx tsx src/main.ts` (start-up with a bad
 * token, shutdown on SIGTERM) and `npm run register`. Start-up of a child dominates, so the three run
 * side by side; the timeouts are generous because a busy machine slows start-up, not the bot.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

interface Run {
  readonly child: ChildProcess;
  stdout: string;
  stderr: string;
  readonly exit: Promise<number | null>;
}

function start(command: string, args: string[], env: Record<string, string>): Run {
  // A clean environment: no platform tokens from the developer's shell, no .env surprises.
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(DISCORD_|SLACK_|LOG_LEVEL|STORE_URL)/.test(key)));
  // An in-memory digest store, so no lock on the shared default file is held against other tests.
  const child = spawn(command, args, { cwd: ROOT, env: { ...base, STORE_URL: 'sqlite://:memory:', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const run: Run = {
    child,
    stdout: '',
    stderr: '',
    exit: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
  };
  child.stdout.on('data', (chunk: Buffer) => (run.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()));
  return run;
}

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => fake?.close());

describe.concurrent('npm start with DISCORD_TOKEN', () => {
  test('a rejected token: one clear line on stderr, no stack, no token, exit code 1', async () => {
    const badToken = `MTA5ODc2NTQzMjEwOTg3NjU0.GbAdTk.${'x'.repeat(38)}`;
    const run = start('npx', ['tsx', 'src/main.ts'], { DISCORD_TOKEN: badToken, DISCORD_API_URL: fake.apiUrl });
    expect(await run.exit).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines, run.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/token/i);
    expect(lines[0]).toMatch(/401|rejected/i);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).not.toContain(badToken);
    expect(run.stdout).not.toContain(badToken);
    // It asked the (fake) Discord and was refused there.
    expect(fake.requests.some((r) => r.path === '/gateway/bot' && r.status === 401)).toBe(true);
  }, 60_000);

  test('runs, answers, and on SIGTERM disconnects and exits 0', async () => {
    // node itself rather than npx, so the signal reaches the bot's own process (npx would take it).
    const run = start(process.execPath, ['--import', 'tsx', 'src/main.ts'], { DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl });
    try {
      await fake.waitFor(() => run.stderr.includes('discord bot connected'), 50_000, 'the bot to connect');
      const interaction = fake.chatInput('help');
      await fake.waitFor(() => interaction.callbackType, 5_000, 'a reply');
      expect(interaction.callbackType).toBe(4);
      run.child.kill('SIGTERM');
      expect(await run.exit).toBe(0);
      expect(fake.gateway.closes).toContain(1000);
      expect(run.stderr).not.toContain(fake.token);
    } finally {
      run.child.kill('SIGKILL');
    }
  }, 60_000);
});

describe.concurrent('npm run register', () => {
  test('registers the declared /kuril tree globally', async () => {
    const run = start('npm', ['run', '--silent', 'register'], { DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl });
    expect(await run.exit, run.stderr).toBe(0);
    expect(run.stdout).toContain('Registered /kuril');
    const registered = fake.commands.get('global');
    expect(registered?.[0]?.name).toBe('kuril');
    expect((registered![0]!.options as Array<{ name: string }>).map((o) => o.name)).toEqual(commands.map((c) => c.name));
  }, 60_000);
});
