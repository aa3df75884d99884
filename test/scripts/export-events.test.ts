import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventRecord } from '../../src/dossier/schema.js';
import { loadDossier } from '../../src/dossier/load.js';
import { openCandidateStore } from '../../src/intake/store/open-intake-store.js';
import { calendarEntries, csvRows } from '../support/exports.js';
import { spawnBot } from '../support/spawn-bot.js';

/**
 * `npm run events:export -- --format …` as an operator runs it: the compiled script, over the
 * shipped files and an SQLite store in which a curator has approved one event still ahead.
 */
// Next year, so the event is still ahead whenever the test runs.
const YEAR = new Date().getUTCFullYear() + 1;
const APPROVED = {
  id: `${YEAR}-01-20-planned-visit-to-kunashiri`,
  date: `${YEAR}-01-20`,
  kind: 'visit',
  title: 'Former residents plan a visit to Kunashiri',
  summary: 'Former island residents announced a planned visit to family graves on Kunashiri.',
  actors: ['japan'],
  islands: ['kunashiri'],
  coding: { cameo: '036', goldstein: 4, plover: 'AGREE' },
  sources: [{ outlet: 'Example Wire', url: 'https://news.example.com/visit' }],
  verification: 'single-source',
};

let dir: string;
let env: Record<string, string>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kuril-export-'));
  env = { STORE_URL: `sqlite://${join(dir, 'store.sqlite')}` };
  const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const store = await openCandidateStore(env.STORE_URL!, silent);
  const now = new Date();
  const [candidate] = await store.add(
    [{ date: APPROVED.date, title: APPROVED.title, reports: [{ url: APPROVED.sources[0]!.url, outlet: 'Example Wire', feedId: 'wire', language: 'en', outletType: 'wire', title: APPROVED.title }], islands: ['kunashiri'], actors: ['japan'], code: { cameo: '036', reason: 'test' } }],
    now,
  );
  await store.approve(candidate!.id, APPROVED, 'console:operator', now);
  await store.close();
});

const exportWith = async (...args: string[]) => {
  const run = spawnBot('events:export', env, { args });
  return { ...(await run.exit), stdout: run.stdout, stderr: run.stderr };
};

describe('npm run events:export', () => {
  it('writes the event set, approvals included, as CSV to standard output and as a calendar to --out', async () => {
    const calendarFile = join(dir, 'kuril.ics');
    const [csv, ics] = await Promise.all([exportWith('--format', 'csv'), exportWith('--format', 'ics', '--out', calendarFile)]);

    expect(csv).toMatchObject({ code: 0, stderr: '' });
    const ids = csvRows(csv.stdout).map((row) => row.id);
    expect(ids).toEqual([...loadDossier().events.map((e) => e.id), APPROVED.id]);

    expect(ics).toMatchObject({ code: 0, stdout: expect.stringMatching(/kuril\.ics: 2 yearly dates and 1 dated entry to add to a calendar/) as string });
    const entries = calendarEntries(readFileSync(calendarFile, 'utf8'));
    expect(entries.map((e) => e.uid)).toEqual(['watch-northern-territories-day@kuril-brief', 'watch-russia-day-of-victory-over-militaristic-japan@kuril-brief', `event-${APPROVED.id}@kuril-brief`]);
    expect(entries[2]).toMatchObject({ start: `${YEAR}-01-20`, end: `${YEAR}-01-21`, description: expect.stringContaining(`/kuril event ${APPROVED.id}`) as string });
  }, 60_000);

  it('filters like the timeline, and the JSON records pass the event schema', async () => {
    const json = await exportWith('--format', 'json', '--island', 'Kunashir', '--from', String(YEAR));
    expect(json).toMatchObject({ code: 0, stderr: '' });
    const exported = JSON.parse(json.stdout) as { selection: string; events: { cite: string; record: unknown }[] };
    expect(exported.selection).toBe(`from ${YEAR}, concerning Kunashiri (Кунашир)`);
    expect(exported.events.map((e) => eventRecord.parse(e.record).id)).toEqual([APPROVED.id]);
    expect(exported.events[0]!.cite).toBe(`/kuril event ${APPROVED.id}`);
  }, 60_000);

  it('says what is wrong with a bad format, date or path, and writes nothing to standard output', async () => {
    const runs = await Promise.all([
      exportWith('--format', 'pdf'),
      exportWith('--format', 'csv', '--from', '2022-13'),
      exportWith('--format', 'csv', '--out', join(dir, 'no-such-folder', 'events.csv')),
    ]);
    const messages = [/^Unknown format "pdf": use yaml, csv, json, ics\.\nUsage: npm run events:export/, /^--from "2022-13" is not a date/, /^Cannot write .*events\.csv: its folder does not exist\.\n$/];
    runs.forEach((run, i) => {
      expect(run).toMatchObject({ code: 1, stdout: '' });
      expect(run.stderr).toMatch(messages[i]!);
    });
  }, 60_000);

  describe('with the store down (a Redis URL nobody answers on)', () => {
    let down: Record<string, string>;
    beforeAll(async () => {
      // A port that was free a moment ago: connections to it are refused, as when Redis is stopped.
      const server = createServer().listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      const { port } = server.address() as { port: number };
      await new Promise((resolve) => server.close(resolve));
      down = { STORE_URL: `redis://127.0.0.1:${port}`, STORE_TIMEOUT_MS: '500' };
    });
    const exportDown = async (...args: string[]) => {
      const run = spawnBot('events:export', down, { args });
      return { ...(await run.exit), stdout: run.stdout, stderr: run.stderr };
    };

    it("csv exports the shipped files' events, with one line on standard error saying the approvals are missing", async () => {
      const csv = await exportDown('--format', 'csv');
      expect(csv.code).toBe(0);
      expect(csvRows(csv.stdout).map((row) => row.id)).toEqual(loadDossier().events.map((e) => e.id));
      expect(csv.stderr).toBe("Warning: the store (STORE_URL) does not answer, so events curators approved in chat are missing; exported the shipped files' events only.\n");
    }, 60_000);

    it('yaml (copying the approvals into the data files) stops with one line, exit 1, and writes nothing', async () => {
      const events = readdirSync(join(process.cwd(), 'data', 'kuril', 'events')).sort();
      const yaml = await exportDown();
      expect(yaml).toMatchObject({ code: 1, stdout: '' });
      expect(yaml.stderr).toBe('Cannot export approved events: the store (STORE_URL) does not answer; nothing was written. Start it (or fix STORE_URL) and run this again.\n');
      expect(readdirSync(join(process.cwd(), 'data', 'kuril', 'events')).sort()).toEqual(events);
    }, 60_000);
  });
});
