import { describe, expect, it } from 'vitest';
import { unframe } from '../../../src/briefings/answer/framing.js';
import { cited, declined, lead } from '../../support/ask.js';

/**
 * Round 7 yes/no questions in users' own framing (docs/questions.md): chat openers, claims put up to
 * be checked, names one record alone holds, "the first …", and a capital as the one who spoke.
 * Phrasings of our own, not the tuning set's.
 */

describe('chat openers and claims put up to be checked (framing.ts)', () => {
  it('answers past an opener as it answers the question inside', () => {
    expect(lead('hey, did hosokawa sign the tokyo declaration in 1993')).toMatch(/^Yes\./);
    expect(lead('btw did abe sign the tokyo declaration in 1993?')).toMatch(/^No\..*Yeltsin and Hosokawa/);
    expect(lead('honest question: did the soviet union sign the san francisco treaty?')).toMatch(/^No\. The Soviet Union did not sign it/);
  });

  it('reads a claim before or after its frame as a yes/no question', () => {
    expect(lead('someone told me the vostok 2022 exercises were held on habomai. true?')).toMatch(/^No\..*Etorofu and Kunashiri/);
    expect(lead('is it true that mishustin signed the order ending the visa-free exchanges')).toMatch(/^Yes\./);
    expect(lead('am i right that zelensky signed a decree recognising the northern territories as japanese?')).toMatch(/^Yes\./);
    expect(lead('my friend says abe and putin met in singapore in 2018, right?')).toMatch(/^Yes\./);
    expect(lead('fact check: the soviet union signed the san francisco treaty')).toMatch(/^No\./);
    expect(lead("i heard the soviet union declared war on japan in august 1945, is that right?")).toMatch(/^Yes\./);
  });

  it('reads an irregular past verb in a claim as the plain verb a "did" question has', () => {
    expect(lead('apparently the treaty of shimoda drew the border between etorofu and urup, correct?')).toMatch(/^Yes\..*Etorofu.*Urup/);
  });

  it('reads who did it in a claim as in a "did" question, and declines a claim about the future', () => {
    expect(declined('i read kishida visited the islands, is that true?')).toBe(true);
    expect(declined('i read that putin visited shikotan, is that true?')).toBe(true);
    expect(declined('heard that japan will get the islands back by 2030, true?')).toBe(true);
  });
});

describe('what the framing reader leaves (framing.ts)', () => {
  it('puts a claim as its question and leaves a question of its own with only its tag off', () => {
    expect(unframe("i've heard that the soviets took the islands in 1945, is it true?")).toEqual({ text: 'did the soviets take the islands in 1945?', claim: 'past' });
    expect(unframe('someone said the drills were held on matua. right?')).toEqual({ text: 'were the drills held on matua?', claim: 'past' });
    expect(unframe('what happened in 1956, is that right?')).toEqual({ text: 'what happened in 1956?' });
    expect(unframe('heard russia will hand back shikotan, true?').claim).toBe('future');
  });

  it('leaves a date phrase and a plain question alone', () => {
    expect(unframe('so far this year what happened')).toEqual({ text: 'so far this year what happened' });
    expect(unframe('did russia suspend the talks?')).toEqual({ text: 'did russia suspend the talks?' });
  });
});

describe('a name one record alone holds singles its thing out (another.ts)', () => {
  it('answers No from the island that record names, Yes from its own island', () => {
    expect(lead('did russia put bastion missiles on matua')).toMatch(/^No\..*Paramushir/);
    expect(lead('were bastion missiles deployed on kunashiri')).toMatch(/^No\..*Paramushir/);
    expect(lead('did russia put bastion missiles on paramushir')).toMatch(/^Yes\./);
  });

  it('still declines a deed with no name on record to single it out', () => {
    expect(declined('did russia deploy missiles on kunashiri')).toBe(true);
    expect(declined('did putin visit shikotan')).toBe(true);
  });
});

describe('"the first …" has one holder (another.ts)', () => {
  it('answers No when the record names another as the first', () => {
    expect(lead('was yeltsin the first russian leader to visit kunashir')).toMatch(/^No\..*Medvedev/);
    expect(cited('was putin the first russian leader to visit the disputed islands')[0]).toBe('2010-11-01-medvedev-visits-kunashir');
    expect(lead('was medvedev the first russian leader to set foot on one of the disputed islands')).toMatch(/^Yes\./);
    expect(lead('was the treaty of shimoda the first treaty between russia and japan')).toMatch(/^Yes\./);
  });

  it('declines when no record says "first" of it', () => {
    expect(declined('was kishida the first japanese prime minister to speak at the northern territories day rally')).toBe(true);
    expect(declined('was the vostok 2022 drill the first on etorofu')).toBe(true);
  });
});

describe('a capital as the one who spoke (seats.ts)', () => {
  it('reads "Moscow" as the state governed from it at the time', () => {
    expect(lead('did moscow say in 1960 it would only hand over shikotan and habomai if foreign troops left japan?')).toMatch(/^Yes\..*Gromyko/);
    expect(declined('did tokyo say in 1960 it would only hand over shikotan and habomai if foreign troops left japan?')).toBe(true);
  });
});

describe('an inflection of a stop word is a stop word too (text.ts)', () => {
  it('does not ask a record for "letting" when records never index "let"', () => {
    expect(lead('was there an agreement letting former residents visit the islands?')).toMatch(/^Yes\..*former/);
    expect(lead('did the 1998 agreement let japanese boats fish around the islands')).toMatch(/^Yes\./);
    expect(cited('was there ever a deal letting japanese boats fish around the islands?')[0]).toBe('1998-safe-fishing-agreement');
  });

  it('still declines when the record has another people in it', () => {
    expect(declined('was there ever a deal letting chinese boats fish around the islands?')).toBe(true);
  });
});

describe('an end asked where the record of that month tells a suspension (another-act.ts)', () => {
  it('reads the thing without the instrument it runs under, and every form of the end verbs', () => {
    expect(lead('did russia terminate the visa-free exchange programme in march 2022')).toMatch(/^No\. 21 March 2022.*The end came later, 5 September 2022/);
    expect(lead('did russia scrap the safe fishing deal in june 2022')).toMatch(/^No\. 7 June 2022.*suspended/);
  });

  it('answers Yes when the record of that month tells the end', () => {
    expect(lead('did russia end the visa-free exchanges in september 2022')).toMatch(/^Yes\./);
  });
});

describe('a qualifier no record words ("special", "dedicated") marks the thing out without naming it (plan.ts)', () => {
  it('answers from the record of the thing itself', () => {
    expect(cited('does russia have a special day for beating japan')[0]).toBe('2023-06-24-russia-day-of-victory-over-militaristic-japan');
    expect(lead('does russia have a specific day marking victory over japan?')).toMatch(/^Yes\..*Day of Victory/);
    expect(lead('is there a dedicated day in russia for the victory over japan')).toMatch(/^Yes\./);
  });

  it('still declines when the rest of the question is not on record', () => {
    expect(declined('does russia have a special day for beating germany')).toBe(true);
  });
});

describe('islands asked by name against a clause doing the deed to others of them (part-of-all.ts)', () => {
  it('answers No when the clause names other disputed islands than those asked', () => {
    expect(lead('did the 1956 declaration promise etorofu to japan')).toMatch(/^No\..*Habomai and Shikotan/);
    expect(lead('did the 1956 declaration promise kunashiri to japan')).toMatch(/^No\..*Habomai and Shikotan/);
  });

  it('answers Yes when the clause names the islands asked', () => {
    expect(lead('did the 1956 declaration promise to hand over habomai and shikotan')).toMatch(/^Yes\./);
    expect(lead('did russia hold drills on kunashiri in 2022')).toMatch(/^Yes\..*Etorofu and Kunashiri/);
  });
});
