import { describe, it } from 'vitest';
import { each, expectChanged, expectSame, neverYes, type Pair, refuses, sameFirst } from '../../support/metamorphic.js';

/**
 * Round 13 (red team) metamorphic tests for what-did-X-say, judgement and position questions
 * (docs/questions-log.md, "Round 13: what did X say, judgements and positions"). Each pair is a question
 * the engine answers right (checked against data/kuril/) and a rewrite of our own: an adverb asking
 * for the exact words, "tell" as a verb of saying, a judgement between the sides, a reported clause
 * ("has X said what would …", "… that she still wants …"), a prediction about a response, a two-digit
 * year, and a position's view-stating record. Pairs with a false detail must change the answer and
 * never get a "Yes"; pairs whose rewrite asks what no record holds must be declined.
 */

const same = ([original, variant]: Pair) => expectSame(original, variant);
const changed = ([original, variant]: Pair) => expectChanged(original, variant);

describe('"what exactly did X say": the adverb asks the same speaker for their words', () => {
  each(
    [
      ["what did lavrov say about japan's claim in 2019", "what exactly did lavrov say about japan's claim in 2019"],
      ['what did takaichi say at the northern territories day rally', 'what precisely did takaichi say at the northern territories day rally'],
      ['what did the kremlin say about agreements with japan', 'what exactly did the kremlin say about agreements with japan?'],
      ['what did al-qassas say about a new front', 'what specifically did al-qassas say about a new front'],
      ['what did poccolini say japan would do', 'what exactly did poccolini say japan would do'],
    ],
    same,
  );
});

describe('"what exactly did X say": no record of that speaker\'s words, so no answer from a record that only names the occasion', () => {
  each(
    [
      ['what happened at yalta', 'what exactly did churchill say about the kurils at yalta'],
      ['what happened at yalta', 'what precisely did stalin say to churchill at yalta?'],
      ['when did muneo suzuki visit moscow', 'what exactly did muneo suzuki say in moscow in october 2023'],
      ['when did muneo suzuki visit moscow', 'what exactly did suzuki say in moscow, and who did he meet there?'],
      ['when did medvedev visit iturup', 'what exactly did medvedev say on iturup in 2019'],
    ],
    refuses,
  );
});

describe('"what did X tell Y": telling is saying, and a meeting or a visit records no words', () => {
  each(
    [
      ['what did abe and putin agree in nagato', 'what did putin tell abe in nagato about handing back the islands?'],
      ['what did abe and putin agree in nagato', 'what exactly did putin tell abe in nagato in december 2016?'],
      ['when did medvedev visit iturup', 'what did medvedev tell the islanders on iturup'],
      ['when did medvedev visit iturup', 'what did medvedev tell reporters on iturup in 2019?'],
    ],
    refuses,
  );
  each(
    [
      ['what did al-qassas say about a new front', 'what did al-qassas tell sky news arabia about a new front'],
      ['what did the kremlin say about agreements with japan', 'what did the kremlin tell tokyo about agreements?'],
    ],
    same,
  );
});

describe('a judgement between the sides: the records give each side\'s position, never a verdict', () => {
  each(
    [
      ["what is japan's position on etorofu", 'who is in the right over etorofu, moscow or tokyo?'],
      ["what is russia's position on the kurils", 'which side is right about the kurils?'],
      ["what is japan's position on the islands", 'who is correct about shikotan, moscow or tokyo?'],
      ["what is japan's position on kunashiri", 'who rightfully owns kunashiri?'],
      ["what is russia's position on the kurils", 'which country has the better case on the southern kurils, russia or japan?'],
      ["what is japan's position on the islands", 'who has the stronger claim to the islands?'],
      ["what is japan's position on the islands", "whose claim to the islands is more legitimate, russia's or japan's?"],
      ["what is japan's position on kunashiri", 'who should own kunashiri, japan or russia?'],
    ],
    refuses,
  );
});

describe('a reported clause: "has X said what would …" and "… that she still wants …" ask about the saying, which is past', () => {
  each(
    [
      ['did the kremlin say what would need to change for an agreement with japan', 'has the kremlin said what would have to change before any agreement with japan is possible?'],
      ['did the kremlin say what would need to change for an agreement with japan', 'has peskov said what would have to change for agreements with japan?'],
      ['did takaichi say she wants a peace treaty with russia', 'has takaichi said she still wants a peace treaty with russia?'],
      ['did takaichi say she wants a peace treaty with russia', 'Has Takaichi said recently that she still wants a peace treaty with Russia?'],
      ['has takaichi said she wants a peace treaty', 'has takaichi said lately that japan still wants a peace treaty with russia?'],
    ],
    same,
  );
  each(
    [
      ['did takaichi say she wants a peace treaty with russia', 'has takaichi said she still wants a peace treaty with china?'],
      ['did the kremlin say what would need to change for an agreement with japan', 'has the kremlin said what would have to change before any agreement with china?'],
    ],
    changed,
  );
  each(
    [
      ['did takaichi say she wants a peace treaty with russia', 'has takaichi said she still wants a peace treaty with china?'],
      ['did takaichi say she wants a peace treaty with russia', 'has takaichi said she no longer wants a peace treaty with russia?'],
    ],
    neverYes,
  );
  each(
    [
      ['did the kremlin say what would need to change for an agreement with japan', 'would the kremlin have agreed to a treaty if relations had changed?'],
      ['did takaichi say she wants a peace treaty with russia', 'will takaichi still want a peace treaty next year?'],
      ['did takaichi say she wants a peace treaty with russia', 'is takaichi still going to want a peace treaty after the election?'],
    ],
    refuses,
  );
});

describe('a prediction about a response is the predictor\'s words, not the predictor\'s reaction', () => {
  each(
    [
      ['what did the decode 39 analyst predict japan would do', 'what did the decode 39 analyst predict japan would do in response to russia'],
      ['what did poccolini say japan would do', 'what did poccolini predict japan would do in response to russian provocations?'],
      ['what did the decode 39 analyst predict japan would do', 'what did the decode 39 analyst expect japan would do in response to russia?'],
      ['what did poccolini say japan would do', 'what did poccolini forecast japan would do?'],
      ['how did japan react to russia suspending the talks', 'what did japan say in response to russia suspending the talks'],
    ],
    sameFirst,
  );
});

describe('a two-digit year after "in" is that year', () => {
  each(
    [
      ['what did the pm say at the northern territories day rally in 1981', 'what did the pm say at the northern territories day rally in 81'],
      ['what did the pm say at the first northern territories day rally in 1981', "what did the pm say at the first northern territories day rally in '81?"],
    ],
    same,
  );
  each([['when was northern territories day established', 'what did the pm say at the first northern territories day rally in 81']], refuses);
});

describe("a side's position asked outright cites the record that states its view first", () => {
  each(
    [
      ["what is russia's legal argument for the kurils", "what is russia's official position on who owns the southern kurils?"],
      ["what is japan's legal argument on the northern territories", "what's japan's official position on the northern territories"],
      ["what is russia's legal argument for the kurils", "what is moscow's stance on the southern kurils?"],
      ["what is japan's legal argument on the northern territories", "what is tokyo's position on the four islands?"],
    ],
    sameFirst,
  );
});

describe('who owns a disputed island: each side\'s position, never a record that only mentions sovereignty', () => {
  each(
    [
      ["what is japan's position on kunashiri", 'who owns kunashiri?'],
      ["what is japan's position on the islands", 'who has sovereignty over the habomai islets?'],
      ["what is japan's position on etorofu", 'who do the northern territories belong to?'],
    ],
    sameFirst,
  );
  each([['who owns kunashiri?', 'who owns shumshu?']], changed);
});

describe('"the first" of an occasion on record more than once is its earliest record, not its newest', () => {
  each(
    [
      ['what did the pm say at the first northern territories day rally in 1981', 'what did the pm say at the first northern territories day rally?'],
      ['who was the first russian leader to set foot on one of the disputed islands', 'who was the first russian leader to visit one of the disputed islands?'],
    ],
    same,
  );
  each([['what did takaichi say at the northern territories day rally', 'what did the prime minister say at the very first northern territories day rally?']], refuses);
});

describe('still diverging', () => {
  // Roosevelt and Truman are aliases of the United States, and the Yalta agreement is that state's words.
  it.fails('what happened at yalta ~ what exactly did roosevelt say at yalta about the kurils', () => refuses(['what happened at yalta', 'what exactly did roosevelt say at yalta about the kurils']));
});
