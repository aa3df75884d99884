import { describe, it } from 'vitest';
import { agrees, expectChanged, neverYes, type Pair } from '../../support/metamorphic.js';

/**
 * Round 11 metamorphic tests for yes/no questions (docs/questions-log.md, "Round 11: yes/no"). Each
 * pair is a yes/no question the engine answers right (checked against the records in data/kuril/)
 * and a rewrite of it in our own words. A true rewrite (the deed in other words, a clause put first,
 * "any exception at all") must give the same Yes/No lead from the same record. A rewrite with a false
 * detail (a wrong year for a one-time act, a wrong person, another thing given, a thing called what
 * the record does not call it) must change the answer and never get a "Yes"; where the record states
 * the true detail of the same one-time act, it must give the "No" that a wrong person already gets.
 */

describe('the deed in other words: the record says it with its own words (aliases.ts, verbs.ts)', () => {
  const same: Pair[] = [
    ['did abe and putin agree to discuss joint economic activities on the four islands?', 'did abe and putin agree to discuss joint business projects on the four islands?'],
    ['did abe and putin agree to discuss joint economic activities on the four islands?', 'did putin and abe agree to start discussing joint business activities on the four islands?'],
    ['did abe and putin agree to discuss joint economic activities on the four islands?', 'did abe and putin agree to start talking about joint economic projects on the islands?'],
    ['did the 2022 diplomatic bluebook describe the islands as illegally occupied?', "did japan's foreign ministry call the islands illegally occupied in its 2022 bluebook?"],
    ['did the 2022 diplomatic bluebook describe the islands as illegally occupied?', 'did the 2022 diplomatic bluebook call the four islands illegally occupied?'],
    ['did putin sign a law making 3 september a day of victory over japan?', 'did putin sign a law making 3 september a holiday for the victory over japan?'],
    ['did putin sign a law making 3 september a day of victory over japan?', 'did putin sign a law that made 3 september an official holiday for victory over japan?'],
    ['did putin sign a law making 3 september a day of victory over japan?', 'does russia mark a day of victory over japan?'],
    ['did suzuki tell his party before he visited moscow?', 'did suzuki let his party know before he visited moscow?'],
    ['did suzuki tell his party before he visited moscow?', 'did muneo suzuki let nippon ishin know before his trip to moscow?'],
    ['did suzuki tell his party before he visited moscow?', 'did suzuki inform his party before he went to moscow?'],
    ['did kishida go to hiroshima with the us ambassador', 'did kishida visit hiroshima with the us ambassador?'],
    ['did kishida go to hiroshima with the us ambassador', 'did kishida visit hiroshima with the american ambassador in march 2022?'],
    ['did kishida go to hiroshima with the us ambassador', 'did kishida travel to hiroshima with rahm emanuel?'],
    ['did japan protest to the russian ambassador after russia halted the talks?', "did japan protest to russia's ambassador after moscow dropped the peace talks?"],
    ['did japan protest to the russian ambassador after russia halted the talks?', 'did japan lodge a protest with the russian ambassador after russia suspended the peace talks?'],
    ['did japan protest to the russian ambassador after russia halted the talks?', 'did tokyo protest to the russian ambassador after moscow broke off the peace talks?'],
  ];
  for (const pair of same) it(pair[1], () => agrees(pair));
  // Failed on the yes/no branch alone; round 11's reactions branch reads "describe X as Y" as "call X Y".
  it('did the japanese foreign ministry describe the four islands as illegally occupied in the 2022 bluebook?', () =>
    agrees(['did the 2022 diplomatic bluebook describe the islands as illegally occupied?', 'did the japanese foreign ministry describe the four islands as illegally occupied in the 2022 bluebook?']));
  // "now" asks what "still" asks (round 10), and a dated law's record does not say it still stands; earlier rounds' tests require that decline ("is the day of victory over militaristic japan still marked")
  it.fails('does russia now have an official holiday for the victory over japan?', () =>
    agrees(['did putin sign a law making 3 september a day of victory over japan?', 'does russia now have an official holiday for the victory over japan?']));
});

describe('a clause put first: "when X met Y in Z, did they …" is the same yes/no question (cues.ts)', () => {
  const same: Pair[] = [
    ['did abe and putin agree in singapore to speed up talks on the basis of the 1956 declaration?', 'when abe and putin met in singapore, did they agree to speed up talks on the basis of the 1956 declaration?'],
    ['did abe and putin agree in singapore to speed up talks on the basis of the 1956 declaration?', 'when abe met putin in singapore did they agree to speed up peace talks on the basis of the 1956 declaration'],
    ['did abe and putin agree in singapore to speed up talks on the basis of the 1956 declaration?', 'when they met in singapore, did abe and putin agree to take the 1956 declaration as the basis for talks?'],
    ['Did Tokyo protest when Medvedev flew to Iturup in 2019?', 'when medvedev flew to iturup in 2019, did tokyo protest?'],
    ['did japan protest to the russian ambassador after russia halted the talks?', 'after russia halted the talks, did japan protest to the russian ambassador?'],
    ['did russia put the fishing deal around the islands on hold in 2022', 'in 2022, did russia put the fishing deal around the islands on hold?'],
    ['did abe and putin agree to discuss joint economic activities on the four islands?', 'when abe and putin met in nagato, did they agree to discuss joint economic activities on the four islands?'],
    ['did abe and putin agree to discuss joint economic activities on the four islands?', 'when abe and putin met in 2016 did they agree to discuss joint economic activities on the islands'],
    ['did medvedev ever actually go to kunashir?', 'back in 2010, did medvedev go to kunashir?'],
    ['did the soviet union sign the san francisco peace treaty?', 'in 1951, did the soviet union sign the san francisco peace treaty?'],
    ['did suzuki tell his party before he visited moscow?', 'before he visited moscow, did suzuki tell his party?'],
    ['did kishida go to hiroshima with the us ambassador', 'when kishida went to hiroshima in march 2022, did he go with the us ambassador?'],
  ];
  for (const pair of same) it(pair[1], () => agrees(pair));
  const wrong: Pair[] = [
    ['did abe and putin agree in singapore to speed up talks on the basis of the 1956 declaration?', 'when abe met putin in singapore did they agree to speed up talks on the basis of the 1993 declaration?'],
    ['did abe and putin agree in singapore to speed up talks on the basis of the 1956 declaration?', 'when abe met putin in nagato did they agree to speed up talks on the basis of the 1956 declaration?'],
    ['did abe and putin agree in singapore to speed up talks on the basis of the 1956 declaration?', 'when kishida met putin in singapore did they agree to speed up talks on the basis of the 1956 declaration?'],
    ['did abe and putin agree to discuss joint economic activities on the four islands?', 'when kishida and putin met, did they agree to discuss joint economic activities on the four islands?'],
  ];
  for (const pair of wrong) it(pair[1], () => neverYes(pair));
});

describe('an exception asked about: "any exception at all" asks whether there is one (exception.ts)', () => {
  const same: Pair[] = [
    ['does the ban on ceding territory have an exception?', "does russia's constitutional ban on handing over land have any exception at all?"],
    ['does the ban on ceding territory have an exception?', 'is there any exception whatsoever to the ban on ceding territory?'],
    ['does the ban on ceding territory have an exception?', 'does the constitutional ban on ceding territory have any exceptions at all?'],
    ['does the ban on ceding territory have an exception?', 'is there an exception at all to the ban on ceding territory?'],
    ['does the constitution ban ceding territory in all cases?', 'does the constitution ban ceding territory without any exception?'],
  ];
  for (const pair of same) it(pair[1], () => agrees(pair));
  // "apply" and "case" are words no record uses and weigh the most, so no record covers the question; "in every case" is not read as a frame
  it.fails('does the ban on ceding territory apply in every case?', () => agrees(['does the constitution ban ceding territory in all cases?', 'does the ban on ceding territory apply in every case?']));
});

describe('a wrong year for a one-time act: "No" when the record dates the same act (one-time.ts)', () => {
  // The original is a "No" the record gives to a false detail (a wrong person); the wrong year is one too.
  const same: Pair[] = [
    ['did medvedev sign a law making 3 september a day of victory over japan?', 'did putin sign the law making 3 september a day of victory over japan in 2020?'],
    ['did medvedev sign a law making 3 september a day of victory over japan?', 'was the law on the day of victory over militaristic japan signed in 2021?'],
    ['did putin sign the tokyo declaration with hosokawa?', 'did yeltsin sign the tokyo declaration with hosokawa in 1995?'],
    ['did putin sign the tokyo declaration with hosokawa?', 'was the tokyo declaration signed in 1991?'],
    ['is russia\'s ban on ceding territory without any exception?', 'did russian voters approve a ban on ceding territory in 2018?'],
  ];
  for (const pair of same) it(pair[1], () => agrees(pair));
  const wrong: Pair[] = [
    ['did zelensky sign a decree recognising the northern territories as japanese in 2022?', 'did zelensky sign a decree recognising the northern territories as japanese in 2020?'],
    ['did ukraine recognise japan\'s claim to the islands in 2022?', 'did ukraine recognise japan\'s claim to the islands back in 2019?'],
    ['was the safe fishing agreement signed in 1998?', 'was the safe fishing agreement for the waters around the islands signed in 1993?'],
    ['did russia and japan sign a safe fishing agreement in 1998?', 'did russia and japan sign a safe fishing agreement in 2001?'],
    ['did russia approve a ban on ceding territory in 2020?', 'did russia approve a ban on ceding territory in 2018?'],
    ['did the tokyo declaration get signed in 1993?', 'was the tokyo declaration signed in 1995?'],
    ['did japan and the soviet union sign the joint declaration in 1956?', 'did japan and the soviet union sign the joint declaration in 1955?'],
    ['did putin sign the law on the day of victory over militaristic japan in 2023?', 'did putin sign the law on the day of victory over militaristic japan in 2021?'],
  ];
  for (const pair of wrong) it(pair[1], () => neverYes(pair));
});

describe('a wrong person: "No" when the record names who did it (doer.ts)', () => {
  const same: Pair[] = [
    ['did medvedev sign a law making 3 september a day of victory over japan?', "was it medvedev who signed the law creating russia's day of victory over japan?"],
    ['did medvedev sign a law making 3 september a day of victory over japan?', 'did medvedev sign the law creating the day of victory over japan?'],
    ['did medvedev sign a law making 3 september a day of victory over japan?', 'was it medvedev who signed the law making 3 september a day of victory over japan?'],
    ['did putin sign the tokyo declaration with hosokawa?', 'was it putin who signed the tokyo declaration with hosokawa?'],
  ];
  for (const pair of same) it(pair[1], () => agrees(pair));
  const wrong: Pair[] = [
    ['was it zelensky who signed a decree recognising the northern territories as japanese?', 'was it putin who signed a decree recognising the northern territories as japanese?'],
    ['did yeltsin sign the tokyo declaration with hosokawa?', 'did yeltsin sign the tokyo declaration with abe?'],
    ['did kishida go to hiroshima with the us ambassador', 'did kishida go to hiroshima with the russian ambassador'],
    ['did japan protest to the russian ambassador after russia halted the talks?', 'did japan protest to the american ambassador after russia halted the talks?'],
    ['did abe and putin agree to discuss joint economic activities on the four islands?', 'did kishida and putin agree to discuss joint economic activities on the four islands?'],
    ['did putin sign a law making 3 september a day of victory over japan?', 'did kishida sign a law making 3 september a day of victory over japan?'],
  ];
  for (const pair of wrong) it(pair[1], () => neverYes(pair));
});

describe('another thing given, or a thing called what the record does not call it (recipient.ts, labels)', () => {
  const wrong: Pair[] = [
    ['did the treaty of portsmouth give japan southern sakhalin?', 'did the treaty of portsmouth give japan the kuril islands?'],
    ['did the treaty of portsmouth give japan southern sakhalin?', 'did the treaty of portsmouth give russia southern sakhalin?'],
    ['did the treaty of st petersburg give japan the kuril islands?', 'did the treaty of st petersburg give japan southern sakhalin?'],
    ['did the 1956 joint declaration end the state of war?', 'is the 1956 declaration a peace treaty?'],
    ['did the 1956 joint declaration end the state of war?', 'was the 1956 joint declaration a peace treaty?'],
    ['did the tokyo declaration get signed in 1993?', 'was the tokyo declaration a peace treaty?'],
    ['did russia and japan sign a safe fishing agreement in 1998?', 'was the 1998 safe fishing agreement a peace treaty?'],
    ['did the 1956 joint declaration end the state of war?', 'was the joint declaration of 1956 a peace treaty between japan and the soviet union?'],
  ];
  for (const pair of wrong) it(pair[1], () => neverYes(pair));
  // "the whole of Sakhalin" against "the south of Sakhalin": the part-of-all reader (part-of-all.ts) knows "all four islands", not a part of one island
  it.fails('did the treaty of portsmouth give japan the whole of sakhalin?', () => neverYes(['did the treaty of portsmouth give japan southern sakhalin?', 'did the treaty of portsmouth give japan the whole of sakhalin?']));
  const changed: Pair[] = [
    ['did the treaty of portsmouth give japan southern sakhalin?', 'did the treaty of portsmouth hand the kurils to japan?'],
    ['did the 1956 joint declaration end the state of war?', 'was the 1956 declaration a peace treaty?'],
  ];
  for (const pair of changed) it(pair[1], () => expectChanged(...pair));
});
