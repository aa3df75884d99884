import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

// One process per SQLite file: a lock file holding the owner's pid. A stale lock (its process is gone,
// e.g. killed) is taken over; a live one stops start-up with a clear message.

export class StoreLockedError extends Error {
  constructor(file: string, pid: number) {
    super(
      `The digest store ${file} is in use by another bot process (pid ${pid}). SQLite serves one process; ` +
        'run one bot, or set STORE_URL=redis://… so several processes share the digest state.',
    );
    this.name = 'StoreLockedError';
  }
}

/** Holders per lock file in this process: several stores this process opens on one file share its lock. */
const lockCounts = new Map<string, number>();

/** Whether a process is running (a zombie, killed but not yet reaped, counts as gone). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // Linux: the state follows the command name in parentheses; Z is a zombie
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

/** Takes the lock on `path` (the file `<path>-lock`) or throws StoreLockedError; returns its release. */
export function lockFile(path: string): () => void {
  const lock = `${path}-lock`;
  const count = lockCounts.get(lock) ?? 0;
  if (count === 0) {
    mkdirSync(dirname(path), { recursive: true });
    for (let attempt = 0; ; attempt++) {
      try {
        const fd = openSync(lock, 'wx');
        writeSync(fd, String(process.pid));
        closeSync(fd);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) throw error;
        const pid = Number(readFileSync(lock, 'utf8').trim());
        if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && pidAlive(pid)) throw new StoreLockedError(path, pid);
        rmSync(lock, { force: true });
      }
    }
  }
  lockCounts.set(lock, count + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (lockCounts.get(lock) ?? 1) - 1;
    if (left > 0) {
      lockCounts.set(lock, left);
      return;
    }
    lockCounts.delete(lock);
    rmSync(lock, { force: true });
  };
}
