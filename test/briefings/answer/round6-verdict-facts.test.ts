import { describe, expect, it } from 'vitest';
import { cited, declined, firstCited, lead } from '../../support/ask.js';

/**
 * Round 6 yes/no verdicts from the facts of a record (docs/questions.md): a record that shows the act
 * with another person, island, office, day, order or act than the question assumes states a "No";
 * silence still does not. Phrasings of our own, not the tuning set's.
 */

describe('another person or island in the place of the one asked (another.ts)', () => {
  it('answers No from the one record of the thing, naming who signed it', () => {
    expect(lead('did abe sign the tokyo declaration in 1993')).toMatch(/^No\..*Yeltsin and Hosokawa/);
    expect(lead('did medvedev sign the order ending the visa-free exchanges')).toMatch(/^No\..*Mishustin/);
    expect(lead('did hosokawa sign the tokyo declaration in 1993')).toMatch(/^Yes\./);
    expect(lead('did mishustin sign the order ending the visa-free exchanges')).toMatch(/^Yes\./);
  });

  it('answers No from the islands the record places the thing on', () => {
    expect(lead('were the vostok 2022 exercises held on habomai')).toMatch(/^No\..*Etorofu and Kunashiri/);
    expect(lead('did russia deploy the bastion missile systems on iturup')).toMatch(/^No\..*Paramushir/);
    expect(lead('did the treaty of shimoda draw the border between urup and shikotan')).toMatch(/^No\..*Etorofu.*Urup/);
    expect(lead('were the vostok-2022 drills on kunashiri')).toMatch(/^Yes\./);
  });

  it('reads "by which" as no passive agent', () => {
    expect(lead('did kishida sign the decree recognising the northern territories')).toMatch(/^No\..*Zelensky signed a decree/);
    expect(lead('did zelensky sign the decree recognising the northern territories')).toMatch(/^Yes\./);
  });

  it('does not answer No from a negation whose subject is someone other than the doer asked', () => {
    expect(lead('did japan renounce the kurils in 1951')).not.toMatch(/^No/);
    expect(lead('did the soviet union sign the san francisco treaty')).toMatch(/^No\. The Soviet Union did not sign it/);
  });

  it('still declines when the question singles out no one record, or asks about a state', () => {
    expect(declined('did medvedev visit shikotan')).toBe(true);
    expect(declined('did takaichi meet putin')).toBe(true);
    expect(declined('did yeltsin visit the islands')).toBe(true);
    expect(declined('did the us sign the 1956 declaration')).toBe(true);
  });
});

describe('a place among the islands Japan claims (claimedPlace)', () => {
  it('reads the record\'s islands against the island records', () => {
    expect(lead('were the matua drills in the northern territories')).toMatch(/^No\..*Matua is not one of the four/);
    expect(lead('did the shumshu battle happen on one of the islands japan claims')).toMatch(/^No\..*Shumshu/);
    expect(lead('were the vostok-2022 drills held on the disputed islands')).toMatch(/^Yes\./);
    // Drills in the waters north of Shikotan were not on it.
    expect(lead('were the drills north of shikotan on one of the disputed islands')).not.toMatch(/^Yes/);
  });
});

describe('who got it, when someone else did the deed', () => {
  it('answers from the record\'s own contrary clause instead of declining', () => {
    expect(lead('did russia get the kurils under the 1875 treaty')).toMatch(/^No\..*Japan received all the Kuril Islands/);
    expect(lead('did the treaty of st petersburg give sakhalin to japan')).toMatch(/^No\..*Russia took all of Sakhalin/);
    expect(declined('did japan suspend the visa-free exchanges')).toBe(true);
  });
});

describe('an office held at the time (office-held.ts)', () => {
  it('answers No from the roles when the person then held another office', () => {
    expect(lead('was yeltsin prime minister when he signed the tokyo declaration')).toMatch(/^No\. Boris Yeltsin was then President/);
    expect(lead('was kishida president in 2022')).toMatch(/^No\. Fumio Kishida was then Prime Minister/);
    expect(lead('was hosokawa prime minister when he signed the tokyo declaration')).toMatch(/^Yes\./);
  });
});

describe('another day of the month (another-day.ts)', () => {
  it('answers No from the day on record, Yes from the same day', () => {
    expect(lead('is northern territories day on the 8th of february')).toMatch(/^No\..*7 February/);
    expect(lead('was the st petersburg treaty ratified on 20 august')).toMatch(/^No\..*22 August 1875/);
    expect(lead('was the shimoda treaty signed on 9 february')).toMatch(/^No\..*7 February 1855/);
    expect(lead('is northern territories day on february 7th')).toMatch(/^Yes\./);
  });

  it('reads the day from the clause of the deed asked, and not from a span\'s end', () => {
    expect(lead('was the st petersburg treaty signed on 22 august')).toMatch(/^No\..*signed on 7 May 1875/);
    expect(lead('was the st petersburg treaty ratified on 22 august')).toMatch(/^Yes\./);
    expect(lead('did japan protest the drills on 7 february')).not.toMatch(/^No/);
    expect(declined('did japan sign the law making 3 september victory day')).toBe(true);
    // "It said the Soviet Union would consider itself at war … from the next day, 9 August": no day of the declaring.
    expect(lead('did the soviet union declare war on japan on 9 august')).toMatch(/^No\..*8 August 1945/);
    expect(lead('did the soviet union declare war on japan on 8 august')).toMatch(/^Yes\./);
  });
});

describe('before and after (before-after.ts)', () => {
  it('reads "after X" on record as a No to "before X"', async () => {
    const { ordersOtherWay } = await import('../../../src/briefings/answer/before-after.js');
    expect(ordersOtherWay('did they leave before the treaty was signed', 'They left after the treaty was signed.')).toBe(true);
    expect(ordersOtherWay('did they leave after the treaty was signed', 'They left after the treaty was signed.')).toBe(false);
    expect(ordersOtherWay('did they leave before the war', 'They left after the treaty was signed.')).toBe(false);
    expect(lead('did the soviet union occupy shikotan before the japanese surrender')).toMatch(/^No\..*after Japan had announced its surrender/);
  });
});

describe('a first since some date is no first ever (exception.ts)', () => {
  it('answers No to "the first" when the record says "the first … since 2003"', () => {
    expect(lead('was the 2022 bluebook the first to call the islands illegally occupied')).toMatch(/^No\..*since 2003/);
    expect(lead('was the 2022 bluebook the first since 2003 to call the islands illegally occupied')).toMatch(/^Yes\./);
    expect(lead('was medvedev the first russian leader to visit kunashir')).toMatch(/^Yes\./);
  });
});

describe('an exception to the whole of a deed (exception.ts)', () => {
  it('answers No to "every" or "all" when the record names an exception to that deed', () => {
    expect(lead('does the constitution forbid ceding any territory in all cases')).toMatch(/^No\..*demarcation/);
    expect(lead('is any handover of territory banned by the russian constitution')).toMatch(/^Yes\./);
  });
});

describe('a suspension is not an end (another-act.ts)', () => {
  it('answers No for the period, citing the later end when there is one', () => {
    expect(lead('did russia scrap the peace talks for good in march 2022')).toMatch(/^No\. 21 March 2022: Russia suspends/);
    expect(lead('was the 1998 fishing deal cancelled in 2022')).toMatch(/^No\. 7 June 2022/);
    expect(cited('did russia cancel the visa-free visits in march 2022')).toContain('2022-09-05-russia-ends-visa-free-exchanges-and-visits');
    expect(lead('were the visa-free visits terminated in september 2022')).toMatch(/^Yes\./);
  });
});

describe('back on, resumed, again (standing.ts)', () => {
  it('answers No while the newest record of the thing says it stopped', () => {
    expect(lead('have the visa-free exchanges resumed')).toMatch(/^No\. 5 September 2022/);
    expect(lead('is the 1998 fishing deal working again')).toMatch(/^No\. 7 June 2022/);
    expect(lead('are the peace talks up and running again')).toMatch(/^No\./);
    expect(firstCited('are the peace talks up and running again')).toBe('2022-03-21-russia-suspends-peace-talks');
  });
});

describe('a deed meant but overtaken (overtaken.ts)', () => {
  it('answers No when the record says something else happened first', async () => {
    const { overtakenDeed } = await import('../../../src/briefings/answer/overtaken.js');
    const { makePlan } = await import('../../../src/briefings/answer/plan.js');
    const { answerIndex } = await import('../../../src/briefings/answer/search-index.js');
    const { realDossier } = await import('../../support/fixtures.js');
    const plan = (q: string) => makePlan(answerIndex(realDossier()), q, new Date('2026-03-01T12:00:00Z'));
    const text = 'The ministry had decided to expel the envoy, but he left the country first.';
    expect(overtakenDeed(plan('did the ministry expel the envoy'), [text])).toBe(text);
    expect(overtakenDeed(plan('did the ministry expel the envoy'), ['The ministry had decided to expel the envoy.'])).toBeUndefined();
    expect(lead('was suzuki kicked out of nippon ishin')).toMatch(/^No\..*resigned on the spot/);
    expect(lead('did muneo suzuki resign from nippon ishin')).toMatch(/^Yes\./);
  });
});

describe('vocabulary', () => {
  it('reads win and beat as victory', () => {
    expect(lead('does russia mark a day for its win over japan')).toMatch(/^Yes\..*Victory over Militaristic Japan/);
  });

  it('joins the -lled forms to their verb ("expelled", "cancelled")', async () => {
    const { synonymMap } = await import('../../../src/briefings/answer/aliases.js');
    expect(synonymMap().get('expel')).toContain('expell');
    expect(synonymMap().get('cancell')).toContain('end');
  });
});
