import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { FakeSlack } from '../../support/fake-slack/index.js';
import { fakeSlackToken } from '../../support/tokens.js';

/**
 * Start-up and shutdown of the real entry point (`npx tsx src/main.ts`) as a child process, with the
 * Slack adapter pointed at the fake through SLACK_API_URL.
 */

interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

const BLANK = { DISCORD_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '', SLACK_BOT_TOKEN: '', SLACK_API_URL: '' };

interface RunOptions {
  /** Called on every chunk of stderr. */
  readonly onStderr?: (child: ReturnType<typeof spawn>, stderr: string) => void;
  /**
   * `npx tsx src/main.ts` as a user types it (default), or node with the tsx loader as a single
   * process, so a signal reaches the bot itself rather than npx.
   */
  readonly direct?: boolean;
  readonly timeoutMs?: number;
}

function runMain(env: Record<string, string>, options: RunOptions = {}): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const [command, args] = options.direct ? [process.execPath, ['--import', 'tsx', 'src/main.ts']] : ['npx', ['tsx', 'src/main.ts']];
    // Each run gets its own digest store, so parallel runs never share (or leave) a database in the repo.
    const store = mkdtempSync(join(tmpdir(), 'kuril-slack-start-'));
    const child = spawn(command, args, {
      cwd: process.cwd(),
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        STORE_URL: `sqlite://${join(store, 'digests.sqlite')}`,
        ...BLANK,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      options.onStderr?.(child, stderr);
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`main did not exit within ${options.timeoutMs ?? 60_000} ms; stderr: ${stderr}`));
    }, options.timeoutMs ?? 60_000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      rmSync(store, { recursive: true, force: true });
      resolve({ code, signal, stdout, stderr });
    });
  });
}

let fake: FakeSlack;
beforeAll(async () => {
  fake = await FakeSlack.start();
});
afterAll(async () => {
  await fake?.close();
});

// The three start the entry point side by side: each child spends seconds loading TypeScript.
describe.concurrent('npm start with Slack configured', { timeout: 65_000 }, () => {
  it('exits 1 with one clear line when auth.test rejects the bot token', async ({ expect }) => {
    const badToken = fakeSlackToken('xoxb', '1111-2222-rejected-by-the-fake');
    const result = await runMain({ SLACK_BOT_TOKEN: badToken, SLACK_API_URL: fake.apiUrl, SLACK_APP_TOKEN: fake.appToken });
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

  it('exits 1 with one clear line in HTTP mode without a signing secret', async ({ expect }) => {
    const token = fakeSlackToken('xoxb', '3333-4444-never-sent-to-slack');
    const result = await runMain({ SLACK_BOT_TOKEN: token, SLACK_API_URL: fake.apiUrl }, { direct: true });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^kuril-brief: cannot start the slack adapter\. SLACK_SIGNING_SECRET is not set/);
    expect(result.stderr).not.toContain(token);
    // The configuration problem is reported before anything is sent to Slack.
    expect(fake.requests.some((r) => r.headers.authorization === `Bearer ${token}`)).toBe(false);
  });

  it('connects in Socket Mode and exits 0 on SIGTERM', async ({ expect }) => {
    let signalled = false;
    const result = await runMain(
      { SLACK_BOT_TOKEN: fake.botToken, SLACK_APP_TOKEN: fake.appToken, SLACK_API_URL: fake.apiUrl },
      {
        direct: true,
        onStderr: (child, stderr) => {
          if (!signalled && stderr.includes('slack adapter running')) {
            signalled = true;
            // main handles signals before it starts the adapters, so any moment after start-up works.
            setTimeout(() => child.kill('SIGTERM'), 200);
          }
        },
      },
    );
    expect(signalled).toBe(true);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('shutting down');
    expect(result.stderr).not.toContain(fake.botToken);
    expect(result.stderr).not.toContain(fake.appToken);
    expect(fake.calls('apps.connections.open').at(-1)?.headers.authorization).toBe(`Bearer ${fake.appToken}`);
  });
});
