import { describe, expect, it } from 'vitest';
import { declined, lead } from '../../support/ask.js';

/**
 * Round 8 precision and where things stand now (docs/questions.md): a place a question names, who
 * received something, aims of someone with no position, an office held on the record's date, a
 * deed read only as a noun, "not a party to", and present-tense questions the positions answer.
 * Phrasings of our own; declines where the record is silent, "No" only where a record says so.
 */

describe('a place the question names must be named by the record (seats.ts, plan.ts)', () => {
  it('does not answer "in Moscow" from a summit held elsewhere', () => {
    expect(declined('did abe and putin hold a summit in moscow')).toBe(true);
    expect(declined('was the nagato summit held in moscow')).toBe(true);
    expect(declined('did putin and abe meet in nagato in moscow')).toBe(true);
  });

  it('still answers a place the record names, capital or not', () => {
    expect(lead('did abe and putin have talks in tokyo in 2016')).toMatch(/^Yes\..*Nagato and Tokyo/);
    expect(lead('did putin and abe meet in singapore')).toMatch(/^Yes\..*Singapore/);
    expect(lead('did suzuki travel to moscow in 2023')).toMatch(/^Yes\..*visited Moscow/);
  });

  it('does not answer "near Sakhalin" from waters around the four islands', () => {
    expect(declined('did the 1998 deal allow japanese vessels to fish off sakhalin')).toBe(true);
    expect(lead('did the 1998 agreement let japanese boats fish near the four islands')).toMatch(/^Yes\..*waters around the four islands/);
  });
});

describe('who received something (recipient.ts)', () => {
  it('names the one the record says got it, not a giver', () => {
    expect(lead('who were the kuril islands to go to under the yalta deal')).toMatch(/Soviet Union/);
    expect(lead('who were the kuril islands to go to under the yalta deal')).not.toMatch(/^(?:Single source[^:]*: )?United States/);
  });

  it('names no one when the record says the treaty named no one', () => {
    const answer = lead('to whom did japan give up the kurile islands in 1951');
    expect(answer).toMatch(/without the treaty saying to whom/);
    expect(answer).not.toMatch(/Allied Powers,/);
  });
});

describe('aims and offices', () => {
  it('declines the aims of someone who is neither side (position.ts)', () => {
    expect(declined('what does the uk want in the dispute')).toBe(true);
    expect(declined('what does washington ultimately want')).toBe(true);
    expect(lead('what does japan ultimately want')).toMatch(/Japan holds that/);
  });

  it('does not take a later office in a role for the office held on the record date (judge.ts)', () => {
    expect(lead('which russian premier first went to kunashiri')).not.toMatch(/Medvedev/);
    expect(lead('when did a russian prime minister visit iturup')).toMatch(/2 August 2019/);
  });
});

describe('what a clause says, read more closely (yes-no.ts, antonyms.ts)', () => {
  it('reads "not a party to" as a No to taking part, for the side it names only', () => {
    expect(lead('was japan a signatory to the yalta agreement')).toMatch(/^No\..*not a party/);
    expect(lead('did japan take part in the yalta agreement')).toMatch(/^No\./);
    expect(lead('did japan sign the yalta deal')).toMatch(/^No\./);
    expect(declined('did china sign yalta')).toBe(true);
  });
});

describe('where things stand now, from the positions (position.ts, plan.ts)', () => {
  it('answers a side still claiming the islands from its position', () => {
    expect(lead('is japan still claiming the four islands')).toMatch(/^Yes\. Japan holds that/);
    expect(lead('does russia still claim the islands')).toMatch(/^Yes\. Russia holds that/);
    // Japan's claim is the four islands, not the whole chain or Sakhalin.
    expect(declined('does japan still claim sakhalin')).toBe(true);
  });

  it('answers who holds the islands from who the positions say occupies them', () => {
    expect(lead('is russia still occupying the islands')).toMatch(/^Yes\..*occupied by the Soviet Union and then by Russia/);
    expect(lead('does japan still hold the islands')).toMatch(/^No\./);
    expect(declined('does china control the islands')).toBe(true);
  });

  it('reads "still in force" as what "still" asks, and declines where nothing current says so', () => {
    expect(lead('is the constitutional ban on giving away territory still valid')).toMatch(/^Yes\..*constitution bans ceding territory/);
    expect(lead('is the 1998 fishing agreement still in force')).toMatch(/^No\..*suspend/);
    expect(declined('is the tokyo declaration still in force')).toBe(true);
  });
});
