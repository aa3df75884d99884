import { describe, expect, it } from 'vitest';
import { ask } from '../../support/ask.js';
import { each, expectChanged, expectSame, neverYes, type Pair, signature, refuses, sameFirst } from '../../support/metamorphic.js';

/**
 * Round 14 (red team) metamorphic tests for short chat questions (docs/questions.md, "Round 14:
 * short chat questions"). Each pair is a question the engine answers right (checked against
 * data/kuril/) and a rewrite of our own in chat shorthand: the sides as "ru"/"jp", "yr", "w"/"w/",
 * "+", "nt", slang verbs of ending, a leading "any … <past time>", a claim negated with
 * "neither … nor", and a first ever. Pairs with a false detail must change the answer and never get
 * a "Yes"; a first ever no record claims must be declined.
 */

const same = ([original, variant]: Pair) => expectSame(original, variant);
/** A false detail: another answer, and never a "Yes" (neverYes when the original is a Yes). */
const changed = ([original, variant]: Pair) => {
  expectChanged(original, variant);
  if (signature(original).yesNo === 'Yes') neverYes([original, variant]);
};

describe('"ru", "rus", "jp", "jpn": the two sides in chat shorthand', () => {
  each(
    [
      ['when did russia suspend the peace treaty talks with japan', 'when did ru suspend the peace treaty talks with jp'],
      ["when did japan's diplomatic bluebook call the islands illegally occupied", "when did jp's diplomatic bluebook call the islands illegally occupied"],
      ["did japan protest medvedev's visit to iturup in 2019", "did jp protest medvedev's visit to iturup in 2019"],
      ['when did russia end the visa-free exchanges', 'when did ru end the visa-free exchanges'],
      ['when did russia and japan sign the treaty of shimoda', 'when did ru and jp sign the treaty of shimoda'],
      ['when did the soviet union declare war on japan', 'when did the soviet union declare war on jpn'],
      ['did russia hold missile drills on matua in 2024', 'did rus hold missile drills on matua in 2024'],
      ['which japanese pm signed the tokyo declaration', 'which jp pm signed the tokyo declaration'],
      ['first russia-japan treaty that set a border in the kurils', 'first ru-jp treaty that set a border in the kurils'],
      ['when did russia make 3 september a day of victory over japan', 'when did ru make 3 september a day of victory over jp'],
    ],
    same,
  );
});

describe('"yr", "w", "w/", "+" and "nt": chat shorthand for the records\' words', () => {
  each(
    [
      ['what year was the treaty of shimoda signed', 'what yr was the treaty of shimoda signed'],
      ['when did abe meet with putin in singapore', 'when did abe meet w putin in singapore'],
      ['when did yeltsin sign the tokyo declaration with hosokawa', 'when did yeltsin sign the tokyo declaration w/ hosokawa'],
      ['when did abe and putin agree to discuss joint economic activities', 'when did abe + putin agree to discuss joint economic activities'],
      ['when did japan establish northern territories day', 'when did jp establish nt day'],
      ['what did takaichi say at the northern territories day rally', 'what did takaichi say at the nt day rally'],
      ['when did japan establish 7 february as northern territories day', 'what yr did jp establish 7 feb as nt day'],
      ['did ukraine recognise the northern territories as japanese', 'did ukraine recognise the nt as japanese'],
      ['who ended the visa-free exchanges and the former-resident visits', 'who ended the visa-free exchanges + the former-resident visits'],
    ],
    same,
  );
});

describe('"kill", "axe", "ditch": slang verbs of ending a deal', () => {
  each(
    [
      ['when did russia end the visa-free exchanges', 'when did russia kill the visa-free exchanges'],
      ['who signed the order ending the former-resident visits', 'who signed the order axing the former-resident visits'],
      ['who signed the order ending the visa-free exchanges', 'who signed the order killing the visa-free exchanges'],
      ['when did russia end the former-resident visits', 'when did russia ditch the former-resident visits'],
    ],
    same,
  );
});

describe('"any X <past time>": a yes/no with "were there" left out', () => {
  each(
    [
      ['were there any russian military drills in the kurils in 2024', 'any russian military drills in the kurils in 2024'],
      ['were there any russian drills on matua in 2024', 'any ru drills on matua in 2024'],
      ['were there any japanese protests over russian drills in 2025', 'any japanese protests over russian drills in 2025?'],
      ['were there any russian drills near shikotan last year', 'any russian drills near shikotan last year'],
    ],
    sameFirst,
  );
  it('opens with the Yes the full question gets', () => {
    expect(ask('any ru military drills in the kurils in 2024').reply.lead ?? '').toMatch(/^Yes\./);
  });
});

describe('"any X <time>" with a false time: never the Yes', () => {
  each(
    [
      ['any russian military drills in the kurils in 2024', 'any russian military drills in the kurils in 2027'],
      ['any ru drills on matua in 2024', 'any ru drills on matua in 1990'],
      ['any japanese protests over russian drills in 2025', 'any japanese protests over russian drills in 1975'],
    ],
    changed,
  );
});

describe('"neither … nor": a negated claim, read as "not" is', () => {
  each(
    [
      ['who said recognizing the outcome of world war ii is not an ultimatum', 'who said recognizing the outcome of world war ii is neither an ultimatum nor a precondition'],
      ['who said recognizing the outcome of ww2 is not an ultimatum', 'who said recognizing the outcome of ww2 is neither an ultimatum'],
      ['who said recognising the outcome of ww2 is not a precondition', 'who said recognising the outcome of ww2 is neither a precondition nor an ultimatum'],
    ],
    same,
  );
  // The claim without its negation is not what Lavrov said.
  each([['who said recognizing the outcome of ww2 is neither an ultimatum nor a precondition', 'who said recognizing the outcome of ww2 is an ultimatum']], changed);
});

describe('a first ever: only a record that says "first" answers it', () => {
  each(
    [
      ['did japan protest russian drills off kunashiri in february 2022', 'first time ever japan protested russian drills off kunashiri?'],
      ['when did japan protest russian firing drills near shikotan', 'when was the first time ever japan protested russian firing drills'],
      ['did tokyo protest the ru firing drills off shikotan in may 2025', 'first time jp ever protested ru drills near the islands?'],
      ['when did russia end the visa-free exchanges', 'when was the very first time russia ended an exchange with japan'],
    ],
    refuses,
  );
  each(
    [
      ['was 2022 the first time ever the diplomatic bluebook called the islands illegally occupied', 'was 2022 the very first time the diplomatic bluebook called the islands illegally occupied'],
      ['who was the first russian leader to visit kunashir', 'who was the first ever russian leader to visit kunashir'],
    ],
    same,
  );
});

describe('chat shorthand with a false detail: never the Yes', () => {
  each(
    [
      ['did ru hold missile drills on matua in 2024', 'did ru hold missile drills on matua in 2016'],
      ['which jp pm signed the tokyo declaration with yeltsin', 'which jp pm signed the tokyo declaration with putin'],
      ['did tokyo protest the ru firing drills off shikotan in may 2025', 'did tokyo protest the ru firing drills off shikotan in may 2021'],
      ['did ukraine recognise the nt as japanese', 'did belarus recognise the nt as japanese'],
      ["did jp protest medvedev's visit to iturup in 2019", "did jp protest medvedev's visit to iturup in 2014"],
    ],
    changed,
  );
});
