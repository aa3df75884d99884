import { describe, expect, it } from 'vitest';
import { readCues } from '../../../src/briefings/answer/cues.js';

describe('readCues: what a question asks beyond its words', () => {
  it('takes the recency words out of the search, so "last" does not match "the last weeks of the war"', () => {
    const cues = readCues('when did Russia last hold drills?');
    expect(cues.recency).toBe(true);
    expect(cues.text).toBe('when did Russia hold drills?');
  });

  it('tells news ("any news?", "anything new on …") from a question about one thing', () => {
    expect(readCues('any news?').news).toBe(true);
    expect(readCues('anything new on the northern territories?').news).toBe(true);
    expect(readCues('when was the tokyo declaration signed').news).toBe(false);
  });

  it('tells the start from the end, but not "the end of the exchanges" in a reaction question', () => {
    expect(readCues('when did the battle of shumshu begin').phase).toBe('start');
    expect(readCues('when did the visa free program end').phase).toBe('end');
    expect(readCues('how did tokyo respond to the end of the exchanges').phase).toBeUndefined();
  });

  it('reads "over" at the end as an end, but not as the particle of "hand over" or "take over"', () => {
    expect(readCues('when was the war over').phase).toBe('end');
    expect(readCues('when did gromyko add a condition to the island handover').phase).toBeUndefined();
    expect(readCues('when did the soviets say they would hand the islands over').phase).toBeUndefined();
    expect(readCues('when were the islands taken over').phase).toBeUndefined();
  });

  it('reads a yes/no question and its tense', () => {
    expect(readCues('is there a peace treaty?').yesNo).toBe('present');
    expect(readCues('did medvedev visit kunashir?').yesNo).toBe('past');
    expect(readCues('when did medvedev visit kunashir?').yesNo).toBeUndefined();
  });

  it('rewrites everyday phrasings of suspending to the word the records use', () => {
    for (const q of ['when did moscow walk away from the talks', 'when did russia pull out of the talks', 'when did russia break off the talks', 'when did russia quit the talks', 'when did russia back out of the talks']) {
      expect(readCues(q).text, q).toMatch(/\bsuspend the talks$/);
    }
  });

  it('names who reacted and drops the reaction words', () => {
    const cues = readCues('how did tokyo react when russia halted the talks');
    expect(cues.reactor).toBe('tokyo');
    expect(cues.text).not.toMatch(/react/);
    expect(readCues("what was japan's reaction to the drills").reactor).toBe('japan');
  });
});
