import { describe, expect, it } from 'vitest';
import { each, expectChanged, expectSame, type Pair, signature } from '../../support/metamorphic.js';

/**
 * Round 13 metamorphic tests for who- and which-detail questions (docs/questions-log.md, "Round 13: who
 * and which-detail questions"). Each pair is a question the engine answers right (checked against
 * data/kuril/) and a rewrite of our own. A rewrite with a false detail asks for a person, a place, a
 * figure or a deed the records do not give: it must change the answer and never get a "Yes".
 */

const same = ([original, variant]: Pair) => expectSame(original, variant);
/** A false detail: the answer changes, never to a "Yes", and here to a decline (no record says it). */
const refuses = ([original, variant]: Pair) => {
  expectChanged(original, variant);
  expect(signature(original).declined, original).toBe(false);
  const b = signature(variant);
  expect(b.declined, `${variant} → ${b.lead.slice(0, 120)}`).toBe(true);
};

describe('who signed it for a side: a person of that side, not a state, and not the other side', () => {
  each(
    [
      ['who signed the tokyo declaration for japan', 'who signed the tokyo declaration for japan in 1993'],
      ['who signed the tokyo declaration for russia', 'who signed the tokyo declaration for russia back in 1993?'],
      ['who signed the tokyo declaration for russia', 'The Tokyo Declaration was signed in 1993. Who signed it for Russia?'],
      ['who signed the tokyo declaration for japan', 'In 1993 Russia and Japan signed the Tokyo Declaration. Who signed it for Japan?'],
      ['which japanese prime minister signed the tokyo declaration', 'which japanese pm signed the tokyo declaration'],
      ['which russian president signed the tokyo declaration', 'which russian president signed the tokyo declaration in 1993'],
      ['which prime minister signed the order ending the visa-free exchanges', 'which pm signed the order ending the visa-free exchanges'],
    ],
    same,
  );
  each(
    [
      ['who signed the tokyo declaration for japan in 1993', 'who signed the shimoda treaty for japan in 1855'],
      ['who signed the tokyo declaration for russia in 1993', 'who signed the treaty of shimoda for russia in 1855'],
      ['who signed the tokyo declaration for japan', 'who signed the 1875 treaty for japan'],
      ['The Tokyo Declaration was signed in 1993. Who signed it for Russia?', 'The 1875 treaty swapped Sakhalin for the Kurils. Who signed it for Russia?'],
      ['The Tokyo Declaration was signed in 1993. Who signed it for Japan?', 'The Shimoda treaty set the first border. Who signed it for Japan?'],
      ['which japanese prime minister signed the tokyo declaration', 'which japanese prime minister signed the 1956 declaration'],
      ['which japanese pm signed the tokyo declaration', 'which japanese pm signed the 1956 declaration'],
      ['which japanese pm signed the tokyo declaration', 'which japanese pm signed the shimoda treaty'],
      ['which russian president signed the tokyo declaration', 'which russian president signed the 1875 treaty'],
      ['who signed the tokyo declaration for russia', 'who signed the shimoda treaty on behalf of russia'],
      ['which prime minister signed the order ending the visa-free exchanges', 'which envoy signed the order ending the visa-free exchanges'],
      ['which prime minister signed the order ending the visa-free exchanges', 'which prime minister signed the 1855 treaty'],
    ],
    refuses,
  );
});

describe('which place or what figure: a record that holds nothing of that kind does not answer', () => {
  each(
    [
      ['when was the 1875 treaty ratified', 'in what city was the 1875 treaty ratified'],
      ['when was the 1875 sakhalin-kurils swap ratified', 'in which town was the 1875 sakhalin-kurils swap ratified'],
      ['when was the tokyo declaration signed', 'in what city was the 1956 declaration signed'],
      ['which island did the missile troops drill on in august 2024', 'which island were the march 2022 kuril drills with 3000 troops on'],
      ['which island did medvedev visit in 2019', 'on which island did the eastern military district drill in march 2022'],
      ['how many troops took part in the march 2022 kuril drills', 'on what island were the march 2022 kuril drills held'],
      ['did russian voters approve the 2020 constitutional amendments', 'what percentage of russian voters approved the 2020 constitutional amendments'],
      ['did russian voters approve the 2020 constitutional amendments', 'what % of russians voted for the 2020 amendments'],
      ['did russian voters approve the 2020 constitutional amendments', 'what share of the vote did the 2020 constitutional amendments get'],
      ['how many troops took part in the march 2022 kuril drills', 'what percentage of the troops in the march 2022 kuril drills were conscripts'],
      ['how many troops took part in the march 2022 kuril drills', 'what proportion of the march 2022 kuril drills troops were marines'],
      ['in which city did abe and putin meet in 2016', 'in which city was the 1956 declaration signed'],
      ['in which city did abe and putin meet in 2016', 'in what town did the soviet union and japan sign the 1956 declaration'],
    ],
    refuses,
  );
});

describe('a deed asked of a named person: the same word used of others is not their deed', () => {
  each(
    [
      ['when did prime minister medvedev visit iturup', 'when did prime minister mishustin visit iturup'],
      ['when did medvedev visit kunashir', 'when did mishustin visit kunashir'],
      ['when did mishustin sign the order ending the visa-free exchanges', 'when did mishustin visit the southern kurils'],
      ['when did mishustin sign the order ending the visa-free exchanges', 'when did prime minister mishustin travel to the islands'],
      ['when did zelensky sign the decree on the islands', 'when did mishustin visit the islands'],
      ['when did medvedev visit iturup', 'when did mishustin go to iturup'],
    ],
    refuses,
  );
  each(
    [
      ['when did medvedev visit iturup', 'when did prime minister medvedev visit iturup'],
      ['when did mishustin sign the order ending the visa-free exchanges', 'when did prime minister mishustin sign the order ending the visa-free exchanges'],
    ],
    same,
  );
});

describe('the answerable twins: a manner adverb, a trip "made", a source and a two-digit year keep the answer', () => {
  each(
    [
      ['which countries promised the kurils to the soviets in 1945', 'which countries secretly promised the kurils to the soviets in 1945'],
      ['which countries promised the kurils to the soviets', 'which countries secretly promised the kurils to the soviets'],
      ['which countries promised the kurils to the soviet union at yalta', 'which countries secretly promised the kurils to the soviet union at yalta'],
      ['which party was muneo suzuki in when he visited moscow in 2023', 'which party was muneo suzuki in when he made his moscow trip in 2023'],
      ['which party did suzuki leave after visiting moscow', 'which party did suzuki leave after making his moscow trip'],
      ['which party was muneo suzuki in in 2023', 'which party was muneo suzuki in when he made his trip to moscow in 2023'],
      ['how big were the kuril drills in march 2022', 'how big were the kuril drills reported by interfax in march 2022'],
      ['how big were the kuril drills in march 2022', 'how big were the kuril drills in march 22'],
      ['how big were the kuril drills in march 2022', 'how big were the kuril drills reported by interfax in march 22'],
      ['how many troops were in the kuril drills in march 2022', 'how many troops were in the kuril drills reported by interfax'],
      ['how big were the kuril drills in march 2022', "how big were the kuril drills in march '22"],
    ],
    same,
  );
  each(
    [
      ['which countries secretly promised the kurils to the soviets in 1945', 'which countries publicly promised the kurils to the soviets in 1945'],
      ['which countries secretly promised the kurils to the soviets in 1945', 'which countries openly promised the kurils to the soviets in 1945'],
      ['how big were the kuril drills in march 22', 'how big were the kuril drills in march 23'],
      ['how big were the kuril drills in march 22', 'how big were the kuril drills on march 22'],
      ['which party was muneo suzuki in when he made his moscow trip in 2023', 'which party was muneo suzuki in when he made his beijing trip in 2023'],
    ],
    refuses,
  );
});

describe('still diverging', () => {
  // The record of the 1960 notes says "notes signed by Gromyko" and names the 1956 declaration: the
  // signing is of the notes, but nothing reads the object of the deed in a who-question yet.
  it.fails('which minister signed the notes in 1960 ≠ which minister signed the 1956 declaration', () =>
    refuses(['which minister signed the notes in 1960', 'which minister signed the 1956 declaration']),
  );
  // A light verb in a clause after "after" ("after he took/made his trip"): the clause is read as its
  // own deed, and "took" is the word of seizing islands, so the record of the trip is not found.
  it.fails('which party did suzuki leave after visiting moscow ~ which party did suzuki leave after he took his trip to moscow', () =>
    expectSame('which party did suzuki leave after visiting moscow', 'which party did suzuki leave after he took his trip to moscow'),
  );
});
