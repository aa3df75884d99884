import { existsSync } from 'node:fs';
import { run } from './app.js';

/**
 * `npm start`: the bot as a process. Reads .env if present, runs the app on the process's streams and
 * signals, and exits with its code. Everything else is in app.ts, so tests run it in process.
 */
if (existsSync('.env')) process.loadEnvFile('.env');
run(process.env, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, interactive: process.stdin.isTTY === true, signals: process }).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`kuril-brief: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
