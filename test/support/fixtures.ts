import { loadDossier } from '../../src/dossier/load.js';
import type { Dossier } from '../../src/dossier/dossier.js';
import { buildDossier, type RawDossier } from '../../src/dossier/validate.js';
import type { CommandContext } from '../../src/commands/command.js';
import { testCaller, testContext } from './context.js';

/**
 * Small hand-made dossiers for tests that need exact control over the events (ranking, trend), and
 * the real shipped dossier for tests of user-facing behaviour.
 */

let shipped: Dossier | undefined;
/** The real event set under data/kuril, loaded once per test file. */
export function realDossier(): Dossier {
  shipped ??= loadDossier();
  return shipped;
}

export const ACTORS = [
  { id: 'japan', name: 'Japan', kind: 'state', role: 'State' },
  { id: 'russia', name: 'Russia', kind: 'state', role: 'State' },
  { id: 'russian-mfa', name: 'Russian Ministry of Foreign Affairs', kind: 'institution', role: 'Foreign ministry', partOf: 'russia', aliases: ['Russian MFA'] },
];

export const ISLANDS = [
  { id: 'etorofu', names: { en: 'Etorofu', ja: '択捉島', ru: 'Итуруп' }, aliases: ['Iturup'], disputed: true },
  { id: 'kunashiri', names: { en: 'Kunashiri', ja: '国後島', ru: 'Кунашир' }, aliases: ['Kunashir'], disputed: true },
];

/** A valid event record as a curator would write it; override fields to make it invalid. */
export function rawEvent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'test-event',
    date: '2022-03-21',
    kind: 'talks',
    title: 'Russia suspends talks',
    summary: 'Russia suspended the peace-treaty talks. It blamed sanctions.',
    actors: ['russian-mfa', 'japan'],
    islands: [],
    coding: { cameo: '164', goldstein: -7, plover: 'SANCTION:withdraw' },
    sources: [{ outlet: 'Example', url: 'https://example.org/a' }],
    verification: 'verified',
    ...overrides,
  };
}

export function rawDossier(events: readonly Record<string, unknown>[], statusBasis = [typeof events[0]?.id === 'string' ? events[0].id : 'test-event']): RawDossier {
  const grounded = { text: 'A statement.', basis: statusBasis };
  return {
    dossier: {
      file: 'dossier.yaml',
      data: {
        title: 'Test dossier',
        status: grounded,
        background: [grounded],
        positions: { japan: grounded, russia: grounded },
        group: { names: { en: 'Northern Territories', ja: '北方領土', ru: 'Южные Курилы' }, aliases: ['Southern Kurils'] },
      },
    },
    actors: { file: 'actors.yaml', data: ACTORS },
    islands: { file: 'islands.yaml', data: ISLANDS },
    events: [{ file: 'events/test.yaml', data: events }],
  };
}

/** A dossier of the given events (each a partial record merged over a valid one). */
export function fixtureDossier(events: readonly Record<string, unknown>[]): Dossier {
  return buildDossier(rawDossier(events.map((e) => rawEvent(e))));
}

export function context(dossier: Dossier, now: Date, caller: Parameters<typeof testCaller>[0] = {}): CommandContext {
  return testContext(dossier, now, { caller: testCaller(caller) });
}
