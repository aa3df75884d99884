import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditDossier } from '../../src/dossier/audit.js';
import { loadDossier } from '../../src/dossier/load.js';
import { describeOutlet, OUTLET_TYPES } from '../../src/dossier/outlets.js';
import { parseYaml } from '../../src/dossier/parse-yaml.js';
import { buildDossier } from '../../src/dossier/validate.js';
import { verificationOf } from '../../src/dossier/verification.js';
import { OUTLET_TYPES as FEED_TYPES } from '../../src/intake/types.js';
import { rawDossier, rawEvent } from '../support/fixtures.js';

/** The outlet registry (data/kuril/outlets.yaml), the verification rule, and what events:check refuses. */
const shipped = loadDossier();
const FILES = { dossier: 'dossier.yaml', outlets: 'outlets.yaml' };

const OUTLETS = {
  countries: { jp: { name: 'Japan', adjective: 'Japanese' }, ru: { name: 'Russia', adjective: 'Russian' } },
  outlets: [
    { name: 'Daily A', type: 'newspaper', country: 'jp' },
    { name: 'Daily B', type: 'newspaper', country: 'jp' },
    { name: 'Agency A', type: 'state-media', country: 'ru', state: 'owned', owner: 'Holding' },
    { name: 'Agency B', type: 'state-media', country: 'ru', state: 'owned', owner: 'Holding' },
    { name: 'Russian MFA site', type: 'government', country: 'ru', state: 'owned', speaksFor: 'russian-mfa' },
  ],
};

/** A dossier of one event with these sources, the registry above, and the label the rule should give. */
function withSources(sources: unknown[], verification = 'verified', actors = ['russian-mfa', 'japan']) {
  const raw = rawDossier([rawEvent({ sources, verification, actors })]);
  return buildDossier({ ...raw, outlets: { file: 'outlets.yaml', data: OUTLETS } });
}
const link = (outlet: string, n = 1) => ({ outlet, url: `https://example.org/${encodeURIComponent(outlet)}/${n}` });

describe('the outlet registry', () => {
  it('lists every outlet the shipped records cite, so events:check passes on the shipped data', () => {
    expect(auditDossier(shipped, FILES)).toEqual([]);
    const cited = shipped.events.flatMap((e) => e.sources).filter((s) => s.url);
    expect(cited.every((s) => s.about !== undefined)).toBe(true);
  });

  it('labels outlets by country, type and tie to a state', () => {
    const label = (name: string) => describeOutlet(shipped.outlets.find(name)!, shipped.outlets.countries);
    expect(label('TASS')).toBe('Russian state media');
    expect(label('NHK World')).toBe('Japanese public broadcaster');
    expect(label('Ministry of Foreign Affairs of Japan')).toBe('Japanese government');
    expect(label('News Front (Bulgarian edition)')).toBe('Russian state-aligned news outlet');
    // Sources name an outlet by any of its spellings; replies by the registry's name.
    const yomiuri = shipped.events.flatMap((e) => e.sources).filter((s) => s.url?.includes('yomiuri'));
    expect(new Set(yomiuri.map((s) => s.outlet))).toEqual(new Set(['The Japan News']));
    expect(label('Wikipedia')).toBe('reference work');
  });

  it('covers every outlet of the intake feed list with the same type, from one list of types', () => {
    expect(FEED_TYPES).toBe(OUTLET_TYPES);
    const feeds = (parseYaml(readFileSync(new URL('../../data/feeds.yaml', import.meta.url), 'utf8')) as { feeds: { name: string; type: string }[] }).feeds;
    for (const feed of feeds) expect(shipped.outlets.find(feed.name)?.type, feed.name).toBe(feed.type);
  });

  it('refuses a government outlet that does not say whom it speaks for, naming the file', () => {
    const raw = rawDossier([rawEvent()]);
    const bad = { ...OUTLETS, outlets: [{ name: 'Some ministry', type: 'government', country: 'jp' }] };
    expect(() => buildDossier({ ...raw, outlets: { file: 'outlets.yaml', data: bad } })).toThrow(/outlets\.yaml, field "outlets\.0\.speaksFor": a government outlet names the actor it speaks for/);
  });
});

describe('the verification rule', () => {
  it.each([
    ['two independent outlets', 'verified', [link('Daily A'), link('Daily B')]],
    ['one outlet twice', 'single-source', [link('Daily A', 1), link('Daily A', 2)]],
    ['two outlets with one owner', 'single-source', [link('Agency A'), link('Agency B')]],
    ['a primary official source of a party to the event', 'verified', [link('Russian MFA site')]],
    ['only a document without a public link', 'unverified', [{ document: 'report' }]],
    ['a document beside one outlet', 'single-source', [link('Daily A'), { document: 'report' }]],
  ])('%s → %s', (_name, expected, sources) => {
    const raw = rawDossier([rawEvent({ sources })]);
    const data = raw.dossier.data as Record<string, unknown>;
    const dossier = buildDossier({
      ...raw,
      dossier: { ...raw.dossier, data: { ...data, documents: [{ id: 'report', outlet: 'Unattributed report', description: 'A report', note: 'No link.' }] } },
      outlets: { file: 'outlets.yaml', data: OUTLETS },
    });
    expect(verificationOf(dossier.events[0]!, dossier).label).toBe(expected);
  });

  it('does not count a government reporting on others as a primary source', () => {
    const dossier = withSources([link('Russian MFA site')], 'verified', ['japan']);
    expect(verificationOf(dossier.events[0]!, dossier)).toMatchObject({ label: 'single-source' });
  });
});

describe('events:check (the audit)', () => {
  it('refuses a label the rule does not give, naming file, record and field', () => {
    const issue = auditDossier(withSources([link('Daily A')], 'verified'), FILES).find((i) => i.field === 'verification');
    expect(issue).toMatchObject({ file: 'events/test.yaml', record: 'test-event' });
    expect(issue?.message).toMatch(/^must be "single-source": one outlet \(Daily A\)/);
  });

  it('refuses a source whose outlet is not in outlets.yaml', () => {
    const issue = auditDossier(withSources([link('Daily A'), link('Nowhere Gazette')]), FILES).find((i) => i.field === 'sources.1.outlet');
    expect(issue?.record).toBe('test-event');
    expect(issue?.message).toMatch(/"Nowhere Gazette" is not in outlets\.yaml/);
  });

  it('refuses a position that rests on the other side’s words', () => {
    // The fixture's positions rest on the test event, a Russian MFA act: right for Russia, wrong for Japan.
    const issues = auditDossier(withSources([link('Daily A'), link('Daily B')]), FILES);
    expect(issues.map((i) => [i.file, i.field])).toEqual([['dossier.yaml', 'positions.japan.basis.0']]);
    expect(issues[0]!.message).toMatch(/not an act or statement of Japan/);
  });
});
