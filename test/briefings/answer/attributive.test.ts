import { describe, expect, it } from 'vitest';
import { onlyAsTopic } from '../../../src/briefings/answer/attributive.js';
import { expectSame, verdict } from '../../support/metamorphic.js';

describe('onlyAsTopic: a thing named only as what talks are about is not on record as existing', () => {
  it('reads "peace-treaty talks" as talks about a treaty', () => {
    expect(onlyAsTopic('is there a peace treaty between russia and japan', 'Russia suspends peace-treaty talks with Japan')).toBe(true);
    expect(onlyAsTopic('was there a peace treaty in 1960', 'Moscow said these papers were still a factor in the peace treaty negotiations')).toBe(true);
  });
  it('keeps a clause that names the thing itself', () => {
    expect(onlyAsTopic('is there a peace treaty between russia and japan', 'Russia and Japan still have no peace treaty after the Second World War')).toBe(false);
    expect(onlyAsTopic('did they sign a peace treaty in 1951', 'The San Francisco Peace Treaty was signed by 49 states, and its talks lasted a week')).toBe(false);
  });
  it('leaves questions that ask about no thing alone', () => {
    expect(onlyAsTopic('did russia suspend the talks', 'Russia suspends peace-treaty talks with Japan')).toBe(false);
  });
});

describe('a present-tense question over a period up to today asks how things stand now (present-since.ts)', () => {
  it.each([
    ['is there a peace treaty between russia and japan', 'is there a peace treaty between russia and japan since 1956'],
    ['do russia and japan have a peace treaty', 'do russia and japan have a peace treaty since 1956?'],
    ['are the peace talks still suspended', 'are the peace talks still suspended since 2022'],
  ])('%s ~ %s', (original, variant) => {
    expect(verdict(original).lead).toMatch(/^(?:Yes|No)$/);
    expectSame(original, variant);
  });
  it.each(['was there a peace treaty in 1960', 'was there a peace treaty between the soviet union and japan in 1960', 'is there a peace treaty since 1956'])(
    'never "Yes" from a record of peace-treaty talks: %s',
    (question) => expect(verdict(question).lead).not.toBe('Yes'),
  );
});
