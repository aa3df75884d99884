import { describe, expect, it } from 'vitest';
import { ask } from '../../support/ask.js';
import { expectChanged, expectSame, refuses, sameFirst, type Pair } from '../../support/metamorphic.js';

/**
 * Round 16, who-questions about a role in an event, reactions, and made-up answers to near misses.
 * Every pair is written from the records (data/kuril/), in my own wording, beyond the listed
 * questions. "same": the variant is a rewording and must answer as the original does (the same
 * record first, or both declined); "refuses": the original is answered, the variant asks for an
 * element its record does not hold (a signatory of a side, which ones, a place, someone's words)
 * and must be declined; "changed": one element changed, so the answer must change.
 */

/** The answer names the person or body asked for. */
function names(question: string, name: string): void {
  const r = ask(question);
  expect(r.declined, question).toBe(false);
  expect(r.reply.lead ?? '', question).toContain(name);
}

describe('a signatory of one side: "on the Russian side" asks as "for Russia" does (who-side.ts)', () => {
  const same: Pair[] = [
    ['who signed the tokyo declaration for russia', 'who signed the tokyo declaration on the russian side'],
    ['who signed the tokyo declaration for japan', "who signed the tokyo declaration on japan's side"],
    ['who signed the tokyo declaration for japan', 'who signed the tokyo declaration from the japanese side'],
  ];
  for (const [a, b] of same) it(`same: ${b}`, () => expectSame(a, b));
  // The Shimoda and St Petersburg records name the states only, no person who signed.
  const refused: Pair[] = [
    ['who signed the tokyo declaration on the russian side', 'who signed the shimoda treaty on the russian side'],
    ['who signed the tokyo declaration on the japanese side', 'who signed the 1875 treaty on the japanese side'],
    ['who signed the tokyo declaration on the russian side', 'who put his name to the treaty of shimoda for the russian side'],
  ];
  for (const pair of refused) it(`refuses: ${pair[1]}`, () => refuses(pair));
  it('the side asked is the one answered', () => {
    names('who signed the tokyo declaration on the russian side', 'Yeltsin');
    names("who signed the tokyo declaration on japan's side", 'Hosokawa');
  });
});

describe('where words, talks or a signing took place is in the record\'s own words (asked-kind.ts)', () => {
  // Lavrov's press conference, Peskov's comment, Zelensky's decree and the 1956 signing name no place;
  // the islands those records are about are no answer to where.
  const refused: Pair[] = [
    ['where did kishida speak on northern territories day in 2022', 'where did lavrov give his yearly press conference in 2019'],
    ['where did abe and putin meet in 2018', 'where did peskov answer takaichi\'s policy speech'],
    ['where did abe and putin meet in singapore', 'where was the 1956 joint declaration signed'],
    ['where did kishida speak on northern territories day in 2022', 'where did zelensky sign the decree on the northern territories'],
    ['where did abe and putin meet in 2016', 'where did japan lodge its protest over the 2025 firing drills'],
  ];
  for (const pair of refused) it(`refuses: ${pair[1]}`, () => refuses(pair));
  it('a border is where the treaty put it: the islands answer', () => names('where did the shimoda treaty put the border', 'Urup'));
});

describe('which ones, when the record names the kind only as a whole (unheld-element.ts)', () => {
  const refused: Pair[] = [
    // "in answer to Japan's sanctions": whose, not which.
    ['which agreement did russia suspend in june 2022', 'which japanese sanctions exactly led russia to halt the peace talks'],
    ['which drills did japan protest in may 2025', 'what sanctions made moscow freeze the peace treaty talks'],
    // "Russian provocations": whose, not which.
    ['what missiles did russia put on paramushir', 'what provocations did poccolini say japan would answer'],
  ];
  for (const pair of refused) it(`refuses: ${pair[1]}`, () => refuses(pair));
  // A modifier of another sort or a clause after the noun names them: still answered.
  const kept: Pair[] = [
    ['which agreement did russia suspend in june 2022', 'which fishing agreement did russia suspend in june 2022'],
    ['what decree did zelensky sign about the northern territories', 'which decree did zelensky sign in 2022'],
  ];
  for (const pair of kept) it(`answered: ${pair[1]}`, () => sameFirst(pair));
});

describe('what a person said, when the record only names them (speaker.ts)', () => {
  // Sato is named as the one the declaration was handed to; no words of his are on record.
  const refused: Pair[] = [
    ['what did kishida say when russia halted the peace talks', 'what did ambassador sato say when he received the declaration of war'],
    ['what did the pm say at the northern territories rally this year', 'what did naotake sato say about the declaration of war'],
  ];
  for (const pair of refused) it(`refuses: ${pair[1]}`, () => refuses(pair));
  it('a saying by someone named in a title is still theirs', () => names('what did the pm say at the northern territories rally this year', 'Takaichi'));
  it('"what did the Japanese ambassador say when the Soviets declared war" is no reaction by Japan', () => {
    expect(ask('what did the japanese ambassador say when the soviets declared war').declined).toBe(true);
  });
});

describe('reactions: "how did Tokyo take medvedevs trip", a party\'s own reaction (cues.ts, reaction.ts)', () => {
  const same: Pair[] = [
    ["how did tokyo take medvedev's kunashir trip in 2010", 'how did tokyo take medvedevs kunashir trip in 2010'],
    ["how did tokyo react to medvedev's 2019 visit to iturup", 'how did japan take medvedevs visit to iturup in 2019'],
    ["how did nippon ishin react to muneo suzuki's moscow trip", 'how did the japan innovation party respond to suzukis trip to moscow'],
    ["how did nippon ishin react to muneo suzuki's moscow trip", 'how did nippon ishin take suzukis moscow trip'],
  ];
  for (const [a, b] of same) it(`same: ${b}`, () => expectSame(a, b));
  it('the party\'s reaction is its own act, from the trip\'s record', () => names('how did nippon ishin react to suzukis surprise moscow trip', 'resigned'));
  it('the protest is Japan\'s reaction to the 2010 visit', () => names('how did tokyo take medvedevs kunashir trip in 2010', 'protested'));
  // Another thing reacted to: the party's reaction to an interview is not on record.
  it('changed: the party reacting to the 2022 interview', () => expectChanged("how did nippon ishin react to muneo suzuki's moscow trip", "how did nippon ishin react to suzuki's 2022 magazine interview"));
});

describe('who had a role in an event: the one handed something, the envoy, the spokesman, the agency', () => {
  const same: Pair[] = [
    ['who was handed the soviet declaration of war', 'which japanese diplomat was handed the soviet declaration of war in moscow'],
    ['who was handed the soviet declaration of war', 'which japanese official was given the declaration of war in 1945'],
    ['Which Russian ambassador did Japan protest to in March 2022?', 'which russian envoy did tokyo protest to after the talks were halted in march 2022'],
    ['Which Russian ambassador did Japan protest to in March 2022?', 'which russian diplomat did japan protest to after moscow halted the talks'],
    ['who was the kremlin spokesman in february 2026', 'who spoke for the kremlin when it answered takaichi\'s speech to the diet'],
    ['who was the kremlin spokesman in february 2026', 'who spoke on behalf of the kremlin in february 2026'],
    ['which outlet reported the eastern military district drills in march 2022', 'which news agency reported the eastern military district drills in march 2022'],
  ];
  for (const [a, b] of same) it(`same: ${b}`, () => expectSame(a, b));
  it('the one handed the declaration is named', () => names('Which Japanese diplomat was handed the Soviet declaration of war?', 'Sato'));
  it('the spokesman is named', () => names('who spoke for the kremlin when it answered takaichi\'s policy speech', 'Peskov'));
  // One element changed: the side of the person asked.
  const changed: Pair[] = [
    ['which japanese diplomat was handed the soviet declaration of war', 'which russian diplomat was handed the soviet declaration of war'],
    ['which russian envoy did japan protest to in march 2022', 'which japanese envoy did russia protest to in march 2022'],
  ];
  for (const [a, b] of changed) it(`changed: ${b}`, () => expectChanged(a, b));
  // A dating clause whose deed the record does not tell: the 1956 signing is not in the Singapore record.
  it('refuses: who was japan\'s prime minister when the 1956 declaration was signed', () =>
    refuses(['who did tokyo protest to when moscow froze the peace talks', "who was japan's prime minister when the 1956 declaration was signed"]));
});

describe('known divergences', () => {
  // "First reported": the record says Interfax reported the drills and others carried the report a
  // day later (its note), but nowhere that Interfax was first; "first" is left unheld (first-time.ts's
  // rule: the earliest record is no first unless it says so).
  it.fails('same: which news agency first reported the eastern military district drills', () =>
    expectSame('which news agency reported the eastern military district drills in march 2022', "Which news agency first reported the Eastern Military District's exercise in the Kurils in March 2022?"));
  // "The 1956 declaration for the Soviet side": the Gromyko record of 1960 holds "signed" and "the
  // 1956 declaration" in different clauses, and its Soviet signatory answers (a made-up answer left alone).
  it.fails('refuses: who signed the 1956 declaration on the soviet side', () =>
    refuses(['who signed the tokyo declaration on the russian side', 'who signed the 1956 declaration on the soviet side']));
});
