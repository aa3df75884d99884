import { describe, expect, it } from 'vitest';
import { parseQuestionDates } from '../../../src/briefings/answer/question-dates.js';
import { plainVerbs } from '../../../src/briefings/answer/verbs.js';
import { ASK_NOW, declined, firstCited, lead } from '../../support/ask.js';

/**
 * Round 8: most recent, islands, actors and a wrong answer (docs/questions.md). Phrasings of our
 * own, not the tuning set's; the record asked is the real dossier at 1 March 2026.
 */

describe('islands answered from their notes (island-facts.ts, word-families.ts, intent.ts)', () => {
  it('reads a count in digits as "four" and a superlative in two words as the notes\' one word', () => {
    expect(lead('out of the 4 islands which one is largest')).toMatch(/^Etorofu/);
    expect(lead('which kuril island is the most northerly')).toMatch(/Shumshu/);
    expect(lead('which island lies furthest north in the chain')).toMatch(/Shumshu/);
  });

  it('declines a superlative no note gives, and never reads south as north by typo', () => {
    expect(declined('which of the 4 islands is the smallest')).toBe(true);
    expect(declined('which is the most southern of the kurils')).toBe(true);
    expect(declined('what is the southernmost kuril island')).toBe(true);
  });

  it('answers "sits off which island" from the island note that says where it lies', () => {
    expect(lead('habomai sits off which japanese island')).toMatch(/Hokkaido/);
    expect(lead('which japanese island is kunashir situated next to')).toMatch(/Hokkaido/);
  });
});

describe('who made a deal (verbs.ts)', () => {
  it('reads making, striking or cutting a deal as agreeing it', () => {
    expect(plainVerbs('who struck the secret deal at yalta')).toBe('who agree the secret deal at yalta');
    expect(plainVerbs('which states cut a deal on the kurils')).toBe('which states agree a deal on the kurils');
    expect(lead('who made the secret yalta agreement')).toMatch(/United States.*United Kingdom.*Soviet Union/s);
    expect(lead('which nations struck the yalta deal on the kurils')).toMatch(/United States/);
  });

  it('leaves a deal no record tells declined', () => {
    expect(declined('which countries made a deal at potsdam on the kurils')).toBe(true);
  });
});

describe('dates in other words (question-dates.ts)', () => {
  it('reads "last <month>" as the latest such month gone and "before/after WW2" as a bound', () => {
    expect(parseQuestionDates('what happened last september', ASK_NOW).range).toEqual({ start: '2025-09-01', end: '2025-09-30' });
    expect(parseQuestionDates('what happened last january', ASK_NOW).range).toEqual({ start: '2026-01-01', end: '2026-01-31' });
    expect(parseQuestionDates('treaties before ww2', ASK_NOW).range?.end).toBe('1939-08-31');
    expect(parseQuestionDates('treaties after the second world war', ASK_NOW).range?.start ?? '').toMatch(/^1945-/);
  });

  it('declines a day on record in a year the record is silent about', () => {
    expect(declined('how did russia mark victory over militaristic japan day last september')).toBe(true);
    expect(declined('what did russia do on victory over militaristic japan day this february')).toBe(true);
  });

  it('answers the last treaty before the war that moved the border with the newest such treaty', () => {
    expect(firstCited('what was the last treaty signed before world war 2 that shifted the border between russia and japan')).toBe('1905-09-05-treaty-of-portsmouth');
    expect(firstCited('what was the most recent treaty before ww2 that changed the japan-russia border')).toBe('1905-09-05-treaty-of-portsmouth');
  });
});

describe('the most recent thing of a kind (newest.ts, pick.ts)', () => {
  it('takes the kind named right after the recency word, and the making of an agreement, not its end', () => {
    expect(firstCited('what is the latest deal that allowed japanese former residents to visit')).toBe('1999-09-02-simplified-visits-for-former-residents');
    expect(firstCited('what was the most recent agreement on fishing near the islands')).toBe('1998-safe-fishing-agreement');
  });

  it('still answers the last agreement ended with its ending, and "the last time X protested a trip" with the trip', () => {
    expect(firstCited('what was the latest agreement russia walked away from over the islands')).toBe('2022-09-05-russia-ends-visa-free-exchanges-and-visits');
    expect(firstCited('when was the last time japan protested a russian visit to the islands')).toBe('2019-08-02-medvedev-visits-iturup');
    // "Last" as an adverb before a verb names no kind: the protest and the visit both count, as before.
    expect(firstCited('when did tokyo last lodge a protest about a russian visit to the islands')).toBe('2019-08-02-medvedev-visits-iturup');
  });
});

describe('a holder of an office at the time (plan.ts, newest.ts)', () => {
  it('reads "a (sitting) Russian president" as any holder, and the newest visit made in that office', () => {
    expect(firstCited('when did a serving russian president last set foot on the islands')).toBe('2010-11-01-medvedev-visits-kunashir');
    expect(firstCited('most recent visit to the kurils by a russian president?')).toBe('2010-11-01-medvedev-visits-kunashir');
  });

  it('answers a prime minister with the visit made as prime minister', () => {
    expect(firstCited('when did a russian prime minister last visit the islands')).toBe('2019-08-02-medvedev-visits-iturup');
  });
});

describe('an island Japan does not claim (newest.ts)', () => {
  it('keeps the newest record to islands not in dispute, with Japan no party to it', () => {
    expect(firstCited('when did russia last hold drills on an island tokyo does not claim')).toBe('2024-08-01-russian-missile-drills-on-matua');
    expect(firstCited('when did russia last put missiles on a kuril island outside the four')).toBe('2024-08-01-russian-missile-drills-on-matua');
  });

  it('leaves the islands Japan claims to the newest record near them', () => {
    expect(firstCited('when did russia most recently drill near one of the islands japan claims')).toBe('2025-05-14-japan-protests-drills-near-shikotan');
  });
});
