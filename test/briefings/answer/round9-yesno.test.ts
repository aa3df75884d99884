import { describe, expect, it } from 'vitest';
import { agrees, type Pair, verdict } from '../../support/metamorphic.js';

/**
 * Round 9 metamorphic tests for yes/no questions (docs/questions.md). Each pair is a question the
 * engine answers right and a rewrite of it, our own, that must not change the answer: a true detail
 * of the record added, a detail moved to the front, a negative question, a claim put up to be checked
 * or a chat opener, a title or a description for a name, the passive for the active, another verb for
 * the deed. The two answers are compared live: the same Yes/No lead (or both declined) and the same
 * first record cited. Some rewrites add a FALSE detail (a wrong year, place, person or title) and
 * must turn the Yes into a No or a decline, so the file can fail both ways.
 */

describe('a true date added', () => {
  const pairs: Pair[] = [
    ['did the nagato summit settle who owns the islands', 'did the 2016 nagato summit settle who owns the islands'],
    ['did medvedev visit kunashir?', 'did medvedev visit kunashir in 2010?'],
    ['did medvedev go to iturup in 2019', 'did medvedev go to iturup in august 2019'],
    ['did the soviet union declare war on japan in 1945?', 'did the soviet union declare war on japan on 8 august 1945?'],
    ['did the soviet union sign the san francisco treaty?', 'did the soviet union sign the san francisco treaty in 1951?'],
    ['did the soviet union and japan sign a joint declaration in 1956?', 'did the soviet union and japan sign a joint declaration in october 1956?'],
    ['did abe and putin meet in singapore?', 'did abe and putin meet in singapore in 2018?'],
    ['did putin sign a law about 3 september?', 'did putin sign a law about 3 september in 2023?'],
    ['did russia suspend the fishing agreement?', 'did russia suspend the fishing agreement in 2022?'],
    ['did russia end the visa-free exchanges?', 'did russia end the visa-free exchanges in 2022?'],
    ['did russia hold drills on matua?', 'did russia hold drills on matua in 2024?'],
    ['did kishida protest the halt of the talks?', 'did kishida protest the halt of the talks in march 2022?'],
    ['did japan protest medvedev\'s visit to iturup?', 'did japan protest medvedev\'s visit to iturup in 2019?'],
    ['did the kremlin say a deal with japan is impossible', 'did peskov say a deal with japan is impossible in february 2026'],
    ['did ukraine recognise the northern territories as japanese?', 'did ukraine recognise the northern territories as japanese in 2022?'],
    ['did the irkutsk statement call the 56 declaration the starting point?', 'did the leaders of russia and japan call the 1956 declaration the starting point in irkutsk?'],
    ['was the yalta deal on the kurils a secret one', 'was the 1945 yalta deal on the kurils a secret one'],
  ];
  for (const pair of pairs) it(pair[1], () => agrees(pair));
});

describe('a detail moved to the front', () => {
  const pairs: Pair[] = [
    ['did medvedev visit kunashir?', 'in november 2010, did medvedev visit kunashir?'],
    ['did medvedev go to iturup in 2019', 'in 2019, did medvedev go to iturup?'],
    ['was the tokyo declaration signed by yeltsin?', 'in 1993, was the tokyo declaration signed by yeltsin?'],
    ['did the soviet union declare war on japan in 1945?', 'in august 1945, did the soviet union declare war on japan?'],
    ['did the soviet union sign the san francisco treaty?', 'in 1951, did the soviet union sign the san francisco peace treaty?'],
    ['did the soviet union and japan sign a joint declaration in 1956?', 'in 1956, did the soviet union and japan sign a joint declaration?'],
    ['did abe and putin meet in singapore?', 'in singapore, did abe and putin meet?'],
    ['did russia suspend the fishing agreement?', 'in june 2022, did russia suspend the fishing agreement?'],
    ['did russia hold drills on matua?', 'on matua, did russia hold drills?'],
    ['did russia hold drills on kunashiri in 2022?', 'in 2022, did russia hold drills on kunashiri?'],
    ['did kishida go to hiroshima with the us ambassador?', 'with the us ambassador, did kishida go to hiroshima?'],
    ['did abe and putin agree to use the 1956 declaration as the basis for talks', 'in singapore, did abe and putin agree to use the 1956 declaration as the basis for talks'],
    ['did takaichi say at the rally in feb that japan\'s position had changed', 'at the rally in feb, did takaichi say japan\'s position had changed'],
    ['was muneo suzuki in moscow in october 2023', 'in october 2023, was muneo suzuki in moscow'],
    ['did russia put the bastion missiles on kunashir', 'in december 2022, did russia put the bastion missiles on kunashir'],
    ['did russia stop the peace talks because of japan\'s sanctions?', 'in march 2022, did russia stop the peace talks because of japan\'s sanctions?'],
    ['did lavrov claim japan\'s demand for the islands goes against the un charter', 'at his press conference, did lavrov claim japan\'s demand for the islands goes against the un charter'],
    ['did the irkutsk statement call the 56 declaration the starting point?', 'in 2001, did the irkutsk statement call the 1956 declaration the starting point?'],
    ['was the yalta deal on the kurils a secret one', 'in february 1945, was the yalta deal on the kurils a secret one'],
    ['did gromyko\'s notes demand that foreign troops leave japan first', 'in 1960, did gromyko\'s notes demand that foreign troops leave japan first'],
    ['did the 1956 declaration promise japan all four islands?', 'in 1956, did moscow promise japan all four islands?'],
    ['did zelensky sign a decree saying the four islands belong to japan?', 'in october 2022, did zelensky sign a decree saying the four islands belong to japan?'],
  ];
  for (const pair of pairs) it(pair[1], () => agrees(pair));
});

describe('a title or a description for a name', () => {
  const pairs: Pair[] = [
    ['did medvedev visit kunashir?', 'did president medvedev visit kunashir?'],
    ['did medvedev go to iturup in 2019', 'did prime minister medvedev go to iturup in 2019'],
    ['did abe and putin meet in singapore?', 'did prime minister abe and president putin meet in singapore?'],
    ['did abe and putin meet in singapore?', 'did the japanese pm meet putin in singapore?'],
    ['did putin sign a law about 3 september?', 'did president putin sign a law about 3 september?'],
    ['did russia hold drills on matua?', 'did russian missile troops hold drills on matua?'],
    ['did kishida protest the halt of the talks?', 'did prime minister kishida protest the halt of the talks?'],
    ['did kishida protest the halt of the talks?', 'did the japanese pm protest the halt of the talks?'],
    ['was it mishustin who signed the order ending the exchange deals', 'did prime minister mishustin sign the order ending the exchange deals'],
    ['did lavrov claim japan\'s demand for the islands goes against the un charter', 'did foreign minister lavrov claim japan\'s demand for the islands goes against the un charter'],
    ['did the kremlin say a deal with japan is impossible', 'did the kremlin spokesman say a deal with japan is impossible'],
    ['did takaichi say at the rally in feb that japan\'s position had changed', 'did prime minister takaichi say at the rally that japan\'s position had changed'],
    ['did lavrov claim japan\'s demand for the islands goes against the un charter', 'did the russian foreign minister claim japan\'s demand for the islands goes against the un charter'],
    ['did takaichi bring up a peace treaty with russia in her first speech as pm', 'did prime minister takaichi bring up a peace treaty with russia in her first policy speech'],
    ['did gromyko\'s notes demand that foreign troops leave japan first', 'did foreign minister gromyko\'s notes demand that foreign troops leave japan first'],
    ['did takaichi say at the rally in feb that japan\'s position had changed', 'did the japanese prime minister say at the northern territories day rally that japan\'s position had changed'],
    ['did putin sign the order ending the visa free exchanges', 'did president putin sign the order ending the visa free exchanges in 2022'],
    ['did zelensky sign a decree saying the four islands belong to japan?', 'did the ukrainian president sign a decree saying the four islands belong to japan?'],
    ['did the kremlin say a deal with japan is likely now', 'did kremlin spokesman peskov say a deal with japan is likely now'],
    ['did japan protest to ambassador galuzin when the talks were halted', 'did japan protest to russian ambassador galuzin when the talks were halted in 2022'],
    ['did medvedev visit kunashir?', 'did the russian president visit kunashir in 2010?'],
  ];
  for (const pair of pairs) it(pair[1], () => agrees(pair));
});

describe('a claim put up to be checked, or a chat opener', () => {
  const pairs: Pair[] = [
    ['did medvedev visit kunashir?', 'is it true that medvedev visited kunashir?'],
    ['did medvedev visit kunashir?', 'quick q: did medvedev visit kunashir?'],
    ['did medvedev visit kunashir?', 'i read that medvedev went to kunashir, right?'],
    ['was the tokyo declaration signed by yeltsin?', 'is it true that yeltsin signed the tokyo declaration?'],
    ['did the soviet union declare war on japan in 1945?', 'is it true that the ussr declared war on japan in 1945?'],
    ['did the soviet union declare war on japan in 1945?', 'quick q: did moscow declare war on japan in 1945?'],
    ['did the soviet union sign the san francisco treaty?', 'i read that the soviet union signed the san francisco treaty, right?'],
    ['did abe and putin meet in singapore?', 'is it true that abe met putin in singapore?'],
    ['did lavrov claim japan\'s demand for the islands goes against the un charter', 'is it true that lavrov said japan\'s demand for the islands goes against the un charter?'],
    ['did the 1956 declaration promise shikotan to japan?', 'is it true that the 1956 declaration promised shikotan to japan?'],
    ['did the kremlin say a deal with japan is likely now', 'is it true that the kremlin said a deal with japan is likely?'],
  ];
  for (const pair of pairs) it(pair[1], () => agrees(pair));
});

describe('a true detail added, or another verb for the deed', () => {
  const pairs: Pair[] = [
    ['did medvedev visit kunashir?', 'did medvedev travel to kunashir?'],
    ['did russia end the visa-free exchanges?', 'did moscow scrap the visa-free exchanges?'],
    ['did russia hold drills on kunashiri in 2022?', 'did russia hold exercises on kunashiri in 2022?'],
    ['did japan protest medvedev\'s visit to iturup?', 'did tokyo protest medvedev\'s visit to iturup?'],
    ['did kishida go to hiroshima with the us ambassador?', 'did kishida go to hiroshima with rahm emanuel?'],
    ['did abe and putin agree to use the 1956 declaration as the basis for talks', 'did abe and putin agree in 2018 to use the 1956 declaration as the basis for talks'],
    ['did ukraine recognise the northern territories as japanese?', 'did zelensky recognise the northern territories as japanese?'],
    ['was muneo suzuki in moscow in october 2023', 'did muneo suzuki visit moscow in october 2023'],
    ['did japan protest the drills near shikotan', 'did tokyo protest the russian drills near shikotan'],
    ['did japan protest the drills near shikotan', 'did japan lodge a protest over the drills near shikotan'],
    ['did japan join the sanctions against russia', 'did tokyo join the sanctions against moscow'],
    ['did takaichi bring up a peace treaty with russia in her first speech as pm', 'did takaichi mention a peace treaty with russia in her first speech as pm'],
    ['did the soviet union and japan sign a joint declaration in 1956?', 'did the ussr and japan sign a joint declaration ending the state of war in 1956?'],
    ['did kishida protest the halt of the talks?', 'did kishida object to the halt of the talks?'],
    ['did kishida protest the halt of the talks?', 'did kishida condemn the halt of the talks?'],
    ['did russia hold drills on kunashiri in 2022?', 'did russia stage exercises on kunashiri during vostok-2022?'],
    ['did russia put the bastion missiles on kunashir', 'did russia deploy the bastion missiles on kunashir'],
    ['did russia put the bastion missiles on kunashir', 'were the bastion missiles deployed on kunashir'],
    ['did takaichi bring up a peace treaty with russia in her first speech as pm', 'did takaichi speak about a peace treaty with russia in her first speech as pm'],
  ];
  for (const pair of pairs) it(pair[1], () => agrees(pair));
});

describe('a negative question', () => {
  const pairs: Pair[] = [
    ['did medvedev visit kunashir?', 'didn\'t medvedev visit kunashir?'],
    ['did the soviet union sign the san francisco treaty?', 'didn\'t the soviet union sign the san francisco treaty?'],
    ['did russia suspend the fishing agreement?', 'didn\'t russia suspend the fishing agreement?'],
    ['did the soviet union declare war on japan in 1945?', 'didn\'t the soviet union declare war on japan in 1945?'],
    ['was the tokyo declaration signed by yeltsin?', 'wasn\'t the tokyo declaration signed by yeltsin?'],
    ['did abe and putin meet in singapore?', 'didn\'t abe and putin meet in singapore?'],
    ['did russia hold drills on matua?', 'didn\'t russia hold drills on matua?'],
    ['did ukraine recognise the northern territories as japanese?', 'didn\'t ukraine recognise the northern territories as japanese?'],
    ['was japan a party to the yalta agreement?', 'wasn\'t japan a party to the yalta agreement?'],
    ['did russia end the visa-free exchanges?', 'didn\'t russia end the visa-free exchanges?'],
  ];
  for (const pair of pairs) it(pair[1], () => agrees(pair));
});

describe('passive for active, or active for passive', () => {
  const pairs: Pair[] = [
    ['did medvedev go to iturup in 2019', 'was iturup visited by medvedev in 2019?'],
    ['was the tokyo declaration signed by yeltsin?', 'did yeltsin sign the tokyo declaration?'],
    ['was the tokyo declaration signed by yeltsin?', 'was the tokyo declaration signed by yeltsin in 1993?'],
    ['was the tokyo declaration signed by yeltsin?', 'did yeltsin sign the tokyo declaration with hosokawa in 1993?'],
    ['was the tokyo declaration signed by yeltsin?', 'did yeltsin put his name to the tokyo declaration?'],
    ['was the tokyo declaration signed by yeltsin?', 'did the russian president sign the tokyo declaration?'],
    ['did putin sign the tokyo declaration in 1993', 'was the tokyo declaration signed by putin in 1993?'],
    ['did abe sign the tokyo declaration with yeltsin?', 'was the tokyo declaration signed by abe and yeltsin?'],
    ['did the soviet union sign the san francisco treaty?', 'was the san francisco treaty signed by the soviet union?'],
    ['did the soviet union and japan sign a joint declaration in 1956?', 'was a joint declaration signed by the soviet union and japan in 1956?'],
    ['did putin sign a law about 3 september?', 'was a law about 3 september signed by putin?'],
    ['did russia suspend the fishing agreement?', 'was the fishing agreement suspended by russia?'],
    ['did russia end the visa-free exchanges?', 'were the visa-free exchanges ended by russia?'],
    ['was it mishustin who signed the order ending the exchange deals', 'was the order ending the exchange deals signed by mishustin?'],
    ['did ukraine recognise the northern territories as japanese?', 'were the northern territories recognised as japanese by ukraine?'],
    ['did russia put the bastion missiles on kunashir', 'were the bastion missiles put on kunashir by russia'],
    ['did the 1956 declaration promise shikotan to japan?', 'was shikotan promised to japan by the 1956 declaration?'],
    ['did japan protest the drills near shikotan', 'were the drills near shikotan protested by japan'],
    ['did russia stop the peace talks because of japan\'s sanctions?', 'were the peace talks halted by russia because of japan\'s sanctions?'],
    ['was muneo suzuki expelled by nippon ishin', 'did nippon ishin expel muneo suzuki'],
    ['was muneo suzuki expelled by nippon ishin', 'was muneo suzuki expelled by nippon ishin in 2023'],
    ['did putin sign the order ending the visa free exchanges', 'was the order ending the visa free exchanges signed by putin'],
    ['did the 1956 declaration promise japan all four islands?', 'were all four islands promised to japan by the 1956 declaration?'],
    ['did medvedev visit kunashir?', 'was kunashir visited by medvedev?'],
    ['did the soviet union declare war on japan in 1945?', 'was war declared on japan by the soviet union in 1945?'],
    ['did russia hold drills on matua?', 'were drills held on matua by russia?'],
  ];
  for (const pair of pairs) it(pair[1], () => agrees(pair));
});

describe('known divergences: the cause named, left for the next round', () => {
  // 'Moscow' as the doer: the 1998 record's later clause ('Russia suspended it in June 2022') outranks the 2022 record once the doer is a capital rather than 'Russia' (search.ts ranking of a seat word)
  it.fails('did moscow put the fishing agreement on hold?', () => agrees(['did russia suspend the fishing agreement?', 'did moscow put the fishing agreement on hold?']));
  // a year that names a thing ('the 1998 agreement') counts as a word the 1998 record of the agreement holds, so it outranks the 2022 record of the suspension; no reader tells a name's year from the deed's date (question-dates.ts, aliases.ts)
  it.fails('is it true that russia suspended the 1998 fishing agreement?', () => agrees(['did russia suspend the fishing agreement?', 'is it true that russia suspended the 1998 fishing agreement?']));
  // a place named alone ('at Nagato') becomes a place group the answering clause must hold (plan.ts), and the clause that denies the settlement ('little progress on sovereignty') does not name it; 'at the Nagato summit' passes
  it.fails('at nagato, did abe and putin settle who owns the islands', () => agrees(['did the nagato summit settle who owns the islands', 'at nagato, did abe and putin settle who owns the islands']));
  // the Yes comes from an undated background statement, and a date range in the question leaves only dated records (route.ts background statements)
  it.fails('did japan join the sanctions against russia in 2022', () => agrees(['did japan join the sanctions against russia', 'did japan join the sanctions against russia in 2022']));
  // the Russian foreign ministry as the doer with Japan also named declines ('... with Japan' too), while 'Russia' as the doer answers; no clause of the right record names both the ministry and Japan; and 'did the Russian foreign ministry stop the talks with Japan' answers Yes from 'Japan lodged a protest with the Russian ambassador', who holds the ministry as its member (heldThroughMembers) though he is protested to, not the doer
  it.fails('did the russian foreign ministry stop the peace talks because of japan\'s sanctions?', () => agrees(['did russia stop the peace talks because of japan\'s sanctions?', 'did the russian foreign ministry stop the peace talks because of japan\'s sanctions?']));
});

describe('a false detail turns the Yes into a No or a decline', () => {
  const pairs: Pair[] = [
    ['did medvedev visit kunashir?', 'did medvedev visit kunashir in 2015?'],
    ['did medvedev go to iturup in 2019', 'did medvedev go to iturup in 2012'],
    ['was the tokyo declaration signed by yeltsin?', 'was the tokyo declaration signed by yeltsin in 1998?'],
    ['did the soviet union declare war on japan in 1945?', 'did the soviet union declare war on japan in 1941?'],
    ['did abe and putin meet in singapore?', 'did abe and putin meet in singapore in 2010?'],
    ['did russia suspend the fishing agreement?', 'did russia suspend the fishing agreement in 2015?'],
    ['did russia hold drills on matua?', 'did russia hold drills on matua in 2019?'],
    ['did kishida go to hiroshima with the us ambassador?', 'did kishida go to hiroshima with the chinese ambassador?'],
    ['did abe and putin meet in singapore?', 'did abe and putin meet in vladivostok in 2018?'],
    ['did putin sign a law about 3 september?', 'did putin sign a law about 3 september in 2010?'],
    ['did medvedev visit kunashir?', 'did putin visit kunashir in 2010?'],
    ['was the tokyo declaration signed by yeltsin?', 'was the tokyo declaration signed by yeltsin and abe?'],
    ['did russia hold drills on kunashiri in 2022?', 'did russia hold drills on kunashiri in 2018?'],
    ['did japan join the sanctions against russia', 'did japan join the sanctions against russia in 2014?'],
    ['did the soviet union declare war on japan in 1945?', 'did the soviet union declare war on japan in may 1945?'],
    ['did medvedev go to iturup in 2019', 'did medvedev go to shikotan in 2019'],
    ['did medvedev go to iturup in 2019', 'did president medvedev go to iturup in 2019'],
    ['did medvedev visit kunashir?', 'did prime minister medvedev visit kunashir in 2010?'],
    ['did medvedev go to iturup in 2019', 'did president dmitry medvedev go to iturup?'],
  ];
  for (const [original, variant] of pairs) {
    it(variant, () => {
      expect(verdict(original).lead).toBe('Yes');
      expect(verdict(variant).lead).not.toBe('Yes');
    });
  }
});

describe('a year in the name of the record (occasion.ts)', () => {
  it('is held by the record\'s date, and a wrong one is not', () => {
    expect(verdict('did the 2016 nagato summit settle who owns the islands').lead).toBe('No');
    expect(verdict('did the 2015 nagato summit settle who owns the islands').lead).toBe('declined');
  });
});

describe('a record put as the subject needs the deed asked of it for a "Yes" (occasion.ts, yes-no.ts)', () => {
  it('does not affirm "settled" from a clause that commits the parties to negotiate', () => {
    // The year in the name raised the clause's share over the line without the verb: a false "Yes".
    expect(verdict('did the 1993 tokyo declaration settle who owns the islands').lead).not.toBe('Yes');
    expect(verdict('did the tokyo declaration commit russia and japan to negotiate the ownership of the islands?').lead).toBe('Yes');
  });
});

describe('claims, openers and a clause of time put first (framing.ts)', () => {
  const pairs: Pair[] = [
    ['did japan protest the drills near shikotan', 'i read that japan protested the drills near shikotan, right?'],
    ['did japan protest the drills near shikotan', 'quick q: did japan protest the russian firing drills near shikotan in 2025?'],
    ['did the soviet union sign the san francisco treaty?', 'is it true that the ussr signed the san francisco peace treaty in 1951?'],
    ['did russia put the bastion missiles on kunashir', 'i read that russia put the bastion missiles on kunashir, is that true?'],
    ['did abe and putin meet in singapore?', 'i heard abe and putin met in singapore in november 2018, right?'],
    ['did russia end the visa-free exchanges?', 'is it true that russia ended the visa-free exchanges in september 2022?'],
    ['did medvedev visit kunashir?', 'someone told me medvedev visited kunashir in 2010, true?'],
    ['did the soviet union declare war on japan in 1945?', 'the ussr declared war on japan in august 1945, right?'],
    ['was muneo suzuki expelled by nippon ishin', 'is it true that nippon ishin expelled muneo suzuki in 2023?'],
    ['did ukraine recognise the northern territories as japanese?', 'i read that in 2022 ukraine recognised the northern territories as japanese, is that right?'],
    ['did kishida protest the halt of the talks?', 'is it true kishida protested when russia halted the talks in march 2022?'],
    ['did putin sign a law about 3 september?', 'i read putin signed a law making 3 september a victory day, true?'],
    ['did russia hold drills on matua?', 'did russian missile troops drill on matua in august 2024?'],
    ['was the tokyo declaration signed by yeltsin?', 'did russian president yeltsin sign the tokyo declaration in october 1993?'],
    ['did japan protest medvedev\'s visit to iturup?', 'when medvedev visited iturup in 2019, did japan protest?'],
  ];
  for (const pair of pairs) it(pair[1], () => agrees(pair));

  // A record's "Moscow" ("Moscow agreed to hand over Habomai and Shikotan") is not the Soviet Union a
  // question names when its clauses are scored; the seat is read only for the doer (doer.ts, seats.ts)
  // and for the search group of a capital asked (plan.ts).
  it.fails('in 1956, did the soviet union promise shikotan to japan?', () => agrees(['did the 1956 declaration promise shikotan to japan?', 'in 1956, did the soviet union promise shikotan to japan?']));

  const wrong: Pair[] = [
    ['did abe and putin meet in singapore?', 'i heard abe and putin met in singapore in 2016, right?'],
    ['did russia end the visa-free exchanges?', 'is it true that russia ended the visa-free exchanges in 2019?'],
    ['did medvedev visit kunashir?', 'someone told me medvedev visited shikotan in 2010, true?'],
    ['did putin sign a law about 3 september?', 'i read medvedev signed a law about 3 september, true?'],
  ];
  for (const [original, variant] of wrong) {
    it(variant, () => {
      expect(verdict(original).lead).toBe('Yes');
      expect(verdict(variant).lead).not.toBe('Yes');
    });
  }
});
