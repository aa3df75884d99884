import { describe, expect, it } from 'vitest';
import { ask } from '../../support/ask.js';
import { expectSame, expectChanged, signature } from '../../support/metamorphic.js';

/**
 * Round 9 metamorphic tests (docs/questions.md): questions the engine answers right, rewritten in ways
 * that must not change the answer (a synonym of the frame, a capital for its country, a description
 * for a name, possessive or "of", a chat opener, a true date, another word order), and a few that
 * must (a false year or visitor). The two answers are compared live, never against a fixed answer:
 * the same decline, or the same Yes/No and the same first record cited.
 */

/** A wh-question rewritten as yes/no ("how did Japan react" → "did Japan protest"): the same record. */
function expectSameRecord(original: string, variant: string): void {
  const a = signature(original);
  const b = signature(variant);
  expect(a.declined || b.declined, variant).toBe(false);
  expect(b.first, variant).toBe(a.first);
}

/** A variant that says the opposite ("suspended" for "still running", "smaller" for "bigger"): the other of Yes and No. */
function expectOpposite(original: string, variant: string): void {
  const a = signature(original).yesNo;
  expect(a, original).toMatch(/^(?:Yes|No)$/);
  expect(signature(variant).yesNo, variant).toBe(a === 'Yes' ? 'No' : 'Yes');
}

describe('reactions: "how did Tokyo react / respond / what did Japan do about …"', () => {
  const pairs: readonly (readonly [string, string])[] = [
    ['how did japan react to russia suspending the talks', 'how did tokyo respond when moscow suspended the peace talks'],
    ['how did japan react to russia suspending the talks', 'what was japan\'s response to russia suspending the talks'],
    ['how did japan react to russia suspending the talks', 'hi, quick question: how did japan react to russia suspending the talks?'],
    ['how did japan react to russia suspending the talks', 'when russia suspended the talks, how did japan react?'],
    ['how did japan react to russia suspending the talks', 'how did japan react to the kremlin suspending the talks in march 2022'],
    ['how did tokyo respond to the end of the visa-free exchanges', 'how did japan react to the end of the visa-free exchanges'],
    ['how did tokyo respond to the end of the visa-free exchanges', 'what did tokyo say about the end of the visa-free exchanges'],
    ['how did tokyo respond to the end of the visa-free exchanges', 'how did tokyo respond to the ending of the visa free exchanges in 2022'],
    ['what was japan\'s response to medvedev visiting kunashir', 'how did tokyo react to medvedev visiting kunashir'],
    ['what was japan\'s response to medvedev visiting kunashir', 'what was the response of japan to medvedev visiting kunashir'],
    ['what was japan\'s response to medvedev visiting kunashir', 'what was japan\'s response to the russian president visiting kunashir in 2010'],
    ['how did russia respond to japan\'s sanctions', 'how did moscow respond to japan\'s sanctions'],
    ['how did russia respond to japan\'s sanctions', 'how did russia respond to the sanctions of japan'],
    ['how did russia respond to japan\'s sanctions', 'what did the kremlin do about tokyo\'s sanctions'],
    ['how did russia respond to japan\'s sanctions', 'what was russia\'s reaction to japanese sanctions'],
    ['how did japan react to the firing drills near shikotan', 'how did tokyo react to the firing drills near shikotan'],
    ['how did japan react to the firing drills near shikotan', 'what did japan say about the firing drills near shikotan'],
    ['how did moscow react to takaichi\'s speech', 'how did russia react to takaichi\'s speech'],
    ['how did moscow react to takaichi\'s speech', 'how did the kremlin react to the speech of takaichi'],
    ['how did moscow react to takaichi\'s speech', 'how did moscow react to the japanese prime minister\'s speech'],
    ['how did moscow react to takaichi\'s speech', 'what did moscow say about takaichi\'s speech'],
    ['how did japan respond to medvedev\'s trip to iturup', 'how did tokyo respond to medvedev\'s trip to iturup'],
    ['how did japan respond to medvedev\'s trip to iturup', 'how did japan respond to medvedev\'s trip to etorofu'],
    ['how did japan respond to medvedev\'s trip to iturup', 'how did japan respond to medvedev\'s 2019 trip to iturup'],
    ['how did japan respond to medvedev\'s trip to iturup', 'how did japan respond to the trip of medvedev to iturup'],
    ['how did japan react to the march 2022 drills in the kurils', 'how did tokyo react to the march 2022 drills in the kurils'],
    ['how did japan react to the march 2022 drills in the kurils', 'what was japan\'s reaction to the march 2022 drills in the kurils'],
    ['what was tokyo\'s reaction to the eastern military district exercises', 'how did japan react to the eastern military district exercises'],
    ['what was tokyo\'s reaction to the eastern military district exercises', 'what was the reaction of tokyo to the eastern military district exercises'],
    ['how did the kremlin respond to takaichi\'s policy speech', 'how did moscow respond to takaichi\'s policy speech'],
    ['how did japan react to russia halting the peace talks', 'how did japan react to russia\'s halting of the peace talks'],
    ['how did japan react to russia halting the peace talks', 'russia halted the peace talks - how did japan react?'],
    ['how did japan react to russia halting the peace talks', 'how did japan react to moscow halting the peace talks with tokyo'],
    ['how did tokyo react when russia ended the visa-free visits', 'how did japan react when moscow ended the visa-free visits'],
    ['how did tokyo react when russia ended the visa-free visits', 'how did japan react when the kremlin ended the visa-free visits'],
    ['how did tokyo react when russia ended the visa-free visits', 'how did tokyo react when russia ended the visa-free visits in september 2022'],
    ['how did tokyo react when russia ended the visa-free visits', 'what was tokyo\'s reaction when russia ended the visa-free visits'],
    ['how did japan respond to medvedev going to kunashir', 'how did japan respond to the former russian president going to kunashir'],
    ['how did japan respond to medvedev going to kunashir', 'how did japan respond to medvedev going to kunashiri'],
    ['how did japan respond to medvedev going to kunashir', 'how did japan respond to medvedev going to 国後島'],
    ['how did japan respond to medvedev going to kunashir', 'how did tokyo respond when medvedev went to kunashir'],
    ['how did the kremlin react to japan\'s sanctions', 'how did moscow react to tokyo\'s sanctions'],
    ['how did the kremlin react to japan\'s sanctions', 'how did russia react to the japanese sanctions in 2022'],
    ['how did the kremlin react to japan\'s sanctions', 'please tell me how the kremlin reacted to japan\'s sanctions'],
    ['how did kishida respond when russia ended the exchange agreements', 'how did the japanese prime minister respond when russia ended the exchange agreements'],
    ['how did kishida respond when russia ended the exchange agreements', 'how did fumio kishida respond when moscow ended the exchange agreements'],
    ['how did the kremlin react to takaichi\'s february 2026 speech', 'how did moscow react to takaichi\'s february 2026 speech'],
    ['how did the kremlin react to takaichi\'s february 2026 speech', 'how did russia react to the february 2026 speech of takaichi'],
    ['how did the kremlin react to takaichi\'s february 2026 speech', 'how did the kremlin react to sanae takaichi\'s february 2026 speech'],
    ['what was russia\'s answer to japan\'s sanctions', 'what was moscow\'s answer to japan\'s sanctions'],
    ['what was russia\'s answer to japan\'s sanctions', 'what was the kremlin\'s response to tokyo\'s sanctions'],
    ['what did kishida say after moscow froze the peace talks', 'what did kishida say after russia froze the peace talks'],
    ['what did kishida say after moscow froze the peace talks', 'what did kishida say after the kremlin froze the peace talks'],
    ['what did kishida say after moscow froze the peace talks', 'what did the prime minister kishida say after moscow froze the peace talks'],
    ['how did tokyo react to the vostok 2022 drills', 'how did japan react to the vostok 2022 drills'],
    ['how did moscow react to the diplomatic bluebook', 'how did the kremlin react to the diplomatic bluebook'],
    ['how did russia react to zelensky\'s decree on the islands', 'how did moscow react to zelensky\'s decree on the islands'],
    ['who is zelensky & what did he do about the islands', 'who is zelensky and what did he do about the islands'],
    ['how did japan react to the firing drills near shikotan', 'how did japan react to the firing drills near shikotan in 2025'],
    ['how did japan react to the firing drills near shikotan', 'how did japan react to russia\'s firing drills near shikotan'],
    ['how did japan react to the march 2022 drills in the kurils', 'how did japan react to the drills in the kurils in march 2022'],
    ['how did moscow react to takaichi\'s speech', 'how did moscow react to the speech by takaichi'],
    ['how did japan respond to medvedev going to kunashir', 'how did japan respond to medvedev going to kunashir in november 2010'],
  ];
  it.each(pairs)('%s ~ %s', (original, variant) => expectSame(original, variant));

  it('a yes/no rewrite of the question is answered from the same record', () => {
    expectSameRecord('what was japan\'s response to medvedev visiting kunashir', 'was there any protest from japan when medvedev visited kunashir');
    expectSameRecord('how did japan react to the firing drills near shikotan', 'did japan protest the firing drills near shikotan');
  });

  it('a false detail changes the answer', () => {
    expectChanged('how did japan react to russia suspending the talks', 'how did japan react to russia suspending the talks in 2015');
    expectChanged('how did japan respond to medvedev\'s trip to iturup', 'how did japan respond to putin\'s trip to iturup');
    expectChanged('how did japan react to medvedev\'s trip to iturup', 'how did japan react to medvedev\'s trip to iturup in 2012');
    expectChanged('how did japan respond to medvedev going to kunashir', 'how did japan respond to medvedev going to kunashir in 2015');
    expectChanged('how did russia respond to japan\'s sanctions', 'how did russia respond to japan\'s sanctions in 2010');
    expectChanged('did japan protest the firing drills near shikotan', 'did japan protest the firing drills near shikotan in 2015');
    expectChanged('was there any protest from japan when medvedev visited kunashir', 'was there any protest from japan when putin visited kunashir');
  });
});

describe('positions: a side\'s stance, view, line, argument', () => {
  const pairs: readonly (readonly [string, string])[] = [
    ['what\'s russia\'s stance on the kurils', 'what is russia\'s position on the kurils'],
    ['what\'s russia\'s stance on the kurils', 'what is moscow\'s stance on the kurils'],
    ['what\'s russia\'s stance on the kurils', 'what is the stance of russia on the kuril islands'],
    ['what\'s russia\'s stance on the kurils', 'hey, what\'s the kremlin\'s view on the kurils?'],
    ['what does tokyo want', 'what does japan want'],
    ['what does tokyo want', 'what does japan want on the islands'],
    ['what\'s japan\'s view on the four islands', 'what is tokyo\'s view on the four islands'],
    ['what\'s japan\'s view on the four islands', 'what is japan\'s position on the four islands'],
    ['what\'s japan\'s view on the four islands', 'what\'s the view of japan on the four islands'],
    ['what\'s japan\'s view on the four islands', 'what is japan\'s stance on the northern territories'],
    ['what does moscow say about the southern kurils', 'what does russia say about the southern kurils'],
    ['what does moscow say about the southern kurils', 'what has moscow said about the southern kurils'],
    ['what does moscow say about the southern kurils', 'what does the kremlin say about the southern kurils'],
    ['what does moscow say about the southern kurils', 'what is moscow\'s argument on the southern kurils'],
    ['what is japan\'s official stance on the northern territories', 'what is tokyo\'s official position on the northern territories'],
    ['what is japan\'s official stance on the northern territories', 'what is the official stance of japan on the northern territories'],
    ['what\'s moscow\'s official line on the kurils', 'what\'s russia\'s official line on the kurils'],
    ['what\'s moscow\'s official line on the kurils', 'what is the kremlin\'s official line on the kurils'],
    ['what does the kremlin say about a peace treaty with japan', 'what does moscow say about a peace treaty with tokyo'],
    ['what does the kremlin say about a peace treaty with japan', 'what does russia say about a peace treaty with japan'],
    ['why does russia say the islands are russian', 'why does moscow say the islands are russian'],
    ['why does russia say the islands are russian', 'what is russia\'s argument that the islands are russian'],
    ['why does japan think the islands are theirs', 'why does tokyo think the islands are theirs'],
    ['why does japan think the islands are theirs', 'why does japan say the islands are japanese'],
    ['what legal argument does russia make about the islands', 'what legal argument does moscow make about the islands'],
    ['why won\'t moscow negotiate with tokyo anymore', 'why won\'t russia negotiate with japan anymore'],
    ['what is japan\'s official stance on the northern territories', 'what\'s the official japanese position on the northern territories'],
    ['what is japan\'s official stance on the northern territories', 'what is japan\'s official stance on the southern kurils'],
    ['what is tokyo\'s policy on the four islands', 'what is japan\'s policy on the four islands'],
    ['what is tokyo\'s policy on the four islands', 'what\'s tokyo\'s policy toward the four islands'],
    ['what does russia say about who owns the islands', 'what does moscow say about who owns the islands'],
    ['what does russia say about who owns the islands', 'what does the kremlin say about who owns the islands'],
    ['russia\'s argument for keeping the kurils', 'moscow\'s argument for keeping the kurils'],
    ['russia\'s argument for keeping the kurils', 'the argument of russia for keeping the kurils'],
    ['what does russia say about handing over territory', 'what does moscow say about handing over territory'],
    ['does tokyo call the northern territories illegally occupied?', 'does japan call the northern territories illegally occupied?'],
    ['does tokyo call the northern territories illegally occupied?', 'does japan say the northern territories are illegally occupied?'],
    ['has takaichi changed japan\'s position on the islands?', 'has takaichi changed tokyo\'s position on the islands?'],
    ['has takaichi changed japan\'s position on the islands?', 'has sanae takaichi changed japan\'s stance on the islands?'],
    ['does japan want all four islands or just habomai and shikotan', 'does tokyo want all four islands or just habomai and shikotan'],
    ['what 4 islands does tokyo want back', 'what four islands does japan want back'],
    ['what is the us position on the islands', 'what is washington\'s position on the islands'],
    ['what is china\'s stance on the kurils', 'what\'s beijing\'s stance on the kurils'],
    ['what\'s russia\'s stance on the kurils', 'what\'s russia\'s stance on the kuril islands'],
    ['what\'s russia\'s stance on the kurils', 'russia\'s stance on the kurils?'],
    ['what\'s russia\'s stance on the kurils', 'what stance does russia take on the kurils'],
    ['what does tokyo want', 'what does tokyo want from moscow'],
    ['what\'s japan\'s view on the four islands', 'how does japan view the four islands'],
    ['what\'s japan\'s view on the four islands', 'what does japan think about the four islands'],
    ['what is japan\'s official stance on the northern territories', 'what is japan\'s official stance regarding the northern territories'],
    ['what is japan\'s official stance on the northern territories', 'what is japan\'s official stance about the northern territories'],
    ['why does russia say the islands are russian', 'why does russia claim the islands'],
    ['why does japan think the islands are theirs', 'why does japan claim the islands'],
    ['why won\'t moscow negotiate with tokyo anymore', 'why does moscow refuse to negotiate with tokyo now'],
  ];
  it.each(pairs)('%s ~ %s', (original, variant) => expectSame(original, variant));

});

describe('status: where things stand, whether talks are still off', () => {
  const pairs: readonly (readonly [string, string])[] = [
    ['where do things stand now', 'so where do things stand now?'],
    ['where do things stand now', 'where do things stand on the islands now'],
    ['where does the dispute stand today', 'where does the island dispute stand now'],
    ['where does the dispute stand today', 'what is the status of the dispute today'],
    ['are the peace talks still on hold?', 'are the peace talks still off?'],
    ['are the peace talks still on hold?', 'are the peace treaty talks still suspended?'],
    ['are the peace talks still on hold?', 'are the talks with japan still frozen?'],
    ['is there any progress on a peace treaty', 'has there been any progress on a peace treaty'],
    ['is there any progress on a peace treaty', 'is there any progress on a peace treaty between tokyo and moscow'],
    ['are the visa-free visits still running?', 'are the visa-free exchanges still going?'],
    ['are tokyo and moscow talking about the islands right now?', 'are japan and russia talking about the islands right now?'],
    ['is russia still in control of the islands', 'does russia still control the islands'],
    ['what\'s the current state of relations over the islands', 'so what\'s the current state of relations over the islands?'],
    ['what\'s the state of play on the northern territories', 'what\'s the state of play on the southern kurils'],
    ['what\'s the state of play on the northern territories', 'what\'s the current state of play on the northern territories'],
    ['can former islanders still go visit their old homes', 'can former residents still go visit their old homes'],
    ['is the 1998 fishing agreement still working', 'is the 1998 fishing deal still working'],
    ['is the state of war between japan and russia over', 'is the state of war between tokyo and moscow over'],
    ['status of the peace negotiations as of 2026', 'status of the peace talks as of 2026'],
    ['are the joint economic activities on the islands still going ahead', 'are the joint economic projects on the islands still going ahead'],
    ['where do things stand now', 'where do things stand now between russia and japan'],
    ['where do things stand between japan and russia on the islands', 'where do things stand between tokyo and moscow on the islands'],
    ['where does the dispute stand today', 'where does the kuril dispute stand today'],
    ['are the peace talks still on hold?', 'are peace talks with russia still on hold?'],
    ['are the peace talks still on hold?', 'are the peace talks on hold still?'],
    ['are the visa-free visits still running?', 'are the visa free visits still running?'],
    ['are the visa-free visits still running?', 'are the visa-free visits to the islands still running?'],
    ['are tokyo and moscow talking about the islands right now?', 'are moscow and tokyo talking about the islands right now?'],
    ['is russia still in control of the islands', 'is moscow still in control of the islands'],
    ['is the 1998 fishing agreement still working', 'is the 1998 fishing agreement still in force'],
  ];
  it.each(pairs)('%s ~ %s', (original, variant) => expectSame(original, variant));

  it('the opposite claim gets the other answer', () => {
    expectOpposite('are the peace talks still on hold?', 'are the peace talks still going ahead?');
    expectOpposite('are the visa-free visits still running?', 'are the visa-free visits suspended?');
  });

  it('progress on something stopped is a "No", asked in full or in short', () => {
    expectSame('is there any progress on a peace treaty', 'any progress on a peace treaty?');
    expectSame('is there any progress on a peace treaty', 'is there any progress on the peace talks');
    expectSame('is there any progress on a peace treaty', 'has there been any progress in the peace talks');
    expect(ask('is there any progress on the peace talks').reply.lead).toMatch(/^No\./);
  });
});

describe('islands: names in other languages, which Japan claims, sizes, where they lie', () => {
  const pairs: readonly (readonly [string, string])[] = [
    ['what is iturup called in japanese', 'what\'s the japanese name of iturup'],
    ['what is iturup called in japanese', 'what is the island of iturup called in japanese'],
    ['where is paramushir', 'where is the island of paramushir'],
    ['what is iturup called in japanese', 'what do the japanese call iturup'],
    ['what is iturup called in japanese', 'what is iturup\'s japanese name'],
    ['what\'s the largest island japan claims', 'what\'s the biggest island tokyo claims'],
    ['what\'s the largest island japan claims', 'which is the largest of the islands japan claims'],
    ['what is the russian name of the habomai islets', 'what is the russian name for the habomai islands'],
    ['what is the russian name of the habomai islets', 'what do russians call the habomai islets'],
    ['what is the russian name of the habomai islets', 'what\'s habomai\'s russian name'],
    ['what\'s the japanese name for kunashir', 'what is kunashir called in japanese'],
    ['what\'s the japanese name for kunashir', 'what does japan call kunashir'],
    ['what is shikotan called in russian', 'what\'s the russian name of shikotan'],
    ['where is paramushir', 'where does paramushir lie'],
    ['where is paramushir', 'where exactly is paramushir island'],
    ['which islands make up the northern territories', 'which islands does japan claim'],
    ['which islands make up the northern territories', 'what are the islands that make up the northern territories'],
    ['which islands make up the northern territories', 'which islands form the northern territories'],
    ['which islands make up the northern territories', 'what islands are in the northern territories'],
    ['what does japan call the southern kurils', 'what do the japanese call the southern kurils'],
    ['what does japan call the southern kurils', 'what name does japan use for the southern kurils'],
    ['what does japan call the southern kurils', 'what does tokyo call the southern kurils'],
    ['is etorofu bigger than kunashiri', 'is iturup bigger than kunashir'],
    ['is etorofu bigger than kunashiri', 'is kunashiri smaller than etorofu'],
    ['which islands does russia count as the lesser kuril ridge', 'which islands does moscow count as the lesser kuril ridge'],
    ['what\'s the second biggest of the disputed islands', 'what\'s the second largest of the disputed islands'],
    ['which island is just north of etorofu', 'which island is just north of iturup'],
    ['which island lies just off eastern hokkaido', 'which island is just off eastern hokkaido'],
    ['where is matua', 'where does matua lie'],
    ['where is urup', 'where is urup island'],
    ['where is shumshu', 'where\'s shumshu'],
    ['what is the northernmost kuril island', 'which kuril island is the northernmost'],
    ['what do russians call the northern territories', 'what does russia call the northern territories'],
    ['what do russians call the northern territories', 'what does moscow call the northern territories'],
    ['what are the disputed islands called in russian', 'what are the russian names of the disputed islands'],
    ['how do russians call etorofu', 'what do russians call etorofu'],
    ['how do russians call etorofu', 'what is etorofu called in russian'],
    ['is horomushiro one of the islands japan claims', 'is paramushir one of the islands japan claims'],
    ['which kuril islands does japan NOT claim', 'which kuril islands does tokyo not claim'],
    ['is habomai one island or several', 'are the habomai islands one island or several'],
    ['what is 歯舞群島', 'what\'s 歯舞群島'],
    ['who is medvedev and when was he last on the islands', 'who is dmitry medvedev and when was he last on the islands'],
    ['what is iturup called in japanese', 'in japanese, what is iturup called?'],
    ['what is iturup called in japanese', 'iturup - what is it called in japanese?'],
    ['what is iturup called in japanese', 'quick question, what is iturup called in japanese'],
    ['what is shikotan called in russian', 'what\'s shikotan\'s name in russian'],
    ['what\'s the largest island japan claims', 'what is the largest of the northern territories'],
    ['what\'s the largest island japan claims', 'of the islands japan claims, which is the largest?'],
    ['where is paramushir', 'where is the island of paramushir'],
    ['where is paramushir', 'can you tell me where paramushir is'],
    ['where is shumshu', 'where is shumshu located'],
    ['which island lies just off eastern hokkaido', 'what island lies just off eastern hokkaido'],
    ['what do russians call the northern territories', 'what do the russians call the northern territories'],
  ];
  it.each(pairs)('%s ~ %s', (original, variant) => expectSame(original, variant));

  it('the opposite claim gets the other answer', () => {
    expectOpposite('is etorofu bigger than kunashiri', 'is etorofu smaller than kunashiri');
    expectOpposite('is horomushiro one of the islands japan claims', 'is habomai one of the islands japan claims');
  });

  it('"which is bigger, X or Y" names the island a yes/no comparison says Yes to', () => {
    expectSameRecord('is etorofu bigger than kunashiri', 'which is bigger, etorofu or kunashiri?');
    expect(ask('which is bigger, etorofu or kunashiri?').reply.lead).toMatch(/^Etorofu\./);
    expect(ask('which is smaller, iturup or kunashir?').reply.lead).toMatch(/^Kunashiri\./);
  });
});

describe('actors: who X is, what X does, the role X plays', () => {
  const pairs: readonly (readonly [string, string])[] = [
    ['who is mikhail galuzin', 'who\'s mikhail galuzin'],
    ['who is mikhail galuzin', 'what does galuzin do'],
    ['who is mikhail galuzin', 'who is galuzin'],
    ['what does peskov do', 'who is peskov'],
    ['what does peskov do', 'what is peskov\'s job'],
    ['what does peskov do', 'what role does dmitry peskov play'],
    ['what\'s lavrov\'s job', 'what does lavrov do'],
    ['what\'s lavrov\'s job', 'who is sergei lavrov'],
    ['who is mishustin', 'what does mishustin do'],
    ['who is mishustin', 'who\'s mikhail mishustin'],
    ['who was hosokawa', 'who is hosokawa'],
    ['who was yeltsin', 'who was boris yeltsin'],
    ['who is takaichi', 'who is sanae takaichi'],
    ['who is takaichi', 'who is japan\'s prime minister takaichi'],
    ['what does the gaimusho do', 'what does japan\'s foreign ministry do'],
    ['what is the eastern military district', 'what does the eastern military district do'],
    ['who is muneo suzuki', 'who\'s muneo suzuki'],
    ['who is muneo suzuki', 'who is the japanese politician muneo suzuki'],
    ['who is muneo suzuki', 'tell me who muneo suzuki is'],
    ['who is sanae takaichi and what did she say last', 'who is takaichi and what did she say last'],
    ['who\'s rahm emanuel', 'who is rahm emanuel'],
    ['who\'s rahm emanuel', 'what does rahm emanuel do'],
    ['what is nippon ishin', 'what\'s nippon ishin'],
    ['what is interfax', 'what\'s interfax'],
    ['who is peskov', 'who is dmitry peskov'],
    ['who is peskov', 'who\'s the kremlin spokesman'],
    ['what does the russian defence ministry do', 'what does the russian defense ministry do'],
    ['who is massimiliano poccolini', 'who\'s massimiliano poccolini'],
    ['who was gromyko', 'who was andrei gromyko'],
    ['who was gromyko', 'what role did gromyko play'],
    ['who is mikhail galuzin', 'who is the russian ambassador mikhail galuzin'],
    ['what\'s lavrov\'s job', 'what is lavrov\'s job'],
    ['what\'s lavrov\'s job', 'what is the job of lavrov'],
    ['who is mishustin', 'who is the russian prime minister mishustin'],
    ['what does peskov do', 'what is peskov\'s role'],
    ['what does peskov do', 'what\'s dmitry peskov\'s role'],
    ['what does the gaimusho do', 'what is the gaimusho'],
  ];
  it.each(pairs)('%s ~ %s', (original, variant) => expectSame(original, variant));

});

describe('more rewrites across the five kinds: a noun for the act, a side standing on something, a long name', () => {
  const pairs: readonly (readonly [string, string])[] = [
    ['how did japan react to russia halting the peace talks', 'how did japan react to the halting of the peace talks by russia'],
    ['how did japan react to russia suspending the talks', 'how did japan react to russia\'s suspension of the peace talks'],
    ['how did japan react to russia suspending the talks', 'japan\'s reaction to russia suspending the talks?'],
    ['how did japan react to russia suspending the talks', 'what was japan\'s reaction when russia suspended the talks'],
    ['how did tokyo respond to the end of the visa-free exchanges', 'what did japan do when russia ended the visa-free exchanges'],
    ['how did japan react to the firing drills near shikotan', 'how did japan react to the shikotan firing drills'],
    ['how did moscow react to takaichi\'s speech', 'what was the kremlin\'s reaction to takaichi\'s speech'],
    ['how did moscow react to takaichi\'s speech', 'moscow\'s reaction to takaichi\'s speech'],
    ['what\'s russia\'s stance on the kurils', 'where does russia stand on the kurils'],
    ['what\'s japan\'s view on the four islands', 'where does japan stand on the four islands'],
    ['what\'s japan\'s view on the four islands', 'how does tokyo see the four islands'],
    ['what does tokyo want', 'what does tokyo want regarding the islands'],
    ['why does russia say the islands are russian', 'on what grounds does russia claim the islands'],
    ['why does japan think the islands are theirs', 'why does japan believe the islands belong to it'],
    ['where do things stand now', 'what\'s the latest on where things stand'],
    ['are the peace talks still on hold?', 'are the peace talks between japan and russia still on hold?'],
    ['are the peace talks still on hold?', 'hey - are the peace talks still on hold?'],
    ['are the visa-free visits still running?', 'do the visa-free visits still run?'],
    ['is russia still in control of the islands', 'does moscow still hold the islands'],
    ['what is shikotan called in russian', 'in russian, what is shikotan called?'],
    ['what\'s the japanese name for kunashir', 'what is the name of kunashir in japanese'],
    ['where is paramushir', 'where\'s paramushir'],
    ['where is urup', 'where does urup lie'],
    ['is etorofu bigger than kunashiri', 'is iturup larger than kunashir'],
    ['which island is just north of etorofu', 'what island lies just north of etorofu'],
    ['who is mikhail galuzin', 'who is galuzin'],
    ['what is the kremlin', 'what\'s the kremlin'],
    ['what does peskov do', 'what does the kremlin spokesman do'],
  ];
  it.each(pairs)('%s ~ %s', (original, variant) => expectSame(original, variant));

  // Was open until round 11: a Japanese lawmaker's later remark on the halt outranked Kishida's protest; of the side's records that fit as well, the earliest now answers (reaction.ts).
  it('how did japan react to russia halting the peace talks ~ how did japan react to the halt of the talks', () => expectSame('how did japan react to russia halting the peace talks', 'how did japan react to the halt of the talks'));

  // Open: 'Putin's' in a description is not matched to 'the Russian president' in Peskov's role (definition.ts reads the role's words, not who holds the office).
  it.fails('what does peskov do ~ who is putin\'s spokesman peskov', () => expectSame('what does peskov do', 'who is putin\'s spokesman peskov'));

  // Open: a year after a document's 'of' is read as a date range (question-dates.ts), and the standing answer does not answer with a range; treating it as a name breaks 'when was the declaration of 1956 signed'.
  it.fails('is the 1998 fishing agreement still working ~ is the fishing agreement of 1998 still working', () => expectSame('is the 1998 fishing agreement still working', 'is the fishing agreement of 1998 still working'));

  // Closed in round 10: a patronymic after a given name is passed over (name-forms.ts).
  it('who was yeltsin ~ who was boris nikolayevich yeltsin', () => expectSame('who was yeltsin', 'who was boris nikolayevich yeltsin'));

  // Closed in round 10: 'what kind of X is Y' is a definitional form (name-forms.ts).
  it('what is interfax ~ what kind of outlet is interfax', () => expectSame('what is interfax', 'what kind of outlet is interfax'));
});
