import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = join(PROJECT_ROOT, 'dist', 'main.js');

/**
 * vitest globalSetup: the process smoke tests run the compiled bot (dist/, as `npm start` does), so
 * build it before any test file runs, once, and only when it is missing or older than a source
 * file. CI has just built it in `npm ci` (the prepare script) and pays nothing.
 */
export default function buildOnce(): void {
  if (existsSync(MAIN) && statSync(MAIN).mtimeMs >= newestIn(join(PROJECT_ROOT, 'src'))) return;
  const build = spawnSync('npm', ['run', 'build'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (build.status !== 0) {
    // tsc writes dist/ even when it reports errors: mark it stale, so the next run builds again.
    if (existsSync(MAIN)) utimesSync(MAIN, 0, 0);
    const output = `${build.stdout}${build.stderr}`.trim() || String(build.error ?? `exit ${build.status ?? build.signal}`);
    throw new Error(`npm run build failed, so the smoke tests cannot run the compiled bot (dist/):\n${output}`);
  }
}

/** The newest modification time of any file under `dir`. */
function newestIn(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((newest, entry) => Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs), 0);
}
