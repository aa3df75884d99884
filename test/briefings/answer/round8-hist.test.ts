import { describe, expect, it } from 'vitest';
import { unframe } from '../../../src/briefings/answer/framing.js';
import { cited, declined, lead } from '../../support/ask.js';

/**
 * Round 8 yes/no verdicts on historical records (docs/questions.md): the shape of the question
 * (a setting first, a question after a statement, a negated auxiliary), two names of one island,
 * Japan's aim in users' words, the name inside "the Tokyo Declaration", and who got what.
 * Phrasings of our own, not the tuning set's.
 */

describe('the shape of a yes/no question (framing.ts)', () => {
  it('reads a question with its setting first as the question with the setting last', () => {
    expect(unframe('in 2016, did abe meet putin in nagato?').text).toBe('did abe meet putin in nagato in 2016?');
    expect(lead('back in 2016 did abe and putin meet in nagato?')).toMatch(/^Yes\./);
    expect(lead('at the 2016 summit was sovereignty settled?')).toMatch(/^No\..*little progress on sovereignty/);
    // A setting that asks something itself is a question word, not a setting.
    expect(unframe('in which year did medvedev visit kunashir').text).toBe('in which year did medvedev visit kunashir');
    expect(lead('in which year did medvedev visit kunashir')).toMatch(/2010/);
    // The record's silence stays a decline.
    expect(declined('in 2010 did putin visit kunashir?')).toBe(true);
  });

  it('reads a yes/no question asked after a statement', () => {
    expect(unframe('the treaty says etorofu - is that iturup?').text).toBe('is that iturup the treaty says etorofu?');
    expect(lead('the 1956 declaration spells it shikoton; is that shikotan?')).toMatch(/^Yes/);
  });

  it('answers a negated auxiliary as the plain one, and "No" only where a record says the contrary', () => {
    expect(lead("didn't japan get sakhalin in 1875?")).toMatch(/^No\..*Russia took all of Sakhalin/);
    expect(lead("wasn't japan a party to the yalta agreement?")).toMatch(/^No\./);
    expect(lead("didn't russia take the kurils back after the russo-japanese war")).toMatch(/^No\..*Kurils stayed Japanese/);
  });
});

describe('two names of one island, and Japan\u2019s aim (island-facts.ts)', () => {
  it('says two names of one island record are one island, and two records are two', () => {
    expect(lead('is shikoton another spelling of shikotan')).toMatch(/^Yes: Shikoton is another name for Shikotan/);
    expect(lead('is iturup the same island as etorofu?')).toMatch(/^Yes: Iturup is another name for Etorofu/);
    expect(lead('is kunashir the same as etorofu')).toMatch(/^No: Kunashiri and Etorofu are separate/);
    expect(lead('is habomai another name for shikotan?')).toMatch(/^No: Habomai islets and Shikotan are separate/);
  });

  it('reads "the islands Japan wants back" as the islands Japan claims', () => {
    expect(lead('is paramushir one of the islands japan wants back')).toMatch(/^No: Paramushir is not one of the four islands Japan claims/);
    expect(lead('is urup one of the islands tokyo demands back')).toMatch(/^No: Urup is not/);
    expect(lead('is kunashir among the islands japan wants returned')).toMatch(/^Yes: Kunashiri is one of the four/);
    // Russia's aim is not Japan's claim, and "did Japan get X" asks of a deed, not of the claim.
    expect(declined('is shikotan one of the islands russia wants back')).toBe(true);
    expect(declined('did japan get kunashir?')).toBe(true);
    expect(declined('did japan get habomai back')).toBe(true);
  });
});

describe('the name inside a thing\u2019s name (another.ts)', () => {
  it('singles out the Tokyo Declaration by the name it spells, whoever else the question names', () => {
    expect(lead('did putin sign the tokyo declaration')).toMatch(/^No\..*Yeltsin and Hosokawa/);
    expect(lead('did kishida sign the tokyo declaration with yeltsin')).toMatch(/^No\..*Yeltsin and Hosokawa/);
    expect(cited('did kishida sign the tokyo declaration with yeltsin')[0]).toBe('1993-10-13-tokyo-declaration');
    expect(lead('did yeltsin sign the tokyo declaration with hosokawa')).toMatch(/^Yes\./);
  });
});

describe('who got what (verbs.ts, recipient.ts)', () => {
  it('reads "end up with" and "get / take back" as getting', () => {
    expect(lead('did russia end up with the kurils after the 1875 treaty')).toMatch(/^No\..*Japan received all the Kuril Islands/);
    expect(lead('did japan wind up with urup under the shimoda treaty?')).toMatch(/^No\..*Urup, left to Russia/);
    expect(lead('did japan end up with etorofu in the 1855 treaty')).toMatch(/^Yes\..*Etorofu, left to Japan/);
    expect(lead('did japan get southern sakhalin back in 1905')).toMatch(/^Yes\..*southern Sakhalin to Japan/);
  });

  it('affirms only a clause that says the side asked got the thing', () => {
    expect(declined('did japan get kunashir?')).toBe(true);
    // Having something is not being given it.
    expect(lead('has russia got coastal missiles on paramushir')).toMatch(/^Yes\./);
  });
});

describe('a clause with no one in it (record-context.ts, verdict-about.ts)', () => {
  it('reads "There was little progress on …" as said of the record\u2019s own meeting and its people', () => {
    expect(lead('did abe and putin settle sovereignty at the 2016 summit?')).toMatch(/^No\..*little progress on sovereignty/);
    expect(lead('did abe and putin make progress on sovereignty in 2016')).toMatch(/^No\./);
    // Another man at the meeting is not lent to it.
    expect(declined('did kishida and putin settle sovereignty at the nagato summit')).toBe(true);
  });
});

describe('"only" (part-of-all.ts)', () => {
  it('answers "No" where the record holds the limit as a part of more', () => {
    expect(lead('was the 1875 treaty only about etorofu')).toMatch(/^No\..*including those north of Etorofu/);
    expect(lead('did the 1946 decree cover just the four islands?')).toMatch(/^No\..*the four disputed ones included/);
  });

  it('affirms a limit only from a clause that states one, and declines otherwise', () => {
    expect(declined('did the 1946 decree only cover the southern kurils')).toBe(true);
    expect(declined('did the soviet union only occupy the four islands in 1945')).toBe(true);
    // Without "only" the record's plain statement still answers.
    expect(lead('was the 1946 decree about the four islands')).toMatch(/^Yes\./);
  });
});

describe('contractions and adverbs of order (framing.ts, text.ts)', () => {
  it('spells out "\u2019d" and "\u2019ll", and reads past "later"', () => {
    expect(unframe("moscow said it'd hand over habomai, true?").text).toMatch(/it would hand over habomai/);
    expect(unframe("they'd left japan by then, right?").text).toBe('had they left japan by then?');
    expect(lead('did moscow afterwards say it would hand over habomai and shikotan once foreign troops left japan')).toMatch(/^Yes\..*only once foreign troops/);
    expect(lead("heard moscow later said it'd give back all four islands, true?")).toMatch(/^No\./);
    // The record's silence stays a decline.
    expect(declined("did moscow say it'd hand over etorofu once foreign troops left japan?")).toBe(true);
  });
});
