import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { MEMORY } from './store-url.js';

/**
 * Opens a SQLite file for several processes at once (creating its folder): WAL, so readers never wait
 * for the writer and a killed process loses no committed write; a busy timeout, so a writer waits
 * its turn instead of failing while another process commits. synchronous=NORMAL syncs at checkpoints,
 * not every commit: safe against a crash or kill of the bot; a power cut may lose the last moments.
 */
export function openSqliteFile(path: string, busyTimeoutMs: number): Database.Database {
  const memory = path === MEMORY;
  if (!memory) mkdirSync(dirname(resolve(path)), { recursive: true });
  const db = new Database(memory ? MEMORY : resolve(path), { timeout: busyTimeoutMs });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  return db;
}
