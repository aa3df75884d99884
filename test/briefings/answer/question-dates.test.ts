import { describe, expect, it } from 'vitest';
import { describeRange, detectIntent, parseQuestionDates } from '../../../src/briefings/answer/index.js';

const NOW = new Date('2026-03-01T12:00:00Z');
const range = (q: string, now: Date = NOW) => parseQuestionDates(q, now).range;

describe('dates in questions', () => {
  it('reads years, months, days and ranges', () => {
    expect(range('what happened in 2022?')).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    expect(range('what happened in March 2022')).toEqual({ start: '2022-03-01', end: '2022-03-31' });
    expect(range('protests in sept 2022')).toEqual({ start: '2022-09-01', end: '2022-09-30' });
    expect(range('what happened on 21 March 2022')).toEqual({ start: '2022-03-21', end: '2022-03-21' });
    expect(range('talks on March 21, 2022')).toEqual({ start: '2022-03-21', end: '2022-03-21' });
    expect(range('events of 2022-03')).toEqual({ start: '2022-03-01', end: '2022-03-31' });
    expect(range('between 1990 and 2000')).toEqual({ start: '1990-01-01', end: '2000-12-31' });
    expect(range('from 2016 to 2019')).toEqual({ start: '2016-01-01', end: '2019-12-31' });
    expect(range('in the 1990s')).toEqual({ start: '1990-01-01', end: '1999-12-31' });
  });

  it('reads open ranges up to the clock', () => {
    expect(range('any drills since 2020?')).toEqual({ start: '2020-01-01', end: '2026-03-01' });
    expect(range('drills after 2020')).toEqual({ start: '2021-01-01', end: '2026-03-01' });
    expect(range('what happened before 1950')).toEqual({ start: '0000-01-01', end: '1949-12-31' });
  });

  it('resolves relative dates against the injected clock', () => {
    expect(range('what happened last year')).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(range('what happened last year', new Date('2023-06-15T00:00:00Z'))).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    expect(range('anything this year')).toEqual({ start: '2026-01-01', end: '2026-03-01' });
    expect(range('last month')).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(range('in the past 2 years')).toEqual({ start: '2024-03-01', end: '2026-03-01' });
  });

  it('leaves years that are part of a name as words', () => {
    expect(parseQuestionDates('what did the 1956 declaration promise', NOW)).toEqual({ rest: 'what did the 1956 declaration promise' });
    expect(parseQuestionDates('when were the vostok 2022 drills', NOW).range).toBeUndefined();
    expect(parseQuestionDates("what did putin's 2023 law say", NOW).range).toBeUndefined();
  });

  it('takes the date phrase out of the question', () => {
    expect(parseQuestionDates('why did japan protest in may 2025', NOW).rest).toBe('why did japan protest');
  });

  it('describes a range in words', () => {
    expect(describeRange({ start: '2025-01-01', end: '2025-12-31' })).toBe('in 2025');
    expect(describeRange({ start: '2022-03-01', end: '2022-03-31' })).toBe('in March 2022');
    expect(describeRange({ start: '2022-03-21', end: '2022-03-21' })).toBe('on 21 March 2022');
  });
});

describe('question types', () => {
  it.each([
    ['When did Russia suspend the talks?', 'when'],
    ['wen did medvedev visit kunashir', 'when'],
    ['what year was the treaty of shimoda', 'when'],
    ['Who signed the Tokyo Declaration?', 'who'],
    ['Which Russian ambassador did Japan protest to?', 'who'],
    ['How many troops took part?', 'howmany'],
    ['kurill drills march 2022 how many troops', 'howmany'],
    ['Why did Russia suspend the talks?', 'why'],
    ['What reason did Moscow give?', 'why'],
    ['Which islands did the 1956 declaration promise?', 'where'],
    ['What did Kishida say in Hiroshima?', 'what'],
    ['tell me about the yalta agreement', 'what'],
  ])('"%s" is a %s question', (q, intent) => {
    expect(detectIntent(q)).toBe(intent);
  });
});
