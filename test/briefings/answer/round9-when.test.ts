import { describe, expect, it } from 'vitest';
import { ask } from '../../support/ask.js';

/**
 * Round 9 metamorphic tests of when-questions, most recent and start/end (docs/questions.md). Each
 * pair is a question the tuning set has answered right and a rewrite of our own that must not change
 * the answer: a date word for "when", a topic put before "when was that?", a noun for the verb,
 * passive for active, a description for a name, a true year or place added, "last time" / "most
 * recently" / "the newest", begin / kick off for start, scrap / halt / pull out for end, the doer by
 * its country's adjective. The two answers are compared live, never against a written answer: the
 * same Yes or No (or none), the same record cited first, or both declined. A few rewrites add a false
 * detail, which must change the answer and never to "Yes".
 */

/** What must not change: declined, or the Yes/No lead and the record answered from. */
function gist(question: string): string {
  const r = ask(question);
  if (r.declined) return 'declined';
  const verdict = /^(Yes|No)\./.exec(r.reply.lead ?? '')?.[1] ?? '-';
  return `${verdict} ${r.events[0]?.id ?? 'none'}`;
}

function same(pairs: readonly (readonly [string, string])[]) {
  it.each(pairs)('%s  ~  %s', (original, variant) => {
    const before = gist(original);
    // The original is answered, or the pair tests nothing.
    expect(before).not.toBe('declined');
    expect(gist(variant)).toBe(before);
  });
}

describe('date words: what year / which month / what date / how long ago / date of (cues.ts, intent.ts)', () => {
  same([
    ['When did Russia suspend the peace treaty talks with Japan?', 'what year did russia suspend the peace treaty talks with japan'],
    ['When did Russia suspend the peace treaty talks with Japan?', 'how long ago did russia suspend the peace treaty talks with japan'],
    ['When was the Treaty of Shimoda signed?', 'date of the shimoda treaty'],
    ['When was the Treaty of Shimoda signed?', 'what year was the treaty of shimoda signed'],
    ['When did the Soviet Union declare war on Japan?', 'which month did the soviet union declare war on japan'],
    ['When did the Soviet Union declare war on Japan?', 'on what date did moscow declare war on japan in 1945'],
    ['When was the San Francisco Peace Treaty signed?', 'what year was the san francisco treaty signed'],
    ['When was the San Francisco Peace Treaty signed?', 'date of the san francisco peace treaty'],
    ['When did Medvedev visit Kunashir?', 'what year did medvedev visit kunashir'],
    ['when did medvedev go to iturup', 'what year did medvedev go to iturup'],
    ['When did Russia formally end the visa-free exchanges?', 'which month did moscow end the visa-free exchanges'],
    ['When did Russia suspend the fishing agreement?', 'what year did the russians suspend the fishing deal'],
    ['When did Putin sign the law on the Day of Victory over Militaristic Japan?', 'what year did putin sign the law on the day of victory over militaristic japan'],
    ['When was the Tokyo Declaration signed?', 'date of the tokyo declaration'],
    ['When was the Tokyo Declaration signed?', 'what year was the tokyo declaration signed'],
    ['When did Zelensky recognise the Northern Territories as Japanese?', 'what year did zelensky recognize the northern territories as japanese'],
    ['When was the Treaty of Shimoda signed?', 'what date was the treaty of shimoda signed in 1855'],
    ['when was the treaty of st petersburg', 'what year was the treaty of saint petersburg'],
    ['when was the soviet-japanese joint declaration', 'what year did the soviet union and japan sign their joint declaration'],
    ['When was Northern Territories Day established?', 'what year did japan set up northern territories day'],
    ['When did Medvedev visit Kunashir?', 'medvedev kunashir visit date'],
    ['When did Russia\'s constitution start banning the ceding of territory?', 'what year were the russian constitutional amendments banning the ceding of territory approved'],
    ['when was the irkutsk statement', 'what year was the irkutsk statement'],
    ['when did abe and putin meet in singapore', 'what year did abe and putin agree in singapore to speed up talks'],
    ['When was the Yalta agreement on the Kurils?', 'what year was the secret yalta agreement'],
    ['when did the battle of shumshu happen', 'what year was the battle of shumshu fought'],
    ['When did the Diplomatic Bluebook call the islands illegally occupied?', 'what year did the bluebook say the islands were illegally occupied'],
    ['when was the safe fishing agreement signed', 'what year was the safe fishing agreement signed'],
    ['since when does russia have a day of victory over militaristic japan', 'since what year has russia had a day of victory over militaristic japan'],
    ['When did Russia suspend the peace treaty talks with Japan?', 'on which date did russia suspend the peace talks with japan'],
    ['When did the Soviet Union declare war on Japan?', 'the ussr\'s declaration of war against japan - what date was that?'],
    ['When did Medvedev visit Kunashir?', 'how long ago did medvedev visit kunashir'],
    ['When was the Yalta agreement on the Kurils?', 'date of the yalta agreement'],
    ['when did russia most recently hold military exercises', 'what was the date of russia\'s latest military drills'],
    ['when did medvedev last visit the islands', 'which year did medvedev last visit the islands'],
    ['when did the battle of shumshu end', 'on what day did the battle of shumshu end'],
    ['when did the battle of shumshu start', 'on what date did the battle of shumshu start'],
    ['when did the soviet occupation of the islands begin', 'what date did the soviet occupation of the islands begin'],
    ['when did the visa-free visits begin', 'what year did the visa-free visits begin'],
    ['when did the simplified visits end', 'what year did the simplified visits end'],
    ['when did the nagato summit end', 'what date did the nagato summit end'],
  ]);
});

describe('a topic, then \'when?\' / \'when was that?\' (framing.ts)', () => {
  same([
    ['When did Russia suspend the peace treaty talks with Japan?', 'the suspension of the peace treaty talks by russia: when?'],
    ['When did Russia suspend the peace treaty talks with Japan?', 'russia suspending the peace talks with japan - when was that?'],
    ['When was the Treaty of Shimoda signed?', 'the treaty of shimoda - when was that?'],
    ['When did the Soviet Union declare war on Japan?', 'the soviet declaration of war on japan: when?'],
    ['When did Medvedev visit Kunashir?', 'medvedev\'s visit to kunashiri - when was that?'],
    ['When did Russia formally end the visa-free exchanges?', 'the end of the visa-free exchanges: when?'],
    ['When did Russia suspend the fishing agreement?', 'russia\'s suspension of the fishing agreement - when was that?'],
    ['when did abe and putin meet in singapore', 'abe and putin in singapore - when was that?'],
    ['when did russia most recently hold military exercises', 'russia\'s newest military exercises - when?'],
    ['when did a russian leader last visit the disputed islands', 'the last visit by a russian leader to the disputed islands - when was that?'],
    ['when did the battle of shumshu end', 'the end of the battle of shumshu: when?'],
    ['when did the battle of shumshu start', 'the start of the battle of shumshu: when?'],
    ['When was the San Francisco Peace Treaty signed?', 'the san francisco peace treaty: when?'],
    ['When was Northern Territories Day established?', 'the establishment of northern territories day: when?'],
    ['when did russia last hold drills on kunashiri', 'the last drills on kunashiri - when were they?'],
    ['When did Russia suspend the peace treaty talks with Japan?', 'peace treaty talks suspended by russia - when?'],
    ['When did Medvedev visit Kunashir?', 'medvedev\'s trip to kunashir: when?'],
    ['when were the vostok 2022 drills on the islands', 'the vostok 2022 drills on the islands: when?'],
    ['When was the Tokyo Declaration signed?', 'the tokyo declaration: when?'],
    ['when was the irkutsk statement', 'the irkutsk statement - when was that?'],
    ['When did Zelensky recognise the Northern Territories as Japanese?', 'the zelensky decree on the northern territories - when was that?'],
  ]);
});

describe('most recent, last, newest, lately (cues.ts, newest.ts, pick.ts)', () => {
  same([
    ['when did russia most recently hold military exercises', 'when did russia last hold military exercises'],
    ['when did russia most recently hold military exercises', 'when were russia\'s most recent military drills'],
    ['when did russia most recently hold military exercises', 'when was the last time russia held military drills'],
    ['when did russia most recently hold military exercises', 'when did russian forces hold drills lately'],
    ['latest protest by japan', 'when did japan last protest'],
    ['latest protest by japan', 'the most recent japanese protest'],
    ['latest protest by japan', 'japan\'s newest protest'],
    ['latest protest by japan', 'when did japanese officials last protest'],
    ['when did medvedev last visit the islands', 'when did medvedev most recently visit the islands'],
    ['when did medvedev last visit the islands', 'the last time medvedev visited the islands'],
    ['when did medvedev last visit the islands', 'medvedev\'s most recent visit to the islands'],
    ['when did medvedev last visit the islands', 'when did medvedev last visit the disputed islands'],
    ['when did a russian leader last visit the disputed islands', 'when did a russian leader most recently visit the disputed islands'],
    ['when did russia last hold drills on kunashiri', 'when were the most recent drills on kunashiri'],
    ['when did russia last hold drills on kunashiri', 'when did russia most recently hold exercises on kunashir'],
    ['newest statement by takaichi', 'takaichi\'s most recent statement'],
    ['newest statement by takaichi', 'what did takaichi say lately'],
    ['newest statement by takaichi', 'the latest thing takaichi said'],
    ['latest statement from the kremlin', 'the kremlin\'s most recent statement'],
    ['latest statement from the kremlin', 'what did the kremlin say most recently'],
    ['last russian drills', 'the most recent russian drills'],
    ['last russian drills', 'russia\'s newest drills'],
    ['last russian drills', 'the latest russian exercises'],
    ['last russian drills', 'when did the russians last drill'],
    ['latest protest by japan', 'when did tokyo last protest'],
    ['latest protest by japan', 'latest protests by japan'],
    ['when did kishida last speak at the northern territories day rally', 'when did kishida most recently speak at the northern territories day rally'],
    ['when did kishida last speak at the northern territories day rally', 'the last time kishida spoke at the northern territories day rally'],
    ['what\'s the most recent treaty on record', 'what\'s the newest treaty on record'],
    ['what\'s the most recent treaty on record', 'what is the latest treaty'],
    ['most recent japanese protest', 'the last protest by japanese officials'],
    ['latest statement from the kremlin', 'the kremlin\'s newest statement'],
    ['latest statement from the kremlin', 'when did the kremlin last say something'],
    ['what did takaichi say most recently', 'what did takaichi say last'],
    ['what did takaichi say most recently', 'what has takaichi said lately'],
    ['when was the last time japan protested to russia', 'when did japan most recently protest to russia'],
    ['when was the last time japan protested to russia', 'when did japanese officials last protest to russia'],
    ['most recent military exercise on 択捉島', 'most recent military exercises on etorofu'],
    ['most recent military exercise on 択捉島', 'latest military drill on iturup'],
    ['latest missile drills in the kurils', 'most recent missile drill in the kurils'],
    ['latest missile drills in the kurils', 'when did russia last hold missile drills in the kurils'],
    ['when did russia most recently hold drills on etorofu itself', 'when did russia last hold drills on iturup itself'],
    ['when did russia most recently drill on one of the kuril islands japan doesn\'t claim', 'when did russia last drill on a kuril island japan doesn\'t claim'],
    ['what\'s the last agreement russia pulled out of over the islands', 'what\'s the most recent agreement russia pulled out of over the islands'],
    ['when did takaichi most recently bring up a peace treaty with russia', 'when did takaichi last bring up a peace treaty with russia'],
    ['when did russia most recently hold military exercises', 'when did russia most recently hold a military exercise'],
    ['latest protest by japan', 'when did japan protest most recently'],
    ['latest protest by japan', 'what was japan\'s last protest'],
    ['when did medvedev last visit the islands', 'when did medvedev last go to the islands'],
    ['when did a russian leader last visit the disputed islands', 'when did a russian leader last go to the disputed islands'],
    ['when did a russian leader last visit the disputed islands', 'when did russian leaders last visit the disputed islands'],
    ['newest statement by takaichi', 'takaichi\'s latest statements'],
    ['latest statement from the kremlin', 'newest kremlin statement'],
    ['when did russia last hold drills on kunashiri', 'when were drills last held on kunashiri'],
    ['when did russia last hold drills on kunashiri', 'when did russian forces last hold drills on kunashiri'],
    ['latest missile drills in the kurils', 'the newest missile drill in the kurils'],
  ]);
});

describe('start and end in other words (cues.ts, verbs.ts)', () => {
  same([
    ['When did Russia suspend the peace treaty talks with Japan?', 'when did moscow halt the peace treaty talks with tokyo'],
    ['When did Russia suspend the peace treaty talks with Japan?', 'when did russia pull out of the peace treaty talks with japan'],
    ['When did Russia formally end the visa-free exchanges?', 'when did russia scrap the visa-free exchanges'],
    ['When did Russia formally end the visa-free exchanges?', 'when did russia terminate the visa free exchange agreement'],
    ['When did Russia suspend the fishing agreement?', 'when did russia halt the fishing agreement'],
    ['When did Putin sign the law on the Day of Victory over Militaristic Japan?', 'when did the russian president sign the law on the day of victory over militaristic japan'],
    ['when did the battle of shumshu end', 'when did the battle of shumshu finish'],
    ['when did the battle of shumshu end', 'when did the fighting on shumshu stop'],
    ['when did the battle of shumshu start', 'when did the battle of shumshu begin'],
    ['when did the battle of shumshu start', 'when did the battle of shumshu kick off'],
    ['when did the soviet occupation of the islands begin', 'when did the soviet occupation of the islands start'],
    ['when did the soviet occupation of the islands begin', 'when did the soviets first occupy the islands'],
    ['when did the visa-free visits begin', 'when did the visa-free visits start'],
    ['when did the visa-free visits begin', 'when did the visa free exchanges kick off'],
    ['when did the visa-free visits begin', 'when were the visa-free visits first agreed'],
    ['when did the simplified visits end', 'when did the simplified visits stop'],
    ['when did the simplified visits end', 'when did russia halt the simplified visits'],
    ['when did the nagato summit start', 'when did the nagato summit begin'],
    ['when did the nagato summit end', 'when did the nagato summit finish'],
    ['when did the former residents\' visits begin', 'when did the visits by former residents start'],
    ['when did the former residents\' visits begin', 'when did visits by former island residents begin'],
    ['when did russia stop the fishing deal', 'when did russia halt the fishing deal'],
    ['when did russia stop the fishing deal', 'when did russia end the fishing agreement'],
    ['when did russia end the visa free exchange program', 'when did russia scrap the visa free exchange program'],
    ['when did russia end the visa free exchange program', 'when did russia pull out of the visa free exchange program'],
    ['when did the soviet-japanese war start', 'when did the soviet-japanese war begin'],
    ['When did Medvedev visit Kunashir?', 'when did a russian leader first visit kunashir'],
    ['When did Russia suspend the peace treaty talks with Japan?', 'when did the peace treaty talks with japan stop'],
    ['When was the Treaty of Shimoda signed?', 'when was the first russia-japan border treaty signed'],
    ['When was the Treaty of Shimoda signed?', 'when did russia and japan first draw a border in the kurils'],
    ['when was the soviet-japanese joint declaration', 'when did the soviet union and japan end the state of war'],
    ['When did Russia formally end the visa-free exchanges?', 'when did russia end the visa-free exchanges for good'],
    ['When did Russia formally end the visa-free exchanges?', 'when did the russians end the visa free exchange'],
    ['When did Russia suspend the fishing agreement?', 'when did russia freeze the fishing agreement'],
    ['When did Putin sign the law on the Day of Victory over Militaristic Japan?', 'when did putin make 3 september the day of victory over militaristic japan'],
    ['when did the soviet occupation of the four islands end', 'when did the soviet occupation of the four islands finish'],
    ['when did muneo suzuki\'s moscow trip start', 'when did muneo suzuki\'s moscow trip begin'],
    ['when did muneo suzuki\'s trip to moscow end', 'when did muneo suzuki\'s visit to moscow end'],
    ['until when did the firing drills north of shikotan run', 'when did the firing drills north of shikotan end'],
    ['when did the visa free exchanges end for good', 'when did the visa free exchanges stop for good'],
    ['when did visa-free trips between japan and the islands start', 'when did visa-free trips between japan and the islands begin'],
    ['when did visa-free trips between japan and the islands start', 'when did the first visa-free trips between japan and the islands happen'],
    ['when did the safe fishing arrangement around the islands start', 'when did the safe fishing arrangement around the islands begin'],
    ['when did the soviet-japanese war start', 'when did the soviet-japanese war kick off'],
    ['When did Russia suspend the peace treaty talks with Japan?', 'when did the russian foreign ministry halt peace talks with tokyo'],
    ['When did Russia suspend the peace treaty talks with Japan?', 'when did russia call off the peace talks with japan'],
    ['When did Russia formally end the visa-free exchanges?', 'when did russia end the visa-free exchanges in 2022'],
    ['When did Russia formally end the visa-free exchanges?', 'when did russia pull out of the visa-free exchanges'],
    ['When did Russia formally end the visa-free exchanges?', 'when did russia tear up the visa-free exchange agreement'],
    ['When did Russia suspend the fishing agreement?', 'when did russia pull out of the fishing agreement'],
    ['When did Russia suspend the fishing agreement?', 'when did russia put the fishing agreement on hold'],
    ['When did Putin sign the law on the Day of Victory over Militaristic Japan?', 'when was the law on the day of victory over militaristic japan signed by putin'],
    ['When did Putin sign the law on the Day of Victory over Militaristic Japan?', 'when did putin sign the victory over militaristic japan day law in 2023'],
    ['when did the battle of shumshu end', 'when did the shumshu battle end'],
    ['when did the battle of shumshu end', 'when was the battle of shumshu over'],
    ['when did the soviet occupation of the islands begin', 'when did the soviets start occupying the islands'],
    ['when did the visa-free visits begin', 'when did the visa-free visits first start'],
    ['when did the simplified visits end', 'when did the simplified visits come to an end'],
    ['when did the nagato summit start', 'when did the nagato summit get under way'],
    ['when did the former residents\' visits begin', 'when did the former residents\' visits kick off'],
    ['when did russia stop the fishing deal', 'when did russia scrap the fishing deal'],
    ['when did russia stop the fishing deal', 'when did russia pull out of the fishing deal'],
    ['when did russia end the visa free exchange program', 'when did russia halt the visa free exchange program'],
    ['when did the soviet-japanese war start', 'when did the war between the soviet union and japan start'],
    ['when did the soviet-japanese war start', 'when did the soviet-japanese war get going'],
    ['when did muneo suzuki\'s moscow trip start', 'when did muneo suzuki\'s moscow visit begin'],
    ['when did muneo suzuki\'s trip to moscow end', 'when did suzuki\'s trip to moscow finish'],
  ]);
});

describe('passive, descriptions, doers, true details added', () => {
  same([
    ['When did Russia suspend the peace treaty talks with Japan?', 'when did the russians suspend the peace treaty talks with japan in 2022'],
    ['When did Russia suspend the peace treaty talks with Japan?', 'when were the peace treaty talks with japan suspended by russia'],
    ['When was the Treaty of Shimoda signed?', 'when did russia and japan sign the treaty of shimoda'],
    ['When was the Treaty of Shimoda signed?', 'when was the shimoda treaty signed in shimoda'],
    ['When did the Soviet Union declare war on Japan?', 'when was war declared on japan by the ussr'],
    ['When did Medvedev visit Kunashir?', 'when did the russian president medvedev visit kunashir'],
    ['When did Medvedev visit Kunashir?', 'when did medvedev travel to kunashir in 2010'],
    ['when did medvedev go to iturup', 'when did medvedev visit etorofu'],
    ['When did Russia suspend the fishing agreement?', 'when was the fishing agreement suspended by russia'],
    ['when were the vostok 2022 drills on the islands', 'when did russia hold the vostok 2022 drills on the islands'],
    ['when were the vostok 2022 drills on the islands', 'when was the vostok 2022 exercise held on the islands'],
    ['When was the Tokyo Declaration signed?', 'when did yeltsin and hosokawa sign the tokyo declaration'],
    ['when did abe and putin meet in singapore', 'when did the japanese prime minister and putin meet in singapore'],
    ['When did Zelensky recognise the Northern Territories as Japanese?', 'when did the ukrainian president recognise the northern territories as japanese'],
    ['when did soviet troops occupy the habomai islets', 'when were the habomai islets occupied by soviet troops'],
    ['when did soviet troops occupy the habomai islets', 'when did the soviet army occupy the habomai islands'],
    ['when did the simplified visits end', 'when were the simplified visits scrapped'],
    ['When did Russia suspend the peace treaty talks with Japan?', 'when did russian officials suspend the peace treaty talks with japan'],
    ['When did Russia suspend the peace treaty talks with Japan?', 'when did the russian government break off the peace treaty talks'],
    ['when was the treaty of st petersburg', 'when did japan trade sakhalin for the kurils'],
    ['When did the Soviet Union declare war on Japan?', 'when did the soviets declare war on the japanese'],
    ['When was the San Francisco Peace Treaty signed?', 'when did japan renounce the kurile islands'],
    ['When was Northern Territories Day established?', 'when did japan create northern territories day'],
    ['when did medvedev go to iturup', 'when did the russian prime minister go to iturup'],
    ['When did Russia suspend the fishing agreement?', 'when did russia suspend the safe fishing agreement'],
    ['When did Russia suspend the fishing agreement?', 'when did russia suspend the 1998 fishing agreement'],
    ['when were the vostok 2022 drills on the islands', 'when did russia stage the vostok 2022 exercises on etorofu and kunashiri'],
    ['When did Russia\'s constitution start banning the ceding of territory?', 'when did russia ban ceding territory in its constitution'],
    ['When was the Tokyo Declaration signed?', 'when was the tokyo declaration signed by yeltsin and hosokawa'],
    ['when was the irkutsk statement', 'when was the irkutsk statement signed'],
    ['when did abe and putin meet in singapore', 'when did putin and abe meet in singapore'],
    ['When did Zelensky recognise the Northern Territories as Japanese?', 'when did zelensky sign a decree recognising the northern territories as japanese'],
    ['When was the Yalta agreement on the Kurils?', 'when was the yalta agreement signed'],
    ['When was the Yalta agreement on the Kurils?', 'when were the kurils promised to the soviet union at yalta'],
    ['when did the battle of shumshu happen', 'when was the battle of shumshu'],
    ['When did the Kremlin say no agreement is possible without a change in relations?', 'when did peskov say no agreement is possible without a change in relations'],
    ['When did the Diplomatic Bluebook call the islands illegally occupied?', 'when did japan\'s diplomatic bluebook call the islands illegally occupied'],
    ['when was the safe fishing agreement signed', 'when did russia and japan sign the safe fishing agreement'],
    ['When did Abe and Putin agree to discuss joint economic activities?', 'when did putin and abe agree to talk about joint economic activities'],
    ['When did Russia suspend the peace treaty talks with Japan?', 'when did russia suspend the peace treaty talks with japan in march 2022'],
    ['When did the Soviet Union declare war on Japan?', 'when did the soviet union declare war on japan in august 1945'],
    ['When did the Soviet Union declare war on Japan?', 'when did the soviet union declare war on japan in moscow'],
    ['When did Medvedev visit Kunashir?', 'when did medvedev make his visit to kunashiri'],
    ['When did Medvedev visit Kunashir?', 'when was kunashir visited by medvedev'],
    ['when did medvedev go to iturup', 'when did medvedev go to iturup in 2019'],
    ['when did medvedev go to iturup', 'when was iturup visited by medvedev'],
    ['when did medvedev go to iturup', 'when did the russian pm visit iturup'],
    ['When did Russia formally end the visa-free exchanges?', 'when were the visa-free exchanges ended by russia'],
    ['When did Russia suspend the fishing agreement?', 'when did russian officials suspend the fishing agreement'],
    ['when were the vostok 2022 drills on the islands', 'when were the vostok-2022 exercises on etorofu and kunashiri held'],
    ['When was the Tokyo Declaration signed?', 'when did yeltsin sign the tokyo declaration'],
    ['When was the Tokyo Declaration signed?', 'when was the tokyo declaration signed in tokyo'],
    ['when did the battle of shumshu happen', 'when did the battle for shumshu take place'],
    ['when did the battle of shumshu happen', 'when was the battle on shumshu fought'],
    ['When did Zelensky recognise the Northern Territories as Japanese?', 'when did ukraine\'s president recognise the northern territories as japanese territory'],
    ['when did soviet troops occupy the habomai islets', 'when did soviet soldiers occupy habomai'],
    ['when did soviet troops occupy the habomai islets', 'when did the soviets take the habomai islets'],
    ['When did Abe and Putin agree to discuss joint economic activities?', 'when did abe and putin agree to discuss joint economic activities at nagato'],
    ['when did abe and putin meet in singapore', 'when did abe and putin meet in singapore in 2018'],
  ]);
});

describe('second batch: nouns for deeds, a side by its government or diplomats, synonyms of the deed (word-families.ts, aliases.ts)', () => {
  same([
    ['When was the Tokyo Declaration signed?', 'the signing of the tokyo declaration: when?'],
    ['When was the Treaty of Shimoda signed?', 'the signing of the treaty of shimoda - when was that?'],
    ['when did soviet troops occupy the habomai islets', 'the soviet occupation of the habomai islets: when?'],
    ['When did the Soviet Union declare war on Japan?', 'the soviet declaration of war - when was it?'],
    ['When did Medvedev visit Kunashir?', 'the first visit by a russian leader to kunashir - when was that?'],
    ['When did Russia suspend the fishing agreement?', 'the suspension of the fishing agreement: when?'],
    ['When did Russia formally end the visa-free exchanges?', 'the termination of the visa-free exchanges: when?'],
    ['When did Zelensky recognise the Northern Territories as Japanese?', 'ukraine\'s recognition of the northern territories as japanese: when?'],
    ['When did Abe and Putin agree to discuss joint economic activities?', 'the agreement by abe and putin to discuss joint economic activities: when?'],
    ['When was Northern Territories Day established?', 'the creation of northern territories day - when was that?'],
    ['latest protest by japan', 'when did the japanese government last protest'],
    ['latest protest by japan', 'when did japanese diplomats last protest'],
    ['latest protest by japan', 'when did the japanese side protest most recently'],
    ['latest protest by japan', 'tokyo\'s latest protest'],
    ['when did a russian leader last visit the disputed islands', 'the last visit of a russian leader to the islands: when?'],
    ['when did medvedev last visit the islands', 'when did medvedev last visit the kurils'],
    ['when did medvedev last visit the islands', 'when did medvedev visit the islands most recently'],
    ['when did medvedev last visit the islands', 'medvedev\'s latest trip to the islands'],
    ['when did medvedev last visit the islands', 'medvedev\'s newest visit to the islands'],
    ['when did russia most recently hold military exercises', 'when did russia last stage military exercises'],
    ['when did russia most recently hold military exercises', 'when did russia last conduct military exercises'],
    ['when did russia most recently hold military exercises', 'when did moscow most recently hold military exercises'],
    ['when did russia last hold drills on kunashiri', 'when did russia last drill on kunashiri'],
    ['when did russia last hold drills on kunashiri', 'when did russia last hold an exercise on kunashiri'],
    ['when did russia last hold drills on kunashiri', 'when did russia hold its most recent drill on kunashir'],
    ['newest statement by takaichi', 'the newest statements by takaichi'],
    ['newest statement by takaichi', 'what did the japanese prime minister takaichi say most recently'],
    ['what did takaichi say most recently', 'what did takaichi say in her latest speech'],
    ['latest statement from the kremlin', 'the latest kremlin statements'],
    ['when did kishida last speak at the northern territories day rally', 'when did kishida most recently address the northern territories day rally'],
    ['when was the last time japan protested to russia', 'when did japan last lodge a protest with russia'],
    ['when was the last time japan protested to russia', 'when did tokyo last complain to moscow'],
    ['when did the battle of shumshu end', 'when did the fighting on shumshu end'],
    ['when did the battle of shumshu end', 'when did the battle of shumshu come to an end'],
    ['when did the battle of shumshu start', 'when did the fighting on shumshu begin'],
    ['when did the battle of shumshu start', 'when did the soviet landing on shumshu begin'],
    ['when did the soviet occupation of the islands begin', 'when did the soviet takeover of the islands begin'],
    ['when did the soviet occupation of the islands begin', 'when did soviet forces begin occupying the islands'],
    ['when did the soviet occupation of the four islands end', 'when was the soviet occupation of the four islands completed'],
    ['when did the visa-free visits begin', 'when did visa-free visits to the islands begin'],
    ['when did the visa-free visits begin', 'when did the visa-free exchange program start'],
    ['when did the simplified visits end', 'when did the simplified visits by former residents end'],
    ['when did the simplified visits end', 'when did russia end the simplified visits'],
    ['when did the simplified visits end', 'when did russia pull out of the simplified visits agreement'],
    ['when did the nagato summit start', 'when did the summit in nagato start'],
    ['when did the nagato summit start', 'when did the abe-putin summit in nagato begin'],
    ['when did the nagato summit end', 'when did the summit in nagato end'],
    ['when did the former residents\' visits begin', 'when did former islanders\' visits begin'],
    ['when did the former residents\' visits begin', 'when did ex-residents\' visits start'],
    ['when did russia stop the fishing deal', 'when did russia freeze the fishing deal'],
    ['when did russia stop the fishing deal', 'when did russia call off the fishing deal'],
    ['when did russia end the visa free exchange program', 'when did moscow end the visa free exchange program'],
    ['when did russia end the visa free exchange program', 'when did russia terminate the visa free exchange programme'],
    ['when did the soviet-japanese war start', 'when did the soviet union start its war with japan'],
    ['when did the soviet-japanese war start', 'when did the war between the ussr and japan begin'],
    ['when did muneo suzuki\'s moscow trip start', 'when did suzuki\'s moscow trip start'],
    ['until when did the firing drills north of shikotan run', 'until when did the live-fire drills north of shikotan run'],
    ['until when did the firing drills north of shikotan run', 'when did the firing drills north of shikotan finish'],
    ['when did the visa free exchanges end for good', 'when were the visa free exchanges ended for good'],
    ['since when does russia have a day of victory over militaristic japan', 'since when has russia marked a day of victory over militaristic japan'],
    ['when did takaichi first say she wants to settle the territory issue and sign a treaty with russia', 'when did takaichi first say she wants to resolve the territorial issue and sign a peace treaty'],
  ]);
});

describe('third batch: how many years ago, remarks and comments, first for start (intent.ts, word-families.ts)', () => {
  same([
    ['when did the visa-free visits begin', 'when were visa-free visits first allowed'],
    ['when did the soviet-japanese war start', 'when did the soviet union first go to war with japan'],
    ['When did Medvedev visit Kunashir?', 'when did medvedev first visit kunashir'],
    ['When did Russia suspend the peace treaty talks with Japan?', 'how many years ago did russia suspend the peace talks with japan'],
    ['When did the Soviet Union declare war on Japan?', 'how long ago did the soviets declare war on japan'],
    ['When was the Yalta agreement on the Kurils?', 'the yalta deal on the kurils - when was that?'],
    ['When was the Yalta agreement on the Kurils?', 'in what year was the yalta agreement on the kurils'],
    ['when did abe and putin meet in singapore', 'the singapore meeting between abe and putin: when?'],
    ['when did abe and putin meet in singapore', 'when was the abe-putin meeting in singapore'],
    ['When did the Diplomatic Bluebook call the islands illegally occupied?', 'when did the bluebook say the islands are illegally occupied'],
    ['When did the Diplomatic Bluebook call the islands illegally occupied?', 'when did japan\'s foreign ministry call the islands illegally occupied in its bluebook'],
    ['latest protest by japan', 'japan\'s most recent protests'],
    ['last russian drills', 'the latest russian drill'],
    ['last russian drills', 'russia\'s most recent exercise'],
    ['when did medvedev last visit the islands', 'when did medvedev last travel to the islands'],
    ['when did medvedev last visit the islands', 'when did medvedev go to the islands most recently'],
    ['most recent japanese protest', 'when did the japanese last protest'],
    ['most recent japanese protest', 'the japanese side\'s latest protest'],
    ['latest statement from the kremlin', 'the kremlin\'s latest remarks'],
    ['what did takaichi say most recently', 'what has takaichi said most recently'],
    ['when did russia last hold drills on kunashiri', 'the last drills on kunashir - when were they?'],
    ['when did russia last hold drills on kunashiri', 'kunashiri\'s most recent drills: when?'],
    ['latest missile drills in the kurils', 'when did russia most recently hold missile exercises in the kurils'],
    ['when did the battle of shumshu end', 'how did the battle of shumshu end - when?'],
    ['when did the simplified visits end', 'when did the simplified visits for former islanders end'],
    ['when did the simplified visits end', 'when did the simplified visit program end'],
    ['when did russia end the visa free exchange program', 'when did russia axe the visa-free exchange program'],
    ['when did russia stop the fishing deal', 'when did russia break off the fishing deal'],
    ['when did russia stop the fishing deal', 'when did russia abandon the fishing deal'],
    ['when did russia stop the fishing deal', 'when did the russians stop the fishing agreement'],
    ['when did the nagato summit end', 'when did the nagato and tokyo summit end'],
    ['When did Putin sign the law on the Day of Victory over Militaristic Japan?', 'when did putin sign the victory day law'],
    ['When did Putin sign the law on the Day of Victory over Militaristic Japan?', 'when did the russian president sign a law on a victory day over japan'],
    ['When did Zelensky recognise the Northern Territories as Japanese?', 'when did ukraine recognise japan\'s claim to the northern territories'],
    ['When was the San Francisco Peace Treaty signed?', 'when did japan renounce the kurils in san francisco'],
    ['When was the San Francisco Peace Treaty signed?', 'in what year did japan give up the kurils at san francisco'],
    ['latest statement from the kremlin', 'when did the kremlin last comment'],
  ]);
});

describe('a remark on a thing is no end of it (pick.ts)', () => {
  same([
    ['When did Russia suspend the peace treaty talks with Japan?', 'when did the peace treaty negotiations end'],
    ['When did Russia suspend the peace treaty talks with Japan?', 'when did the peace talks with japan come to an end'],
  ]);
});

describe('a year that names the thing asked the date of (search.ts)', () => {
  same([
    ['when was the soviet-japanese joint declaration', 'when was the 1956 joint declaration signed'],
    ['when was the soviet-japanese joint declaration', 'what year was the 1956 declaration signed'],
    // a later deed done to the thing of that year keeps to the deed's record
    ['When did Russia suspend the fishing agreement?', 'when was the 1998 fishing agreement suspended'],
  ]);
});

describe('yes/no on a date keeps its verdict through the same rewrites', () => {
  same([
    ['did russia suspend the peace talks with japan in 2022?', 'did moscow halt the peace treaty talks with tokyo in 2022?'],
    ['did medvedev visit kunashir in 2010?', 'did medvedev go to kunashiri in 2010?'],
    ['did russia end the visa-free exchanges in 2022?', 'did russia scrap the visa-free exchanges in 2022?'],
  ]);
});

describe('a false detail added must change the answer, never to "Yes"', () => {
  it.each([
    ['When did Russia suspend the peace treaty talks with Japan?', 'when did russia suspend the peace treaty talks with japan in 2015'],
    ['When did Medvedev visit Kunashir?', 'when did medvedev visit kunashir in 1990'],
    ['When did Medvedev visit Kunashir?', 'when did medvedev visit kunashir in moscow'],
    ['When was the Treaty of Shimoda signed?', 'when was the treaty of shimoda signed in 1960'],
    ['When was the Tokyo Declaration signed?', 'when was the tokyo declaration signed in 1956'],
    ['when did the battle of shumshu happen', 'when did the battle of shumshu happen in 1960'],
    ['When did Russia suspend the fishing agreement?', 'when did russia suspend the fishing agreement in 2019'],
    ['When did Russia formally end the visa-free exchanges?', 'when did russia end the visa-free exchanges in 2010'],
    ['When did Putin sign the law on the Day of Victory over Militaristic Japan?', 'when did zelensky sign the law on the day of victory over militaristic japan'],
    ['did russia suspend the peace talks with japan in 2022?', 'did russia suspend the peace talks with japan in 2015?'],
    ['did medvedev visit kunashir in 2010?', 'did medvedev visit kunashir in 2005?'],
    ['was the treaty of shimoda signed in 1855?', 'was the shimoda treaty signed in 1905?'],
  ])('%s  /=  %s', (original, variant) => {
    const after = gist(variant);
    expect(after).not.toBe(gist(original));
    expect(after).not.toMatch(/^Yes/);
  });
});

describe('rewrites that still change the answer (causes left for the next round)', () => {
  // The record's only "sign" clause has another doer ("The Soviet Union did not sign it"): Japan's
  // signing is not told in its own words, so naming Japan as the signer declines (doer.ts).
  it.fails('names who signed', () => {
    expect(gist('when did japan sign the san francisco peace treaty')).toBe(gist('When was the San Francisco Peace Treaty signed?'));
  });
  // Two offices joined by "or" ("head of state or government") are not read as an office, so
  // "government" is left as a word no visit record holds (plan.ts offices).
  it.fails('names the office in other words', () => {
    expect(gist('when did a russian head of state or government last visit the disputed islands')).toBe(gist('when did a russian leader last visit the disputed islands'));
  });
  // Was: "military drills" sank the 2025 protest of "firing drills" below the coverage line. Passes
  // since round 12: "military" before drills adds nothing and is dropped (redundant-words.ts).
  it('says drills for exercises', () => {
    expect(gist('when were military drills last held by russia')).toBe(gist('when did russia most recently hold military exercises'));
  });
});
