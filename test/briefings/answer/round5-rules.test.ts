import { describe, expect, it } from 'vitest';
import { readCues } from '../../../src/briefings/answer/cues.js';
import { sameSeat, seatedStates } from '../../../src/briefings/answer/seats.js';
import { plainVerbs } from '../../../src/briefings/answer/verbs.js';
import { lead, declined, firstCited } from '../../support/ask.js';

/**
 * The rules of tuning round 5 for paraphrases, reactions and who (docs/questions.md): each tested
 * with a phrasing of its own, not the tuning set's, and with a question it must leave alone or decline.
 */

describe('verb lexicon', () => {
  it('reads phrasal verbs with the object between verb and particle', () => {
    expect(plainVerbs('did moscow put the fishing talks on hold')).toBe('did moscow suspend the fishing talks');
    expect(plainVerbs('when did the ussr hand shikotan back')).toBe('when did the ussr return shikotan');
    expect(plainVerbs('when did russia rip the arrangement up')).toBe('when did russia end the arrangement');
    expect(plainVerbs('did tokyo want the islands back')).toBe('did tokyo want the islands return');
    expect(plainVerbs('the hand-back of habomai')).toBe('the return of habomai');
  });

  it('leaves a verb alone when its particle is not there, or its sense is another', () => {
    expect(plainVerbs('when did suzuki get back from moscow')).toBe('when did suzuki get back from moscow');
    expect(plainVerbs('when did russia break off the talks')).toBe('when did russia suspend the talks');
    expect(plainVerbs('does the claim break the un charter')).toBe('does the claim violate the un charter');
  });

  it('answers everyday verbs from the records’ words', () => {
    expect(lead('when did russia and japan trade sakhalin for the kurils')).toContain('1875');
    expect(lead('when did russia forbid handing over its territory')).toContain('1 July 2020');
    expect(firstCited('when was the return of shikotan first tied to foreign troops leaving')).toBe('1960-01-27-gromyko-memorandum-adds-troop-condition');
  });

  it('follows an end told by a record to the record of that end', () => {
    expect(firstCited('when did the 1999 deal on former residents’ visits come to an end')).toBe('2022-09-05-russia-ends-visa-free-exchanges-and-visits');
  });
});

describe('who did it', () => {
  it('takes Moscow for the state governed from it at the time, but keeps Russia and the Soviet Union apart', () => {
    expect(seatedStates('when did Moscow act')).toEqual(new Set(['russia', 'ussr']));
    expect(sameSeat('moscow', 'russia', (s) => s === 'ussr')).toBe(true);
    expect(sameSeat('russia', 'russia', (s) => s === 'ussr')).toBe(false);
    expect(lead('when did moscow annex habomai')).toContain('1946');
    expect(declined('when did russia annex habomai')).toBe(true);
  });

  it('declines a doer no record names', () => {
    expect(declined('did nato protest the drills on matua')).toBe(true);
    expect(lead('did kishida condemn the end of the exchanges')).toMatch(/^Yes\./);
  });
});

describe('reactions', () => {
  it('reads more ways of asking for a reaction, and not a seizure', () => {
    expect(readCues("how did tokyo take putin's remarks").reactor).toBe('tokyo');
    expect(readCues('what did lavrov say once japan imposed sanctions').reactor).toBe('lavrov');
    expect(readCues('what did japan say in reply to the decree').reactor).toBe('japan');
    expect(readCues('how did the soviets take the islands').reactor).toBeUndefined();
  });

  it('answers a reaction from the event’s own sentence about it', () => {
    expect(lead('how did tokyo take medvedev’s 2010 trip to kunashir')).toContain('protest');
  });

  it('takes a person’s reaction from their own record, not their state’s', () => {
    expect(firstCited('what did kishida do after russia halted the talks')).toBe('2022-03-22-kishida-protests-talks-halt');
  });

  it('does not offer a reaction to something else as the reaction asked about', () => {
    expect(declined('how did moscow respond to the 2026 northern territories rally')).toBe(true);
    expect(lead('how did moscow respond to the sanctions japan imposed')).toContain('anti-Russian course');
  });
});
