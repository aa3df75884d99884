import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/briefings/answer/index.js';
import { topDevelopments } from '../../../src/briefings/significance.js';
import { buildDossier } from '../../../src/dossier/validate.js';
import { readDossierFiles } from '../../../src/dossier/load.js';
import { realDossier } from '../../support/fixtures.js';
import { ask, firstCited, lead, ASK_NOW } from '../../support/ask.js';

const dossier = realDossier();

/** Issue 12: answers from the whole dossier, the newest record, yes/no, start and end, reactions. */

/** The shipped dossier with one more event: a newer record must become the latest. */
function withEvent(event: Record<string, unknown>) {
  const raw = readDossierFiles();
  return buildDossier({ ...raw, events: [...raw.events, { file: 'events/extra.yaml', data: [event] }] });
}

describe('the newest matching record', () => {
  it('answers "when did Russia last hold drills?" with the newest drills, not the 1945 record whose text says "last"', () => {
    expect(firstCited('when did Russia last hold drills?')).toBe('2025-05-14-japan-protests-drills-near-shikotan');
    expect(firstCited('latest drills')).toBe('2025-05-14-japan-protests-drills-near-shikotan');
  });

  it('follows the record: a newer drill becomes the latest', () => {
    const grown = withEvent({
      id: '2026-02-25-test-drills-on-kunashiri',
      date: '2026-02-25',
      kind: 'military',
      title: 'Russia holds drills on Kunashiri',
      summary: 'Russian troops held drills on Kunashiri.',
      actors: ['russia'],
      islands: ['kunashiri'],
      coding: { cameo: '150', goldstein: -7.2, plover: 'MOBILIZE:troops' },
      sources: [{ outlet: 'Example', url: 'https://example.org/drills' }],
      verification: 'verified',
    });
    const result = answerQuestion(grown, 'latest drills', ASK_NOW);
    expect(result.events[0]?.id).toBe('2026-02-25-test-drills-on-kunashiri');
    expect(result.reply.lead).toMatch(/^Most recent on record, 25 February 2026: /);
  });

  it('answers news questions with the developments the brief ranks first', () => {
    const expected = topDevelopments(dossier.events.filter((e) => e.date.start <= '2026-03-01'), '2026-03-01', 3).map((e) => e.id);
    for (const q of ["what's the latest?", 'any news?', 'what happened recently']) {
      expect(ask(q).path, q).toBe('news');
      expect(ask(q).events.map((e) => e.id), q).toEqual(expected);
    }
  });
});

describe('yes/no questions', () => {
  it('start with Yes or No, from the clause that decides it', () => {
    expect(lead('do japan and russia have a peace treaty?')).toMatch(/^No\. /);
    expect(lead('was japan a party to the yalta agreement?')).toMatch(/^No\. /);
    expect(lead('did russia suspend the fishing agreement?')).toMatch(/^Yes\. /);
    expect(lead('is matua one of the four islands')).toMatch(/^No: Matua is not one of the four islands Japan claims\./);
    expect(lead('is etorofu claimed by japan')).toMatch(/^Yes: /);
  });

  it('are declined, not answered "No", when no record speaks to them', () => {
    expect(ask('did putin visit kunashiri?').declined).toBe(true);
  });
});

describe('start and end', () => {
  it('tell the first day of a record spanning days from its last', () => {
    expect(lead('when did the battle of shumshu begin')).toMatch(/^Began 18 August 1945 \(18–23 August 1945\)/);
    expect(lead('when did the battle of shumshu end')).toMatch(/^Ended 23 August 1945 /);
  });

  it('tell the record that set something up from the one that ended it', () => {
    expect(firstCited('when did the visa-free visits begin')).toBe('1991-10-14-visa-free-exchange-arrangement');
    expect(firstCited('when did the simplified visits end')).toBe('2022-09-05-russia-ends-visa-free-exchanges-and-visits');
  });
});

describe('reactions', () => {
  it("give the side's own response after the event", () => {
    const result = ask('how did japan react to russia suspending the talks');
    expect(result.path).toBe('reaction');
    expect(result.events.map((e) => e.id)).toEqual(['2022-03-22-kishida-protests-talks-halt', '2022-03-21-russia-suspends-peace-talks']);
  });

  it('are declined when no record links a reaction to the event, rather than offering the next statement', () => {
    const result = ask('how did tokyo react to the vostok 2022 drills');
    expect(result.declined).toBe(true);
    expect(result.reply.lead).toMatch(/no reaction by Japan/);
  });
});

describe('the islands themselves', () => {
  it('answers from the island records: names, which Japan claims, what their notes say', () => {
    expect(lead('what is iturup called in japanese')).toContain('択捉島');
    expect(lead('which islands make up the northern territories')).toMatch(/Etorofu.*Kunashiri.*Shikotan.*Habomai/);
    expect(lead("what's the largest island japan claims")).toMatch(/^Etorofu /);
    expect(ask('tell me about the lesser kurils').events.length).toBeGreaterThan(0);
    expect(lead('tell me about the lesser kurils')).toMatch(/Shikotan.*Habomai/);
  });

  it('still answers an event question from the event, though an island note mentions it', () => {
    expect(firstCited('Which islands did the 1956 declaration promise to hand over?')).toBe('1956-10-19-soviet-japanese-joint-declaration');
  });
});
