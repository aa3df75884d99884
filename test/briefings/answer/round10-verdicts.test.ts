import { describe, it } from 'vitest';
import { agrees, neverYes, type Pair } from '../../support/metamorphic.js';

/**
 * Round 10 metamorphic tests for yes/no verdicts (docs/questions-log.md, "Round 10: yes/no verdicts").
 * Each pair is a yes/no question the engine answers right (checked against the records in
 * data/kuril/) and a rewrite of it. A true rewrite (another name for the same doer, a word for "now"
 * in place of "still", a capital for its state, a frame such as "isn't it true that …" or "so …?",
 * another verb for the same deed) must give the same Yes/No lead and cite the same record first. A
 * false rewrite (doer and recipient swapped, another body as the doer, a place or year from another
 * clause, a deed the record does not name, a wrong island or year) must never get a "Yes".
 */

describe("who did it: the doer is the body that acted in the record (doer.ts, named-doer.ts)", () => {
  const same: Pair[] = [
    ["did japan protest to ambassador galuzin?", "did japan lodge a protest with the russian ambassador?"],
    ["did japan protest to ambassador galuzin?", "did tokyo protest to ambassador galuzin?"],
    ["did mishustin sign the order ending the visa-free exchanges?", "did the russian prime minister sign the order ending the visa-free exchanges?"],
    ["did kishida condemn the end of the visa-free exchanges?", "did the japanese prime minister condemn the end of the visa-free exchanges?"],
    ["did zelensky sign a decree recognising the northern territories as japanese?", "did the president of ukraine sign a decree recognising the northern territories as japanese?"],
    ["did lavrov say japan's claim runs against the un charter?", "did the russian foreign minister say japan's claim runs against the un charter?"],
    ["did peskov say agreements with japan are unlikely?", "did the kremlin say agreements with japan are unlikely?"],
    ["did the eastern military district hold drills in the kurils in march 2022?", "did russia's eastern military district hold drills in the kurils in march 2022?"],
    ["did yeltsin sign the tokyo declaration?", "did boris yeltsin sign the tokyo declaration?"],
    ["did hosokawa sign the tokyo declaration?", "did prime minister hosokawa sign the tokyo declaration?"],
    ["did putin sign the law on the day of victory over militaristic japan?", "did the russian president sign the law on the day of victory over militaristic japan?"],
    ["did japan protest the eastern military district drills?", "did tokyo protest the eastern military district drills?"],
    ["did japan protest russian drills near shikotan in 2025?", "did the japanese government protest russian drills near shikotan in 2025?"],
    ["did japan renounce the kurile islands in the san francisco treaty?", "did tokyo renounce the kurile islands in the san francisco treaty?"],
    ["did the soviet union declare war on japan?", "did the soviet government declare war on japan?"],
    ["did russia end the visa-free exchanges?", "did the russian government end the visa-free exchanges?"],
    ["did molotov hand the declaration of war to sato?", "did molotov hand the declaration of war to the japanese ambassador?"],
    ["did japan protest medvedev's visit to iturup?", "did the japanese government protest medvedev's visit to iturup?"],
  ];
  for (const pair of same) it(pair[1], () => agrees(pair));
  // the foreign ministry as the doer with Japan also named: Japan is named only as the other side of the
  // talks, held as one of the record's parties (implied-recipient.ts, round 16; was a round 9 divergence)
  it("did russia's foreign ministry suspend the peace talks with japan?", () => agrees(["did russia suspend the peace talks with japan?", "did russia's foreign ministry suspend the peace talks with japan?"]));
  // as above (round 16)
  it("did the russian foreign ministry halt the peace talks with japan?", () => agrees(["did russia suspend the peace talks with japan?", "did the russian foreign ministry halt the peace talks with japan?"]));
  const wrong: Pair[] = [
    ["did japan protest medvedev's visit to kunashir?", "did russia protest medvedev's visit to kunashir?"],
    ["did japan protest the drills off kunashiri?", "did russia protest the drills off kunashiri?"],
    ["did japan protest to ambassador galuzin?", "did galuzin protest to japan?"],
    ["did kishida protest the halt of the talks?", "did galuzin protest the halt of the talks?"],
    ["did kishida protest the halt of the talks?", "did the russian ambassador protest the halt of the talks?"],
    ["did russia suspend the peace talks with japan?", "did japan suspend the peace talks with russia?"],
    ["did russia suspend the peace talks with japan?", "did putin suspend the peace talks with japan?"],
    ["did russia's foreign ministry suspend the fishing agreement?", "did putin suspend the fishing agreement?"],
    ["did russia's foreign ministry suspend the fishing agreement?", "did japan suspend the fishing agreement?"],
    ["did mishustin sign the order ending the visa-free exchanges?", "did putin sign the order ending the visa-free exchanges?"],
    ["did mishustin sign the order ending the visa-free exchanges?", "did kishida sign the order ending the visa-free exchanges?"],
    ["did kishida condemn the end of the visa-free exchanges?", "did mishustin condemn the end of the visa-free exchanges?"],
    ["did zelensky sign a decree recognising the northern territories as japanese?", "did putin sign a decree recognising the northern territories as japanese?"],
    ["did zelensky sign a decree recognising the northern territories as japanese?", "did kishida sign a decree recognising the northern territories as japanese?"],
    ["did japan protest russian drills near shikotan in 2025?", "did russia protest japanese drills near shikotan in 2025?"],
    ["did molotov hand the declaration of war to sato?", "did sato hand the declaration of war to molotov?"],
    ["did the soviet union declare war on japan?", "did japan declare war on the soviet union?"],
    ["did lavrov say japan's claim runs against the un charter?", "did putin say japan's claim runs against the un charter?"],
    ["did lavrov say japan's claim runs against the un charter?", "did kishida say japan's claim runs against the un charter?"],
    ["did peskov say agreements with japan are unlikely?", "did takaichi say agreements with russia are unlikely?"],
    ["did the eastern military district hold drills in the kurils in march 2022?", "did japan hold drills in the kurils in march 2022?"],
    ["did japan protest the eastern military district drills?", "did the eastern military district protest japan's drills?"],
    ["did yeltsin sign the tokyo declaration?", "did gorbachev sign the tokyo declaration?"],
    ["did yeltsin sign the tokyo declaration?", "did abe sign the tokyo declaration?"],
    ["did putin sign the law on the day of victory over militaristic japan?", "did medvedev sign the law on the day of victory over militaristic japan?"],
    ["did putin sign the law on the day of victory over militaristic japan?", "did kishida sign the law on the day of victory over militaristic japan?"],
    ["did japan renounce the kurile islands in the san francisco treaty?", "did the soviet union renounce the kurile islands in the san francisco treaty?"],
    ["did medvedev visit kunashir?", "did kishida visit kunashir?"],
    ["did kishida go to hiroshima with the us ambassador?", "did galuzin go to hiroshima with kishida?"],
    ["did kishida warn that russian nuclear use is increasingly real?", "did rahm emanuel warn that russian nuclear use is increasingly real?"],
    ["did russia deploy bastion missiles on paramushir?", "did japan deploy bastion missiles on paramushir?"],
    ["did russia hold the vostok-2022 drills on etorofu?", "did japan hold the vostok-2022 drills on etorofu?"],
    ["did japan's diplomatic bluebook call the islands illegally occupied?", "did russia call the islands illegally occupied?"],
    ["did russia end the visa-free exchanges?", "did the japanese government end the visa-free exchanges?"],
    ["did russia suspend the peace talks with japan?", "did the japanese side suspend the peace talks?"],
    ["did japan protest to ambassador galuzin?", "did the russian ambassador protest to japan?"],
    ["did molotov hand the declaration of war to sato?", "did sato hand the declaration to molotov?"],
  ];
  for (const pair of wrong) it(`false: ${pair[1]}`, () => neverYes(pair));
});

describe("tense and time words: 'now', 'today', 'these days' ask what 'still' asks; 'ever' asks what the past does (now-words.ts)", () => {
  const same: Pair[] = [
    ["are the peace talks still suspended?", "are the peace talks suspended now?"],
    ["are the peace talks still suspended?", "are the peace talks currently suspended?"],
    ["are the peace talks still suspended?", "as of today, are the peace talks suspended?"],
    ["are the peace talks still suspended?", "are the peace talks still suspended these days?"],
    ["are the peace talks still suspended?", "are the peace talks with russia still on hold?"],
    ["are the peace talks still suspended?", "are the peace talks still halted?"],
    ["is the fishing agreement still suspended?", "is the fishing agreement suspended now?"],
    ["is the fishing agreement still suspended?", "is the fishing agreement currently suspended?"],
    ["is the fishing agreement still suspended?", "is the fishing agreement suspended as of today?"],
    ["are the visa-free exchanges still running?", "are the visa-free exchanges running any more?"],
    ["are the visa-free exchanges still running?", "are the visa-free exchanges running these days?"],
    ["are the visa-free exchanges still running?", "are the visa-free exchanges currently running?"],
    ["are the visa-free exchanges still running?", "are the visa-free exchanges running now?"],
    ["do the visa-free exchanges still exist?", "do the visa-free exchanges exist any more?"],
    ["is japan's position still unchanged?", "is japan's position on the islands unchanged now?"],
    ["is japan's position still unchanged?", "is japan's position currently unchanged?"],
    ["is japan's position still unchanged?", "as of today, is japan's position unchanged?"],
    ["does japan still want a peace treaty with russia?", "does japan currently want a peace treaty with russia?"],
    ["does japan still want a peace treaty with russia?", "does japan want a peace treaty with russia these days?"],
    ["does japan still want a peace treaty with russia?", "does japan want a peace treaty with russia now?"],
    ["is there still no peace treaty between russia and japan?", "is there still no peace treaty between moscow and tokyo?"],
    ["do russia and japan have a peace treaty?", "do russia and japan have a peace treaty today?"],
    ["do russia and japan have a peace treaty?", "do russia and japan currently have a peace treaty?"],
    ["does russia still hold the four islands?", "does russia currently hold the four islands?"],
    ["does russia still hold the four islands?", "does russia hold the four islands these days?"],
    ["did medvedev ever visit kunashir?", "has medvedev ever visited kunashir?"],
    ["did medvedev ever visit kunashir?", "was medvedev ever on kunashir?"],
    ["did medvedev ever visit kunashir?", "did medvedev visit kunashir?"],
    ["has japan ever protested russian drills?", "did japan ever protest russian drills?"],
    ["has the soviet union ever declared war on japan?", "did the soviet union ever declare war on japan?"],
    ["did the soviet union ever sign the san francisco treaty?", "has the soviet union ever signed the san francisco treaty?"],
    ["has russia ever suspended the fishing agreement?", "did russia ever suspend the fishing agreement?"],
    ["does the russian constitution ban ceding territory?", "does the russian constitution currently ban ceding territory?"],
    ["does the russian constitution ban ceding territory?", "does the russian constitution still ban ceding territory?"],
    ["is 7 february northern territories day?", "is 7 february still northern territories day?"],
    ["is 7 february northern territories day?", "is 7 february northern territories day these days?"],
    ["does russia mark 3 september as the day of victory over militaristic japan?", "does russia still mark 3 september as the day of victory over militaristic japan?"],
    ["are the peace talks still suspended?", "are the peace talks on hold right now?"],
    ["are the peace talks still suspended?", "are the peace talks suspended at the moment?"],
    ["is the fishing agreement still suspended?", "is the fishing agreement suspended at present?"],
    ["is japan's position still unchanged?", "is japan's position unchanged these days?"],
    ["does japan still want a peace treaty with russia?", "does japan want a peace treaty with russia today?"],
    ["has japan ever protested russian drills?", "did japan ever protest russian drills near shikotan?"],
    ["does japan still claim the four islands?", "does japan claim the four islands now?"],
    ["does japan still hold the four islands?", "does japan currently hold the four islands?"],
    ["are the peace talks back on?", "are the peace talks back on now?"],
    ["are russia and japan still negotiating a peace treaty?", "are russia and japan negotiating a peace treaty now?"],
    ["do russia and japan have a peace treaty?", "is there a peace treaty now?"],
    ["are the visa-free exchanges still running?", "is the visa-free exchange arrangement in force now?"],
    ["has russia resumed the peace talks?", "are the peace talks back on?"],
  ];
  for (const pair of same) it(pair[1], () => agrees(pair));
  const wrong: Pair[] = [
    ["was muneo suzuki a member of nippon ishin?", "is muneo suzuki still a member of nippon ishin?"],
    ["was muneo suzuki a member of nippon ishin?", "is muneo suzuki a member of nippon ishin now?"],
    ["was muneo suzuki a member of nippon ishin?", "is muneo suzuki currently a member of nippon ishin?"],
    ["did medvedev visit kunashir?", "is medvedev still visiting kunashir?"],
    ["did japan protest russian drills near shikotan in 2025?", "is japan still protesting russian drills near shikotan?"],
    ["does ukraine recognise the northern territories as japanese?", "does ukraine still recognise the northern territories as japanese these days?"],
    ["did russia deploy bastion missiles on paramushir?", "are the bastion missiles still on paramushir?"],
    ["did russia deploy bastion missiles on paramushir?", "are the bastion missiles on paramushir now?"],
    ["did medvedev ever visit kunashir?", "did putin ever visit kunashir?"],
    ["did medvedev ever visit kunashir?", "has putin ever visited kunashir?"],
    ["did medvedev ever visit kunashir?", "has medvedev ever visited shikotan?"],
    ["has japan ever protested russian drills?", "has russia ever protested japanese drills?"],
    ["are the peace talks still suspended?", "have the peace talks resumed?"],
    ["was muneo suzuki a member of nippon ishin?", "is muneo suzuki a member of nippon ishin today?"],
    ["was muneo suzuki a member of nippon ishin?", "as of today, is muneo suzuki a member of nippon ishin?"],
  ];
  for (const pair of wrong) it(`false: ${pair[1]}`, () => neverYes(pair));
});

describe("states and capitals by date: Moscow, the Kremlin, the USSR, the Soviets, Tokyo (seats.ts)", () => {
  const same: Pair[] = [
    ["did russia suspend the peace talks with japan?", "did moscow suspend the peace talks with japan?"],
    ["did russia suspend the peace talks with japan?", "did moscow suspend the peace talks with tokyo?"],
    ["did russia hold drills on matua?", "did moscow hold drills on matua?"],
    ["did the soviet union declare war on japan in 1945?", "did moscow declare war on japan in 1945?"],
    ["did the soviet union declare war on japan in 1945?", "did the ussr declare war on tokyo in 1945?"],
    ["did the soviet union declare war on japan in 1945?", "did the soviets declare war on japan in 1945?"],
    ["did the soviet union sign the san francisco treaty?", "did the ussr sign the san francisco treaty?"],
    ["did the soviet union sign the san francisco treaty?", "did the soviets sign the san francisco treaty?"],
    ["did the soviet union and japan sign a joint declaration in 1956?", "did moscow and tokyo sign a joint declaration in 1956?"],
    ["did the soviet union and japan sign a joint declaration in 1956?", "did the ussr and japan sign a joint declaration in 1956?"],
    ["did the soviet union occupy the four islands in 1945?", "did the soviets occupy the four islands in 1945?"],
    ["did the soviet union occupy the four islands in 1945?", "did the ussr occupy the four islands in 1945?"],
    ["did japan protest medvedev's visit to iturup?", "did tokyo protest medvedev's visit to iturup?"],
    ["did japan join the sanctions against russia", "did tokyo join the sanctions against russia"],
    ["did japan protest the drills near shikotan", "did tokyo protest the drills near shikotan"],
    ["did japan renounce the kurile islands in the san francisco treaty?", "did tokyo give up the kurile islands in the san francisco treaty?"],
    ["did the soviet union incorporate the kurils in 1946?", "did the ussr incorporate the kurils in 1946?"],
    ["did the soviet union incorporate the kurils in 1946?", "did moscow incorporate the kurils in 1946?"],
    ["did russia end the visa-free exchanges?", "did russia end the visa-free exchanges with tokyo?"],
  ];
  for (const pair of same) it(pair[1], () => agrees(pair));
  // with a capital as the doer the 1998 record's later clause ('Russia suspended it in June 2022') outranks the 2022 record (search.ts ranking of a seat word; round 9 divergence)
  it.fails("did moscow suspend the fishing agreement?", () => agrees(["did russia suspend the fishing agreement?", "did moscow suspend the fishing agreement?"]));
  // 'the Kremlin' is an actor of its own (the presidential office, actors.yaml), not a seat for Russia; the order was the government's (Mishustin), so the doer reads as someone else
  it.fails("did the kremlin end the visa-free exchanges?", () => agrees(["did russia end the visa-free exchanges?", "did the kremlin end the visa-free exchanges?"]));
  // 'the Kremlin' is read as the Russian presidential office (partOf russia), never as the Soviet state before 1991; seats.ts holds only Moscow and Tokyo
  it.fails("did the kremlin declare war on japan in 1945?", () => agrees(["did the soviet union declare war on japan in 1945?", "did the kremlin declare war on japan in 1945?"]));
  // 'The Soviet Union did not sign it' is skipped as a negation about someone else (negatedForOther in doer.ts reads Moscow as Russia, not through its seat); reading the seat there turned 'did moscow hand over habomai' into a No from a background line, which round4-rules wants declined
  it.fails("did moscow sign the san francisco treaty?", () => agrees(["did the soviet union sign the san francisco treaty?", "did moscow sign the san francisco treaty?"]));
  const wrong: Pair[] = [
    ["did the soviet union declare war on japan in 1945?", "did tokyo declare war on moscow in 1945?"],
    ["did russia suspend the peace talks with japan?", "did tokyo suspend the peace talks with moscow?"],
    ["did russia suspend the peace talks with japan?", "did the soviet union suspend the peace talks with japan in 2022?"],
    ["did russia suspend the fishing agreement?", "did the ussr suspend the fishing agreement?"],
    ["did russia suspend the fishing agreement?", "did tokyo suspend the fishing agreement?"],
    ["did japan renounce the kurile islands in the san francisco treaty?", "did moscow renounce the kurile islands in the san francisco treaty?"],
    ["did japan protest medvedev's visit to iturup?", "did moscow protest medvedev's visit to iturup?"],
    ["did russia hold drills on matua?", "did tokyo hold drills on matua?"],
    ["did the soviet union incorporate the kurils in 1946?", "did tokyo incorporate the kurils in 1946?"],
    ["did russia end the visa-free exchanges?", "did tokyo end the visa-free exchanges?"],
  ];
  for (const pair of wrong) it(`false: ${pair[1]}`, () => neverYes(pair));
});

describe("a place or a year counts only for its own clause (yes-no.ts clauses)", () => {
  const same: Pair[] = [
    ["did kishida speak at the northern territories day rally in 2022?", "did kishida address the northern territories day rally in 2022?"],
    ["did japan protest the drills off kunashiri?", "did japan protest russian drills off kunashiri in february 2022?"],
    ["did japan protest medvedev's visit to kunashir?", "did japan protest when medvedev visited kunashir?"],
    ["did muneo suzuki visit moscow in 2023?", "did muneo suzuki go to moscow in october 2023?"],
    ["did japan protest the drills off kunashiri?", "did japan protest the russian drills off kunashiri in 2022?"],
  ];
  for (const pair of same) it(pair[1], () => agrees(pair));
  const wrong: Pair[] = [
    ["did kishida speak at the northern territories day rally in 2022?", "did kishida speak at the rally off kunashiri?"],
    ["did japan protest the drills off kunashiri?", "did japan protest the northern territories day rally?"],
    ["did kishida speak at the northern territories day rally in 2022?", "did kishida protest the northern territories day rally?"],
    ["did muneo suzuki visit moscow in 2023?", "did nippon ishin visit moscow in 2023?"],
    ["did muneo suzuki visit moscow in 2023?", "did muneo suzuki expel nippon ishin?"],
    ["did kishida go to hiroshima with the us ambassador?", "did kishida warn in hiroshima that the us would use nuclear weapons?"],
    ["did russia end the visa-free exchanges?", "did kishida end the visa-free exchanges?"],
    ["did medvedev visit iturup in 2019?", "did medvedev visit iturup in 2010?"],
    ["did medvedev visit kunashir in 2010?", "did medvedev visit kunashir in 2019?"],
    ["did russia hold the vostok-2022 drills on etorofu?", "did russia hold the vostok-2022 drills on shikotan?"],
    ["did russia hold drills on matua?", "did russia hold drills on matua in 2022?"],
    ["did japan protest russian drills near shikotan in 2025?", "did japan protest russian drills near shikotan in 2022?"],
    ["did kishida speak at the northern territories day rally in 2022?", "did japan protest the rally in tokyo in 2022?"],
  ];
  for (const pair of wrong) it(`false: ${pair[1]}`, () => neverYes(pair));
  // Manchuria stands in a participle clause (', opening the way for its campaign in Manchuria') that clauses() does not cut off; cutting such clauses cost a guard question and two tests
  it.fails("false: did the soviet union declare war on japan in manchuria?", () => neverYes(["did the soviet union declare war on japan in 1945?", "did the soviet union declare war on japan in manchuria?"]));
  // another-day.ts reads 'Japan protested the same day' as the record's day (25 March) and answers for the whole sentence, whose second deed ('made its protest public on 28 March') has its own date; a check on the deciding clause's own day did not reach that path and was not kept
  it.fails("false: did japan make its protest of the kuril drills public on 25 march?", () => neverYes(["did japan make its protest of the kuril drills public on 28 march?", "did japan make its protest of the kuril drills public on 25 march?"]));
});

describe("negative and indirect frames: isn't it true, is it correct, I heard \u2026, so X?, X, right? (framing.ts)", () => {
  const same: Pair[] = [
    ["did medvedev visit kunashir?", "isn't it true that medvedev visited kunashir?"],
    ["did medvedev visit kunashir?", "is it correct that medvedev visited kunashir?"],
    ["did medvedev visit kunashir?", "i heard that medvedev visited kunashir, is that right?"],
    ["did medvedev visit kunashir?", "so medvedev visited kunashir?"],
    ["did medvedev visit kunashir?", "medvedev visited kunashir, right?"],
    ["did russia suspend the peace talks with japan?", "isn't it true that russia suspended the peace talks with japan?"],
    ["did russia suspend the peace talks with japan?", "is it correct that russia suspended the peace talks with japan?"],
    ["did russia suspend the peace talks with japan?", "i heard that russia suspended the peace talks with japan, is that right?"],
    ["did russia suspend the peace talks with japan?", "didn't russia suspend the peace talks with japan?"],
    ["did russia suspend the peace talks with japan?", "russia suspended the peace talks with japan, right?"],
    ["did the soviet union sign the san francisco treaty?", "is it correct that the soviet union signed the san francisco treaty?"],
    ["did the soviet union sign the san francisco treaty?", "isn't it true that the soviet union signed the san francisco treaty?"],
    ["did the soviet union sign the san francisco treaty?", "so the soviet union signed the san francisco treaty?"],
    ["did the soviet union sign the san francisco treaty?", "the soviet union signed the san francisco treaty, right?"],
    ["did the soviet union sign the san francisco treaty?", "i heard that the soviet union signed the san francisco treaty, is that right?"],
    ["did zelensky sign a decree recognising the northern territories as japanese?", "is it correct that zelensky signed a decree recognising the northern territories as japanese?"],
    ["did zelensky sign a decree recognising the northern territories as japanese?", "didn't zelensky sign a decree recognising the northern territories as japanese?"],
    ["did zelensky sign a decree recognising the northern territories as japanese?", "so zelensky signed a decree recognising the northern territories as japanese?"],
    ["did mishustin sign the order ending the visa-free exchanges?", "isn't it true that mishustin signed the order ending the visa-free exchanges?"],
    ["did mishustin sign the order ending the visa-free exchanges?", "mishustin signed the order ending the visa-free exchanges, right?"],
    ["did putin sign the law on the day of victory over militaristic japan?", "i heard that putin signed the law on the day of victory over militaristic japan, is that right?"],
    ["did putin sign the law on the day of victory over militaristic japan?", "didn't putin sign the law on the day of victory over militaristic japan?"],
    ["did japan protest russian drills near shikotan in 2025?", "is it correct that japan protested russian drills near shikotan in 2025?"],
    ["did japan protest russian drills near shikotan in 2025?", "so japan protested russian drills near shikotan in 2025?"],
    ["did japan protest russian drills near shikotan in 2025?", "didn't japan protest russian drills near shikotan in 2025?"],
    ["was the tokyo declaration signed by yeltsin?", "isn't it true that the tokyo declaration was signed by yeltsin?"],
    ["was the tokyo declaration signed by yeltsin?", "the tokyo declaration was signed by yeltsin, right?"],
    ["was japan a party to the yalta agreement?", "is it correct that japan was a party to the yalta agreement?"],
    ["was japan a party to the yalta agreement?", "so japan was a party to the yalta agreement?"],
    ["did the 1956 declaration promise japan all four islands?", "is it correct that the 1956 declaration promised japan all four islands?"],
    ["did the 1956 declaration promise japan all four islands?", "i heard that the 1956 declaration promised japan all four islands, is that right?"],
    ["did the soviet union declare war on japan in 1945?", "is it correct that the soviet union declared war on japan in 1945?"],
    ["did the soviet union declare war on japan in 1945?", "so the soviet union declared war on japan in 1945?"],
    ["did lavrov say japan's claim runs against the un charter?", "isn't it true that lavrov said japan's claim runs against the un charter?"],
    ["did lavrov say japan's claim runs against the un charter?", "lavrov said japan's claim runs against the un charter, right?"],
    ["did russia deploy bastion missiles on paramushir?", "is it correct that russia deployed bastion missiles on paramushir?"],
    ["did russia deploy bastion missiles on paramushir?", "so russia deployed bastion missiles on paramushir?"],
    ["did japan protest medvedev's visit to iturup?", "japan protested medvedev's visit to iturup, right?"],
    ["did japan protest medvedev's visit to iturup?", "so japan protested medvedev's visit to iturup?"],
    ["did russia end the visa-free exchanges?", "isn't it true that russia ended the visa-free exchanges?"],
    ["did russia end the visa-free exchanges?", "so russia ended the visa-free exchanges?"],
    ["did russia end the visa-free exchanges?", "is it correct that russia ended the visa-free exchanges?"],
    ["did the soviet union sign the san francisco treaty?", "i heard the soviet union signed the san francisco treaty, is that right?"],
    ["did medvedev visit kunashir?", "did medvedev set foot on kunashir?"],
    ["did peskov say tokyo halted the dialogue?", "is it true that peskov said tokyo halted the dialogue?"],
    ["did suzuki warn of a clash with russia?", "didn't suzuki warn of a clash with russia?"],
    ["is japan's position unchanged?", "isn't japan's position unchanged?"],
    ["is japan's position unchanged?", "is it correct that japan's position is unchanged?"],
  ];
  for (const pair of same) it(pair[1], () => agrees(pair));
  const wrong: Pair[] = [
    ["did medvedev visit kunashir?", "isn't it true that putin visited kunashir?"],
    ["did medvedev visit kunashir?", "is it correct that medvedev visited shikotan?"],
    ["did medvedev visit kunashir?", "so medvedev visited kunashir in 2019?"],
    ["did russia suspend the peace talks with japan?", "isn't it true that japan suspended the peace talks with russia?"],
    ["did russia suspend the peace talks with japan?", "japan suspended the peace talks with russia, right?"],
    ["did zelensky sign a decree recognising the northern territories as japanese?", "i heard that putin signed a decree recognising the northern territories as japanese, is that right?"],
    ["did mishustin sign the order ending the visa-free exchanges?", "so putin signed the order ending the visa-free exchanges?"],
    ["did japan protest russian drills near shikotan in 2025?", "didn't russia protest japanese drills near shikotan in 2025?"],
    ["was the tokyo declaration signed by yeltsin?", "isn't it true that the tokyo declaration was signed by gorbachev?"],
    ["did the soviet union declare war on japan in 1945?", "so japan declared war on the soviet union in 1945?"],
    ["did lavrov say japan's claim runs against the un charter?", "is it correct that kishida said japan's claim runs against the un charter?"],
    ["did russia deploy bastion missiles on paramushir?", "i heard that russia deployed bastion missiles on shikotan, is that right?"],
    ["did russia end the visa-free exchanges?", "so japan ended the visa-free exchanges?"],
    ["did japan protest medvedev's visit to iturup?", "so russia protested medvedev's visit to iturup?"],
    ["did medvedev visit kunashir?", "did medvedev set foot on shikotan?"],
  ];
  for (const pair of wrong) it(`false: ${pair[1]}`, () => neverYes(pair));
});

describe("verbs for the same deed and nouns for verbs (cues.ts, verbs.ts); a deed the record does not name", () => {
  const same: Pair[] = [
    ["did medvedev visit kunashir?", "did medvedev go to kunashir?"],
    ["did medvedev visit kunashir?", "did medvedev travel to kunashir?"],
    ["did medvedev visit kunashir?", "did medvedev tour kunashir?"],
    ["did medvedev visit kunashir?", "was there a visit by medvedev to kunashir?"],
    ["did medvedev visit iturup in 2019?", "did medvedev go to iturup in 2019?"],
    ["did medvedev visit iturup in 2019?", "did medvedev travel to iturup in 2019?"],
    ["did medvedev visit iturup in 2019?", "was there a visit by medvedev to iturup in 2019?"],
    ["did muneo suzuki visit moscow in 2023?", "did muneo suzuki travel to moscow in 2023?"],
    ["did japan protest the drills off kunashiri?", "did japan object to the drills off kunashiri?"],
    ["did japan protest the drills off kunashiri?", "did japan complain about the drills off kunashiri?"],
    ["did japan protest the drills off kunashiri?", "was there a japanese protest against the drills off kunashiri?"],
    ["did japan protest russian drills near shikotan in 2025?", "did japan object to russian drills near shikotan in 2025?"],
    ["did japan protest russian drills near shikotan in 2025?", "did japan complain about russian drills near shikotan in 2025?"],
    ["did japan protest russian drills near shikotan in 2025?", "was there a protest by japan against russian drills near shikotan in 2025?"],
    ["did japan protest medvedev's visit to iturup?", "did japan object to medvedev's visit to iturup?"],
    ["did japan protest medvedev's visit to iturup?", "did japan complain about medvedev's visit to iturup?"],
    ["did russia suspend the peace talks with japan?", "did russia halt the peace talks with japan?"],
    ["did russia suspend the peace talks with japan?", "did russia freeze the peace talks with japan?"],
    ["did russia suspend the peace talks with japan?", "did russia pause the peace talks with japan?"],
    ["did russia suspend the peace talks with japan?", "was there a suspension of the peace talks by russia?"],
    ["did russia suspend the fishing agreement?", "did russia halt the fishing agreement?"],
    ["did russia suspend the fishing agreement?", "did russia freeze the fishing agreement?"],
    ["did russia suspend the fishing agreement?", "did russia pause the fishing agreement?"],
    ["did the soviet union and japan sign a joint declaration in 1956?", "did the soviet union and japan conclude a joint declaration in 1956?"],
    ["did the soviet union and japan sign a joint declaration in 1956?", "did the soviet union and japan ink a joint declaration in 1956?"],
    ["did yeltsin sign the tokyo declaration?", "did yeltsin ink the tokyo declaration?"],
    ["did putin sign the law on the day of victory over militaristic japan?", "did putin sign into law the day of victory over militaristic japan?"],
    ["did russia and japan sign a safe-fishing agreement in 1998?", "did russia and japan conclude a safe-fishing agreement in 1998?"],
    ["did russia and japan sign a safe-fishing agreement in 1998?", "did russia and japan ink a safe-fishing agreement in 1998?"],
    ["did russia hold drills on matua?", "did russia stage drills on matua?"],
    ["did russia hold drills on matua?", "did russia conduct exercises on matua?"],
    ["did russia hold drills on matua?", "were there russian drills on matua?"],
    ["did russia deploy bastion missiles on paramushir?", "did russia station bastion missiles on paramushir?"],
    ["did the soviet union occupy the four islands in 1945?", "did the soviet union seize the four islands in 1945?"],
    ["did the soviet union occupy the four islands in 1945?", "was there a soviet occupation of the four islands in 1945?"],
    ["did russia end the visa-free exchanges?", "did russia terminate the visa-free exchanges?"],
    ["did russia end the visa-free exchanges?", "did russia scrap the visa-free exchanges?"],
    ["did russia suspend the fishing agreement?", "was there a suspension of the fishing agreement by russia?"],
    ["did japan protest russian drills near shikotan in 2025?", "was there a protest by japan against the drills near shikotan in 2025?"],
  ];
  for (const pair of same) it(pair[1], () => agrees(pair));
  // 'criticise' is in no synonym group; adding it to the protest group cost a guard question (the rally speech on the day Japan complained about the drills), so it was left out
  it.fails("did kishida criticise the end of the visa-free exchanges?", () => agrees(["did kishida condemn the end of the visa-free exchanges?", "did kishida criticise the end of the visa-free exchanges?"]));
  const wrong: Pair[] = [
    ["did russia and japan sign the treaty of st petersburg?", "did russia and japan sign the treaty of st petersburg in 1905?"],
    ["did the soviet union and japan sign a joint declaration in 1956?", "did the soviet union hand over shikotan to japan in 1956?"],
    ["did the soviet union and japan sign a joint declaration in 1956?", "did the soviet union and japan sign a peace treaty in 1956?"],
    ["did russia suspend the fishing agreement?", "did russia ratify the fishing agreement in 2022?"],
    ["did russia suspend the peace talks with japan?", "did russia resume the peace talks with japan?"],
    ["did russia end the visa-free exchanges?", "did russia extend the visa-free exchanges?"],
    ["did yeltsin sign the tokyo declaration?", "did yeltsin reject the tokyo declaration?"],
    ["did russia hold drills on matua?", "did russia cancel drills on matua?"],
    ["did japan protest medvedev's visit to iturup?", "did japan welcome medvedev's visit to iturup?"],
    ["did japan renounce the kurile islands in the san francisco treaty?", "did the san francisco treaty say the kurile islands go to the soviet union?"],
    ["did muneo suzuki visit moscow in 2023?", "did muneo suzuki tell his party before visiting moscow in 2023?"],
    ["did kishida condemn the end of the visa-free exchanges?", "did kishida welcome the end of the visa-free exchanges?"],
    ["did yeltsin sign the tokyo declaration?", "did yeltsin ratify the tokyo declaration?"],
    ["did putin sign the law on the day of victory over militaristic japan?", "did putin veto the law on the day of victory over militaristic japan?"],
    ["was the tokyo declaration signed by yeltsin?", "was the tokyo declaration ratified by yeltsin?"],
    ["did the tokyo declaration commit russia and japan to negotiate the ownership of the islands?", "did the tokyo declaration conclude a peace treaty?"],
    ["did the tokyo declaration commit russia and japan to negotiate the ownership of the islands?", "did the tokyo declaration settle the ownership of the islands?"],
  ];
  for (const pair of wrong) it(`false: ${pair[1]}`, () => neverYes(pair));
});

describe("a false island, year or thing", () => {
  const wrong: Pair[] = [
    ["did medvedev visit kunashir?", "did medvedev visit habomai?"],
    ["did medvedev visit iturup in 2019?", "did medvedev visit kunashir in 2019?"],
    ["did russia hold drills on matua?", "did russia hold drills on shikotan in 2024?"],
    ["did russia deploy bastion missiles on paramushir?", "did russia deploy bastion missiles on paramushir in 2015?"],
    ["did the soviet union declare war on japan in 1945?", "did the soviet union declare war on japan in 1956?"],
    ["did russia suspend the peace talks with japan?", "did russia suspend the peace talks with japan in 2018?"],
    ["did zelensky sign a decree recognising the northern territories as japanese?", "did zelensky sign a decree recognising the northern territories as japanese in 2014?"],
    ["did putin sign the law on the day of victory over militaristic japan?", "did putin sign the law on the day of victory over militaristic japan in 2010?"],
    ["was the tokyo declaration signed by yeltsin?", "was the tokyo declaration signed by yeltsin in 2001?"],
    ["did japan protest russian drills near shikotan in 2025?", "did japan protest russian drills near habomai in 2025?"],
    ["did mishustin sign the order ending the visa-free exchanges?", "did mishustin sign the order ending the visa-free exchanges in 2019?"],
    ["did kishida condemn the end of the exchanges in 2022?", "did kishida condemn the end of the exchanges in 2019?"],
    ["did russia end the former residents' visits in september 2022?", "did russia end the former residents' visits in 1999?"],
  ];
  for (const pair of wrong) it(`false: ${pair[1]}`, () => neverYes(pair));
  // the 1960 Gromyko record names 'the 1956 declaration' and its notes were 'signed', and the record's own date supplies 1960; a year that belongs to a named thing is not told from the deed's date (round 9 divergence of the same kind)
  it.fails("false: did the soviet union and japan sign a joint declaration in 1960?", () => neverYes(["did the soviet union and japan sign a joint declaration in 1956?", "did the soviet union and japan sign a joint declaration in 1960?"]));
  // 'the 1999 agreement' in the 2022 withdrawal record holds the deed word ('agreement' for 'agree'), and the record's date gives 2022; passes since round 13 (a year is a record's only by its date; two doers' deed checked: paired-doers.ts)
  it("false: did russia and japan agree the former residents' visits in 2022?", () => neverYes(["did russia and japan agree the former residents' visits in 1999?", "did russia and japan agree the former residents' visits in 2022?"]));
});

describe("second pass: doer, owner, recipient and place swapped (doer.ts, possessor.ts, seats.ts, recipient.ts)", () => {
  const same: Pair[] = [
    ["did muneo suzuki resign from nippon ishin?", "didn't muneo suzuki resign from nippon ishin?"],
    ["did kishida call russia's decision extremely unjust?", "did the prime minister call moscow's decision extremely unjust?"],
    ["did the soviet union occupy the four islands in 1945?", "did soviet forces occupy the four islands in 1945?"],
    ["did the soviet union occupy the four islands in 1945?", "did soviet troops occupy the four islands?"],
    ["did the treaty of portsmouth give southern sakhalin to japan?", "did the treaty of portsmouth hand southern sakhalin to japan?"],
    ["did takaichi say japan's position is unchanged?", "did takaichi say tokyo's position is unchanged?"],
    ["did takaichi say japan's position is unchanged?", "is it true that takaichi said japan's position is unchanged?"],
    ["did abe and putin meet in singapore?", "did putin and abe meet in singapore?"],
    ["did abe and putin meet in singapore?", "so abe and putin met in singapore?"],
    ["did the japanese garrison on shumshu surrender?", "did the japanese garrison on shumshu give up?"],
    ["did japan give up the kurile islands in 1951?", "did japan renounce the kurile islands in 1951?"],
  ];
  for (const pair of same) it(pair[1], () => agrees(pair));
  const wrong: Pair[] = [
    ["did japan protest medvedev's visit to kunashir?", "did medvedev protest japan's visit to kunashir?"],
    ["did kishida protest the halt of the talks?", "did russia protest the halt of the talks?"],
    ["did kishida protest the halt of the talks?", "did russia protest to kishida about the halt of the talks?"],
    ["did japan protest the eastern military district drills?", "did interfax protest the eastern military district drills?"],
    ["did the eastern military district hold drills in the kurils in march 2022?", "did interfax hold drills in the kurils in march 2022?"],
    ["did the eastern military district hold drills in the kurils in march 2022?", "did interfax hold drills in the kurils?"],
    ["did the eastern military district hold drills in the kurils in march 2022?", "did the eastern military district hold drills on matua in march 2022?"],
    ["did zelensky sign a decree recognising the northern territories as japanese?", "did zelensky sign a decree recognising the northern territories as russian?"],
    ["did zelensky sign a decree recognising the northern territories as japanese?", "did japan sign a decree recognising the northern territories as ukrainian?"],
    ["did lavrov say japan's claim runs against the un charter?", "did lavrov say russia's claim runs against the un charter?"],
    ["did lavrov say japan's claim runs against the un charter?", "did japan say russia's claim runs against the un charter?"],
    ["did peskov say agreements with japan are unlikely?", "did peskov say agreements with japan are likely?"],
    ["did takaichi say japan's position is unchanged?", "did takaichi say japan's position has changed?"],
    ["did takaichi say japan's position is unchanged?", "did peskov say japan's position is unchanged?"],
    ["did kishida call russia's decision extremely unjust?", "did galuzin call russia's decision extremely unjust?"],
    ["did kishida call russia's decision extremely unjust?", "did kishida call japan's decision extremely unjust?"],
    ["did kishida call russia's decision extremely unjust?", "did kishida call tokyo's decision extremely unjust?"],
    ["did takaichi criticise russia's war in ukraine?", "did takaichi criticise japan's war in ukraine?"],
    ["did russia block japan's partner status in the black sea economic cooperation?", "did japan block russia's partner status in the black sea economic cooperation?"],
    ["did the soviet union occupy the four islands in 1945?", "did japan occupy the four islands in 1945?"],
    ["did the soviet union occupy the four islands in 1945?", "did japanese troops occupy the four islands?"],
    ["did soviet forces land on shumshu?", "did japanese forces land on shumshu?"],
    ["did the japanese garrison on shumshu surrender?", "did the soviet garrison on shumshu surrender?"],
    ["did the soviet union incorporate the kurils in 1946?", "did japan incorporate the kurils in 1946?"],
    ["did the treaty of portsmouth give southern sakhalin to japan?", "did the treaty of portsmouth give southern sakhalin to russia?"],
    ["did the treaty of shimoda leave etorofu to japan?", "did the treaty of shimoda leave etorofu to russia?"],
    ["did the treaty of shimoda leave urup to russia?", "did the treaty of shimoda leave urup to japan?"],
    ["did the 1956 declaration restore diplomatic relations?", "did the 1956 declaration settle the fate of etorofu?"],
    ["did moscow agree to hand over habomai and shikotan in 1956?", "did moscow hand over habomai and shikotan in 1956?"],
    ["did muneo suzuki resign from nippon ishin?", "did nippon ishin resign from muneo suzuki?"],
    ["did muneo suzuki visit moscow in 2023?", "did muneo suzuki visit tokyo in 2023?"],
    ["did medvedev visit iturup in 2019?", "did medvedev visit tokyo in 2019?"],
    ["did abe and putin meet in singapore?", "did abe and putin meet in nagato in 2018?"],
    ["did abe and putin agree in singapore to speed up talks?", "did kishida and putin agree in singapore to speed up talks?"],
    ["did abe and putin agree in singapore to speed up talks?", "did abe and medvedev agree in singapore to speed up talks?"],
    ["did russian voters approve a ban on ceding territory?", "did japanese voters approve a ban on ceding territory?"],
    ["did japan establish northern territories day in 1981?", "did russia establish northern territories day in 1981?"],
    ["did russia and japan sign the treaty of shimoda in 1855?", "did russia and japan sign the treaty of shimoda in 1875?"],
    ["did russia say tokyo chose an anti-russian course?", "did japan say moscow chose an anti-japanese course?"],
    ["did japan give up the kurile islands in 1951?", "did japan give up the kurile islands in 1956?"],
    ["did japan protest russian drills near shikotan in 2025?", "was there a protest by russia against japan's drills?"],
    ["did russia suspend the fishing agreement?", "was there a suspension of the fishing agreement by japan?"],
    ["did medvedev visit kunashir?", "was there a visit by putin to kunashir?"],
    ["did suzuki warn of a clash with russia?", "did kishida warn of a clash with russia?"],
    ["did suzuki warn of a clash with russia?", "did suzuki warn of a clash with china?"],
    ["did al-qassas say russia could not open a new front?", "did poccolini say russia could not open a new front?"],
    ["did poccolini say japan could not stay neutral?", "did al-qassas say japan could not stay neutral?"],
    ["did peskov say tokyo halted the dialogue?", "did peskov say moscow halted the dialogue?"],
    ["did russia hold drills on matua in august 2024?", "did russia hold drills on matua in august 2023?"],
    ["did russia deploy bastion missiles on paramushir?", "did russia deploy missiles on shikotan?"],
    ["did russia deploy bastion missiles on paramushir?", "did japan deploy missiles on paramushir?"],
    ["did takaichi say she wants a peace treaty with russia?", "did takaichi say she wants a peace treaty with china?"],
  ];
  for (const pair of wrong) it(`false: ${pair[1]}`, () => neverYes(pair));
  // the title clause 'rules out a military response by Japan' carries enough of the question without 'sanctions', a word common in the records that weighs little; requiring the deed's object in the deciding clause cost two guard questions and was reverted
  it.fails("false: did the spokesman rule out sanctions?", () => neverYes(["did the spokesman rule out a military response?", "did the spokesman rule out sanctions?"]));
});
