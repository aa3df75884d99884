import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/briefings/answer/index.js';
import { buildDossier } from '../../../src/dossier/validate.js';

/** The engine on a small hand-made dossier: it depends on the schema, not on the shipped data. */
const dossier = buildDossier({
  dossier: {
    file: 'dossier.yaml',
    data: {
      title: 'Fixture',
      status: { text: 'Talks are suspended.', basis: ['2022-03-21-talks-suspended'] },
      background: [{ text: 'The islands were occupied in 1945.', basis: ['1945-09-01-occupation'] }],
      positions: {
        japan: { text: 'Japan wants the islands back.', basis: ['2022-03-21-talks-suspended'] },
        russia: { text: 'Russia keeps the islands.', basis: ['1945-09-01-occupation'] },
      },
      group: { names: { en: 'Northern Territories', ja: '北方領土', ru: 'Южные Курилы' }, aliases: ['Southern Kurils'] },
    },
  },
  actors: {
    file: 'actors.yaml',
    data: [
      { id: 'japan', name: 'Japan', kind: 'state', role: 'Claims the islands', aliases: ['Tokyo'] },
      { id: 'russia', name: 'Russia', kind: 'state', role: 'Holds the islands', aliases: ['Moscow'] },
      { id: 'ivan-petrov', name: 'Ivan Petrov', kind: 'person', role: 'Russian envoy (2020–2023)', country: 'russia', aliases: ['Petrov'] },
    ],
  },
  islands: {
    file: 'islands.yaml',
    data: [{ id: 'etorofu', names: { en: 'Etorofu', ja: '択捉島', ru: 'Итуруп' }, aliases: ['Iturup'], disputed: true }],
  },
  events: [
    {
      file: 'events/fixture.yaml',
      data: [
        {
          id: '1945-09-01-occupation',
          date: '1945-09-01',
          kind: 'military',
          title: 'Soldiers occupy Etorofu',
          summary: 'About 2,500 soldiers landed on Etorofu and occupied it.',
          actors: ['russia', 'japan'],
          islands: ['etorofu'],
          coding: { cameo: '192', goldstein: -9.5, plover: 'OCCUPY' },
          sources: [{ outlet: 'Example', url: 'https://example.org/1945' }],
          verification: 'verified',
        },
        {
          id: '2022-03-21-talks-suspended',
          date: '2022-03-21',
          kind: 'talks',
          title: 'Moscow suspends the fishing talks',
          summary: 'Envoy Ivan Petrov announced that the fishing talks were suspended in answer to new tariffs.',
          actors: ['ivan-petrov', 'russia', 'japan'],
          coding: { cameo: '164', goldstein: -7, plover: 'SANCTION' },
          quotes: [{ by: 'ivan-petrov', role: 'Envoy', text: 'the tariffs leave us no choice' }],
          sources: [{ outlet: 'Example', url: 'https://example.org/2022' }],
          verification: 'unverified',
        },
      ],
    },
  ],
});

const NOW = new Date('2024-01-01T00:00:00Z');
const ask = (q: string) => answerQuestion(dossier, q, NOW);

describe('answer on a fixture dossier', () => {
  it('answers when, who, how many and why from the fixture records', () => {
    expect(ask('when were the fishing talks suspended?').reply.lead).toMatch(/^21 March 2022 \(unverified\): Moscow suspends the fishing talks\./);
    expect(ask('who suspended the fishing talks?').reply.lead).toMatch(/^Unverified: Ivan Petrov, Russian envoy \(2020–2023\)\. /);
    expect(ask('how many soldiers landed on iturup?').reply.lead).toMatch(/^About 2,500 soldiers\. /);
    expect(ask('why were the fishing talks suspended?').reply.lead).toContain('in answer to new tariffs');
  });

  it('derives aliases and offices from the fixture actors and islands', () => {
    expect(ask('when was Итуруп occupied').events[0]!.id).toBe('1945-09-01-occupation');
    expect(ask('who was the russian envoy in 2021?').reply.lead).toMatch(/^Ivan Petrov, Russian envoy \(2020–2023\)\./);
  });

  it('declines what the fixture does not cover', () => {
    expect(ask('who won the chess olympiad?').declined).toBe(true);
    expect(ask('what is the population of Etorofu?').declined).toBe(true);
  });
});
