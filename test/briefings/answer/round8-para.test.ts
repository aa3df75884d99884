import { describe, expect, it } from 'vitest';
import { cited, declined, firstCited, lead } from '../../support/ask.js';

/**
 * Round 8 paraphrased when-questions (docs/questions.md): everyday words for what the records say in
 * their own ("sign away", "war games", "the Red Army", "comment on", "win" a territory, "the southern
 * half of", "first allowed to"), a name after its title, and a deed dated elsewhere in the record of
 * the thing it was done to. Phrasings of our own, not the tuning set's.
 */

describe('phrasal verbs and compounds the records say in one word (verbs.ts)', () => {
  it('reads signing a territory away or over as renouncing it', () => {
    expect(firstCited('when did tokyo sign away its claim to the kurile islands')).toBe('1951-09-08-san-francisco-peace-treaty');
    expect(firstCited('when did japan sign over the kurils')).toBe('1951-09-08-san-francisco-peace-treaty');
  });

  it('declines when the one who signed it away is not the one on record, or the year is wrong', () => {
    expect(declined('when did russia sign away the kurils')).toBe(true);
    expect(declined('did japan sign away the kurils in 1956')).toBe(true);
  });

  it('reads war games as drills, and declines them where no record holds them', () => {
    expect(firstCited('when were the russian war games on etorofu')).toBe('2022-09-03-vostok-2022-drills-on-etorofu-and-kunashiri');
    expect(declined('did russia hold war games on habomai')).toBe(true);
  });

  it('reads commenting on or speaking about something as saying something about it', () => {
    expect(firstCited("when did lavrov remark on japan's demand to return the islands")).toBe('2019-01-16-lavrov-says-japans-claim-contradicts-un-charter');
    expect(lead("when did lavrov last speak about japan's claim to the islands")).toMatch(/^16 January 2019/);
    expect(declined('when did lavrov comment on the fishing agreement')).toBe(true);
  });

  it('leaves talking about the islands as negotiating, and speaking on a place as a language', () => {
    expect(lead('are tokyo and moscow talking about the islands right now?')).toMatch(/^No\./);
    expect(declined('what language do people speak on shikotan')).toBe(true);
  });

  it('reads winning a territory as getting it, but winning a war or a battle as a victory', () => {
    expect(firstCited('when did japan win southern sakhalin')).toBe('1905-09-05-treaty-of-portsmouth');
    expect(lead('did japan win southern sakhalin in 1875')).toMatch(/^No\./);
    expect(declined('when did japan win the war against russia')).toBe(true);
    expect(declined('when did the soviets win the battle of shumshu')).toBe(true);
  });
});

describe('names and descriptions the records give in other words (aliases.ts, word-families.ts)', () => {
  it('reads the Red Army as the Soviet army', () => {
    expect(firstCited('when did the red army land on shumshu')).toBe('1945-08-18-battle-of-shumshu');
    expect(declined('did the red army occupy hokkaido')).toBe(true);
  });

  it('reads the southern half or part of a place as its south, and northern as north', () => {
    expect(firstCited('when did japan get the southern half of sakhalin')).toBe('1905-09-05-treaty-of-portsmouth');
    expect(firstCited('when did japan first receive the northern kurils such as paramushir')).toBe('1875-05-07-treaty-of-st-petersburg');
  });

  it('reads "first allowed to" in the past as the thing set up, and a people as its citizens', () => {
    expect(firstCited('when were japanese citizens permitted to travel to the islands visa-free')).toBe('1991-10-14-visa-free-exchange-arrangement');
    expect(firstCited('when were japanese people first allowed to visit without visas')).toBe('1991-10-14-visa-free-exchange-arrangement');
  });

  it('does not read "allowed to" now as a start, nor answer what no record sets up', () => {
    expect(declined('are japanese people allowed to visit the islands now')).toBe(true);
    expect(declined('is japan allowed to fish near the islands now')).toBe(true);
    expect(declined('when were japanese tourists allowed to visit the islands')).toBe(true);
    expect(declined('how many people live on shikotan')).toBe(true);
  });

  it('reads the territory issue as the territorial issue', () => {
    expect(firstCited('when did takaichi first say japan aims to resolve the territory issue')).toBe('2025-10-24-takaichi-seeks-peace-treaty');
    expect(declined('when did kishida first say he wants to settle the territory issue')).toBe(true);
  });
});

describe('who did it, with a title before the name (doer.ts)', () => {
  it('joins a titled name to the name before its "and"', () => {
    expect(firstCited('when did yeltsin commit to negotiating the ownership of the islands')).toBe('1993-10-13-tokyo-declaration');
    expect(lead('did yeltsin agree to negotiate the ownership of the islands')).toMatch(/^Yes\./);
  });
});

describe('a deed dated elsewhere in the record of the thing (end-pointer.ts)', () => {
  it('answers a freeze of a described deal from the record of the freeze', () => {
    expect(firstCited('when did moscow halt the pact letting japanese fishermen work around the four islands')).toBe('2022-06-07-russia-suspends-fishing-agreement');
  });

  it('still answers the signing of the deal from its own record, and declines the wrong doer', () => {
    expect(cited('when did russia and japan sign the deal that let japanese boats fish near the islands')).toEqual(['1998-safe-fishing-agreement']);
    expect(declined('when did japan suspend the deal that let japanese boats fish near the islands')).toBe(true);
  });
});

describe('a start that only protests give (pick.ts)', () => {
  it('is declined though other drills in the northern Kurils are on record', () => {
    expect(declined('when did the firing drills north of shikotan start')).toBe(true);
  });
});
