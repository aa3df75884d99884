import { describe, expect, it } from 'vitest';
import { changed, expectSame, type Pair, same, signature } from '../../support/metamorphic.js';

/**
 * Round 11 metamorphic tests for paraphrases, islands and actors (docs/questions.md, "Round 11:
 * paraphrases, islands and actors"). Each pair is a question the engine answers right (checked
 * against data/kuril) and the same question in the words of someone who never saw the records: an
 * everyday verb or idiom for the recorded deed ("take over", "pull the plug for good", "drew a line",
 * "pop over to"), a relative "where" before the real question word, a question the record and its
 * own background sentence answer together, a request for a name ("word", "please"), the office
 * holder "right now", and a second part asking the person's job. The two answers are compared live:
 * the same decline, or the same Yes/No and the same first record. Pairs with a FALSE detail (another
 * island, person, country or year) must change the answer and never get a "Yes"; off-topic nouns
 * (population, weather, Crimea, football) told with the same everyday verbs must still be declined.
 */

/** Both answered with the very same lead: the office holder, not a record that mentions them. */
function sameLead(pairs: readonly Pair[]): void {
  for (const [a, b] of pairs)
    it(`${a} = ${b}`, () => {
      const x = signature(a);
      expect(x.declined, a).toBe(false);
      expect(signature(b).lead, b).toBe(x.lead);
    });
}

describe('everyday verbs and idioms for a recorded deed', () => {
  same([
    ['when did soviet forces occupy the four islands', 'when did soviet troops take over the four islands'],
    ['when did soviet forces occupy the four islands', 'when did soviet troops take the four islands over'],
    ['when did soviet forces occupy the four islands', 'when did the red army seize the four islands'],
    ['when did soviet forces occupy the four islands', 'when did soviet soldiers grab the four islands'],
    ['when did the soviet union declare war on japan', 'when did the soviets go to war with japan'],
    ['which treaty traded sakhalin for the kuril chain', 'which treaty swapped sakhalin for the kuril chain'],
    ['when did russia end the visa-free exchanges', 'when did russia scrap the visa-free exchanges for good'],
    ['when did russia end the visa-free exchanges', 'when did russia pull the plug for good on the visa-free exchanges'],
    ['when did russia end the visa-free exchanges', 'when did russia permanently halt the visa-free exchanges'],
    ['when did russia end the visa-free exchanges', 'when did russia stop the visa-free exchanges once and for all'],
    ['when did russia end the visa-free exchanges', 'when did russia call it quits on the visa-free exchanges'],
    ['when did russia suspend the peace treaty talks', 'when did russia call it quits on the peace talks'],
    ['when did putin sign the law making 3 september the day of victory over militaristic japan', 'when did russia turn 3 september into a day of victory over japan'],
    ['when did putin sign the law making 3 september the day of victory over militaristic japan', 'when did russia turn sept 3 into a day celebrating the win over japan'],
    ['where did russian missile troops drill in 2024', 'where did russian missile troops train in 2024'],
    ['where did russian missile troops drill in 2024', 'where did russian missile troops practise in 2024'],
    ['which treaty drew the first border between russia and japan', 'which treaty first drew a line between russia and japan'],
    ['which treaty drew the first border between russia and japan', 'which treaty first drew the line between russia and japan in the kurils'],
    ['when did the gromyko memoranda add the troop withdrawal condition', 'when did moscow start demanding that foreign troops leave japan before handing over any islands'],
    ['when did the gromyko memoranda add the troop withdrawal condition', 'when did moscow insist foreign troops quit japan until it would return islands'],
    ['when did medvedev visit iturup', 'when did medvedev fly to iturup'],
    ['when did medvedev visit iturup', 'when did medvedev travel to iturup'],
    ['when did medvedev visit iturup', 'when did medvedev pop over to iturup'],
    ['when did medvedev visit iturup', 'when did medvedev jet off to iturup'],
    ['when did medvedev visit kunashir', 'when did medvedev hop over to kunashir'],
  ]);
  // "The allies" are the United States and the United Kingdom in the Yalta record; no rule reads a
  // collective noun for a group of actors yet.
  it.fails('when did the yalta agreement promise the kurils to the soviet union ~ when did the allies secretly promise the kurils to the soviet union', () =>
    expectSame('when did the yalta agreement promise the kurils to the soviet union', 'when did the allies secretly promise the kurils to the soviet union'),
  );
});

describe('a false detail in an everyday paraphrase changes the answer', () => {
  changed([
    ['when did soviet forces occupy the four islands', 'when did japanese troops take over the four islands in 1990'],
    ['which treaty traded sakhalin for the kuril chain', 'which treaty swapped okinawa for the kuril chain'],
    ['when did russia end the visa-free exchanges', 'when did china pull the plug on the visa-free exchanges'],
    ['where did russian missile troops drill in 2024', 'where did russian missile troops train in 2015'],
    ['when did medvedev visit iturup', 'when did medvedev fly to okinawa'],
    ['when did medvedev visit iturup', 'when did putin pop over to iturup'],
    ['when did medvedev visit iturup', 'when did medvedev pop over to okinawa'],
    ['when did medvedev visit iturup', 'when did medvedev bomb iturup'],
  ]);
});

describe('off-topic nouns told with the same everyday verbs are still declined', () => {
  same([
    ['what is the population of kunashiri', 'how many people live on kunashiri'],
    ['what is the population of kunashiri', 'what is the weather like on iturup'],
    ['what is the population of kunashiri', 'did russia take over crimea in 2014'],
    ['what is the population of kunashiri', 'when did russia take over crimea'],
    ['what is the population of kunashiri', 'when did japan win the football world cup'],
    ['what is the population of kunashiri', 'when did russia swap crimea for the kurils'],
    ['what is the population of kunashiri', 'when did the soviets secretly promise crimea to ukraine'],
    ['what is the population of kunashiri', 'when did russia pull the plug for good on the football league'],
    ['what is the population of kunashiri', 'when did russia turn crimea into a republic'],
  ]);
});

describe('the best record and its own background sentence answer together', () => {
  same([
    ['what did the irkutsk statement name as the starting point', 'what did the leaders agree in irkutsk should be the starting point for the talks'],
    ['did japan protest to the russian ambassador in march 2022', 'did japan protest to the russian ambassador after moscow halted the talks'],
    ['when was the treaty of st petersburg signed', 'when did japan swap its sakhalin claims for the kurils'],
  ]);
  // Mori is named in no record (the Irkutsk record says "the leaders of Russia and Japan"), and a
  // partner no record names is declined since round 12 (unknown-partner.ts), which is honest here.
  it.fails('what did the irkutsk statement name as the starting point ~ what did putin and mori agree in irkutsk as the starting point', () =>
    expectSame('what did the irkutsk statement name as the starting point', 'what did putin and mori agree in irkutsk as the starting point'),
  );
  // "Give up its claims" reads as renouncing, which the 1951 treaty's record says in its own words;
  // the 1875 exchange ranks second, so its background sentence is not the best record's own.
  it.fails('which treaty traded sakhalin for the kuril chain ~ in which treaty did japan give up its claims on sakhalin in exchange for the kurils', () =>
    expectSame('which treaty traded sakhalin for the kuril chain', 'in which treaty did japan give up its claims on sakhalin in exchange for the kurils'),
  );
});

describe('a relative "where" or "when" is no question word', () => {
  same([
    ['when was the treaty of st petersburg signed', 'that treaty where japan traded sakhalin for the kurils, what year was it'],
    ['when was the treaty of st petersburg signed', 'the deal where japan swapped its sakhalin claims for the kurils - which year'],
    ['when was the irkutsk statement', 'the meeting where the 1956 declaration was named the starting point, when was it'],
    ['when did medvedev visit kunashir', 'the trip where medvedev went to kunashir, what year was that'],
  ]);
});

describe('first is the earliest', () => {
  same([
    ['which treaty drew the first border between russia and japan', 'which was the first treaty to set a border between russia and japan'],
    ['which treaty drew the first border between russia and japan', 'which treaty first set a boundary between russia and japan'],
  ]);
});

describe('island names by language and size', () => {
  same([
    ['which is the largest island japan claims', 'what is the biggest of the four islands'],
    ['which is the largest island japan claims', 'the biggest of the four disputed islands, japanese name please'],
    ['which is the largest island japan claims', 'what do the japanese call the largest of the four islands'],
    ['which is the largest island japan claims', 'the largest of the four islands, what is it called in russian'],
    ['which is the second largest of the four islands', 'the second biggest of the four islands, japanese name please'],
    ['what is the japanese name for iturup', 'what do the japanese call iturup'],
    ['what is the japanese name for iturup', "what's the japanese word for iturup"],
    ['what is the japanese name for iturup', 'iturup, japanese name please'],
    ['what is the russian name for etorofu', "what's etorofu called in russian"],
    ['what is the russian name for etorofu', "what's the russian term for etorofu"],
    ['what is the japanese name for the kuril islands', "what's the japanese word for the kurils"],
    ['what is the japanese name for the kuril islands', 'what do the japanese call the kuril islands'],
    ['what is the japanese name for the kuril islands', 'what do russians call the kurils'],
  ]);
  it('the largest of the four is one island, not the second largest too', () => {
    expect(signature('which is the largest island japan claims').lead).not.toMatch(/Kunashiri \(/);
  });
});

describe('a false island detail changes the answer', () => {
  changed([
    ['which is the largest island japan claims', 'which is the smallest island japan claims'],
    ['what is the japanese name for iturup', 'what is the japanese name for okinawa'],
    ['what is the japanese name for the kuril islands', 'what is the japanese name for the ryukyu islands'],
  ]);
});

describe('the office holder now', () => {
  sameLead([
    ['who is the japanese prime minister', "who is japan's prime minister right now"],
    ['who is the japanese prime minister', 'who is the prime minister of japan at the moment'],
    ['who is the japanese prime minister', "who's japan's pm today"],
    ['who is the japanese prime minister', "who is japan's prime minister nowadays"],
    ['who is the russian prime minister', 'who is russia’s prime minister currently'],
    ['who was the japanese prime minister in 2022', 'who was japan’s pm in 2022'],
  ]);
});

describe('"who … and what was his job" is answered by the who-part', () => {
  same([
    ['who visited iturup in 2019', 'who visited iturup in 2019 and what was his job'],
    ['who visited iturup in 2019', 'who went to iturup in 2019, and what was his position'],
    ['who visited kunashir in 2010', 'who visited kunashir in 2010 and what office did he hold'],
    ['who signed the 1993 tokyo declaration for japan', 'who signed the 1993 tokyo declaration for japan and what was his role'],
    ['who signed the 1993 tokyo declaration for japan', 'who signed the 1993 tokyo declaration for japan and who was he'],
  ]);
  changed([
    ['who visited iturup in 2019', 'who visited okinawa in 2019 and what was his job'],
    ['who visited kunashir in 2010', 'who visited kunashir in 1990 and what office did he hold'],
  ]);
});
