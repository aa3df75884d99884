import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { CORE_SCHEMA, load } from 'js-yaml';

const parse = (text: string): unknown => load(text, { schema: CORE_SCHEMA });
import { CAMEO_CODEBOOK } from '../../src/dossier/codebook.js';
import type { KurilEvent } from '../../src/dossier/dossier.js';
import { DEFAULT_DATA_DIR, loadDossier } from '../../src/dossier/load.js';

/** Facts of the shipped data set (data/kuril), checked through the real loader. */
const dossier = loadDossier();

function event(id: string): KurilEvent {
  const found = dossier.eventsById.get(id);
  if (!found) throw new Error(`no event "${id}"`);
  return found;
}

function onDate(dateText: string): KurilEvent[] {
  return dossier.events.filter((e) => e.date.text === dateText);
}

describe('shipped Kuril data set', () => {
  it('loads and validates', () => {
    expect(dossier.events.length).toBeGreaterThanOrEqual(40);
    expect(dossier.actors.length).toBeGreaterThan(20);
    expect(dossier.documents.map((d) => d.id)).toContain('seed-article');
  });

  it('has a record for every timeline row of the fact base', () => {
    const timeline = [
      '1855-02-07',
      '1875-05-07',
      '1905-09-05',
      '1945-02-11',
      '1945-08-08',
      '1945-08-18/1945-08-23',
      '1945-08-29/1945-09-05',
      '1946-02',
      '1951-09-08',
      '1956-10-19',
      '1960-01-27',
      '1981',
      '1991-10-14',
      '1993-10-13',
      '1998',
      '1999-09-02',
      '2001-03-25',
      '2010-11-01',
      '2016-12-15/2016-12-16',
      '2018-11-14',
      '2019-08-02',
      '2020-07-01',
      '2022-02-07',
      '2022-03-21',
      '2022-03-22',
      '2022-03-25',
      '2022-03-26',
      '2022-04-22',
      '2022-06-07',
      '2022-09-03',
      '2022-09-05',
      '2022-09-06',
      '2022-10-07',
      '2022-12',
      '2023-06-24',
      '2023-10-01/2023-10-05',
      '2024-08-01',
      '2025-05-14',
      '2025-10-24',
      '2026-02-07',
      '2026-02-20',
    ];
    const missing = timeline.filter((date) => onDate(date).length === 0);
    expect(missing).toEqual([]);
  });

  it('records the 1956 Joint Declaration with its entry into force', () => {
    const e = event('1956-10-19-soviet-japanese-joint-declaration');
    expect(e.kind).toBe('treaty');
    expect(e.actors).toEqual(expect.arrayContaining(['ussr', 'japan']));
    expect(e.islands).toEqual(expect.arrayContaining(['habomai', 'shikotan']));
    expect(e.summary).toContain('12 December 1956');
    // One outlet (Wikipedia); the unattributed report never counts towards verification.
    expect(e.verification).toBe('single-source');
  });

  it('records the Russian MFA halt of 21 March 2022 as verified, with its wording', () => {
    const e = event('2022-03-21-russia-suspends-peace-talks');
    expect(e.date.text).toBe('2022-03-21');
    expect(e.actors[0]).toBe('russian-mfa');
    expect(e.verification).toBe('verified');
    expect(e.coding.cameo).toBe('164');
    expect(e.quotes.some((q) => q.by === 'russian-mfa' && q.text.includes('anti-Russian course'))).toBe(true);
    expect(e.note).toMatch(/21 March 2022/);
  });

  it('records the 25 March 2022 drills with 3,000 troops and the seed article’s wrong day', () => {
    const e = event('2022-03-25-eastern-military-district-kuril-drills');
    expect(e.date.text).toBe('2022-03-25');
    expect(e.kind).toBe('military');
    expect(e.actors[0]).toBe('eastern-military-district');
    expect(e.summary).toContain('3,000');
    expect(e.note).toMatch(/Saturday/);
    expect(e.note).toMatch(/Friday\s+25 March 2022/);
  });

  it('records Kishida in Hiroshima with the verified wording', () => {
    const e = event('2022-03-26-kishida-hiroshima-nuclear-warning');
    expect(e.actors).toEqual(expect.arrayContaining(['fumio-kishida', 'rahm-emanuel']));
    expect(e.quotes.map((q) => q.text)).toContain('increasingly real');
  });

  it('names Muneo Suzuki correctly and notes the seed article’s misspelling', () => {
    const e = event('2022-03-26-muneo-suzuki-warns-of-clash-with-russia');
    expect(e.actors[0]).toBe('muneo-suzuki');
    expect(dossier.actorsById.get('muneo-suzuki')?.name).toBe('Muneo Suzuki');
    expect(e.summary).toContain('Muneo Suzuki');
    expect(e.summary).toContain('House of Councillors');
    expect(e.note).toContain('Munyo');
    expect(dossier.actorsById.get('muneo-suzuki')?.aliases).toContain('Munyo Suzuki');
  });

  it('keeps the analysts’ and the spokesman’s claims unverified and sourced to the seed article', () => {
    const speakers = ['massimiliano-poccolini', 'anas-al-qassas', 'unidentified-spokesman'];
    const claims = dossier.events.filter((e) => speakers.includes(e.actors[0]!));
    expect(claims.filter((e) => e.actors[0] === 'massimiliano-poccolini').length).toBeGreaterThanOrEqual(4);
    expect(claims.filter((e) => e.actors[0] === 'anas-al-qassas').length).toBeGreaterThanOrEqual(3);
    expect(claims.filter((e) => e.actors[0] === 'unidentified-spokesman')).toHaveLength(1);
    const seedDoc = dossier.documents.find((d) => d.id === 'seed-article')!;
    for (const e of claims) {
      expect(e.verification, e.id).toBe('unverified');
      expect(e.sources, e.id).toHaveLength(1);
      expect(e.sources[0]!.outlet, e.id).toBe(seedDoc.outlet);
      expect(e.sources[0]!.url, e.id).toBeUndefined();
      expect(e.note, e.id).toMatch(/any source other than the unattributed March 2022 report/);
    }
    for (const e of claims.filter((c) => c.actors[0] === 'massimiliano-poccolini')) {
      expect(e.note, e.id).toMatch(/Pocolini/);
    }
    for (const id of speakers) expect(dossier.actorsById.get(id)?.verification, id).toBe('unverified');
  });

  it('cites the seed article by document id in the raw records of every unverified claim', () => {
    // The loader resolves {document: seed-article} into the document's outlet, so read the raw YAML.
    const dir = join(DEFAULT_DATA_DIR, 'events');
    const raw = readdirSync(dir)
      .filter((name) => name.endsWith('.yaml'))
      .flatMap((name) => parse(readFileSync(join(dir, name), 'utf8')) as { id: string; verification: string; sources: unknown[] }[]);
    const unverified = raw.filter((r) => r.verification === 'unverified');
    expect(unverified.length).toBeGreaterThanOrEqual(8);
    for (const r of unverified) expect(r.sources, r.id).toEqual([{ document: 'seed-article' }]);
  });

  it('has Takaichi’s policy speech of 20 February 2026 and the Kremlin’s answer as the latest events', () => {
    const kremlin = event('2026-02-20-kremlin-no-agreement-without-change-in-relations');
    const speech = event('2026-02-20-takaichi-policy-speech-peace-treaty');
    expect(kremlin.actors).toEqual(expect.arrayContaining(['dmitry-peskov', 'kremlin']));
    expect(dossier.events.slice(-2).map((e) => e.id).sort()).toEqual([kremlin.id, speech.id].sort());
    expect(dossier.status.basis).toEqual(expect.arrayContaining([kremlin.id, speech.id]));
  });

  it('quotes Peskov as saying agreements are unlikely, not impossible, everywhere', () => {
    const kremlin = event('2026-02-20-kremlin-no-agreement-without-change-in-relations');
    expect(kremlin.title).toMatch(/unlikely/);
    expect(kremlin.quotes.map((q) => q.text).join(' ')).toMatch(/unlikely/);
    expect(kremlin.note).toMatch(/^Corrected:/);
    const statements = [dossier.status.text, dossier.positions.russia.text, ...dossier.watch.map((w) => w.text), kremlin.title, kremlin.summary];
    for (const text of statements) expect(text).not.toMatch(/no agreement (?:is|was) possible/i);
  });

  it('says Muneo Suzuki left Nippon Ishin after it decided to expel him, and that Ishin now governs with the LDP', () => {
    const trip = event('2023-10-01-muneo-suzuki-visits-moscow');
    expect(trip.summary).toMatch(/resigned on the spot/);
    expect(trip.title).not.toMatch(/is expelled/);
    expect(trip.verification).toBe('verified');
    const ishin = dossier.actorsById.get('nippon-ishin')!;
    expect(ishin.role).not.toMatch(/opposition/);
    expect(ishin.role).toMatch(/coalition with the Liberal Democratic Party since October 2025/);
  });

  it('keeps names of the whole Kuril chain off the four islands’ group', () => {
    const chainNames = ['Chishima', '千島列島', 'Kuril Islands', 'Kurils', 'Kuriles', 'Kurile Islands', 'Курильские острова'];
    for (const name of chainNames) expect(dossier.group.aliases, name).not.toContain(name);
    expect([dossier.chain!.names.en, dossier.chain!.names.ja, dossier.chain!.names.ru, ...dossier.chain!.aliases]).toEqual(expect.arrayContaining(chainNames));
  });

  it('states each side’s position in its own official terms, and the constitution’s border exception', () => {
    expect(dossier.positions.japan.text).toMatch(/inherent part of its territory/);
    expect(dossier.positions.japan.sources.map((s) => s.outlet)).toEqual(['Ministry of Foreign Affairs of Japan']);
    expect(dossier.positions.russia.text).toMatch(/outcome of the Second World War/);
    expect(dossier.positions.russia.text).not.toMatch(/annexed/);
    expect(event('2020-07-01-russian-constitution-bans-ceding-territory').summary).toMatch(/excepts the delimitation/);
  });

  it('describes the unattributed report without a made-up headline or an exact date', () => {
    const report = dossier.documents.find((d) => d.id === 'seed-article')!;
    expect(report.outlet).toBe('Unattributed news report, March 2022');
    expect(report).not.toHaveProperty('published');
    expect(report).not.toHaveProperty('title');
  });

  it('tags non-disputed islands as such', () => {
    for (const id of ['paramushir', 'matua', 'shumshu', 'urup']) {
      expect(dossier.islandsById.get(id)?.disputed, id).toBe(false);
    }
    const disputed = dossier.islands.filter((i) => i.disputed).map((i) => i.id).sort();
    expect(disputed).toEqual(['etorofu', 'habomai', 'kunashiri', 'shikotan']);
    expect(dossier.islandsById.get('etorofu')?.aliases).toEqual(expect.arrayContaining(['Iturup', 'Итуруп', '択捉島']));
    expect(dossier.islandsById.get('shikotan')?.aliases).toContain('Shikoton');
  });

  it('uses only https source URLs', () => {
    const urls = [
      ...dossier.events.flatMap((e) => e.sources.map((s) => s.url)),
      ...dossier.watch.map((w) => w.source.url),
    ].filter((u): u is string => u !== undefined);
    expect(urls.length).toBeGreaterThan(40);
    for (const url of urls) expect(new URL(url).protocol, url).toBe('https:');
  });

  it('codes every event with the codebook’s Goldstein score and PLOVER type', () => {
    for (const e of dossier.events) {
      const entry = CAMEO_CODEBOOK[e.coding.cameo];
      expect(entry, `${e.id}: CAMEO ${e.coding.cameo}`).toBeDefined();
      expect(e.coding.goldstein, e.id).toBe(entry!.goldstein);
      expect(e.coding.plover, e.id).toBe(entry!.plover);
    }
  });

  it('grounds every dossier statement in event records', () => {
    const all = [dossier.status, ...dossier.background, dossier.positions.japan, dossier.positions.russia];
    for (const g of all) for (const id of g.basis) expect(dossier.eventsById.has(id), id).toBe(true);
    expect(dossier.background.length).toBeGreaterThanOrEqual(3);
    expect(dossier.background.length).toBeLessThanOrEqual(5);
    expect(dossier.watch.length).toBeGreaterThanOrEqual(3);
    expect(dossier.watch.length).toBeLessThanOrEqual(6);
    expect(dossier.status.text).not.toContain('\n');
  });
});
