import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../support/fake-slack/index.js';
import { runApp } from '../../support/run-app.js';
import { spawnBot } from '../../support/spawn-bot.js';
import { fakeSlackToken } from '../../support/tokens.js';

/**
 * Start-up and shutdown of the app with the Slack adapter pointed at the fake through SLACK_API_URL:
 * start-up failures in process, and the one smoke test of the compiled bot as a real process.
 */

let fake: FakeSlack;
beforeAll(async () => {
  fake = await FakeSlack.start();
});
afterAll(async () => {
  await fake?.close();
});

describe('npm start with Slack configured', () => {
  it('exits 1 with one clear line when auth.test rejects the bot token', async () => {
    const badToken = fakeSlackToken('xoxb', '1111-2222-rejected-by-the-fake');
    const result = await runApp('', { SLACK_BOT_TOKEN: badToken, SLACK_API_URL: fake.apiUrl, SLACK_APP_TOKEN: fake.appToken });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^kuril-brief: cannot start the slack adapter\. Slack rejected SLACK_BOT_TOKEN \(invalid_auth\)/);
    expect(result.stderr).not.toContain(badToken);
    expect(result.stderr).not.toMatch(/\n\s+at |Unhandled|UnhandledPromiseRejection/);
    expect(result.stdout).not.toContain(badToken);
    // It really asked the fake, with the token in the Authorization header.
    expect(fake.calls('auth.test').some((call) => call.headers.authorization === `Bearer ${badToken}`)).toBe(true);
  });

  it('exits 1 with one clear line in HTTP mode without a signing secret', async () => {
    const token = fakeSlackToken('xoxb', '3333-4444-never-sent-to-slack');
    const result = await runApp('', { SLACK_BOT_TOKEN: token, SLACK_API_URL: fake.apiUrl });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^kuril-brief: cannot start the slack adapter\. SLACK_SIGNING_SECRET is not set/);
    expect(result.stderr).not.toContain(token);
    // The configuration problem is reported before anything is sent to Slack.
    expect(fake.requests.some((r) => r.headers.authorization === `Bearer ${token}`)).toBe(false);
  });

  it('as a process: connects in Socket Mode and exits 0 on SIGTERM', async () => {
    const bot = spawnBot('start', { SLACK_BOT_TOKEN: fake.botToken, SLACK_APP_TOKEN: fake.appToken, SLACK_API_URL: fake.apiUrl });
    await bot.waitFor('slack adapter running');
    bot.kill('SIGTERM');
    expect(await bot.exit).toEqual({ code: 0, signal: null });
    expect(bot.stderr).toContain('shutting down');
    // The catch-up tick finishes before the store closes (it once pruned a closed SQLite handle).
    expect(bot.stderr).not.toMatch(/prune failed|SQLITE_MISUSE/);
    expect(bot.stderr).not.toContain(fake.botToken);
    expect(bot.stderr).not.toContain(fake.appToken);
    expect(fake.calls('apps.connections.open').at(-1)?.headers.authorization).toBe(`Bearer ${fake.appToken}`);
  });
});
