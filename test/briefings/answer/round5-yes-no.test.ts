import { describe, expect, it } from 'vitest';
import { lead } from '../../support/ask.js';

/** Round 5 yes/no rules (docs/questions.md), with phrasings of their own. */

describe('light verbs and pronouns frame a yes/no question', () => {
  it('reads "conduct", "stage", "run" as holding, and "a … one" as no word of its own', () => {
    expect(lead('did russia conduct drills on matua')).toMatch(/^Yes\./);
    expect(lead('did russia run its vostok-2022 drills on kunashiri')).toMatch(/^Yes\./);
    expect(lead('was the agreement at yalta a secret one')).toMatch(/^Yes\./);
  });
});

describe('a two-digit year naming a document', () => {
  it('reads "the 56 declaration" as 1956, and leaves other numbers alone', async () => {
    const { expandAbbreviations } = await import('../../../src/briefings/answer/aliases.js');
    expect(expandAbbreviations("the '93 tokyo declaration")).toContain('1993 tokyo declaration');
    expect(expandAbbreviations('the 56 declaration')).toContain('1956 declaration');
    expect(expandAbbreviations('over 30 troops')).toBe('over 30 troops');
    expect(lead('did the irkutsk statement name the 56 declaration as the starting point')).toMatch(/^Yes\./);
  });
});

describe('a decision or a move to do something is not doing it', () => {
  it('does not answer Yes from "the party moves to expel him"', () => {
    expect(lead('did nippon ishin expel muneo suzuki')).not.toMatch(/^Yes/);
    expect(lead('did muneo suzuki visit moscow in 2023')).toMatch(/^Yes\./);
  });
});

describe('left unsaid', () => {
  it('answers No when the record says the thing asked about was not specified', async () => {
    const { unsaidClause } = await import('../../../src/briefings/answer/unsaid.js');
    const text = 'Japan gave up the islands, without the treaty naming who would get them.';
    expect(unsaidClause('did the treaty name who gets the islands', [text])).toBe(text);
    expect(unsaidClause('did the treaty give up the islands', [text])).toBeUndefined();
    expect(lead('did the san francisco treaty say which islands the kuriles were')).toMatch(/^No\./);
    expect(lead('did the san francisco treaty have japan renounce the kurile islands')).toMatch(/^Yes\./);
  });
});

describe('a word and its negated form', () => {
  it('finds "unlikely" for "likely" and answers No from it', async () => {
    const { negatedForms } = await import('../../../src/briefings/answer/antonyms.js');
    expect(negatedForms('likely', new Map([['unlikely', 1]]))).toEqual(['unlikely']);
    // Round 8: also when the records use the word itself elsewhere ("relations changed" beside "the
    // position is unchanged"), since the negated form still answers the question No.
    expect(negatedForms('likely', new Map([['likely', 1], ['unlikely', 1]]))).toEqual(['unlikely']);
    expect(lead('is an agreement with japan likely, according to peskov')).toMatch(/^No\..*unlikely/);
    expect(lead('did the bluebook say the islands were legally occupied')).toMatch(/^No\./);
  });
});

describe('a name with the Japanese particle "no"', () => {
  it('does not read "Nippon Ishin no Kai" as a negation', () => {
    expect(lead('did muneo suzuki go to moscow without telling his party')).toMatch(/^Yes\./);
    expect(lead('did the soviet union sign the san francisco treaty')).toMatch(/^No\./);
  });
});

describe('some of the islands is not all of them', () => {
  it('answers No when the record does the deed to some disputed islands by name', () => {
    expect(lead('did the joint declaration of 1956 pledge all of the islands to japan')).toMatch(/^No\..*Habomai and Shikotan/);
    expect(lead('did moscow agree in 1956 to hand over habomai and shikotan')).toMatch(/^Yes\./);
  });
});
