import { describe } from 'vitest';
import { agrees, changed, each, neverYes, same, type Pair } from '../../support/metamorphic.js';

/**
 * Round 13 (red team on honesty) metamorphic tests for yes/no and start/end questions
 * (docs/questions-log.md, "Round 13: yes/no and start/end"). Each pair is a question the engine answers
 * right, checked against data/kuril/, and a rewrite of it in words of our own, not the dev sets'.
 * A true rewrite must keep the Yes/No lead and the record cited first; a rewrite with a false detail
 * (another year, instrument, island or doer) must change the answer and never get a "Yes".
 */

describe('a treaty told only as still being negotiated was not signed then (attributive.ts, labels.ts)', () => {
  // The summit agreed to speed up peace-treaty negotiations: no treaty was signed there.
  each(
    [
      ['did abe and putin agree in singapore to speed up talks?', 'did abe and putin sign a peace treaty in singapore?'],
      ['did abe and putin agree in singapore to speed up talks?', 'did abe and putin conclude a peace treaty in singapore in 2018?'],
      ['did abe and putin agree in singapore to speed up talks?', 'did putin and abe sign a peace treaty at their singapore meeting?'],
      ['did abe and putin agree in singapore to speed up talks?', 'did abe and putin reach a peace treaty in singapore?'],
      ['did abe and putin agree in singapore to speed up talks?', 'did abe and putin sign a fishing deal in singapore in 2018?'],
      ['did russia suspend the peace talks with japan?', 'did russia sign a peace treaty with japan in 2022?'],
    ] satisfies Pair[],
    neverYes,
  );
  each(
    [
      ['did abe and putin sign a peace treaty in singapore in 2018?', 'did abe and putin conclude a peace treaty in singapore in 2018?'],
      ['did abe and putin sign a peace treaty in singapore in 2018?', 'did putin and abe sign a peace treaty in singapore?'],
      ['did abe and putin sign a peace treaty in singapore in 2018?', 'did shinzo abe and vladimir putin sign a peace treaty in singapore?'],
    ] satisfies Pair[],
    agrees,
  );
  // Two doers' deed must be in the clause, as one doer's is (paired-doers.ts).
  each(
    [
      ['did abe and putin agree in singapore to speed up talks?', 'did abe and putin sign a declaration in singapore?'],
      ['did abe and putin agree in singapore to speed up talks?', 'did abe and putin sign an agreement in singapore?'],
    ] satisfies Pair[],
    neverYes,
  );
  each(
    [
      ['did the soviet union and japan sign a joint declaration in 1956?', 'did japan and the soviet union sign a joint declaration in 1956?'],
      ['did abe and putin meet in singapore?', 'did putin and abe meet in singapore in 2018?'],
    ] satisfies Pair[],
    agrees,
  );
  // "Meeting in Singapore, Shinzo Abe …": a place before a comma is no label on the name after it.
  same([['did abe and putin meet in singapore?', 'did shinzo abe and vladimir putin meet in singapore?']]);
});

describe('a premise of absence before the question is not what is asked (absence-premise.ts)', () => {
  each(
    [
      ['are japan and russia still at war?', 'with no peace treaty ever signed, are japan and russia still formally in a state of war?'],
      ['are japan and russia still at war?', 'without a peace treaty, are russia and japan still at war?'],
      ['are japan and russia still at war?', 'given that there is no peace treaty, are japan and russia still technically at war?'],
      ['are japan and russia still at war?', 'since there was never a peace treaty, is japan still at war with russia?'],
      ['are japan and russia still at war?', 'with still no peace treaty, are russia and japan still in a state of war?'],
      ['did the 1956 declaration end the state of war?', 'with no peace treaty ever signed, did the 1956 declaration end the state of war?'],
      ['did the 1956 declaration settle the fate of etorofu?', 'without a peace treaty, did the 1956 declaration settle the fate of etorofu?'],
    ] satisfies Pair[],
    agrees,
  );
  // A manner is no premise: "with no warning", "without consulting Tokyo" must be on record to say "Yes".
  each(
    [
      ['did russia hold drills on the islands?', 'with no warning, did russia hold drills on the islands?'],
      ['did russia suspend the peace talks with japan?', 'without consulting tokyo, did russia suspend the peace talks with japan?'],
      ['did russia end the visa-free exchanges?', 'without asking japan, did russia end the visa-free exchanges?'],
    ] satisfies Pair[],
    neverYes,
  );
});

describe('a recorded two-word name cut short (clipped-names.ts)', () => {
  each(
    [
      ['did the soviets sign the san francisco peace treaty?', 'did the soviets sign the san fran peace treaty'],
      ['did the soviet union sign the san francisco treaty?', 'did the ussr sign the san fran treaty in 1951?'],
      ['was the treaty of st petersburg signed in 1875?', 'was the treaty of st pete signed in 1875?'],
      ['did japan renounce the kurile islands in the san francisco treaty?', 'did japan renounce the kurile islands in the san fran treaty?'],
    ] satisfies Pair[],
    agrees,
  );
});

describe('"the Kurile Islands" is one name, and a note names no occasion of its record (labels.ts, occasion.ts, record-context.ts)', () => {
  each(
    [
      ['did japan renounce the kurile islands in 1951?', 'did japan give up the kurils in the 1951 peace treaty?'],
      ['did japan renounce the kurile islands in 1951?', 'did japan renounce the kurils in 1951?'],
      ['did japan renounce the kurile islands in 1951?', 'did japan give up the kurils?'],
    ] satisfies Pair[],
    agrees,
  );
  each(
    [
      ['did japan renounce the kurile islands in 1951?', 'did japan give up the kurils in the 1956 declaration?'],
      ['did japan renounce the kurile islands in 1951?', 'did russia give up the kurils in the 1951 peace treaty?'],
      ['did japan renounce the kurile islands in 1951?', 'did japan give up sakhalin in the 1951 peace treaty?'],
      ['did japan renounce the kurile islands in 1951?', 'did japan give up the kurils in the 1855 treaty?'],
    ] satisfies Pair[],
    neverYes,
  );
});

describe("a deed told 'the next day' is answered from its own record (told-next-day.ts)", () => {
  const kishida = 'did kishida condemn russia ending the visa-free and ex-resident visit deals?';
  each(
    [
      [kishida, 'did kishida condemn russia ending the visa-free exchanges?'],
      [kishida, 'did prime minister kishida condemn the end of the visa-free exchanges?'],
      [kishida, "did fumio kishida condemn russia's ending of the exchange agreements?"],
      // Russia's own act stays Russia's record: the next-day deed is not the one asked.
      ['did russia end the visa-free exchanges with tokyo?', 'did russia end the visa-free exchanges with japan in september 2022?'],
    ] satisfies Pair[],
    agrees,
  );
  each(
    [
      [kishida, 'did putin condemn russia ending the visa-free exchanges?'],
      [kishida, 'did abe condemn russia ending the visa-free exchanges?'],
    ] satisfies Pair[],
    neverYes,
  );
});

describe('start/end in everyday words (word-families.ts, study-topic.ts)', () => {
  same([
    ['by when had the soviets occupied all four islands?', 'by when had the soviets taken all 4 islands'],
    ['by when had the soviets occupied all four islands?', 'by when had the soviets captured the four islands?'],
    ['by when had the soviets occupied all four islands?', 'by what date had soviet troops seized all four islands?'],
    ['by when had the soviets occupied all four islands?', 'by when had the soviets taken the islands?'],
    ['when were the visa-free exchanges first set up?', 'im a student researching the visa-free exchanges - when were they first set up?'],
    ['when was the shimoda treaty signed?', "I'm researching the Shimoda treaty — when was it signed?"],
    ['did the 1956 declaration end the state of war?', "I'm a journalist writing about the 1956 declaration: did it end the state of war?"],
    ['were the vostok-2022 drills held on shikotan?', "I'm writing an essay on the Vostok-2022 drills - were they held on Shikotan?"],
    ['who ended the visa-free exchanges?', "I'm a student researching the visa-free exchanges - who ended them?"],
    ["didn't russia take the kurils back after the russo-japanese war?", "didn't russia take back the kurils after the russo-japanese war?"],
  ]);
  changed([
    ['by when had the soviets occupied all four islands?', 'by when had the soviets taken hokkaido?'],
    ['when were the visa-free exchanges first set up?', 'im a student researching the visa-free exchanges - how many japanese visited the islands under them?'],
    ['did the soviets take all four islands in 1945?', 'did the soviets take all 4 islands before japan surrendered?'],
  ]);
});
