import { EventEmitter } from 'node:events';
import { PassThrough, Writable } from 'node:stream';
import { run } from '../../src/app.js';

export interface AppRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunAppOptions {
  /** A person at a terminal (the console shows its prompt); piped input by default. */
  readonly interactive?: boolean;
}

/**
 * The whole app in this process, as `npm start` runs it but without the seconds a new process
 * costs: `run(env, io)` with `input` as stdin (ended after it), stdout and stderr captured.
 * Resolves with the exit code once the app ends; for the console that is the end of the input.
 *
 * The app sees only `env`: nothing from the developer's shell (no DISCORD_ or SLACK_ tokens), and
 * an in-memory digest store unless STORE_URL is given, so runs never share or leave a database.
 * No signal is ever sent: a test that needs a platform adapter shut down by a signal is a process
 * smoke test (spawn-bot.ts).
 */
export async function runApp(input: string, env: Record<string, string> = {}, options: RunAppOptions = {}): Promise<AppRun> {
  const stdin = new PassThrough();
  const stdout = capture();
  const stderr = capture();
  stdin.end(input);
  const code = await run(
    { STORE_URL: 'sqlite://:memory:', CHART_WORKER_AT_START: 'off', ...env },
    { stdin, stdout: stdout.stream, stderr: stderr.stream, interactive: options.interactive === true, signals: new EventEmitter() },
  );
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** A stream that keeps what is written, as it is written (no buffering, so nothing arrives late). */
function capture(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}
