import { describe, expect, it } from 'vitest';
import { ask } from '../../support/ask.js';
import { signature, type Pair } from '../../support/metamorphic.js';

/**
 * Round 10 metamorphic tests for names and descriptions (docs/questions.md). Each pair is a question
 * the engine answers right and the same question with the person, body, treaty, island or place
 * named another way: full name, surname, title and surname, a Russian patronymic, Japanese name
 * order, a courtesy title, a description of the office held at the record's date, a treaty's year
 * inside its name, "what kind of body is X", another language or romanisation of an island. The two
 * answers are compared live: the same decline, or the same Yes/No and the same first record cited.
 * Some rewrites put in a FALSE name (a feminine surname, another holder of the same title, a wrong
 * year in a treaty's name, another island) and must change the answer, and never to a Yes.
 */

/** The rewrite answers as the original does; the original is answered (not declined). */
function expectSame(original: string, variant: string): void {
  const a = signature(original);
  expect(a.declined, original).toBe(false);
  const b = signature(variant);
  expect({ declined: b.declined, yesNo: b.yesNo }, variant).toEqual({ declined: a.declined, yesNo: a.yesNo });
  if (b.lead !== a.lead) expect(b.first, variant).toBe(a.first);
}

/** A variant with a false name: it must not get the original's answer, and never a Yes. */
function expectChanged(original: string, variant: string): void {
  const a = signature(original);
  expect(a.declined, original).toBe(false);
  const b = signature(variant);
  expect({ declined: b.declined, first: b.first, yesNo: b.yesNo }, variant).not.toEqual({ declined: a.declined, first: a.first, yesNo: a.yesNo });
  expect(b.yesNo, variant).not.toBe('Yes');
}

/** Two questions that ask for different people ("who signed" / "who did not sign"): not the same lead. */
function expectOtherLead(original: string, variant: string): void {
  const a = signature(original);
  const b = signature(variant);
  expect(a.declined || b.declined, variant).toBe(false);
  expect(b.lead, variant).not.toBe(a.lead);
}

function same(pairs: readonly Pair[]): void {
  for (const [a, b] of pairs) it(`${a} ~ ${b}`, () => expectSame(a, b));
}

function changed(pairs: readonly Pair[]): void {
  for (const [a, b] of pairs) it(`${a} ≠ ${b}`, () => expectChanged(a, b));
}

describe('people: full name, surname, title and surname, courtesy titles', () => {
  same([
    ['did putin sign a law about 3 september', 'did vladimir putin sign a law about 3 september'],
    ['did putin sign a law about 3 september', 'did president putin sign a law about 3 september'],
    ['did putin sign a law about 3 september', 'did mr putin sign a law about 3 september'],
    ['did putin sign a law about 3 september', 'did President Vladimir Putin sign a law about 3 september'],
    ['did putin sign a law about 3 september', 'did путин sign a law about 3 september'],
    ['who is putin', 'who is vladimir putin'],
    ['who is putin', 'who is president putin'],
    ['who is putin', 'who is mr putin'],
    ['who is putin', 'who is владимир путин'],
    ['did medvedev visit kunashir', 'did dmitry medvedev visit kunashir'],
    ['did medvedev visit kunashir', 'did dmitri medvedev visit kunashir'],
    ['did medvedev visit kunashir', 'did president medvedev visit kunashir'],
    ['did medvedev visit kunashir', 'did mr medvedev visit kunashir'],
    ['did medvedev visit kunashir', 'did медведев visit kunashir'],
    ['did medvedev visit iturup in 2019', 'did dmitry medvedev visit iturup in 2019'],
    ['did medvedev visit iturup in 2019', 'did prime minister medvedev visit iturup in 2019'],
    ['who is medvedev', 'who is dmitry medvedev'],
    ['who is medvedev', 'who is mr medvedev'],
    ['who is lavrov', 'who is sergey lavrov'],
    ['who is lavrov', 'who is sergei lavrov'],
    ['who is lavrov', 'who is foreign minister lavrov'],
    ['who is lavrov', 'who is mr lavrov'],
    ['who is lavrov', 'who is сергей лавров'],
    ["did lavrov say japan's claim contradicts the un charter", "did sergey lavrov say japan's claim contradicts the un charter"],
    ["did lavrov say japan's claim contradicts the un charter", "did sergei lavrov say japan's claim contradicts the un charter"],
    ["did lavrov say japan's claim contradicts the un charter", "did foreign minister lavrov say japan's claim contradicts the un charter"],
    ["did lavrov say japan's claim contradicts the un charter", "did mr lavrov say japan's claim contradicts the un charter"],
    ['who is peskov', 'who is dmitry peskov'],
    ['who is peskov', 'who is kremlin spokesman peskov'],
    ['who is peskov', 'who is mr peskov'],
    ["what did peskov say about takaichi's speech", "what did dmitry peskov say about takaichi's speech"],
    ["what did peskov say about takaichi's speech", "what did mr peskov say about takaichi's speech"],
    ['who is kishida', 'who is fumio kishida'],
    ['who is kishida', 'who is prime minister kishida'],
    ['who is kishida', 'who is mr kishida'],
    ['who is kishida', 'who is kishida-san'],
    ['who is kishida', 'who is 岸田文雄'],
    ['did kishida call the termination absolutely unacceptable', 'did fumio kishida call the termination absolutely unacceptable'],
    ['did kishida call the termination absolutely unacceptable', 'did prime minister kishida call the termination absolutely unacceptable'],
    ['did kishida call the termination absolutely unacceptable', 'did mr kishida call the termination absolutely unacceptable'],
    ['did kishida call the termination absolutely unacceptable', 'did kishida-san call the termination absolutely unacceptable'],
    ['did kishida protest the halt of the talks', 'did fumio kishida protest the halt of the talks'],
    ['did kishida protest the halt of the talks', 'did prime minister kishida protest the halt of the talks'],
    ['did kishida protest the halt of the talks', 'did mr kishida protest the halt of the talks'],
    ['did kishida protest the halt of the talks', 'did kishida-san protest the halt of the talks'],
    ['who is takaichi', 'who is sanae takaichi'],
    ['who is takaichi', 'who is prime minister takaichi'],
    ['who is takaichi', 'who is ms takaichi'],
    ['who is takaichi', 'who is takaichi-san'],
    ['who is takaichi', 'who is 高市早苗'],
    ['what did takaichi say at the northern territories day rally', 'what did sanae takaichi say at the northern territories day rally'],
    ['what did takaichi say at the northern territories day rally', 'what did prime minister takaichi say at the northern territories day rally'],
    ['what did takaichi say at the northern territories day rally', 'what did ms takaichi say at the northern territories day rally'],
    ['did takaichi call for a peace treaty', 'did sanae takaichi call for a peace treaty'],
    ['did takaichi call for a peace treaty', 'did ms takaichi call for a peace treaty'],
    ['who is abe', 'who is shinzo abe'],
    ['who is abe', 'who is mr abe'],
    ['who is abe', 'who is abe-san'],
    ['who is abe', 'who is 安倍晋三'],
    ['did abe and putin meet in singapore', 'did shinzo abe and vladimir putin meet in singapore'],
    ['did abe and putin meet in singapore', 'did mr abe and president putin meet in singapore'],
    ['did abe and putin meet in singapore', 'did abe-san and putin meet in singapore'],
    ['did abe and putin meet in singapore', 'did prime minister abe and president putin meet in singapore'],
    ['did abe and putin meet in nagato', 'did shinzo abe and vladimir putin meet in nagato'],
    ['who is yeltsin', 'who is boris yeltsin'],
    ['who is yeltsin', 'who is president yeltsin'],
    ['who is yeltsin', 'who is mr yeltsin'],
    ['who is yeltsin', 'who is борис ельцин'],
    ['did yeltsin sign the tokyo declaration', 'did boris yeltsin sign the tokyo declaration'],
    ['did yeltsin sign the tokyo declaration', 'did president yeltsin sign the tokyo declaration'],
    ['did hosokawa sign the tokyo declaration', 'did morihiro hosokawa sign the tokyo declaration'],
    ['did hosokawa sign the tokyo declaration', 'did prime minister hosokawa sign the tokyo declaration'],
    ['did hosokawa sign the tokyo declaration', 'did mr hosokawa sign the tokyo declaration'],
    ['who is gromyko', 'who is andrei gromyko'],
    ['who is gromyko', 'who is andrey gromyko'],
    ['who is gromyko', 'who is mr gromyko'],
    ['who is zelensky', 'who is volodymyr zelensky'],
    ['who is zelensky', 'who is president zelensky'],
    ['who is zelensky', 'who is zelenskyy'],
    ['who is zelensky', 'who is mr zelensky'],
    ['did zelensky recognise the northern territories as japanese', 'did volodymyr zelensky recognise the northern territories as japanese'],
    ['did zelensky recognise the northern territories as japanese', 'did president zelensky recognise the northern territories as japanese'],
    ['did zelensky recognise the northern territories as japanese', 'did mr zelensky recognise the northern territories as japanese'],
    ['who is muneo suzuki', 'who is mr suzuki'],
    ['who is muneo suzuki', 'who is suzuki-san'],
    ['who is muneo suzuki', 'who is 鈴木宗男'],
    ['did muneo suzuki visit moscow', 'did mr suzuki visit moscow'],
    ['who is galuzin', 'who is mikhail galuzin'],
    ['who is galuzin', 'who is ambassador galuzin'],
    ['who is galuzin', 'who is mr galuzin'],
    ['who is rahm emanuel', 'who is ambassador emanuel'],
    ['who is rahm emanuel', 'who is mr emanuel'],
    ['who is mishustin', 'who is mikhail mishustin'],
    ['who is mishustin', 'who is mr mishustin'],
    ['who is putin', 'who is Mr. Putin'],
    ['who is takaichi', 'who is Ms. Takaichi'],
    ['who is takaichi', 'who is takaichi-sama'],
    ['who is kishida', 'who is kishida-shi'],
    ['who is poccolini', 'who is dr poccolini'],
    ['did kishida go to hiroshima with the us ambassador', 'did kishida go to hiroshima with rahm emanuel'],
    ['did kishida go to hiroshima with the us ambassador', 'did kishida go to hiroshima with mr emanuel'],
    ['did japan protest the halt of the talks to the russian ambassador', 'did japan protest the halt of the talks to mikhail galuzin'],
    ['did japan protest the halt of the talks to the russian ambassador', 'did japan protest the halt of the talks to ambassador galuzin'],
  ]);
  // Open: with Emanuel as the doer, the record's clause ("Visiting Hiroshima with US Ambassador Rahm
  // Emanuel, Prime Minister Kishida …") puts Kishida before the deed, so "go with" is not read as
  // done by both (doer.ts reads no reciprocal "with").
  it.fails('did kishida go to hiroshima with the us ambassador ~ did rahm emanuel go to hiroshima with kishida', () =>
    expectSame('did kishida go to hiroshima with the us ambassador', 'did rahm emanuel go to hiroshima with kishida'),
  );
});

describe('people: Russian patronymics and Japanese name order', () => {
  same([
    ['did putin sign a law about 3 september', 'did vladimir vladimirovich putin sign a law about 3 september'],
    ['who is putin', 'who is vladimir vladimirovich putin'],
    ['who is putin', 'who is владимир владимирович путин'],
    ['did medvedev visit kunashir', 'did dmitry anatolyevich medvedev visit kunashir'],
    ['who is medvedev', 'who is dmitry anatolyevich medvedev'],
    ['who is lavrov', 'who is sergei viktorovich lavrov'],
    ['who is lavrov', 'who is sergey viktorovich lavrov'],
    ["did lavrov say japan's claim contradicts the un charter", "did sergei viktorovich lavrov say japan's claim contradicts the un charter"],
    ['who is peskov', 'who is dmitry sergeyevich peskov'],
    ['who is yeltsin', 'who is boris nikolayevich yeltsin'],
    ['did yeltsin sign the tokyo declaration', 'did boris nikolayevich yeltsin sign the tokyo declaration'],
    ['who is gromyko', 'who is andrei andreyevich gromyko'],
    ['who is zelensky', 'who is volodymyr oleksandrovych zelensky'],
    ['did zelensky recognise the northern territories as japanese', 'did volodymyr oleksandrovych zelensky recognise the northern territories as japanese'],
    ['who is galuzin', 'who is mikhail yurievich galuzin'],
    ['who is lavrov', 'who is сергей викторович лавров'],
    ['who is peskov', 'who is дмитрий сергеевич песков'],
    ['did putin sign a law about 3 september', 'did владимир владимирович путин sign a law about 3 september'],
    ['who is mishustin', 'who is mikhail vladimirovich mishustin'],
    ['who is kishida', 'who is kishida fumio'],
    ['did kishida call the termination absolutely unacceptable', 'did kishida fumio call the termination absolutely unacceptable'],
    ['did kishida protest the halt of the talks', 'did kishida fumio protest the halt of the talks'],
    ['who is takaichi', 'who is takaichi sanae'],
    ['what did takaichi say at the northern territories day rally', 'what did takaichi sanae say at the northern territories day rally'],
    ['did takaichi call for a peace treaty', 'did takaichi sanae call for a peace treaty'],
    ['who is abe', 'who is abe shinzo'],
    ['did abe and putin meet in singapore', 'did abe shinzo and putin meet in singapore'],
    ['did hosokawa sign the tokyo declaration', 'did hosokawa morihiro sign the tokyo declaration'],
    ['who is muneo suzuki', 'who is suzuki muneo'],
    ['did muneo suzuki visit moscow', 'did suzuki muneo visit moscow'],
  ]);
});

describe('people: a description of the office held at the record\'s date', () => {
  same([
    ['did putin sign a law about 3 september', 'did the russian president sign a law about 3 september in 2023'],
    ['did putin sign a law about 3 september', "did russia's president sign a law about 3 september in 2023"],
    ['did medvedev visit kunashir', 'did the russian president visit kunashir in 2010'],
    ['did medvedev visit iturup in 2019', 'did the russian prime minister visit iturup in 2019'],
    ['did kishida protest the halt of the talks', 'did the japanese prime minister protest the halt of the talks in 2022'],
    ['did kishida protest the halt of the talks', "did japan's prime minister protest the halt of the talks in 2022"],
    ['did kishida protest the halt of the talks', 'did the prime minister of japan protest the halt of the talks in 2022'],
    ['did kishida call the termination absolutely unacceptable', "did japan's prime minister call the termination absolutely unacceptable in 2022"],
    ["did lavrov say japan's claim contradicts the un charter", "did the russian foreign minister say japan's claim contradicts the un charter"],
    ["did lavrov say japan's claim contradicts the un charter", "did the foreign minister of russia say japan's claim contradicts the un charter"],
    ['did zelensky recognise the northern territories as japanese', 'did the ukrainian president recognise the northern territories as japanese'],
    ['did zelensky recognise the northern territories as japanese', "did ukraine's president recognise the northern territories as japanese"],
    ['did zelensky recognise the northern territories as japanese', 'did the president of ukraine recognise the northern territories as japanese'],
    ["what did peskov say about takaichi's speech", "what did the kremlin spokesman say about takaichi's speech"],
    ['who was the japanese prime minister in 2022', "who was japan's prime minister in 2022"],
    ['who was the japanese prime minister in 2022', 'who was the prime minister of japan in 2022'],
    ['who was the russian president in 2010', "who was russia's president in 2010"],
    ['who is the russian foreign minister', "who is russia's foreign minister"],
    ['who is peskov', 'who is the kremlin spokesman'],
  ]);
  // Open: with "Russia's" read as the doer, the deciding clause ("Medvedev becomes the first Russian
  // leader to visit Kunashir") scores below the clause share, as "president" is not in it; the
  // adjective form ("the Russian president") names no doer and passes (yes-no.ts, not traced further).
  it.fails("did medvedev visit kunashir ~ did russia's president visit kunashir in 2010", () =>
    expectSame('did medvedev visit kunashir', "did russia's president visit kunashir in 2010"),
  );
  // Open: the possessive office is now read as the doer, but the saying path then reads "Japan's
  // claim" as the deed's doer and rejects Lavrov's record (doer.ts, the sayer and the said part).
  it.fails("did lavrov say japan's claim … ~ did russia's foreign minister say japan's claim …", () =>
    expectSame("did lavrov say japan's claim contradicts the un charter", "did russia's foreign minister say japan's claim contradicts the un charter"),
  );
});

describe('people: a false name must change the answer, never to a Yes', () => {
  changed([
    // The feminine form of a Russian surname is another person, not a typo.
    ["did lavrov say japan's claim contradicts the un charter", "did lavrova say japan's claim contradicts the un charter"],
    ['who is lavrov', 'who is lavrova'],
    ['who is medvedev', 'who is medvedeva'],
    ['who is putin', 'who is putina'],
    ['who is peskov', 'who is peskova'],
    ['who is galuzin', 'who is galuzina'],
    ['who is mishustin', 'who is mishustina'],
    ['did medvedev visit kunashir', 'did medvedeva visit kunashir'],
    ['did putin sign a law about 3 september', 'did putina sign a law about 3 september'],
    // The right title, held by someone else at the record's date.
    ['did kishida protest the halt of the talks', 'did prime minister abe protest the halt of the talks in 2022'],
    ['did kishida protest the halt of the talks', 'did prime minister takaichi protest the halt of the talks'],
    ['did kishida call the termination absolutely unacceptable', 'did prime minister abe call the termination absolutely unacceptable'],
    ['did medvedev visit kunashir', 'did president putin visit kunashir in 2010'],
    ['did yeltsin sign the tokyo declaration', 'did president putin sign the tokyo declaration'],
    ['did hosokawa sign the tokyo declaration', 'did prime minister abe sign the tokyo declaration'],
    ['did zelensky recognise the northern territories as japanese', 'did president putin recognise the northern territories as japanese'],
    ['did abe and putin meet in singapore', 'did prime minister kishida and putin meet in singapore'],
    ['did takaichi call for a peace treaty', 'did prime minister kishida call for a peace treaty in 2026'],
    ["did lavrov say japan's claim contradicts the un charter", "did peskov say japan's claim contradicts the un charter"],
    ['did kishida protest the halt of the talks', 'did the japanese prime minister protest the halt of the talks in 2019'],
    ['did putin sign a law about 3 september', 'did the russian president sign a law about 3 september in 2010'],
  ]);
  // Fixed by the verdicts branch (doer.ts): a people's adjective before an office names that state as the doer.
  it('did japan protest … to the russian ambassador ≠ did the russian ambassador protest the halt of the talks', () =>
    expectChanged('did japan protest the halt of the talks to the russian ambassador', 'did the russian ambassador protest the halt of the talks'),
  );
});

describe('treaties and declarations: by name, by year in the name', () => {
  same([
    ['when was the treaty of shimoda signed', 'when was the shimoda treaty signed'],
    ['when was the treaty of shimoda signed', 'when was the 1855 treaty signed'],
    ['when was the treaty of shimoda signed', 'when was the treaty of 1855 signed'],
    ['what did the treaty of shimoda say', 'what did the shimoda treaty say'],
    ['what did the treaty of shimoda say', 'what did the 1855 treaty say'],
    ['what did the treaty of shimoda say', 'what did the treaty of 1855 say'],
    ['what did the treaty of shimoda do', 'what did the 1855 treaty do'],
    ['which border did the treaty of shimoda draw', 'which border did the 1855 treaty draw'],
    ['which border did the treaty of shimoda draw', 'which border did the treaty of 1855 draw'],
    ['what did the treaty of st petersburg say', 'what did the treaty of saint petersburg say'],
    ['what did the treaty of st petersburg say', 'what did the 1875 treaty say'],
    ['what did the treaty of st petersburg say', 'what did the treaty of 1875 say'],
    ['what did the treaty of st petersburg say', 'what did the st. petersburg treaty say'],
    ['when was the treaty of st petersburg signed', 'when was the treaty of saint petersburg signed'],
    ['when was the treaty of st petersburg signed', 'when was the 1875 treaty signed'],
    ['when was the treaty of st petersburg signed', 'when was the treaty of 1875 signed'],
    ['did the soviet union sign the san francisco treaty', 'did the soviet union sign the 1951 peace treaty'],
    ['did the soviet union sign the san francisco treaty', 'did the soviet union sign the peace treaty of 1951'],
    ['did the soviet union sign the san francisco treaty', 'did the soviet union sign the san francisco peace treaty'],
    ['did the soviet union sign the san francisco treaty', 'did the soviet union sign the treaty of san francisco'],
    ['did the soviet union sign the san francisco treaty', 'did the ussr sign the san francisco treaty'],
    ['what did the san francisco treaty say about the kurile islands', 'what did the 1951 treaty say about the kurile islands'],
    ['what did the san francisco treaty say about the kurile islands', 'what did the peace treaty of 1951 say about the kurile islands'],
    ['what did the san francisco treaty say about the kurile islands', 'what did the treaty of san francisco say about the kurile islands'],
    ['when was the 1956 joint declaration signed', 'when was the joint declaration of 1956 signed'],
    ['when was the 1956 joint declaration signed', 'when was the soviet-japanese joint declaration signed'],
    ['when was the 1956 joint declaration signed', 'when was the soviet–japanese joint declaration signed'],
    ['when was the 1956 joint declaration signed', "when was the '56 declaration signed"],
    ['when was the 1956 joint declaration signed', 'when was the declaration of 1956 signed'],
    ['what did the 1956 declaration promise', 'what did the declaration of 1956 promise'],
    ['what did the 1956 declaration promise', 'what did the joint declaration of 1956 promise'],
    ['what did the 1956 declaration promise', 'what did the soviet-japanese joint declaration promise'],
    ['did the 1956 declaration promise japan all four islands', 'did the joint declaration of 1956 promise japan all four islands'],
    ['did the 1956 declaration promise japan all four islands', 'did the soviet-japanese joint declaration promise japan all four islands'],
    ['who signed the 1956 joint declaration', 'who signed the joint declaration of 1956'],
    ['who signed the 1956 joint declaration', 'who signed the soviet-japanese joint declaration'],
    ['when was the tokyo declaration signed', 'when was the 1993 tokyo declaration signed'],
    ['when was the tokyo declaration signed', 'when was the tokyo declaration of 1993 signed'],
    ['what did the tokyo declaration say', 'what did the 1993 tokyo declaration say'],
    ['what did the tokyo declaration say', 'what did the tokyo declaration of 1993 say'],
    ['who signed the tokyo declaration', 'who signed the 1993 tokyo declaration'],
    ['who signed the tokyo declaration', 'who signed the tokyo declaration of 1993'],
    ['was the yalta deal on the kurils a secret one', 'was the 1945 yalta agreement on the kurils a secret one'],
    ['what did the irkutsk statement say', 'what did the 2001 irkutsk statement say'],
    ['what did the irkutsk statement say', 'what did the irkutsk statement of 2001 say'],
  ]);
  // Open: the 1956 record never says the declaration was "signed", so a question naming only the
  // Soviet Union is declined, while "did the ussr sign the 1956 declaration" is answered Yes from
  // the 1960 Gromyko notes ("signed by … Gromyko … absent from the 1956 declaration").
  it.fails('did the ussr sign the 1956 declaration ~ did the soviet union sign the 1956 joint declaration', () =>
    expectSame('did the ussr sign the 1956 declaration', 'did the soviet union sign the 1956 joint declaration'),
  );
});

describe('treaties and declarations: a wrong year in the name must change the answer', () => {
  changed([
    ['when was the treaty of shimoda signed', 'when was the treaty of 1856 signed'],
    ['what did the treaty of shimoda say', 'what did the 1857 treaty say'],
    ['what did the treaty of st petersburg say', 'what did the 1876 treaty say'],
    ['what did the 1956 declaration promise', 'what did the 1957 declaration promise'],
    ['what did the 1956 declaration promise', 'what did the declaration of 1955 promise'],
    ['did the soviet union sign the san francisco treaty', 'did the soviet union sign the 1952 peace treaty'],
    ['who signed the tokyo declaration', 'who signed the 1994 tokyo declaration'],
    ['who signed the tokyo declaration', 'who signed the tokyo declaration of 1998'],
    ['when was the 1956 joint declaration signed', 'when was the 1965 joint declaration signed'],
    ['what did the irkutsk statement say', 'what did the irkutsk statement of 2005 say'],
  ]);
});

describe('what is X, what kind of body / island is X', () => {
  same([
    ['what is the kremlin', 'what kind of body is the kremlin'],
    ['what is the kremlin', 'what sort of body is the kremlin'],
    ['what is the kremlin', 'what type of institution is the kremlin'],
    ['what is the kremlin', 'what kind of actor is the kremlin'],
    ['what is the russian mfa', 'what kind of body is the russian mfa'],
    ['what is the russian mfa', "what sort of institution is russia's foreign ministry"],
    ['what is interfax', 'what sort of organisation is interfax'],
    ['what is nippon ishin no kai', 'what kind of party is nippon ishin no kai'],
    ['what is the eastern military district', 'what kind of body is the eastern military district'],
    ['what is shukan gendai', 'what kind of outlet is shukan gendai'],
    ['what is decode 39', 'what sort of outlet is decode 39'],
    ['what is iturup', 'what kind of island is iturup'],
    ['what is iturup', 'what sort of place is iturup'],
    ['what is matua', 'what kind of island is matua'],
    ['what is habomai', 'what kind of place is habomai'],
    ['what is the northern territories', 'what kind of territory is the northern territories'],
    ['who is peskov', 'what kind of official is peskov'],
  ]);
});

describe('bodies: ministries, the Kremlin, the military district', () => {
  same([
    ["what did the kremlin say about takaichi's speech", "what did the russian presidency say about takaichi's speech"],
    ["what did the kremlin say about takaichi's speech", "what did кремль say about takaichi's speech"],
    ["what did the kremlin say about takaichi's speech", "what did putin's office say about takaichi's speech"],
    ['what is the kremlin', "what is putin's office"],
    ['when did the russian foreign ministry stop the peace talks', "when did russia's foreign ministry stop the peace talks"],
    ['when did the russian foreign ministry stop the peace talks', 'when did the russian mfa stop the peace talks'],
    ['when did the russian foreign ministry stop the peace talks', "when did moscow's foreign ministry stop the peace talks"],
    ['when did the russian foreign ministry stop the peace talks', 'when did мид россии stop the peace talks'],
    ["what did japan's foreign ministry say in the 2022 bluebook", 'what did the japanese foreign ministry say in the 2022 bluebook'],
    ["what did japan's foreign ministry say in the 2022 bluebook", 'what did the japanese mfa say in the 2022 bluebook'],
    ["what did japan's foreign ministry say in the 2022 bluebook", "what did japan's mofa say in the 2022 bluebook"],
    ["what did japan's foreign ministry say in the 2022 bluebook", 'what did the gaimusho say in the 2022 bluebook'],
    ["what did japan's foreign ministry say in the 2022 bluebook", 'what did 外務省 say in the 2022 bluebook'],
    ['did the eastern military district hold drills in march 2022', 'did the emd hold drills in march 2022'],
    ['did the eastern military district hold drills in march 2022', "did russia's eastern military district hold drills in march 2022"],
  ]);
  // Open: "MID", the Russian ministry's own acronym in Latin letters, is no alias ("mid" is also a word: "mid-2022").
  it.fails('when did the russian foreign ministry stop the peace talks ~ when did mid stop the peace talks', () =>
    expectSame('when did the russian foreign ministry stop the peace talks', 'when did mid stop the peace talks'),
  );
});

describe('islands: English, Japanese and Russian names, romanisations, the group', () => {
  same([
    ['did medvedev visit kunashir', 'did medvedev visit kunashiri'],
    ['did medvedev visit kunashir', 'did medvedev visit кунашир'],
    ['did medvedev visit kunashir', 'did medvedev visit 国後島'],
    ['did medvedev visit kunashir', 'did medvedev visit kunashiri island'],
    ['did medvedev visit iturup in 2019', 'did medvedev visit etorofu in 2019'],
    ['did medvedev visit iturup in 2019', 'did medvedev visit итуруп in 2019'],
    ['did medvedev visit iturup in 2019', 'did medvedev visit 択捉島 in 2019'],
    ['did medvedev visit iturup in 2019', 'did medvedev visit etorofu island in 2019'],
    ['what is iturup', 'what is etorofu'],
    ['what is iturup', 'what is 択捉島'],
    ['what is iturup', 'what is итуруп'],
    ['did russia hold drills on matua', 'did russia hold drills on matsuwa'],
    ['did russia hold drills on matua', 'did russia hold drills on 松輪島'],
    ['did russia hold drills on matua', 'did russia hold drills on матуа'],
    ['what did the 1956 declaration say about shikotan', 'what did the 1956 declaration say about shikoton'],
    ['what did the 1956 declaration say about shikotan', 'what did the 1956 declaration say about 色丹島'],
    ['what did the 1956 declaration say about shikotan', 'what did the 1956 declaration say about шикотан'],
    ['what did the 1956 declaration say about habomai', 'what did the 1956 declaration say about khabomai'],
    ['what did the 1956 declaration say about habomai', 'what did the 1956 declaration say about the habomai islets'],
    ['what did the 1956 declaration say about habomai', 'what did the 1956 declaration say about 歯舞群島'],
    ['what did the 1956 declaration say about habomai', 'what did the 1956 declaration say about хабомаи'],
    ['where is paramushir', 'where is paramushiro'],
    ['where is paramushir', 'where is 幌筵島'],
    ['where is paramushir', 'where is парамушир'],
    ['is urup one of the islands japan claims', 'is uruppu one of the islands japan claims'],
    ['is urup one of the islands japan claims', 'is 得撫島 one of the islands japan claims'],
    ['did zelensky recognise the northern territories as japanese', 'did zelensky recognise the southern kurils as japanese'],
    ['did zelensky recognise the northern territories as japanese', 'did zelensky recognise the four islands as japanese'],
    ['did zelensky recognise the northern territories as japanese', 'did zelensky recognise 北方領土 as japanese'],
    ['did ukraine recognise the northern territories as japanese', 'did ukraine recognise the southern kurils as japanese'],
    ['did ukraine recognise the northern territories as japanese', 'did ukraine recognise the four islands as japanese'],
  ]);
});

describe('islands: a wrong island or the whole chain must change the answer', () => {
  changed([
    ['did medvedev visit kunashir', 'did medvedev visit shikotan'],
    ['did medvedev visit iturup in 2019', 'did medvedev visit urup in 2019'],
    ['did russia hold drills on matua', 'did russia hold drills on shumshu'],
    // "The Kurils" names the whole chain, which Ukraine did not recognise as Japanese.
    ['did ukraine recognise the northern territories as japanese', 'did ukraine recognise the kurils as japanese'],
    ['did ukraine recognise the northern territories as japanese', 'did ukraine recognise sakhalin as japanese'],
    ['did zelensky recognise the northern territories as japanese', 'did zelensky recognise sakhalin as japanese'],
  ]);
});

describe('negated doers: who did not sign, did X not sign', () => {
  same([
    ['did the soviet union sign the san francisco treaty', 'did the soviet union not sign the san francisco treaty'],
    ['did the soviet union sign the san francisco treaty', 'did the ussr not sign the san francisco treaty'],
    ['who did not sign the san francisco treaty', "who didn't sign the san francisco treaty"],
    ['who did not sign the san francisco treaty', 'which country did not sign the san francisco treaty'],
    ['who did not sign the san francisco treaty', 'which country did not sign the 1951 peace treaty'],
    ['who did not sign the san francisco treaty', 'which state did not sign the peace treaty of 1951'],
    ['who did not sign the san francisco treaty', "who didn't sign the treaty of san francisco"],
  ]);
  it('who signed the san francisco treaty ≠ who did not sign it', () => expectOtherLead('who signed the san francisco treaty', 'who did not sign the san francisco treaty'));
  it('who did not sign the san francisco treaty: the record says the Soviet Union', () => expect(ask('who did not sign the san francisco treaty').reply.lead).toContain('Soviet Union'));
  // A record that names only who signed says nothing of anyone who did not.
  changed([['who signed the tokyo declaration', 'who did not sign the tokyo declaration']]);
});
