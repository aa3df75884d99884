import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { configSchema } from '../../../src/config.js';
import { PROJECT_ROOT } from '../spawn-bot.js';

/**
 * One compiled bot process (`node dist/main.js`, as `npm start` runs it) for the fault scenarios,
 * at the instant `clock` (clock.js shifts its wall clock), logging at debug level so a scenario can
 * act when a line appears (SIGKILL after a given step). Unlike spawn-bot.ts it is safe in concurrent
 * scenarios: the caller stops it (the World does, after each scenario).
 */

const CLOCK = join(PROJECT_ROOT, 'test', 'support', 'faults', 'clock.js');
const MAIN = join(PROJECT_ROOT, 'dist', 'main.js');

export interface LogEntry {
  readonly level: number;
  readonly msg: string;
  readonly [key: string]: unknown;
}

export interface BotProcess {
  readonly name: string;
  readonly process: ChildProcess;
  /** Every JSON log line so far. */
  readonly logs: LogEntry[];
  /** Raw stderr (start-up failures are plain text). */
  stderr(): string;
  /** Resolves with the first log line (from now on or already written) that matches; rejects on exit or timeout. */
  waitForLog(match: string | ((entry: LogEntry) => boolean), timeoutMs?: number): Promise<LogEntry>;
  /** How many log lines match so far. */
  count(match: string | ((entry: LogEntry) => boolean)): number;
  kill(signal: NodeJS.Signals): void;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

export interface BotOptions {
  readonly name: string;
  /** ISO instant the process's clock starts at. */
  readonly clock: string;
  readonly env: Record<string, string>;
}

const matcher = (match: string | ((entry: LogEntry) => boolean)) => (typeof match === 'string' ? (entry: LogEntry) => entry.msg === match : match);

export function startBot(options: BotOptions): BotProcess {
  if (!existsSync(MAIN)) throw new Error('dist/main.js does not exist: run npm run build (the faults project builds it in its globalSetup)');
  // Nothing from the developer's shell or .env: every setting the bot reads is blank unless given.
  const blank = Object.fromEntries(Object.keys(configSchema.shape).map((key) => [key, '']));
  const child = spawn(process.execPath, ['--import', CLOCK, MAIN], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...blank, LOG_LEVEL: 'debug', INTAKE_INTERVAL_MIN: '0', FAULTS_CLOCK: options.clock, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.on('error', () => undefined);
  const logs: LogEntry[] = [];
  let raw = '';
  let partial = '';
  let ended = false;
  const waiters = new Set<() => void>();
  child.stdout.resume();
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    raw += chunk;
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith('{')) continue;
      try {
        logs.push(JSON.parse(line) as LogEntry);
      } catch {
        // not a log line
      }
    }
    [...waiters].forEach((wake) => wake());
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => {
      ended = true;
      [...waiters].forEach((wake) => wake());
      resolve({ code, signal });
    }),
  );

  const bot: BotProcess = {
    name: options.name,
    process: child,
    logs,
    stderr: () => raw,
    count: (match) => logs.filter(matcher(match)).length,
    waitForLog(match, timeoutMs = 20_000) {
      const test = matcher(match);
      return new Promise<LogEntry>((resolve, reject) => {
        const timer = setTimeout(() => settle(new Error(`${options.name}: no log line ${String(match)} within ${timeoutMs} ms; stderr tail: ${raw.slice(-2_000)}`)), timeoutMs);
        const check = () => {
          const found = logs.find(test);
          if (found) settle(undefined, found);
          else if (ended) settle(new Error(`${options.name} exited before logging ${String(match)}; stderr tail: ${raw.slice(-2_000)}`));
        };
        function settle(error?: Error, entry?: LogEntry) {
          waiters.delete(check);
          clearTimeout(timer);
          if (error) reject(error);
          else resolve(entry!);
        }
        waiters.add(check);
        check();
      });
    },
    kill(signal) {
      if (!ended) child.kill(signal);
    },
    exited,
    async stop(graceMs = 10_000) {
      if (ended) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
  return bot;
}
