import { describe, expect, it } from 'vitest';
import { cited, declined, firstCited, lead } from '../../support/ask.js';

/**
 * Round 6, precision (docs/questions.md): wrong answers the engine gave, and the general causes
 * behind them. Phrasings of their own, not the tuning set's.
 */

describe('a yes or no about a reaction is answered by the reaction, not by what was reacted to', () => {
  it('declines when only the thing reacted to is on record', () => {
    expect(declined('did moscow reply to tokyo protesting the shikotan firing drills')).toBe(true);
    expect(declined('has russia ever responded to the protest japan lodged over the drills north of shikotan')).toBe(true);
    expect(declined('did ukraine react to russia suspending the talks')).toBe(true);
  });

  it('answers Yes with the side’s own reaction when it is on record', () => {
    expect(lead('did tokyo respond to medvedev’s trip to iturup')).toMatch(/^Yes\. Japan's reaction on record, 2 August 2019/);
    expect(lead('did russia retaliate against japan’s sanctions')).toMatch(/^Yes\. .*in answer to Japan's sanctions/);
    expect(firstCited('did japan react when russia ended the visa-free visits')).toBe('2022-09-06-kishida-calls-termination-absolutely-unacceptable');
  });

  it('reads a month named without a year off the dates of the records reacted to', () => {
    expect(declined('did the kremlin respond to takaichi’s october policy speech')).toBe(true);
    expect(cited('how did the kremlin react to takaichi’s february speech')[0]).toBe('2026-02-20-kremlin-no-agreement-without-change-in-relations');
    expect(lead('did moscow react to takaichi’s speech in february')).toMatch(/^Yes\. Russia's reaction on record, 20 February 2026/);
  });
});

describe('a side’s record whose matching words are the other side’s deed is not the side’s reaction', () => {
  it('does not take Kishida’s condemnation in Russia’s record as Russia’s answer to Kishida', () => {
    expect(declined('how did moscow respond to kishida’s protest')).toBe(true);
    expect(declined('did russia react to kishida condemning the halt of the talks')).toBe(true);
    expect(declined('how did the russians answer kishida’s protest')).toBe(true);
  });

  it('still finds a reaction the side’s own record words', () => {
    expect(lead('how did tokyo react to the end of the visa-free visits')).toMatch(/Japan's reaction on record/);
  });
});

describe('a negation or modal in the record’s clause, and in what the question says was said', () => {
  it('reads "cannot" in the record as a No to the plain claim', () => {
    expect(lead('did al-qassas say russia would react')).toMatch(/^No\./);
    expect(lead('did al-qassas think russia would react')).toMatch(/^No\./);
    expect(lead('did poccolini say japan could stay neutral over ukraine')).toMatch(/^No\./);
    expect(lead('did al-qassas say moscow could open a new front')).toMatch(/^No\./);
  });

  it('answers Yes when the question asks whether the negative itself was said', () => {
    expect(lead('did al-qassas say moscow cannot open a new front')).toMatch(/^Yes\./);
    expect(lead('did poccolini say japan could not stay neutral over ukraine')).toMatch(/^Yes\./);
  });
});

describe('where a place lies is decided only by a clause that says where it lies', () => {
  it('declines when the records only list the places together', () => {
    expect(declined('is habomai near shikotan')).toBe(true);
    expect(declined('is kunashiri close to etorofu')).toBe(true);
    expect(declined('are the habomai islets close to shikotan')).toBe(true);
  });

  it('still answers from a clause that places one beside the other', () => {
    expect(lead('is urup near etorofu')).toMatch(/^Yes\. .*between Etorofu and Urup/);
  });
});

describe('a number counts the place asked about only where its sentence names that place alone', () => {
  it('does not count the four islands as the parts of one of them', () => {
    expect(declined('how many islets make up habomai')).toBe(true);
    expect(declined('how many islands are in the habomai group')).toBe(true);
  });

  it('does not take a number from a note that weighs someone else’s claim', () => {
    expect(lead('how many islands did the 1956 declaration promise to japan')).not.toMatch(/four/i);
    expect(lead('how many islands did moscow agree to hand over in 1956')).not.toMatch(/four/i);
  });

  it('still counts the islands Japan claims', () => {
    expect(lead('how many islands does japan claim')).toMatch(/^Four/);
  });
});

describe('the end of a thing is told by a record of that thing', () => {
  it('dates the end of the war by the declaration that ended it, not an interview over several days', () => {
    expect(firstCited('when did the war between russia and japan end')).toBe('1956-10-19-soviet-japanese-joint-declaration');
    expect(firstCited('when did the soviet union and japan stop being at war')).toBe('1956-10-19-soviet-japanese-joint-declaration');
    expect(firstCited('when was the state of war between moscow and tokyo ended')).toBe('1956-10-19-soviet-japanese-joint-declaration');
  });

  it('keeps the end of a record that runs over days when it is the thing asked about', () => {
    expect(lead('when did the nagato summit end')).toMatch(/16 December 2016/);
  });

  it('declines when the sides the question names are not the record’s', () => {
    expect(declined('when did japan stop being at war with the united states')).toBe(true);
    expect(declined('when did the us and japan end the state of war')).toBe(true);
  });
});

describe('who said something is answered only by a record that says it', () => {
  it('does not answer who promised something from a record of someone else promising it', () => {
    expect(lead('who promised habomai and shikotan to japan')).not.toMatch(/United States|Yalta/);
  });

  // Known wrong answer, left open: Lavrov's record says "Japan's demand for their return runs counter
  // to that obligation", and the yes/no reading of "did someone claim Russia would hand them back"
  // takes the demand's "return" (a noun, Japan's) for the deed. The who-check above relies on that
  // reading, so these are answered "Sergey Lavrov". \`it.fails\` turns red once they are declined.
  it.fails('declines when the record found says something else (open: a noun taken for the deed)', () => {
    expect(declined('who claimed russia would hand back all four islands')).toBe(true);
    expect(declined('who said moscow would return every one of the four islands')).toBe(true);
  });

  it('does not stitch who called what from a background line that joins several facts', () => {
    expect(declined('who called the drills illegal')).toBe(true);
    expect(declined('who branded the firing drills unlawful')).toBe(true);
    expect(lead('who called the islands illegally occupied')).toMatch(/Diplomatic Bluebook/);
    expect(lead('who called the halt of the talks unjust')).toMatch(/Fumio Kishida/);
  });

  it('still names who said what their record says', () => {
    expect(lead('who said the islands became russian as an outcome of the second world war')).toMatch(/^Sergey Lavrov/);
    expect(lead('who said russia cannot be expected to react')).toMatch(/Anas Al-Qassas/);
    expect(lead('who agreed to give shikotan and habomai back to japan')).toMatch(/Soviet Union/);
  });
});

describe('a protest of other drills of the same year is no protest of the drills asked about', () => {
  it('declines Vostok-2022 questions that no record answers', () => {
    expect(declined('did japan protest the vostok 2022 drills')).toBe(true);
    expect(declined('did tokyo object to the vostok-2022 exercises')).toBe(true);
    expect(declined('did japan complain about vostok 2022')).toBe(true);
  });

  it('still answers Yes for the March 2022 drills, which Japan protested', () => {
    expect(lead('did japan protest the march 2022 drills in the kurils')).toMatch(/^Yes\./);
  });
});
