import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../src/dossier/load.js';
import { openEventSet, type EventSet } from '../../src/intake/event-set.js';
import { openCandidateStore } from '../../src/intake/store/open-intake-store.js';

/** The live event set: an edited data file is served without a restart; a bad edit keeps the previous set. */
const open: EventSet[] = [];
afterEach(() => open.splice(0).forEach((set) => set.stop()));

async function liveCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'kuril-live-'));
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
  const errors: string[] = [];
  const log = { info: () => undefined, error: (details: object) => void errors.push(JSON.stringify(details)) };
  const store = await openCandidateStore('sqlite://:memory:', log, `live-${Math.random().toString(36).slice(2)}`);
  const events = await openEventSet({ dataDir: dir, store, log });
  open.push(events);
  return { dir, events, errors, file: join(dir, 'events', '2023-2026.yaml') };
}

const NEW_EVENT = `
- id: 2026-11-30-test-statement-on-the-islands
  date: "2026-11-30"
  kind: statement
  title: A statement added while the bot runs
  summary: A curator added this record to the file while the bot was running.
  actors: [japan]
  islands: [etorofu]
  coding: { cameo: "010", goldstein: 0.0, plover: "n/a" }
  sources:
    - outlet: Example
      url: https://example.org/statement
  verification: single-source
`;

describe('the live event set', () => {
  it('serves an event added to a data file within its next check', async () => {
    const { events, file } = await liveCopy();
    const before = events.current().events.length;
    writeFileSync(file, readFileSync(file, 'utf8') + NEW_EVENT);
    events.start(20);
    await expect.poll(() => events.current().eventsById.has('2026-11-30-test-statement-on-the-islands'), { timeout: 5_000 }).toBe(true);
    expect(events.current().events.length).toBe(before + 1);
  });

  it('keeps the previous set on a bad edit and logs the file, record and field once', async () => {
    const { events, errors, file } = await liveCopy();
    const previous = events.current();
    writeFileSync(file, readFileSync(file, 'utf8') + NEW_EVENT.replace('url: https://example.org/statement', 'url: http://example.org/statement'));
    events.start(20);
    await expect.poll(() => errors.length, { timeout: 5_000 }).toBe(1);
    expect(errors[0]).toMatch(/2023-2026\.yaml, record \\"2026-11-30-test-statement-on-the-islands\\", field \\"sources\.0\.url\\": must be an https:\/\/ URL/);
    expect(events.current()).toBe(previous);
    // Later checks see the same bad file and stay quiet; fixing it is served.
    writeFileSync(file, readFileSync(file, 'utf8').replace('url: http://example.org/statement', 'url: https://example.org/statement'));
    await expect.poll(() => events.current().eventsById.has('2026-11-30-test-statement-on-the-islands'), { timeout: 5_000 }).toBe(true);
    expect(errors).toHaveLength(1);
  });
});
