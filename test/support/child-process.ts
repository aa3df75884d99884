import { spawn } from 'node:child_process';

/** A helper process started by a test: what it printed, a go signal on stdin, its exit. */
export interface TestChild {
  /** The rest of the first stdout line starting with `prefix` (waits for it; rejects if the child exits first). */
  printed(prefix: string): Promise<string>;
  /** Writes a line to its stdin: the children wait for it so that several start their work together. */
  go(): void;
  readonly exited: Promise<number | null>;
  stderr(): string;
}

/**
 * Runs `script` under `npx tsx` in its own process group with `env` added, and registers its kill
 * (the whole group) in `cleanups`, so a failing test never leaves it running.
 */
export function startTestChild(script: string, env: Record<string, string>, cleanups: (() => Promise<void> | void)[]): TestChild {
  const child = spawn('npx', ['tsx', script], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  cleanups.push(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  });
  return {
    printed: async (prefix) => {
      for (;;) {
        const line = out.split('\n').find((l) => l.startsWith(prefix));
        if (line !== undefined) return line.slice(prefix.length);
        if (child.exitCode !== null) throw new Error(`child exited before printing "${prefix}": ${err}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    go: () => child.stdin.write('go\n'),
    exited,
    stderr: () => err,
  };
}
