import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDossier, DEFAULT_DATA_DIR } from '../../src/dossier/load.js';
import { buildDossier, DossierError, type DossierIssue } from '../../src/dossier/validate.js';
import { rawDossier, rawEvent } from '../support/fixtures.js';

function issuesOf(events: Record<string, unknown>[]): DossierIssue[] {
  try {
    buildDossier(rawDossier(events));
  } catch (error) {
    expect(error).toBeInstanceOf(DossierError);
    return [...(error as DossierError).issues];
  }
  throw new Error('expected the dossier to be rejected');
}

describe('event schema', () => {
  it('accepts a valid record and derives the date precision', () => {
    const dossier = buildDossier(rawDossier([rawEvent({ date: '1945-08-18/1945-08-23' })]));
    expect(dossier.events[0]?.date).toMatchObject({ precision: 'range', start: '1945-08-18', end: '1945-08-23' });
  });

  it.each([
    ['a duplicate id', [rawEvent(), rawEvent()], 'id', /duplicate id/],
    ['a date that does not exist', [rawEvent({ date: '2022-02-30' })], 'date', /not a date/],
    ['a reversed range', [rawEvent({ date: '2022-03-25/2022-03-21' })], 'date', /not a date/],
    ['no sources', [rawEvent({ sources: [] })], 'sources', /at least one source/],
    ['a plain-http URL', [rawEvent({ sources: [{ outlet: 'X', url: 'http://example.org/a' }] })], 'sources.0', /https/],
    ['an unknown actor', [rawEvent({ actors: ['atlantis'] })], 'actors.0', /unknown actor "atlantis"/],
    ['an unknown island', [rawEvent({ islands: ['hokkaido'] })], 'islands.0', /unknown island "hokkaido"/],
    ['a Goldstein score above 10', [rawEvent({ coding: { cameo: '164', goldstein: 12, plover: 'X' } })], 'coding.goldstein', /-10 to 10/],
    ['a Goldstein score below -10', [rawEvent({ coding: { cameo: '164', goldstein: -10.5, plover: 'X' } })], 'coding.goldstein', /-10 to 10/],
    ['an unknown CAMEO code', [rawEvent({ coding: { cameo: '999', goldstein: 1, plover: 'X' } })], 'coding.cameo', /unknown CAMEO code/],
    ['a three-sentence summary', [rawEvent({ summary: 'One thing. Another thing. A third thing.' })], 'summary', /two sentences/],
    ['an unknown field', [rawEvent({ colour: 'red' })], undefined, /colour/],
    ['a quote citing a missing source', [rawEvent({ quotes: [{ by: 'japan', role: 'State', text: 'No.', source: 3 }] })], 'quotes.0.source', /no source #3/],
    ['an unknown verification status', [rawEvent({ verification: 'probably' })], 'verification', /verified/],
  ])('rejects %s, naming the file, record and field', (_name, events, field, message) => {
    const issues = issuesOf(events);
    const issue = issues.find((i) => (field === undefined || i.field?.startsWith(field)) && message.test(i.message));
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue?.file).toBe('events/test.yaml');
    expect(issue?.record).toBe('test-event');
  });

  it('rejects a status statement that rests on an unknown event', () => {
    expect(() => buildDossier(rawDossier([rawEvent()], ['no-such-event']))).toThrow(/status\.basis\.0.*unknown event id "no-such-event"/);
  });

  it('names a record without an id by its position', () => {
    const issues = issuesOf([rawEvent(), rawEvent({ id: undefined, title: 'x' })]);
    expect(issues.some((i) => i.record === '#2')).toBe(true);
  });

  it('reports every problem at once', () => {
    const issues = issuesOf([rawEvent({ date: 'soon', actors: ['nobody'], sources: [] })]);
    expect(issues.length).toBeGreaterThanOrEqual(3);
  });
});

describe('calendar dates in what to watch', () => {
  const source = { outlet: 'Example', url: 'https://example.org/watch' };
  const withWatch = (watch: readonly Record<string, unknown>[]) => {
    const raw = rawDossier([rawEvent()]);
    return () => buildDossier({ ...raw, dossier: { ...raw.dossier, data: { ...(raw.dossier.data as object), watch } } });
  };
  const dated = (calendar: Record<string, unknown>) => ({ text: 'A date.', source, basis: ['test-event'], calendar });

  it('accepts a yearly date and a one-off date', () => {
    const dossier = withWatch([dated({ id: 'a-day', title: 'A day', date: '1981-02-07', yearly: true }), dated({ id: 'a-summit', title: 'A summit', date: '2027-04-10' })])();
    expect(dossier.watch.map((w) => w.calendar)).toEqual([
      { id: 'a-day', title: 'A day', date: '1981-02-07', yearly: true },
      { id: 'a-summit', title: 'A summit', date: '2027-04-10', yearly: false },
    ]);
  });

  it.each([
    ['29 February every year', [dated({ id: 'leap', title: 'Leap day', date: '2024-02-29', yearly: true })], /watch\.0\.calendar\.date.*29 February/],
    ['a date that is not a day', [dated({ id: 'vague', title: 'Some time', date: '2027-04' })], /watch\.0\.calendar\.date.*calendar day/],
    ['two entries with one id', [dated({ id: 'same', title: 'One', date: '2027-01-01' }), dated({ id: 'same', title: 'Two', date: '2027-02-01' })], /watch\.1\.calendar\.id.*duplicate calendar id "same"/],
  ])('rejects %s', (_name, watch, message) => {
    expect(withWatch(watch)).toThrow(message);
  });
});

describe('loadDossier', () => {
  function copyOfData(): string {
    const dir = mkdtempSync(join(tmpdir(), 'kuril-data-'));
    cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
    return dir;
  }

  it('loads the shipped event set', () => {
    expect(loadDossier().events.length).toBeGreaterThan(40);
  });

  it('names the file and line of a YAML syntax error', () => {
    const dir = copyOfData();
    writeFileSync(join(dir, 'events', 'broken.yaml'), '- id: x\n  title: [unclosed\n');
    expect(() => loadDossier(dir)).toThrow(/broken\.yaml: not valid YAML: .*line/);
  });

  it('names the record and field of a bad record in a data file', () => {
    const dir = copyOfData();
    mkdirSync(join(dir, 'events'), { recursive: true });
    writeFileSync(
      join(dir, 'events', 'zz-bad.yaml'),
      '- id: 2030-01-01-bad\n  date: "2030-13-01"\n  kind: talks\n  title: Bad\n  summary: A bad record here.\n  actors: [japan]\n  coding: { cameo: "010", goldstein: 0, plover: "n/a" }\n  sources: [{ outlet: X, url: "https://x.org" }]\n  verification: verified\n',
    );
    expect(() => loadDossier(dir)).toThrow(/zz-bad\.yaml, record "2030-01-01-bad", field "date": "2030-13-01" is not a date/);
  });
});
