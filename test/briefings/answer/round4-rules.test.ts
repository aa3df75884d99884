import { describe, expect, it } from 'vitest';
import { readCues } from '../../../src/briefings/answer/cues.js';
import { lead, declined, firstCited } from '../../support/ask.js';

/**
 * The rules of tuning round 4 (docs/questions.md, "decline honestly"): each tested with a phrasing
 * of its own, not the tuning set's, and with an answerable question of the same shape that the rule
 * must leave alone, so a rule that declines everything fails too.
 */

describe('who did it', () => {
  it('declines a recorded deed asked of the wrong actor, and answers it of the right one', () => {
    expect(declined('when did tokyo halt the peace-treaty talks')).toBe(true);
    expect(lead('when did moscow halt the peace-treaty talks')).toContain('21 March 2022');
  });

  it('reads a passive question and a passive record', () => {
    expect(declined('when was the tokyo declaration signed by putin')).toBe(true);
    expect(lead('when was the tokyo declaration signed by yeltsin')).toContain('13 October 1993');
    // Round 8: the one record of the Tokyo Declaration says Yeltsin and Hosokawa signed it, a "No" on
    // record (another.ts), now that "Tokyo" in its name singles it out.
    expect(lead('did putin sign the tokyo declaration')).toMatch(/^No\..*Yeltsin and Hosokawa/);
    expect(lead('did yeltsin sign the tokyo declaration')).toMatch(/^Yes\./);
  });

  it('takes two names joined by "and" as no single doer', () => {
    expect(lead('when did abe and putin meet in singapore')).toContain('14 November 2018');
  });

  it('does not take "Soviet" in "the Soviet occupation" for a doer', () => {
    expect(lead('when did the occupation of the four islands by soviet troops end')).toContain('5 September 1945');
  });

  it('needs the deed after the doer in the record: accepting is not adding a condition', () => {
    expect(declined('when did japan accept the gromyko memoranda')).toBe(true);
    expect(lead('when did gromyko add the troop withdrawal condition')).toContain('27 January 1960');
  });
});

describe('an end must be on record', () => {
  it('declines the end of something whose record tells none', () => {
    expect(declined('when did the irkutsk statement finish')).toBe(true);
    expect(declined('when did the missile drills on matua end')).toBe(true);
  });

  it('answers the end from a record that spans days or says it ended', () => {
    expect(lead('when did the fighting on shumshu finish')).toContain('23 August 1945');
    expect(firstCited('when did the visa-free exchanges end')).toBe('2022-09-05-russia-ends-visa-free-exchanges-and-visits');
  });

  it('answers the occupation\'s end from its own record, not the later decree', () => {
    expect(firstCited('when did the soviet occupation of the four islands end')).toBe('1945-08-29-soviet-occupation-of-the-four-islands');
  });

  it('reads "over" as an end only at the end of the question', () => {
    expect(readCues('is the dispute over?').phase).toBe('end');
    expect(readCues('when did putin sign the law on victory over japan').phase).toBeUndefined();
  });
});

describe('a year named as a word', () => {
  it('must be the record\'s year or in its text', () => {
    expect(declined('what did takaichi say at the 2027 northern territories day rally')).toBe(true);
    expect(lead('what did takaichi say at the 2026 northern territories day rally')).toContain('not changed');
  });
});

describe('yes or no needs a clause that decides it', () => {
  it('declines a clause that holds most of the question but not its common place word', () => {
    expect(declined('did muneo suzuki travel to the southern kurils')).toBe(true);
    expect(lead('did muneo suzuki travel to moscow')).toMatch(/^Yes\./);
  });

  it('declines a clause that names the thing but not the deed asked', () => {
    // Round 8: "Japan was not a party to the agreement" is a "No" on record to its signing (antonyms.ts);
    // the clause about the agreement's content still decides nothing.
    expect(lead('did japan sign the yalta agreement')).toMatch(/^No\..*not a party/);
    expect(lead('did putin sign the victory day law')).toMatch(/^Yes\./);
  });

  it('does not read a promise or a condition as a deed done', () => {
    expect(declined('did moscow hand over habomai')).toBe(true);
    expect(lead('did the 1956 declaration promise shikotan to japan')).toMatch(/^Yes\./);
  });

  it('declines what a side wants when its position does not state it, and answers it when it does', () => {
    expect(declined('does russia want the peace talks resumed')).toBe(true);
    expect(lead('does japan seek a peace treaty')).toMatch(/^Yes\./);
  });

  it('answers who or whether from a background line only when one of its events holds it', () => {
    expect(declined('who protested the drills on matua')).toBe(true);
    expect(lead('who protested the drills north of shikotan')).toContain('Japan');
    expect(lead('did japan join the sanctions against russia')).toMatch(/^Yes\./);
  });
});

describe('the future, counterfactuals, why', () => {
  it('declines the future and what would have happened', () => {
    expect(readCues('will japan and russia ever sign a peace treaty').speculative).toBe(true);
    expect(readCues('what if japan had not joined the sanctions').speculative).toBe(true);
    expect(readCues('is japan going to sign a peace treaty').speculative).toBe(true);
    expect(declined('will japan and russia ever sign a peace treaty')).toBe(true);
  });

  it('leaves questions about going somewhere and past modals alone', () => {
    expect(readCues('how did japan respond to medvedev going to kunashir').speculative).toBe(false);
    expect(readCues('why did russia walk away from the peace talks').speculative).toBe(false);
  });

  it('needs a stated reason for why, and a protest states its own', () => {
    expect(declined('why did russia hold drills on matua')).toBe(true);
    expect(lead('why did japan protest in may 2025')).toContain('firing drills');
  });
});

describe('positions and reactions', () => {
  it('declines the stance of a party with none on record', () => {
    expect(declined('what is the chinese position on the kurils')).toBe(true);
    expect(declined("what's the us stance on the islands")).toBe(true);
    expect(lead("what is russia's position on the islands")).toContain('Second World War');
  });

  it('declines a reaction that answered a later event like the one asked about', () => {
    expect(declined("how did moscow react to takaichi's first speech as prime minister")).toBe(true);
    expect(lead("how did the kremlin react to takaichi's speech")).toContain('Peskov');
  });
});
