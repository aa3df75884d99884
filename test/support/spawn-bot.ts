import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
import { configSchema } from '../../src/config.js';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The npm scripts a smoke test can run: `npm start` (the bot), `npm run register`, `npm run intake` and `npm run events:export`. */
export type Script = 'start' | 'register' | 'intake' | 'events:export';

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface SpawnedBot {
  /** Everything written so far. */
  readonly stdout: string;
  readonly stderr: string;
  /** Resolves once `text` has appeared on stdout or stderr; rejects if the process exits first or after `timeoutMs`. */
  waitFor(text: string, timeoutMs?: number): Promise<void>;
  kill(signal: NodeJS.Signals): void;
  readonly exit: Promise<Exit>;
}

export interface SpawnOptions {
  /** Written to stdin, which is then closed; without it stdin is closed at once. */
  readonly input?: string;
  /** Arguments after the script's own, as in `npm run events:export -- --format csv`. */
  readonly args?: readonly string[];
}

/**
 * A process-level smoke test's bot: the compiled entry point an npm script runs (`node dist/…`, read
 * from package.json so the test runs what users run), started with node itself so that a signal
 * reaches the bot and not npm. dist/ is built by the vitest globalSetup build-once.ts.
 *
 * Call it inside a test, and not a concurrent one: the process is killed when its test finishes, and
 * vitest cannot tell concurrent tests apart in that hook.
 *
 * The environment is the test's: every setting the bot reads is blanked (empty counts as unset, and
 * a set variable wins over .env), so neither the developer's shell nor their .env leaks tokens in;
 * the digest store is in memory unless STORE_URL is given, and the chart worker is left to the first
 * chart (CHART_WORKER_AT_START=off) unless `env` says otherwise.
 */
export function spawnBot(script: Script, env: Record<string, string> = {}, options: SpawnOptions = {}): SpawnedBot {
  const blank = Object.fromEntries(Object.keys(configSchema.shape).map((key) => [key, '']));
  const child = spawn(process.execPath, [...scriptArgs(script), ...(options.args ?? [])], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...blank, STORE_URL: 'sqlite://:memory:', CHART_WORKER_AT_START: 'off', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  // A bot that exits without reading its input (one that refuses to start) closes the pipe: not an error here.
  child.stdin.on('error', () => undefined).end(options.input ?? '');

  let stdout = '';
  let stderr = '';
  let ended: Exit | undefined;
  // Each waitFor is re-checked on every chunk of output and once more when the output ends.
  const waiters = new Set<() => void>();
  const notify = () => [...waiters].forEach((waiter) => waiter());
  // As text: a character split across two chunks is decoded whole.
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    notify();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    notify();
  });
  // 'close' comes after 'exit' and after the output has been read to its end, so a test sees all of it.
  const exit = new Promise<Exit>((resolve) =>
    child.on('close', (code, signal) => {
      ended = { code, signal };
      notify();
      resolve(ended);
    }),
  );
  // No test leaves its bot running, even one that failed or timed out.
  onTestFinished(() => {
    if (!ended) child.kill('SIGKILL');
  });

  return {
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    waitFor(text, timeoutMs = 15_000) {
      return new Promise<void>((resolve, reject) => {
        const settle = (error?: Error) => {
          waiters.delete(waiter);
          clearTimeout(timer);
          if (error) reject(error);
          else resolve();
        };
        const waiter = () => {
          if (stdout.includes(text) || stderr.includes(text)) settle();
          else if (ended) settle(new Error(`npm run ${script} exited (${JSON.stringify(ended)}) before writing "${text}"; stderr: ${stderr}`));
        };
        const timer = setTimeout(() => settle(new Error(`npm run ${script} did not write "${text}" within ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs);
        waiters.add(waiter);
        waiter();
      });
    },
    kill(signal) {
      child.kill(signal);
    },
    exit,
  };
}

/** `node dist/main.js` for "start": what the script runs, without npm in between. */
function scriptArgs(script: Script): string[] {
  const scripts = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const [program, file, ...rest] = (scripts[script] ?? '').split(' ');
  if (program !== 'node' || !file) throw new Error(`npm run ${script} is "${scripts[script]}", not "node <file>": spawn-bot.ts cannot run it`);
  if (!existsSync(join(PROJECT_ROOT, file))) throw new Error(`${file} does not exist: run npm run build (vitest's globalSetup test/support/build-once.ts does)`);
  return [file, ...rest];
}
