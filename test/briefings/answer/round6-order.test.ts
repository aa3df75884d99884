import { describe, expect, it } from 'vitest';
import { readCues } from '../../../src/briefings/answer/cues.js';
import { parseQuestionDates } from '../../../src/briefings/answer/question-dates.js';
import { ask, declined, firstCited, lead } from '../../support/ask.js';

/**
 * Round 6 (docs/questions-log.md, "Round 6: order, reactions and paraphrases"): which record answers
 * "the latest X", "when did X first / start / end", and a reaction, and the paraphrases that reach
 * them. Phrasings of their own, not the tuning set's, with questions each rule must still decline.
 */

const ASK_DATE = new Date('2026-03-01T12:00:00Z');

describe('the newest record of the kind named, in any of its words', () => {
  it('reads complaining and lodging / filing a protest as protesting', () => {
    expect(firstCited('when did japan last complain to russia')).toBe('2025-05-14-japan-protests-drills-near-shikotan');
    expect(firstCited('when did tokyo last file a protest')).toBe('2025-05-14-japan-protests-drills-near-shikotan');
  });

  it('takes a trip as a visit, so a protested trip is the newest protested visit', () => {
    expect(firstCited('most recent russian trip to the kurils that japan objected to')).toBe('2019-08-02-medvedev-visits-iturup');
    expect(firstCited('when did japan last voice a protest over a russian visit')).toBe('2019-08-02-medvedev-visits-iturup');
  });

  it('does not keep to the kind of the thing said or wanted', () => {
    expect(firstCited('when did tokyo last call for a peace treaty')).toBe('2026-02-20-takaichi-policy-speech-peace-treaty');
    expect(firstCited('when did takaichi most recently say she wants a peace treaty')).toBe('2026-02-20-takaichi-policy-speech-peace-treaty');
    // Without a verb of saying, the treaty is the kind of record asked for.
    expect(ask('the most recent treaty between japan and russia').events[0]?.kind).toBe('treaty');
  });

  it('keeps to records of a thing named after a place ("Northern Territories Day")', () => {
    expect(firstCited('latest prime minister speech on northern territories day')).toBe('2026-02-07-takaichi-northern-territories-day');
    expect(firstCited('most recent northern territories day statement from tokyo')).toBe('2026-02-07-takaichi-northern-territories-day');
    expect(firstCited('most recent northern territories day rally')).toBe('2026-02-07-takaichi-northern-territories-day');
    expect(firstCited('when did kishida last speak at northern territories day')).toBe('2022-02-07-kishida-northern-territories-day-and-kunashiri-drills-protest');
    expect(declined('latest northern territories day speech by a russian leader')).toBe(true);
  });

  it('declines a protest by a side that never made one', () => {
    expect(declined('when did china last file a protest over the kurils')).toBe(true);
    // "Kishida calls Russia's halt unjust and Japan protests": "and" joins Japan to no earlier name but one right before it.
    expect(declined('when did russia most recently protest something japan did')).toBe(true);
    expect(firstCited('when did abe and putin last meet')).toBe('2018-11-14-singapore-abe-putin-meeting');
  });
});

describe('start and end of a deed', () => {
  it('reads "finish V-ing" as the end of that deed, done by the doer', () => {
    const reply = ask('when did the soviets finish occupying the four islands');
    expect(reply.events[0]?.id).toBe('1945-08-29-soviet-occupation-of-the-four-islands');
    expect(reply.reply.lead).toMatch(/5 September 1945/);
    expect(declined('when did the soviets finish seizing sakhalin')).toBe(true);
  });

  it('answers an end from the record that says the thing itself ended', () => {
    expect(readCues('when did they stop being at war').phase).toBe('end');
    expect(firstCited('when did the state of war between japan and the soviet union end')).toBe('1956-10-19-soviet-japanese-joint-declaration');
  });

  it('weighs an unseen adverb or the activity after "start" as framing', () => {
    expect(firstCited('when did japan start commemorating northern territories day')).toBe('1981-northern-territories-day-established');
    expect(firstCited('when did japan begin observing northern territories day')).toBe('1981-northern-territories-day-established');
    expect(firstCited('when did russia officially suspend the peace talks')).toBe('2022-03-21-russia-suspends-peace-talks');
    expect(declined('when did japan start celebrating victory day')).toBe(true);
  });

  it('does not start a thing on the day a protest against it was made', () => {
    expect(declined('when did the kunashiri drills in february 2022 start')).toBe(true);
    expect(firstCited('when did russia start the drills on matua')).toBe('2024-08-01-russian-missile-drills-on-matua');
    // Unless the protests are what is asked about.
    expect(firstCited('since when has japan protested russian drills')).toBe('2022-02-07-kishida-northern-territories-day-and-kunashiri-drills-protest');
  });

  it('starts a deed at a record that dates it, not one that tells it happened later', () => {
    expect(firstCited('when were the former-resident visits first suspended')).toBe('2022-03-21-russia-suspends-peace-talks');
    expect(firstCited('when were the joint economic activities first halted')).toBe('2022-03-21-russia-suspends-peace-talks');
    expect(firstCited('when was the fishing agreement first suspended')).toBe('2022-06-07-russia-suspends-fishing-agreement');
    // "Begin" asks for the thing's own record, whatever its later sentences date; "earliest" is "first".
    expect(firstCited('when did the visa free program begin')).toBe('1991-10-14-visa-free-exchange-arrangement');
    expect(firstCited('when was the earliest russia japan border agreed')).toBe('1855-02-07-treaty-of-shimoda');
  });

  it('answers "when did X stop" from the record of the suspension its own record dates', () => {
    expect(firstCited('when did the fishing pact between russia and japan stop')).toBe('2022-06-07-russia-suspends-fishing-agreement');
  });
});

describe('paraphrases', () => {
  it('reads siding or standing with a side as backing it', () => {
    expect(firstCited('when did ukraine stand with japan on the northern territories')).toBe('2022-10-07-zelensky-recognises-northern-territories-as-japanese');
    expect(firstCited('when did zelensky side with tokyo')).toBe('2022-10-07-zelensky-recognises-northern-territories-as-japanese');
    expect(declined('when did china side with russia over the kurils')).toBe(true);
  });

  it('reads dropping talks or exchanges as suspending them, not dropping a claim', () => {
    expect(firstCited('when did russia drop the peace negotiations')).toBe('2022-03-21-russia-suspends-peace-talks');
    expect(readCues('when did russia drop the visa-free exchanges').text).toMatch(/suspend/);
    expect(readCues('did japan ever drop its claim').text).not.toMatch(/suspend/);
  });

  it('reads "during WW2" as the war years, but not "the outcome of the Second World War"', () => {
    expect(parseQuestionDates('which battle was fought during world war ii', ASK_DATE).range).toEqual({ start: '1939-09-01', end: '1945-09-02' });
    expect(parseQuestionDates('what russia won as the outcome of the second world war', ASK_DATE).range).toBeUndefined();
    expect(firstCited('which battle in the kurils was fought during world war ii')).toBe('1945-08-18-battle-of-shumshu');
    expect(firstCited('when did the ussr declare war on japan during ww2')).toBe('1945-08-08-ussr-declares-war-on-japan');
  });

  it('takes an anniversary as the reason a date was chosen', () => {
    expect(lead('why was 7 february chosen for northern territories day')).toMatch(/Shimoda/);
    expect(lead('why does japan hold its northern territories rally on february 7')).toMatch(/Shimoda/);
    expect(declined('why did russia choose 3 september for its victory day')).toBe(true);
  });

  it('answers whether a side holds something open to debate from its position', () => {
    expect(lead('does russia consider sovereignty over the kurils up for discussion')).toMatch(/beyond question/);
    expect(lead('does russia believe its ownership of the islands is negotiable')).toMatch(/beyond question/);
  });
});

describe('reactions asked as hitting back or retaliating', () => {
  it('finds the side\'s answer to the event', () => {
    expect(firstCited("how did russia retaliate against japan's sanctions in 2022")).toBe('2022-03-21-russia-suspends-peace-talks');
    expect(firstCited('how did tokyo hit back when moscow ended the visa-free exchanges')).toBe('2022-09-06-kishida-calls-termination-absolutely-unacceptable');
    expect(firstCited('how did tokyo respond after moscow dropped the talks')).toBe('2022-03-22-kishida-protests-talks-halt');
  });

  it('declines a reaction by a side the record never names', () => {
    expect(declined('how did beijing hit back at japan')).toBe(true);
  });
});
