import { EventEmitter } from 'node:events';
import { PassThrough, Writable } from 'node:stream';
import { run } from '../../src/app.js';

export interface StartedApp {
  /** Everything logged so far (JSON lines). */
  stderr(): string;
  /** The port of /healthz and /metrics (METRICS_PORT=0 lets the system pick one; the app logs it). */
  readonly metricsPort: number;
  /** SIGTERM, as a process manager sends it; resolves with the exit code. */
  stop(): Promise<number>;
}

/**
 * The whole app in this process, kept running (stdin open, so the console does not end) until
 * stop() sends the signal: for tests that talk to a running bot's endpoints. Like runApp, it sees
 * only `env`, with an in-memory store unless STORE_URL is given, and METRICS_PORT=0. The chart
 * worker is left to the first chart (CHART_WORKER_AT_START=off): tests start many bots on a small machine.
 */
export async function startApp(env: Record<string, string>, timeoutMs = 30_000): Promise<StartedApp> {
  const signals = new EventEmitter();
  const stdin = new PassThrough();
  const chunks: Buffer[] = [];
  const stderr = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const text = () => Buffer.concat(chunks).toString('utf8');
  const running = run({ STORE_URL: 'sqlite://:memory:', METRICS_PORT: '0', CHART_WORKER_AT_START: 'off', ...env }, { stdin, stdout: new PassThrough().resume(), stderr, signals });
  let exited: number | undefined;
  void running.then((code) => (exited = code));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const line = text().split('\n').find((l) => l.includes('health and metrics on'));
    if (line) {
      const stop = () => {
        signals.emit('SIGTERM', 'SIGTERM');
        return running;
      };
      return { stderr: text, metricsPort: (JSON.parse(line) as { port: number }).port, stop };
    }
    if (exited !== undefined) throw new Error(`the app exited (${exited}) before opening METRICS_PORT: ${text()}`);
    if (Date.now() > deadline) throw new Error(`the app did not open METRICS_PORT within ${timeoutMs} ms: ${text()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
