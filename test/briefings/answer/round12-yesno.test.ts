import { describe, it } from 'vitest';
import { agrees, neverYes, type Pair } from '../../support/metamorphic.js';

/**
 * Round 12 metamorphic tests for yes/no questions (docs/questions-log.md, "Round 12: yes/no"). Each
 * pair is a yes/no question the engine answers right (checked against the records in data/kuril/)
 * and a rewrite of it in our own words. A true rewrite must give the same Yes/No from the same
 * record; a rewrite with a false detail must never get a "Yes" (and must change the answer).
 */

describe('a thing said to be absent from another is no "Yes" to its being in it (absent.ts)', () => {
  const original = 'did the gromyko notes add a foreign troop condition?';
  const falseVariants = [
    'was the foreign troop condition in the 1956 declaration?',
    'was the foreign troop condition already written into the 1956 joint declaration?',
    'did the 1956 declaration include the foreign troop condition?',
    'was the demand that foreign troops leave japan part of the 1956 declaration?',
    'was the withdrawal of foreign troops already in the 1956 joint declaration?',
    'was the foreign troop condition included in the 1956 joint declaration?',
  ];
  for (const variant of falseVariants) it(variant, () => neverYes([original, variant]));
  const same: Pair[] = [
    ['was the demand that foreign troops leave japan already written into the 1956 joint declaration?', 'was the troop withdrawal condition part of the 1956 declaration?'],
    ['was the demand that foreign troops leave japan already written into the 1956 joint declaration?', 'did the 1956 joint declaration contain the foreign troop condition?'],
  ];
  for (const pair of same) it(pair[1], () => agrees(pair));
});

describe('the thing as the subject of going to a side asks who got it (recipient.ts)', () => {
  const falseVariants: Pair[] = [
    ['did the treaty of shimoda leave etorofu to japan?', 'did etorofu go to russia under the treaty of shimoda?'],
    ['did the treaty of shimoda leave etorofu to japan?', 'did urup go to japan under the treaty of shimoda?'],
    ['did the treaty of shimoda leave etorofu to japan?', 'did urup end up on the japanese side under the treaty of shimoda?'],
    ['did the treaty of shimoda leave etorofu to japan?', 'did etorofu end up in russian hands under the treaty of shimoda?'],
    ['did the treaty of shimoda leave etorofu to japan?', 'was etorofu left to russia by the treaty of shimoda?'],
    ['did the treaty of shimoda leave etorofu to japan?', 'did etorofu end up on the russian side of the line under the treaty of shimoda?'],
    ['did the yalta deal promise the kurils to the soviet union?', 'did the kurils go to japan at yalta?'],
  ];
  for (const pair of falseVariants) it(pair[1], () => neverYes(pair));
  const same: Pair[] = [
    ['did the treaty of shimoda leave etorofu to japan?', 'under the treaty of shimoda did etorofu end up on the japanese side of the line?'],
    ['did the treaty of shimoda leave etorofu to japan?', 'did etorofu end up in japanese hands under the treaty of shimoda?'],
    ['did the treaty of shimoda leave etorofu to japan?', 'did etorofu go to japan under the treaty of shimoda?'],
    ['did the treaty of shimoda leave urup to japan?', 'did urup go to japan under the treaty of shimoda?'],
    ['did the treaty of shimoda leave urup to japan?', 'did urup end up on the japanese side of the line under the treaty of shimoda?'],
  ];
  for (const pair of same) it(pair[1], () => agrees(pair));
});

describe("everyday words for the records' words (word-families.ts, kind-as-topic.ts)", () => {
  const same: Pair[] = [
    ['Did Moscow freeze the fishing deal for the waters around the islands?', 'Did Moscow freeze the fishing deal for the waters round the islands?'],
    ['Did Moscow freeze the fishing deal for the waters around the islands?', 'did russia suspend the fishing agreement for the waters round the four islands in mid-2022?'],
    ["did Takaichi say Japan's position had changed?", "did Takaichi signal a shift in Japan's stance?"],
    ["did Takaichi say Japan's position had changed?", "did takaichi say japan's stance had shifted?"],
    ["did Takaichi say Japan's position had changed?", "did takaichi signal that japan's position had changed?"],
    ['did abe and putin agree to speed up treaty talks on the basis of the 1956 declaration?', 'did abe and putin agree to speed up treaty talks using the 1956 declaration as the base?'],
    ['did abe and putin agree to speed up treaty talks on the basis of the 1956 declaration?', 'did abe and putin agree to accelerate peace talks taking the 1956 declaration as their basis?'],
    ['did kishida condemn the halt of the peace talks?', "did kishida condemn moscow's decision to halt the peace treaty talks?"],
    ['did kishida condemn the halt of the peace talks?', 'did kishida condemn the halt of the peace-treaty negotiations?'],
    ['did kishida condemn the halt of the peace talks?', 'did kishida call the halt of the peace treaty negotiations unjust?'],
  ];
  for (const pair of same) it(pair[1], () => agrees(pair));
  const falseVariants: Pair[] = [
    ['Did Moscow freeze the fishing deal for the waters around the islands?', 'Did Moscow freeze the fishing deal for the waters round the islands in 2019?'],
    ['did abe and putin agree to speed up treaty talks on the basis of the 1956 declaration?', 'did abe and putin agree to speed up treaty talks using the 1993 tokyo declaration as the base?'],
    ['did kishida condemn the halt of the peace talks?', "did kishida welcome moscow's decision to halt the peace treaty talks?"],
    ['did kishida condemn the halt of the peace talks?', "did abe condemn moscow's decision to halt the peace treaty talks?"],
  ];
  for (const pair of falseVariants) it(pair[1], () => neverYes(pair));
});

describe('an adverb between the doer and the verb (adverb-between.ts)', () => {
  const same: Pair[] = [
    ["did lavrov argue that japan's demand goes against the UN charter?", "did lavrov ever argue that japan's demand for the islands goes against the UN charter?"],
    ["did lavrov argue that japan's demand goes against the UN charter?", "did lavrov once argue that japan's demand goes against the UN charter?"],
    ["did lavrov argue that japan's demand goes against the UN charter?", "did lavrov publicly say that japan's claim runs against the UN charter?"],
    ["did lavrov argue that japan's demand goes against the UN charter?", "did lavrov really say japan's claim runs against the UN charter?"],
    ['did medvedev visit kunashiri?', 'did medvedev actually visit kunashiri?'],
    ['did medvedev visit kunashiri?', 'did medvedev personally visit kunashiri?'],
    ['did mishustin sign the order ending the visa-free exchanges?', 'did mishustin personally sign the order ending the visa-free exchanges?'],
    ['did kishida call the halt of the talks unjust?', 'did kishida ever call the halt of the talks unjust?'],
  ];
  for (const pair of same) it(pair[1], () => agrees(pair));
  const falseVariants: Pair[] = [
    ["did lavrov argue that japan's demand goes against the UN charter?", "did lavrov ever argue that japan's demand goes against the russian constitution?"],
    ["did lavrov argue that japan's demand goes against the UN charter?", "did lavrov ever argue that russia's claim goes against the UN charter?"],
    ['did medvedev visit kunashiri?', 'did medvedev actually visit habomai?'],
    ['did mishustin sign the order ending the visa-free exchanges?', 'did putin personally sign the order ending the visa-free exchanges?'],
  ];
  for (const pair of falseVariants) it(pair[1], () => neverYes(pair));
});
