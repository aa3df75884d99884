import { describe, it } from 'vitest';
import { agrees, expectChanged, expectSame, neverYes, type Pair } from '../../support/metamorphic.js';

/**
 * Round 15 metamorphic tests for answerable twins declined or answered wrong (docs/questions.md,
 * "Round 15: answerable twins declined or answered wrong"). Each pair is a question the engine answers right (checked against
 * data/kuril/) and a rewrite of our own wording: an idiom with a long object ("put … on hold"), a
 * two-digit year before a document's name ("the 98 fishing deal"), "turn X into", "had … finished
 * …ing by <date>", a sentence opening with "it" that names whom the one before names, the noun of a
 * record title's verb ("the declaration" of "declares war"), "say back", the irregular "met", "which
 * magazine carried …", and an office before a name after "what did".
 * A rewrite with a false detail must change the answer and never get a "Yes".
 */

const same = ([a, b]: Pair) => it(`${a}  ~  ${b}`, () => expectSame(a, b));
const changed = ([a, b]: Pair) => it(`${a}  ≠  ${b}`, () => expectChanged(a, b));
const agree = (pair: Pair) => it(`${pair[0]}  ~  ${pair[1]}`, () => agrees(pair));
const never = (pair: Pair) => it(`${pair[0]}  ⇏  ${pair[1]}`, () => neverYes(pair));
/** A pair that still diverges, with its cause. */
const fails = (check: (pair: Pair) => void, pair: Pair, cause: string) => it.fails(`${pair[1]} (${cause})`, () => check(pair));

describe("idiom with a long object, short years", () => {
  same(['When did Russia suspend the 1998 fishing agreement?', 'When did Russia put the 1998 fishing agreement for the waters around the four islands on hold?']);
  same(['When did Russia suspend the 1998 fishing agreement?', 'when did russia put the 98 fishing deal on ice']);
  same(['When did Russia suspend the 1998 fishing agreement?', 'when did moscow put the 98 safe fishing agreement on hold']);
  agree(['Did Russia suspend the 1998 fishing agreement in June 2022?', 'Did Russia put the 1998 agreement on safe fishing around the four disputed islands on hold in June 2022?']);
  agree(['Did Russia suspend the 1998 fishing agreement in June 2022?', 'Did Moscow put the 98 fishing pact on ice in June 2022?']);
  same(['What did the 1956 Joint Declaration say about Shikotan?', 'what did the 56 soviet-japanese joint declaration say about shikotan']);
  fails(([a, b]) => expectSame(a, b), ['When did Russia suspend the 1998 fishing agreement?', 'When did Russia put the 1998 fishing agreement, which let Japanese boats fish near the islands, on hold?'], "a relative clause set off by commas between the verb and \"on hold\" ends the object, so the idiom is not read");
  changed(['When did Russia suspend the 1998 fishing agreement?', 'when did russia put the 97 fishing agreement on ice']);
  never(['Did Russia suspend the 1998 fishing agreement in June 2022?', 'Did Russia put the 1998 fishing agreement for the waters around the islands on hold in June 2019?']);
  never(['Did Russia suspend the 1998 fishing agreement in June 2022?', 'Did Japan put the 1998 fishing agreement for the waters around the islands on hold in June 2022?']);
  never(['Did Russia suspend the 1998 fishing agreement in June 2022?', 'Did Russia put the 1998 fishing agreement for the waters around the islands on hold in June 2022 because Japan missed its payments?']);
});

describe("turning a thing into another", () => {
  same(['Which date did the law Putin signed in 2023 make the Day of Victory over Militaristic Japan?', 'Which date did the law Putin signed in 2023 turn into the Day of Victory over Militaristic Japan?']);
  same(['Which date did the law Putin signed in 2023 make the Day of Victory over Militaristic Japan?', 'Which day did Russia turn into a Day of Victory over Militaristic Japan in 2023?']);
  agree(['Did Putin sign a law making 3 September the Day of Victory over Militaristic Japan?', 'Did Putin sign a law turning 3 September into the Day of Victory over Militaristic Japan?']);
  never(['Did Putin sign a law making 3 September the Day of Victory over Militaristic Japan?', 'Did Medvedev sign a law turning 3 September into the Day of Victory over Militaristic Japan?']);
  never(['Did Putin sign a law making 3 September the Day of Victory over Militaristic Japan?', 'Did Putin sign a law turning 3 September into the Day of Victory over Militaristic Japan in 2015?']);
});

describe("finishing a deed by a date", () => {
  agree(['Did Soviet troops occupy Kunashir, Shikotan and the Habomai islets in 1945?', 'Had Soviet troops finished occupying Kunashir, Shikotan and the Habomai islets by 5 September 1945?']);
  agree(['Did Soviet troops occupy Kunashir, Shikotan and the Habomai islets in 1945?', 'Did Soviet forces complete the occupation of Kunashir, Shikotan and the Habomai islets by September 1945?']);
  agree(['Did Soviet troops occupy Kunashir, Shikotan and the Habomai islets in 1945?', 'Did Soviet troops finish occupying Iturup by 5 September 1945?']);
  never(['Did Soviet troops occupy Kunashir, Shikotan and the Habomai islets in 1945?', 'Had Soviet troops finished occupying Kunashir, Shikotan and the Habomai islets by 1 September 1945?']);
  never(['Did Soviet troops occupy Kunashir, Shikotan and the Habomai islets in 1945?', 'Did Soviet forces complete the occupation of Kunashir, Shikotan and the Habomai islets in August 1945?']);
  never(['Did Soviet troops occupy Kunashir, Shikotan and the Habomai islets in 1945?', 'Had American troops finished occupying Kunashir, Shikotan and the Habomai islets by 5 September 1945?']);
  never(['Did Soviet troops occupy Kunashir, Shikotan and the Habomai islets in 1945?', 'Had Soviet troops finished occupying Kunashir by 5 September 1945 without firing a shot?']);
});

describe("a pronoun names the sentence before", () => {
  agree(['Did Russia suspend peace-treaty talks with Japan in March 2022?', "Did Russia's foreign ministry also block Japan's partner status in the Black Sea Economic Cooperation organisation?"]);
  agree(['Did Russia suspend peace-treaty talks with Japan in March 2022?', "After it halted the peace-treaty talks in March 2022, did Russia's foreign ministry block Japan's partner status in the Black Sea Economic Cooperation organisation?"]);
  never(['Did Russia suspend peace-treaty talks with Japan in March 2022?', "When Russia's foreign ministry halted the peace-treaty talks in March 2022, did it also expel Japan's ambassador?"]);
  never(['Did Russia suspend peace-treaty talks with Japan in March 2022?', "Did Japan's foreign ministry block Russia's partner status in the Black Sea Economic Cooperation organisation?"]);
  never(['Did Russia suspend peace-treaty talks with Japan in March 2022?', "Did Russia's defence ministry block Japan's partner status in the Black Sea Economic Cooperation organisation?"]);
  never(['Did Russia suspend peace-treaty talks with Japan in March 2022?', "When Russia's foreign ministry halted the peace-treaty talks, did it also block Japan's partner status in the Shanghai Cooperation Organisation?"]);
  never(['Did Russia suspend peace-treaty talks with Japan in March 2022?', "When Russia's foreign ministry halted the peace-treaty talks in March 2022, did it also sanction Japanese lawmakers?"]);
});

describe("the title's deed as a noun", () => {
  agree(['Did the Soviet Union declare war on Japan in August 1945?', "Did Molotov hand the Soviet declaration of war to Japan's ambassador in Moscow?"]);
  agree(['Did the Soviet Union declare war on Japan in August 1945?', "Did Foreign Minister Molotov give the declaration to Japan's ambassador Naotake Sato in August 1945?"]);
  never(['Did the Soviet Union declare war on Japan in August 1945?', "Did Lavrov hand the Soviet declaration of war to Japan's ambassador in Moscow?"]);
  never(['Did the Soviet Union declare war on Japan in August 1945?', "Did Molotov hand the Soviet declaration of war to Japan's ambassador in Moscow in 1941?"]);
  fails(neverYes, ['Did the Soviet Union declare war on Japan in August 1945?', "Did Molotov hand the Soviet declaration of war to Japan's ambassador in Tokyo?"], "\"Tokyo\" is an alias of Japan, so the record's \"Japan's ambassador … in Moscow\" names it; a capital asked as the place is not told from the state");
  // Since handed-to.ts: the one it was handed to is read after "to", not from Molotov's own title.
  never(['Did the Soviet Union declare war on Japan in August 1945?', "Did Molotov hand the Soviet declaration of war to Japan's foreign minister?"]);
  never(['Did the Soviet Union declare war on Japan in August 1945?', 'did molotov give the declaration of war to the japanese foreign minister']);
  never(['Did the Soviet Union declare war on Japan in August 1945?', 'did molotov hand the declaration of war to the american ambassador']);
  agree(['Did the Soviet Union declare war on Japan in August 1945?', 'did molotov hand the declaration of war to the japanese ambassador naotake sato']);
});

describe("saying back", () => {
  same(["how did the kremlin respond to takaichi's february 2026 policy speech", "what did the kremlin say back after takaichi's february 2026 policy speech"]);
  same(["how did the kremlin respond to takaichi's february 2026 policy speech", "what did peskov say back to takaichi's policy speech in february 2026"]);
  changed(["how did the kremlin respond to takaichi's february 2026 policy speech", "what did the kremlin say back after takaichi's october 2025 policy speech"]);
  changed(["how did the kremlin respond to takaichi's february 2026 policy speech", "what did the chinese foreign ministry say back after takaichi's february 2026 policy speech"]);
});

describe("an irregular past (\"met\")", () => {
  same(['what did the leaders say about the 1956 declaration in irkutsk', 'what did the leaders say about the 1956 declaration when they met in irkutsk in 2001']);
  same(['what did the leaders say about the 1956 declaration in irkutsk', 'what did the russian and japanese leaders say about the 1956 joint declaration when they met at irkutsk']);
  same(['When did Abe and Putin meet in Singapore?', 'When was it that Abe and Putin met in Singapore?']);
  changed(['what did the leaders say about the 1956 declaration in irkutsk', 'what did the leaders say about the 1956 declaration when they met in vladivostok']);
  changed(['what did the leaders say about the 1956 declaration in irkutsk', 'what did the leaders say about the 1956 declaration when they met in irkutsk in 1995']);
});

describe("an outlet carrying a story", () => {
  same(["which magazine reported muneo suzuki's warning about a clash with russia", "which magazine carried muneo suzuki's warning about a clash with russia"]);
  same(["which magazine reported muneo suzuki's warning about a clash with russia", "which outlet ran the interview in which muneo suzuki warned of a clash with russia"]);
  same(["which magazine reported muneo suzuki's warning about a clash with russia", "what weekly published suzuki's warning that japan could clash with russia"]);
  changed(["which magazine reported muneo suzuki's warning about a clash with russia", "which magazine carried muneo suzuki's warning about a clash with russia in 2015"]);
  changed(["which magazine reported muneo suzuki's warning about a clash with russia", "which magazine carried muneo suzuki's warning about a clash with china"]);
});

describe("an office before a name after \"what did\"", () => {
  same(['What did Yeltsin and Hosokawa commit to in the 1993 Tokyo Declaration?', 'What did President Yeltsin and Prime Minister Hosokawa commit to in the 1993 Tokyo Declaration?']);
  same(['What did Yeltsin and Hosokawa commit to in the 1993 Tokyo Declaration?', 'What did President Boris Yeltsin and Prime Minister Morihiro Hosokawa commit Russia and Japan to in 1993?']);
  same(['What did Putin sign in June 2023?', 'What did President Putin sign in June 2023?']);
  changed(['What did Yeltsin and Hosokawa commit to in the 1993 Tokyo Declaration?', 'What did President Yeltsin and Prime Minister Hosokawa commit to in the 1956 Joint Declaration?']);
  fails(([a, b]) => expectChanged(a, b), ['What did Yeltsin and Hosokawa commit to in the 1993 Tokyo Declaration?', 'What did President Yeltsin and Prime Minister Kaifu commit to in the 1993 Tokyo Declaration?'], "a surname no record holds after an office title (\"Prime Minister Kaifu\") is read as the office, not as an unknown person, as it was before this round with \"Yeltsin and Prime Minister Kaifu\"");
});
