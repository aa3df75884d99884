import { describe, expect, it } from 'vitest';
import { cited, declined, firstCited, lead } from '../../support/ask.js';

/**
 * Round 8 yes/no on what was said, reactions and stances (docs/questions.md). Phrasings of our own,
 * not the tuning set's, with the declines the records' silence calls for.
 */

const PESKOV = '2026-02-20-kremlin-no-agreement-without-change-in-relations';

describe('a cleft puts in focus what a contrast denies (contrast.ts)', () => {
  it('answers No when the focus is the alternative the record denies, Yes when it is the one kept', () => {
    expect(lead('was it moscow that halted the dialogue according to peskov?')).toMatch(/^No\..*Tokyo, not Moscow/);
    expect(lead("didn't peskov concede it was moscow that broke off the dialogue?")).toMatch(/^No\./);
    // the plain question too: the clause's contrast denies the doer asked, before who did it is checked
    expect(lead('did peskov say it was moscow that halted the dialogue?')).toMatch(/^No\./);
    expect(lead('did peskov say it was tokyo that halted the dialogue?')).toMatch(/^Yes\./);
  });
});

describe('"didn\'t X admit / concede" is a saying, "cut off" suspends (verbs.ts)', () => {
  it('reads the negative question as the plain one', () => {
    expect(lead("didn't peskov acknowledge it was tokyo that halted the dialogue?")).toMatch(/^Yes\./);
  });

  it('finds the suspension when the talks are cut off', () => {
    expect(firstCited('when did russia cut off the talks with japan')).toBe('2022-03-21-russia-suspends-peace-talks');
    // "cut off" an agreement is no "cut a deal" (agreeing it)
    expect(firstCited('when did russia cut off the fishing agreement')).toBe('2022-06-07-russia-suspends-fishing-agreement');
    expect(lead('how did japan respond when russia cut the peace negotiations off')).toMatch(/extremely unjust/);
  });
});

describe('a topic before a dash, then the question (framing.ts)', () => {
  it('reads the question after the dash as the yes/no or when-question it is', () => {
    expect(lead('the italian analyst - did he say japan could stay neutral?')).toMatch(/^No\..*could not remain neutral/);
    expect(lead('medvedev and kunashir - when did he go there?')).toMatch(/^1 November 2010/);
    expect(lead('the kremlin spokesman - did he say a treaty with japan was impossible?')).toMatch(/^No\..*unlikely/);
  });

  it('still declines what no record says', () => {
    expect(declined('the analyst on al jazeera - did he say russia could not open a new front?')).toBe(true);
    expect(declined('putin - did he ever visit the islands?')).toBe(true);
  });
});

describe('where it was said and what the note says of sources (record-context.ts)', () => {
  it('takes the outlet a record is tagged with as every clause\'s, and decides from what was said', () => {
    expect(lead('did the expert on sky news arabia say russia could open a new front?')).toMatch(/^No\..*cannot open a new front/);
    expect(lead('did the expert on sky news arabia say russia could open a new front?')).not.toMatch(/^No\. Could not be found/);
  });

  it('reads a described speaker ("some expert", "an analyst") as the one the clause has saying it', () => {
    expect(lead('did an analyst say japan could not stay neutral?')).toMatch(/^Yes\./);
    expect(lead('did an expert say russia could not be expected to react, especially after the war in ukraine?')).toMatch(/^Yes\./);
  });
});

describe('what is said of any agreements is said of the pact asked about (verdict-about.ts)', () => {
  it('answers No to "impossible" from "unlikely", Yes to "unlikely"', () => {
    expect(lead('did the kremlin say a peace treaty with tokyo was impossible?')).toMatch(/^No\./);
    expect(cited('did the kremlin say a peace treaty with tokyo was impossible?')).toContain(PESKOV);
    expect(lead('did peskov say a peace accord with japan was impossible?')).toMatch(/^No\..*any agreements were unlikely/);
    expect(lead('did peskov say a deal with japan was unlikely?')).toMatch(/^Yes\./);
    expect(lead('did the kremlin say an agreement with tokyo was certain?')).toMatch(/^No\./);
  });

  it('declines when the speaker or the other party is not the record\'s', () => {
    expect(declined('did lavrov say a peace treaty with japan is impossible?')).toBe(true);
    expect(declined('did peskov say a peace treaty with china is impossible?')).toBe(true);
  });
});

describe('belonging and stances (word-families.ts, antonyms.ts)', () => {
  it('reads "belong to Japan" as Japanese territory', () => {
    expect(lead('did zelensky sign a decree saying the four islands belong to japan?')).toMatch(/^Yes\./);
    expect(declined('did zelensky sign a decree saying the islands belong to russia?')).toBe(true);
    expect(declined('did biden sign something saying the northern territories belong to japan?')).toBe(true);
  });

  it('answers No to a changed stance from "unchanged"', () => {
    expect(lead('did takaichi change japan\'s stance on the islands?')).toMatch(/^No\./);
    expect(declined('did kishida say japan\'s stance on the islands had changed?')).toBe(true);
    expect(declined("has russia's stance on the islands changed under takaichi?")).toBe(true);
  });
});

describe('telling someone is a deed, and "without telling" a No (doer.ts, antonyms.ts)', () => {
  it('answers No from "without telling his party", Yes to the trip itself', () => {
    expect(lead('did muneo suzuki inform nippon ishin before his moscow trip?')).toMatch(/^No\..*without telling his party/);
    expect(lead('did suzuki warn his party before going to moscow?')).toMatch(/^No\./);
    expect(lead('did suzuki visit moscow in 2023?')).toMatch(/^Yes\./);
  });

  it('declines when whom he told is not the record\'s', () => {
    expect(declined('did suzuki tell the kremlin about his trip?')).toBe(true);
    expect(declined('did kishida tell his party before he visited kyiv?')).toBe(true);
  });
});

describe('staying away meets being there (antonyms.ts)', () => {
  it('answers No when the record has the person speaking at it', () => {
    expect(lead('did kishida skip the northern territories day rally in 2022?')).toMatch(/^No\./);
  });

  it('declines when no record has the person there or away', () => {
    expect(declined('did putin skip the nagato summit?')).toBe(true);
  });
});

describe('refusing to sign is a side\'s response on record (answerers/reaction.ts)', () => {
  it('answers from the record of the thing the side did not sign', () => {
    expect(lead("what was the ussr's reaction to the treaty of san francisco?")).toMatch(/^Soviet Union's reaction on record.*did not sign it/);
    expect(firstCited("what was the ussr's reaction to the treaty of san francisco?")).toBe('1951-09-08-san-francisco-peace-treaty');
  });

  it('still declines a reaction no record gives', () => {
    expect(declined('how did japan react to the yalta agreement')).toBe(true);
    expect(declined("how did russia react to zelensky's decree")).toBe(true);
  });
});
