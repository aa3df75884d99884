import { describe, expect, it } from 'vitest';
import { each, type Pair, signature } from '../../support/metamorphic.js';

/**
 * Round 10 metamorphic tests for precision (docs/questions.md): never answer what the record does not
 * say. Each pair is a question the engine answers right (checked against data/kuril/) and a variant
 * of our own that the records cannot answer: an event that never happened but looks like one that
 * did, the right event with a detail no record holds (a number, a cost, a name, a day), another
 * dispute or another country, the future or a "what if", a reaction or a remark about something else.
 * The variant must be declined or answered "No" (when a record says the opposite): never "Yes", never
 * a date or a name from the original's record or an unrelated one. Other pairs must keep the record:
 * "which treaty gave the Kurils to Japan" and "when did Japan get the Kurils" are the 1875 treaty.
 */

/** The original is answered (a Yes/No question with a Yes); the variant is declined or gets a "No", never the original's answer. */
function refuses([original, variant]: Pair): void {
  const a = signature(original);
  expect(a.declined, original).toBe(false);
  if (a.yesNo) expect(a.yesNo, original).toBe('Yes');
  const b = signature(variant);
  expect(b.declined || b.yesNo === 'No', `${variant} → ${b.lead.slice(0, 120)}`).toBe(true);
}

/** The variant is declined or answered from the original's record: never from another record. */
function neverAnother([original, variant]: Pair): void {
  const a = signature(original);
  const b = signature(variant);
  expect(a.declined, original).toBe(false);
  if (!b.declined) expect(b.first, `${variant} → ${b.lead.slice(0, 120)}`).toBe(a.first);
}

/** Both are answered from the same record first. */
function sameRecord([original, variant]: Pair): void {
  const a = signature(original);
  const b = signature(variant);
  expect(a.declined, original).toBe(false);
  expect(b.declined, variant).toBe(false);
  expect(b.first, variant).toBe(a.first);
}

describe('an event that never happened but looks like one that did', () => {
  each(
    [
      ['did the soviet union and japan sign a joint declaration in 1956?', 'did the soviet union and japan sign a peace treaty in 1956?'],
      ['did the soviet union and japan sign a joint declaration in 1956?', 'did russia and japan sign a peace treaty?'],
      ['did the soviet union and japan sign a joint declaration in 1956?', 'did japan and russia ever sign a peace treaty'],
      ['when did the soviet union and japan sign the joint declaration', 'when did russia and japan sign a peace treaty'],
      ['when did the soviet union and japan sign the joint declaration', 'when did japan and the soviet union sign a peace treaty'],
      ['when did the soviet union declare war on japan', 'when did the soviet union sign the san francisco treaty'],
      ['did medvedev visit kunashir?', 'did putin visit kunashir?'],
      ['did medvedev visit kunashir?', 'did abe visit kunashir?'],
      ['did medvedev visit kunashir?', 'did yeltsin visit kunashir?'],
      ['did medvedev go to iturup in 2019', 'did kishida visit iturup?'],
      ['did medvedev go to iturup in 2019', 'did takaichi go to iturup'],
      ['when did medvedev visit kunashir', 'when did putin visit kunashir'],
      ['when did medvedev visit kunashir', 'when did putin visit the kuril islands'],
      ['when did medvedev visit kunashir', 'when did yeltsin visit kunashir'],
      ['when did medvedev visit kunashir', 'when did abe visit shikotan'],
      ['did muneo suzuki visit moscow?', 'did takaichi visit moscow?'],
      ['did muneo suzuki visit moscow?', 'did kishida visit moscow in 2023?'],
      ['when did muneo suzuki visit moscow', 'when did takaichi visit moscow'],
      ['when did muneo suzuki visit moscow', 'when did muneo suzuki visit beijing'],
      ['did abe and putin meet in singapore?', 'did abe and putin meet in vladivostok?'],
      ['did abe and putin meet in singapore?', 'did abe and putin meet in moscow?'],
      ['did abe and putin meet in singapore?', 'did kishida meet putin in 2022?'],
      ['did abe and putin meet in singapore?', 'did takaichi and putin meet in singapore?'],
      ['when did abe and putin meet in singapore', 'when did kishida meet putin'],
      ['when did abe and putin meet in singapore', 'when did abe and putin meet in moscow'],
      ['when did abe and putin meet in singapore', 'when did takaichi meet putin'],
      ['when did abe and putin meet in singapore', 'when did abe and putin meet in vladivostok'],
      ['when was the 1956 declaration signed', 'when did the soviet union return the four islands to japan'],
      ['did the 1956 declaration promise shikotan to japan?', 'did russia return shikotan to japan?'],
      ['did the 1956 declaration promise shikotan to japan?', 'did russia sell the kuril islands to japan?'],
      ['when was the 1956 declaration signed', 'when did russia return shikotan to japan'],
      ['when was the 1956 declaration signed', 'when did russia sell the kurils to japan'],
      ['when was the 1956 declaration signed', 'when did the soviet union give habomai back to japan'],
      ['did russian voters approve amendments to the constitution?', 'did japan hold a referendum on the islands?'],
      ['did russian voters approve amendments to the constitution?', 'did the islanders vote to join japan?'],
      ['when did russian voters approve the constitutional amendments', 'when did the islanders hold a referendum on joining japan'],
      ['did russia suspend the peace talks?', 'did russia resume the peace talks?'],
      ['did russia end the visa-free exchanges?', 'did russia restore the visa-free exchanges?'],
      ['when did russia suspend the peace talks', 'when did russia resume the peace talks'],
      ['when did russia end the visa-free exchanges', 'when did russia restore the visa-free exchanges'],
      ['when did russia end the visa-free exchanges', 'when did russia bring back the visa-free exchanges'],
      ['did ukraine recognise the northern territories as japanese?', 'did the us recognise the northern territories as japanese?'],
      ['did ukraine recognise the northern territories as japanese?', 'did china recognise the northern territories as japanese?'],
      ['did ukraine recognise the northern territories as japanese?', 'did britain recognise the northern territories as japanese?'],
      ['when did ukraine recognise the northern territories as japanese', 'when did china recognise the northern territories as japanese'],
      ['when did ukraine recognise the northern territories as japanese', 'when did the united states recognise the northern territories as japanese'],
      ['when did ukraine recognise the northern territories as japanese', 'when did britain recognise the northern territories as japanese'],
      ['did the soviet union declare war on japan in 1945?', 'did japan declare war on the soviet union in 1945'],
      ['when did the soviet union declare war on japan', 'when did japan declare war on the soviet union'],
      ['when did the soviet union declare war on japan', 'when did russia invade hokkaido'],
      ['did the soviet union and japan sign a joint declaration in 1956?', 'did the united states sign the 1956 declaration?'],
      ['when did yeltsin and hosokawa sign the tokyo declaration', 'when did japan sign the yalta agreement'],
      ['did putin sign a law about 3 september?', 'did putin sign a law returning the islands to japan?'],
      ['did putin sign a law about 3 september?', 'did kishida sign a law about 3 september?'],
      ['did russia hold drills on matua?', 'did japan hold drills on matua?'],
      ['did russia hold drills on matua?', 'did russia hold drills on urup?'],
      ['did russia put the bastion missiles on paramushir', 'did russia put the bastion missiles on hokkaido'],
      ['did russia suspend the fishing agreement?', 'did japan suspend the fishing agreement?'],
      ['did russia suspend the fishing agreement?', 'did russia lift the suspension of the fishing agreement?'],
      ['did zelensky sign a decree on the northern territories?', 'did zelensky visit the northern territories?'],
      ['did lavrov say japan\'s claim runs against the un charter?', 'did lavrov visit kunashir?'],
    ],
    refuses,
  );
});

describe('the right event with a detail the records do not hold', () => {
  each(
    [
      ['how many troops took part in the drills in the kurils in march 2022', 'how many troops took part in the vostok-2022 drills on etorofu'],
      ['how many troops took part in the drills in the kurils in march 2022', 'how many troops took part in the matua drills'],
      ['how many troops took part in the drills in the kurils in march 2022', 'how many soviet troops occupied the four islands'],
      ['how many troops took part in the drills in the kurils in march 2022', 'how many soldiers died in the battle of shumshu'],
      ['how many troops took part in the drills in the kurils in march 2022', 'how many bastion missiles did russia put on paramushir'],
      ['how many troops took part in the drills in the kurils in march 2022', 'how many ships took part in the drills in the kurils in march 2022'],
      ['how many troops took part in the drills in the kurils in march 2022', 'how many aircraft took part in the vostok-2022 drills'],
      ['how many troops took part in the drills in the kurils in march 2022', 'how many japanese boats fished under the 1998 agreement'],
      ['how many troops took part in the drills in the kurils in march 2022', 'how many former residents visited the islands under the 1999 agreement'],
      ['how many troops took part in the drills in the kurils in march 2022', 'how many people live on kunashir'],
      ['how many troops took part in the drills in the kurils in march 2022', 'what is the population of iturup'],
      ['how many troops took part in the drills in the kurils in march 2022', 'how many voters approved the constitutional amendments'],
      ['how many troops took part in the drills in the kurils in march 2022', 'what percentage of russians voted for the constitutional amendments'],
      ['how many troops took part in the drills in the kurils in march 2022', 'how much did the nagato summit cost'],
      ['how many troops took part in the drills in the kurils in march 2022', 'how much did the vostok-2022 drills cost'],
      ['how many troops took part in the drills in the kurils in march 2022', 'how much money did japan spend on the nagato summit'],
      ['how many troops took part in the drills in the kurils in march 2022', 'how much did the tokyo declaration cost'],
      ['how long did the battle of shumshu last', 'how many hours did the nagato summit last'],
      ['when was the fishing agreement signed', 'on what day was the fishing agreement signed'],
      ['when was the fishing agreement signed', 'what month was the fishing agreement signed'],
      ['when was the fishing agreement signed', 'what was the exact date the fishing agreement was signed'],
      ['when was northern territories day established', 'on what day in 1981 was northern territories day established'],
      ['when was northern territories day established', 'which month of 1981 was northern territories day established'],
      ['when were the bastion missiles put on paramushir', 'on what day were the bastion missiles put on duty on paramushir'],
      ['when were the bastion missiles put on paramushir', 'what was the exact date the bastion missiles went on duty on paramushir'],
      ['when did the soviet decree incorporate the kurils', 'on what day did the soviet decree incorporate the kurils'],
      ['when did the soviet union declare war on japan', 'at what time did the soviet union declare war on japan'],
      ['when did russia suspend the peace talks', 'at what time did russia suspend the peace talks'],
      ['when did russia suspend the peace talks', 'what time of day did russia suspend the peace talks'],
      ['who signed the tokyo declaration', 'who signed the irkutsk statement for japan'],
      ['who signed the tokyo declaration', 'who signed the decree incorporating the kurils'],
      ['who signed the tokyo declaration', 'which japanese minister protested medvedev\'s visit to kunashir'],
      ['who signed the order ending the visa-free exchanges', 'who signed the fishing agreement for russia'],
      ['who signed the order ending the visa-free exchanges', 'who commanded the soviet troops at shumshu'],
      ['who was the russian ambassador japan protested to in march 2022', 'who was the japanese ambassador in moscow in 2022'],
      ['who was the russian ambassador japan protested to in march 2022', 'who was the soviet ambassador in tokyo in 1945'],
      ['who was the russian ambassador japan protested to in march 2022', 'who was the russian ambassador japan protested to in 2010'],
      ['did the eastern military district hold drills in the kurils with over 3,000 troops?', 'did the eastern military district hold drills in the kurils with over 10,000 troops?'],
      ['did medvedev visit kunashir in 2010?', 'did medvedev visit kunashir in 2012?'],
      ['did medvedev go to iturup in 2019', 'did medvedev go to iturup in 2015'],
      ['did abe and putin meet in singapore in 2018?', 'did abe and putin meet in singapore in 2016?'],
      ['did russia suspend the fishing agreement in 2022?', 'did russia suspend the fishing agreement in 2020?'],
      ['did russia hold drills on matua in 2024?', 'did russia hold drills on matua in 2021?'],
      ['did putin sign a law about 3 september in 2023?', 'did putin sign a law about 3 september in 2019?'],
    ],
    refuses,
  );
});

describe('another dispute or another country', () => {
  each(
    [
      ['who controls the four islands', 'who controls the senkaku islands'],
      ['who controls the four islands', 'who controls dokdo'],
      ['who controls the four islands', 'who owns the senkaku islands'],
      ['when did japan protest russian drills near shikotan', 'when did china protest japan over the senkaku islands'],
      ['when did japan protest russian drills near shikotan', 'when did japan protest korea over takeshima'],
      ['when did japan protest russian drills near shikotan', 'when did japan protest chinese drills near taiwan'],
      ['when did japan protest russian drills near shikotan', 'when did korea take takeshima'],
      ['when did japan protest russian drills near shikotan', 'when did china hold drills near the kurils'],
      ['when did japan protest russian drills near shikotan', 'when did the us and japan hold drills near the kurils'],
      ['did japan protest russian drills near shikotan', 'did china and russia hold joint drills near the kurils'],
      ['did japan protest russian drills near shikotan', 'did japan protest chinese drills near the senkakus'],
      ['did japan protest russian drills near shikotan', 'did korea protest japan over dokdo'],
      ['when did russia suspend the peace talks', 'what happened with the sakhalin-2 oil project'],
      ['when did russia suspend the peace talks', 'when did japan pull out of sakhalin-1'],
      ['when did russia suspend the peace talks', 'when did russia invade ukraine'],
      ['when did russia suspend the peace talks', 'when did russia annex crimea'],
      ['when did russia suspend the peace talks', 'when did japan impose sanctions on russia'],
      ['when did russia suspend the peace talks', 'when did russia suspend talks with ukraine'],
      ['when did russia suspend the peace talks', 'when did china suspend talks with japan'],
      ['when did russia suspend the fishing agreement', 'when did russia suspend the grain deal'],
      ['when did russia suspend the fishing agreement', 'when did norway suspend its fishing agreement with russia'],
      ['when did zelensky recognise the northern territories as japanese', 'when did zelensky recognise crimea as ukrainian'],
      ['did ukraine recognise the northern territories as japanese?', 'did ukraine recognise the senkakus as japanese?'],
      ['when did russia hold drills on matua', 'when did russia hold drills in the baltic'],
      ['when did russia hold drills on matua', 'when did north korea fire missiles over hokkaido'],
      ['did russia hold drills on matua?', 'did north korea fire missiles near the kurils?'],
      ['where is matua', 'where is okinotorishima'],
      ['where is matua', 'where is takeshima'],
    ],
    refuses,
  );
});

describe('the future and "what if"', () => {
  each(
    [
      ['did russia suspend the peace talks?', 'will russia resume the peace talks?'],
      ['did russia suspend the peace talks?', 'will the talks resume'],
      ['when did russia suspend the peace talks', 'when will the peace talks resume'],
      ['when did russia suspend the peace talks', 'when will russia and japan sign a peace treaty'],
      ['did the 1956 declaration promise shikotan to japan?', 'will japan get the islands back'],
      ['did the 1956 declaration promise shikotan to japan?', 'will russia return the islands'],
      ['did the 1956 declaration promise shikotan to japan?', 'is russia going to give back shikotan'],
      ['did the 1956 declaration promise shikotan to japan?', 'what if russia returns the islands'],
      ['did the 1956 declaration promise shikotan to japan?', 'what would happen if japan took the islands back'],
      ['did the 1956 declaration promise shikotan to japan?', 'could japan get the islands back by 2030'],
      ['did the 1956 declaration promise shikotan to japan?', 'what if the soviet union had signed the san francisco treaty'],
      ['did medvedev visit kunashir?', 'will putin visit kunashir?'],
      ['did medvedev visit kunashir?', 'will putin visit japan'],
      ['did russia hold drills on matua?', 'will russia hold drills on matua next year?'],
      ['did russia hold drills on matua?', 'is russia going to hold drills near shikotan again'],
      ['did takaichi say japan\'s position had not changed', 'will takaichi change japan\'s position'],
      ['when did russia end the visa-free exchanges', 'when will the visa-free exchanges restart'],
      ['when did russia suspend the fishing agreement', 'when will the fishing agreement be restored'],
    ],
    refuses,
  );
});

describe('the treaty or the year that did it, not a later one that mentions it', () => {
  each(
    [
      ['when did japan receive all the kuril islands', 'which treaty gave the kurils to japan'],
      ['when did japan receive all the kuril islands', 'which treaty gave the whole kuril chain to japan'],
      ['when did japan receive all the kuril islands', 'under which treaty did japan receive the kuril islands'],
      ['when did japan get southern sakhalin', 'which treaty gave southern sakhalin to japan'],
      ['when was the soviet-japanese joint declaration', 'when did japan sign the 1956 declaration'],
      ['when was the soviet-japanese joint declaration', 'which treaty ended the state of war between japan and the soviet union'],
      ['when was the soviet-japanese joint declaration', 'when did moscow agree to hand over habomai and shikotan'],
      ['when was the san francisco peace treaty signed', 'when did japan give up the kurile islands'],
      ['when was the tokyo declaration signed', 'when did yeltsin and hosokawa sign the tokyo declaration'],
      ['when was the irkutsk statement', 'when did the leaders call the 1956 declaration the starting point'],
      ['when did russia suspend the peace talks', 'when did russia suspend the peace-treaty talks with japan'],
      ['what is the most recent fishing agreement', 'what is the latest agreement on fishing'],
      ['what was the most recent agreement on visa-free travel', 'what was the latest agreement on visa-free exchanges'],
    ],
    sameRecord,
  );
  each(
    [
      ['when did japan receive all the kuril islands', 'when did japan get the kurils'],
      ['when did japan receive all the kuril islands', 'which treaty handed the kurils to japan'],
      ['when was the soviet-japanese joint declaration', 'when did japan agree to the 1956 declaration'],
      ['when was the soviet-japanese joint declaration', 'when did the soviet union ratify the 1956 declaration'],
      ['when was the soviet-japanese joint declaration', 'when did japan accept the 1956 declaration'],
      ['when was the tokyo declaration signed', 'when did russia agree to the 1993 tokyo declaration'],
      ['when was the safe-fishing agreement signed', 'when did japan sign the 1998 fishing agreement'],
    ],
    neverAnother,
  );
  each(
    [
      ['when was the soviet-japanese joint declaration', 'when did russia reaffirm the 1956 declaration in 2025'],
      ['what is the most recent fishing agreement', 'what is the most recent agreement on oil'],
      ['what is the most recent fishing agreement', 'what is the most recent agreement on gas'],
      ['when was the san francisco peace treaty signed', 'when did the soviet union ratify the san francisco treaty'],
    ],
    refuses,
  );
});

describe('comments and reactions: the words or the reaction must be about what was asked', () => {
  each(
    [
      ['what did lavrov say about the un charter', 'what did lavrov say about the fishing agreement'],
      ['what did lavrov say about the un charter', 'what did lavrov say about the bastion missiles'],
      ['what did lavrov say about the un charter', 'what did lavrov say about zelensky\'s decree'],
      ['what did lavrov say about the un charter', 'what did lavrov say about the matua drills'],
      ['what did kishida say about the halt of the talks', 'what did kishida say about the bastion missiles'],
      ['what did kishida say about the halt of the talks', 'what did kishida say about the matua drills'],
      ['what did kishida say about the halt of the talks', 'what did kishida say about zelensky\'s decree'],
      ['what did kishida say about the halt of the talks', 'what did kishida say about the constitutional amendments'],
      ['what did peskov say about takaichi\'s speech', 'what did peskov say about the fishing agreement'],
      ['what did peskov say about takaichi\'s speech', 'what did peskov say about the bastion missiles'],
      ['what did peskov say about takaichi\'s speech', 'what did peskov say about medvedev\'s visit to iturup'],
      ['what did takaichi say about the peace treaty', 'what did takaichi say about the bastion missiles'],
      ['what did takaichi say about the peace treaty', 'what did takaichi say about the fishing agreement'],
      ['what did takaichi say about the peace treaty', 'what did takaichi say about the matua drills'],
      ['what did takaichi say about the peace treaty', 'what did takaichi say about zelensky'],
      ['what did muneo suzuki say about the halt of the talks', 'what did muneo suzuki say about the bastion missiles'],
      ['what did muneo suzuki say about the halt of the talks', 'what did muneo suzuki say about the fishing agreement'],
      ['how did japan react to russia ending the visa-free exchanges', 'how did japan react to the bastion missiles on paramushir'],
      ['how did japan react to russia ending the visa-free exchanges', 'how did japan react to the matua drills'],
      ['how did japan react to russia ending the visa-free exchanges', 'how did japan react to the constitutional amendments'],
      ['how did japan react to russia ending the visa-free exchanges', 'how did japan react to the day of victory over militaristic japan'],
      ['how did japan react to medvedev\'s visit to iturup', 'how did russia react to zelensky\'s decree'],
      ['how did japan react to medvedev\'s visit to iturup', 'how did russia react to the diplomatic bluebook'],
      ['how did japan react to medvedev\'s visit to iturup', 'how did china react to medvedev\'s visit to iturup'],
      ['how did japan react to medvedev\'s visit to iturup', 'how did the us react to medvedev\'s visit to iturup'],
      ['how did japan react to russia suspending the talks', 'how did china react to russia suspending the talks'],
      ['how did japan react to russia suspending the talks', 'how did the united states react to the suspension of the talks'],
      ['how did japan react to russia suspending the talks', 'how did britain react to the suspension of the talks'],
      ['did kishida call the end of the exchanges absolutely unacceptable?', 'did kishida call the bastion missiles absolutely unacceptable?'],
      ['did kishida call the end of the exchanges absolutely unacceptable?', 'did takaichi call the end of the exchanges absolutely unacceptable?'],
      ['did lavrov say japan\'s claim runs against the un charter?', 'did peskov say japan\'s claim runs against the un charter?'],
      ['did lavrov say japan\'s claim runs against the un charter?', 'did lavrov say the fishing agreement runs against the un charter?'],
      ['did japan protest medvedev\'s visit to iturup?', 'did japan protest the bastion missiles on paramushir?'],
      ['did japan protest medvedev\'s visit to iturup?', 'did japan protest the matua drills?'],
      ['did japan protest medvedev\'s visit to iturup?', 'did russia protest zelensky\'s decree?'],
    ],
    refuses,
  );
});

describe('"near Japan" and "off Hokkaido" are not the four islands', () => {
  each(
    [
      ['did russia hold drills on matua?', 'did russia hold drills off hokkaido'],
      ['when did russia hold drills on matua', 'when did russia hold drills off hokkaido'],
      ['when did japan protest russian drills near shikotan', 'when did japan protest russian drills near okinawa'],
      ['when did japan protest russian drills near shikotan', 'when did japan protest russian drills near okinawa in 2025'],
      ['when did japan protest russian drills near shikotan', 'when did japan protest russian drills near sakhalin'],
      ['did japan protest russian drills near shikotan', 'did japan protest russian drills near okinawa'],
      ['did japan protest russian drills near shikotan', 'did japan protest russian drills in the sea of japan'],
      ['did russia put the bastion missiles on paramushir', 'did russia put bastion missiles near tokyo'],
      ['did the 1998 agreement let japanese boats fish near the four islands', 'did the 1998 agreement let japanese boats fish off hokkaido'],
      ['did the 1998 agreement let japanese boats fish near the four islands', 'did the 1998 agreement let japanese boats fish near sakhalin'],
    ],
    refuses,
  );
});

describe('a when- or who-question with someone else, somewhere else or another deed', () => {
  each(
    [
      ['when did the soviet union declare war on japan', 'when did the united states declare war on the soviet union'],
      ['when did medvedev visit iturup', 'when did medvedev visit shikotan'],
      ['when did russia hold drills on matua', 'when did russia hold drills on shikotan in 2024'],
      ['when did putin sign the law on 3 september', 'when did medvedev sign the law on 3 september'],
      ['when did putin sign a law about 3 september', 'when did putin sign a law about 7 february'],
      ['when did mishustin sign the order ending the exchanges', 'when did putin sign the order ending the exchanges'],
      ['when did kishida call the end of the exchanges absolutely unacceptable', 'when did takaichi call the end of the exchanges absolutely unacceptable'],
      ['when did abe and putin meet in nagato', 'when did kishida and putin meet in nagato'],
      ['when did yeltsin and hosokawa sign the tokyo declaration', 'when did putin and hosokawa sign the tokyo declaration'],
      ['when did zelensky sign the decree on the northern territories', 'when did zelensky visit the northern territories'],
      ['when did japan protest russian drills near shikotan', 'when did russia protest japanese drills near shikotan'],
      ['when did russia suspend the fishing agreement', 'when did japan suspend the fishing agreement'],
      ['when did russia end the visa-free exchanges', 'when did japan end the visa-free exchanges'],
      ['when did lavrov say japan\'s claim runs against the un charter', 'when did peskov say japan\'s claim runs against the un charter'],
      ['when did takaichi give her first policy speech', 'when did kishida give his first policy speech'],
      ['when did russia put bastion missiles on paramushir', 'when did russia put bastion missiles on kunashir'],
      ['who visited kunashir in 2010', 'who visited kunashir in 2015'],
      ['who signed the order ending the visa-free exchanges in 2022', 'who signed the order ending the visa-free exchanges in 2019'],
      ['what did kishida say in hiroshima', 'what did takaichi say in hiroshima'],
      ['what did suzuki say in his interview with shukan gendai', 'what did suzuki say in his interview with nhk'],
    ],
    refuses,
  );
});

describe('who did it: the one the record says did the deed, as the yes/no with that doer says', () => {
  // [who-question, the yes/no with the doer put in, the doer as the yes/no names it]
  const triples: readonly (readonly [string, string, string])[] = [
    ['who protested medvedev\'s visit to kunashir', 'did japan protest medvedev\'s visit to kunashir?', 'japan'],
    ['who protested medvedev\'s visit to iturup', 'did japan protest medvedev\'s visit to iturup?', 'japan'],
    ['who declared war on japan', 'did the soviet union declare war on japan?', 'soviet union'],
  ];
  const check = ([who, yesNo, doer]: readonly [string, string, string]) => {
      const a = signature(who);
      const b = signature(yesNo);
      expect(b.yesNo, yesNo).toBe('Yes');
      expect(a.first, who).toBe(b.first);
      // The who-answer names the doer before any other actor: its name leads after the source label.
      expect(a.lead.replace(/^[^:]*not confirmed elsewhere:\s*/, '').toLowerCase().startsWith(doer), `${who} → ${a.lead.slice(0, 120)}`).toBe(true);
  };
  for (const triple of triples) it(`${triple[0]}  ~  ${triple[1]}`, () => check(triple));
  // The record's "Moscow" is not read as the Soviet Union the yes/no names (as in round 9), so the yes/no is declined.
  it.fails('who agreed to give shikotan and habomai back to japan  ~  did the soviet union agree …', () =>
    check(['who agreed to give shikotan and habomai back to japan', 'did the soviet union agree to hand over shikotan and habomai?', 'soviet union']),
  );
});

describe('known divergences: the cause named, left for the next round', () => {
  // A deed the record bans ("a ban on … handing over") is read as done by the when-path; the yes/no reads it as not done (verdict-about.ts) and declines.
  it.fails('when did russia hand over habomai and shikotan', () => refuses(['when was the 1956 declaration signed', 'when did russia hand over habomai and shikotan']));
  // "Invade" is a synonym of "occupy", and Japan's Bluebook calling the islands occupied names Japan as its author, not as the occupier.
  it.fails('when did japan invade the kurils', () => refuses(['when did the soviet union declare war on japan', 'when did japan invade the kurils']));
  // "Japan accepted" the outcome of the war in Lavrov's words is read as Japan recognising Russian sovereignty.
  it.fails('when did japan recognise russian sovereignty over the islands', () => refuses(['when did ukraine recognise the northern territories as japanese', 'when did japan recognise russian sovereignty over the islands']));
  // "Lift" is an unknown word framed away; the suspension itself answers.
  it.fails('when did russia lift the suspension of the fishing agreement', () => refuses(['when did russia suspend the fishing agreement', 'when did russia lift the suspension of the fishing agreement']));
  // Suzuki's "growing US influence" names the United States, so his record holds the third state (and "recognise" is matched loosely).
  it.fails('when did the us recognise the northern territories as japanese', () => refuses(['when did ukraine recognise the northern territories as japanese', 'when did the us recognise the northern territories as japanese']));
  it.fails('how did the us react to the suspension of the talks', () => refuses(['how did japan react to russia suspending the talks', 'how did the us react to the suspension of the talks']));
  // "Japanese voters": the people's adjective before the doer is not read as the doer, so "Russian voters approved" answers.
  it.fails('when did japanese voters approve the return of the islands', () => refuses(['when did russian voters approve the constitutional amendments', 'when did japanese voters approve the return of the islands']));
  // "Commanded" is no deed the who-answer checks: the defence ministry that staged the drills is named.
  it.fails('who commanded the vostok-2022 drills', () => refuses(['who signed the order ending the visa-free exchanges', 'who commanded the vostok-2022 drills']));
  // "Trade" and "exchange" are one concept for the search (a curated synonym), so the 1991 exchanges answer.
  it.fails('what is the most recent agreement on trade', () => refuses(['what is the most recent fishing agreement', 'what is the most recent agreement on trade']));
  // "The united states and japan" is read as the words "united" and "states", not the country, and the record's "two states" holds them.
  it.fails('when did the united states and japan sign the joint declaration', () => refuses(['when did the soviet union and japan sign the joint declaration', 'when did the united states and japan sign the joint declaration']));
});
