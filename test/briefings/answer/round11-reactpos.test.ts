import { describe, expect, it } from 'vitest';
import { agrees, each, expectChanged, expectSame, neverYes, type Pair, signature, verdict } from '../../support/metamorphic.js';

/**
 * Round 11 metamorphic tests for reactions, positions, start/end and precision (docs/questions.md,
 * "Round 11: reactions, positions, start/end"). Each pair is a question the engine answers right
 * (checked against data/kuril/) and a rewrite of our own: the event described in other words or
 * dated roughly ("early 2022", "summer 2024"), a number written with a thousands comma, a side's
 * view asked as a yes/no in another word class ("an illegal occupation"), a permission asked of a
 * ban, the reasoning behind a position, an end asked as "by what date had …", how long a span was
 * meant to run. Pairs with a false detail must change the answer and never get a "Yes"; pairs that
 * ask what no record gives (another event's number, a weapon's range) must be declined.
 */

const same = ([original, variant]: Pair) => expectSame(original, variant);
const changed = ([original, variant]: Pair) => expectChanged(original, variant);

/** The rewrite asks the opposite (a ban asked as a permission): the other of Yes and No, from the same record. */
function flips([original, variant]: Pair): void {
  const before = verdict(original);
  expect(before.lead).toMatch(/^(?:Yes|No)$/);
  expect(verdict(variant), variant).toEqual({ lead: before.lead === 'Yes' ? 'No' : 'Yes', first: before.first });
}

/** The original is answered; the rewrite asks what no record gives and is declined (or answered "No"), never from another record. */
function refuses([original, variant]: Pair): void {
  const a = signature(original);
  expect(a.declined, original).toBe(false);
  const b = signature(variant);
  expect(b.declined || b.yesNo === 'No', `${variant} → ${b.lead.slice(0, 120)}`).toBe(true);
}

/** The rewrite's answer text holds the words the original's answer holds (a day, a span's end). */
function sameRecordSaying(words: string): (pair: Pair) => void {
  return ([original, variant]) => {
    expectSame(original, variant);
    expect(signature(variant).lead, variant).toContain(words);
  };
}

describe("a reaction in the event's own record, the event in other words or roughly dated", () => {
  each(
    [
      ['did japan protest the russian drills off kunashiri in february 2022', 'did japan protest the russian drills off kunashiri in early 2022'],
      ['did japan protest the russian drills off kunashiri in february 2022', 'did tokyo object to the russian exercises off kunashiri in early 2022?'],
      ['did japan protest the russian drills off kunashiri in february 2022', 'did japan protest russian war games off kunashiri at the start of 2022'],
      ['did japan protest the russian drills off kunashiri in february 2022', 'in early 2022, did japan protest russian drills near kunashiri?'],
      ['did japan protest the russian drills off kunashiri in february 2022', 'did japan complain about the russian drills off kunashiri in the first half of 2022'],
      ['did japan respond to the kuril drills in march 2022?', 'did japan respond to the big 3,000-troop kuril drills in march 2022?'],
      ['did japan respond to the kuril drills in march 2022?', 'did tokyo react to the 3,000-troop exercises in the kurils in spring 2022'],
      ['did japan respond to the kuril drills in march 2022?', 'did japan respond to the big kuril drills with 3,000 troops in early 2022?'],
      ['did japan respond to the kuril drills in march 2022?', 'did japan react to the eastern military district exercises in the kurils in early 2022'],
      ['did japan respond to the kuril drills in march 2022?', 'did japan respond to the huge 3,000 soldier kuril drills in march 2022'],
      ['how did japan react to the eastern military district drills in the kurils', 'how did tokyo respond to the big kuril war games in early 2022'],
      ['how did japan react to the eastern military district drills in the kurils', 'how did japan react to the big 3,000-troop drills in the kurils'],
      ['how did japan react to the eastern military district drills in the kurils', 'what was japan’s reaction to the kuril drills with over 3,000 troops in spring 2022'],
      ["how did japan react to medvedev's visit to iturup", "how did japan react to medvedev's trip to iturup in mid-2019"],
      ["how did japan react to medvedev's visit to iturup", 'how did tokyo respond to medvedev going to iturup in summer 2019'],
      ['how did japan respond to the suspension of the peace talks in march 2022', 'how did japan respond to the suspension of the peace talks in early 2022'],
      ['how did japan react when russia ended the visa-free exchanges', 'how did japan react when russia ended the visa-free exchanges in late 2022'],
      ['how did russia respond to japan\'s sanctions', 'how did russia react to japan joining the sanctions over ukraine'],
      ['did russia respond to japan\'s sanctions', 'did russia retaliate for japan\'s sanctions'],
      ['how did russia respond to japan\'s sanctions', 'how did moscow answer japan\'s sanctions in early 2022'],
      ['how did japan react to the vostok-2022 drills', 'how did japan react to the vostok-2022 drills in late 2022'],
      ['how did japan react to the vostok-2022 drills', 'how did tokyo respond to the strategic drills on iturup and kunashir in late 2022'],
      ['did japan protest the russian drills off kunashiri in february 2022', 'was there any japanese protest over the russian drills off kunashiri'],
      ['did japan protest the medvedev visit to iturup', 'did japan object when medvedev toured iturup'],
      ['did japan protest the medvedev visit to iturup', "did tokyo complain about medvedev's 2019 trip to etorofu"],
      ['how did japan react to the eastern military district drills in the kurils', 'what did japan do when the eastern military district drilled in the kurils'],
      ['how did japan react to the russian drills off kunashiri in february 2022', 'how did tokyo react to the exercises near kunashiri in early 2022'],
      ["how did russia respond to japan's sanctions", 'what did moscow do after tokyo joined the sanctions against russia'],
      ["how did russia respond to japan's sanctions", 'how did moscow respond after tokyo joined the western sanctions'],
      ["did russia respond to japan's sanctions", 'did moscow hit back at tokyo for the sanctions over ukraine'],
    ],
    same,
  );
});

describe("a reaction to another event that shares the question's words is no answer", () => {
  each(
    [
      ['how did japan react to russia suspending the fishing agreement', 'how did tokyo respond to the end of the fishing agreement'],
      ['how did japan react to russia suspending the fishing agreement', 'what did japan say when russia ended the fishing deal'],
      ['how did japan react to russia suspending the fishing agreement', 'how did japan respond to the end of the safe-fishing agreement'],
    ],
    same,
  );
  // The side's first reaction, not a later remark by one of its lawmakers; a descriptor word that only
  // another event holds ("former" residents) does not make that event the one asked about.
  each(
    [
      ['how did japan respond when russia suspended the peace talks', 'how did japan respond when moscow halted the talks'],
      ['how did japan respond when russia suspended the peace talks', 'how did the japanese government respond when moscow halted the talks in march 2022'],
      ['how did japan respond when russia suspended the peace talks', "what was japan's reaction to the halt of the talks"],
      ['how did japan react to medvedev visiting kunashir in 2010', 'how did tokyo respond when the former president medvedev visited kunashir'],
    ],
    same,
  );
  each(
    [
      ['how did japan react to the end of the visa-free exchanges', 'how did japan react to the end of the fishing agreement'],
      ['how did japan react when russia ended the visa-free exchanges', 'how did japan react when russia ended the fishing agreement'],
    ],
    changed,
  );
});

describe('a rough date that is false must change the answer', () => {
  each(
    [
      ['did japan protest the russian drills off kunashiri in february 2022', 'did japan protest the russian drills off kunashiri in late 2022'],
      ['did japan protest the russian drills off kunashiri in february 2022', 'did japan protest the russian drills off kunashiri in late 2021'],
      ['did japan respond to the kuril drills in march 2022?', 'did japan respond to the big 3,000-troop kuril drills in late 2023?'],
      ['when did russia suspend the peace talks in march 2022', 'when did russia suspend the peace talks in late 2022'],
      ['when did medvedev visit iturup in 2019', 'when did medvedev visit iturup in early 2019'],
      ["where did russia's missile troops train in the kurils in august 2024", "where did russia's missile troops train in the kurils in early 2024"],
    ],
    changed,
  );
});

describe('rough dates: early, mid, late, seasons', () => {
  each(
    [
      ["where did russia's missile troops train in the kurils in august 2024", "where did russia's missile troops train in the kurils in summer 2024"],
      ["where did russia's missile troops train in the kurils in august 2024", "where did russia's missile troops train in the kurils in mid-2024"],
      ['when did russia suspend the peace talks in march 2022', 'when did russia suspend the peace talks in early 2022'],
      ['when did russia suspend the peace talks in march 2022', 'when did russia suspend the peace talks in spring 2022'],
      ['when did russia end the visa-free exchanges', 'when did russia end the visa-free exchanges in late 2022'],
      ['when did russia end the visa-free exchanges', 'when did russia end the visa-free exchanges in the autumn of 2022'],
      ['when did medvedev visit iturup in 2019', 'when did medvedev visit iturup in mid 2019'],
      ['when did medvedev visit iturup in 2019', 'when did medvedev visit iturup in the summer of 2019'],
      ['what happened in the kurils in august 2024', 'what happened in the kurils in summer 2024'],
      ['when was the tokyo declaration signed', 'when did russia and japan sign the tokyo declaration in the early 1990s'],
      ['when was the irkutsk statement signed', 'when was the irkutsk statement signed in the early 2000s'],
    ],
    same,
  );
});

describe("a side's view asked yes or no, in another word class", () => {
  each(
    [
      ['does tokyo call the northern territories illegally occupied?', "does japan call russia's hold on the islands an illegal occupation?"],
      ['does tokyo call the northern territories illegally occupied?', 'does japan call the islands an illegal occupation'],
      ['does tokyo call the northern territories illegally occupied?', 'does japan describe the islands as illegally occupied'],
      ["did japan's 2022 bluebook call the islands illegally occupied", 'did the 2022 bluebook speak of an illegal occupation of the islands'],
      ['does tokyo call the northern territories illegally occupied?', 'does tokyo regard the islands as illegally occupied'],
      ['does tokyo call the northern territories illegally occupied?', "does japan see russia's hold on the islands as illegal"],
      ['does tokyo call the northern territories illegally occupied?', 'does japan consider the four islands as illegally occupied'],
    ],
    agrees,
  );
  each(
    [
      ['does tokyo call the northern territories illegally occupied?', 'does russia call the islands an illegal occupation?'],
      ['does tokyo call the northern territories illegally occupied?', 'does japan call the islands legally russian?'],
      ['does russia say its sovereignty over the islands is beyond question', "does japan say russia's sovereignty over the islands is beyond question"],
      ['does russia say its sovereignty over the islands is beyond question', 'does russia say its sovereignty over the islands is open to negotiation'],
    ],
    neverYes,
  );
  // Whose the islands are, "regarded as its own", stays the side's position: no name asked.
  each([["what is russia's position on the islands", 'does russia regard the islands as its own']], same);
});

describe('a ban asked as a permission is the other verdict from the same record', () => {
  each(
    [
      ["does russia's constitution ban ceding territory", 'does the russian constitution allow russia to give up territory'],
      ["does russia's constitution ban ceding territory", "does russia's constitution permit handing over territory?"],
      ["does russia's constitution ban ceding territory", 'is ceding territory allowed under the russian constitution'],
    ],
    flips,
  );
  each(
    [
      ["does russia's constitution ban ceding territory", "does russia's constitution forbid handing over territory"],
      ["does russia's constitution ban ceding territory", 'does the russian constitution prohibit giving up territory'],
      ["does russia's constitution ban ceding territory", 'does the constitution of russia outlaw giving away land'],
    ],
    agrees,
  );
});

describe("the reasoning behind a side's position leads with that side's own statement of the reason", () => {
  each(
    [
      ["what's lavrov's argument about the un charter and the islands?", 'how does moscow justify keeping the southern kurils?'],
      ["what's lavrov's argument about the un charter and the islands?", 'what legal argument does russia make about the islands'],
      ["what's lavrov's argument about the un charter and the islands?", "russia's argument for keeping the kurils"],
      ["what's lavrov's argument about the un charter and the islands?", 'how does the kremlin justify its hold on the islands'],
      ["what's lavrov's argument about the un charter and the islands?", "what is russia's justification for holding the four islands"],
      ["what's lavrov's argument about the un charter and the islands?", 'on what grounds does russia say the southern kurils are its own'],
      ["what's lavrov's argument about the un charter and the islands?", "what was russia's rationale for keeping the kurils"],
      ["what did japan's 2022 diplomatic bluebook call the islands", "what is japan's legal argument for the islands"],
      ["what did japan's 2022 diplomatic bluebook call the islands", 'on what grounds does japan claim the islands'],
      ["what did japan's 2022 diplomatic bluebook call the islands", 'how does tokyo justify its claim to the four islands'],
      ["what's lavrov's argument about the un charter and the islands?", 'why does russia say the islands are russian'],
      ["what's lavrov's argument about the un charter and the islands?", 'what reason does russia give for keeping the islands'],
      ["what did japan's 2022 diplomatic bluebook call the islands", 'why does tokyo say the islands belong to japan'],
    ],
    same,
  );
});

describe('an end asked as "by what date had … finished", and how long a span was meant to run', () => {
  each(
    [
      ['when did the battle of shumshu end', 'by what date had the battle of shumshu finished'],
      ['when did the battle of shumshu end', 'by when was the fighting on shumshu over'],
      ['when did the soviet occupation of the four islands end', 'by what date had the soviets finished occupying the four islands'],
      ['when did the soviet occupation of the four islands end', 'by which date was the soviet occupation of the four islands complete'],
    ],
    same,
  );
  each(
    [
      ['when did the soviet occupation of the four islands end', 'by what date had the soviet union occupied all four islands'],
      ['when did the soviet occupation of the four islands end', 'by when had the soviets taken the habomai islets'],
      ['when did the soviet occupation of the four islands end', 'by what date had soviet troops seized etorofu, kunashiri, shikotan and the habomais'],
    ],
    sameRecordSaying('Ended 5 September 1945'),
  );
  each(
    [
      ['until when were the firing drills north of shikotan announced', 'how long were the russian firing drills north of shikotan in 2025 supposed to run?'],
      ['until when were the firing drills north of shikotan announced', 'how long were the firing drills near shikotan meant to last'],
      ['until when were the firing drills north of shikotan announced', 'until what date were russia’s firing drills north of shikotan scheduled'],
      ['until when were the firing drills north of shikotan announced', 'how long was russia planning to hold the firing drills north of shikotan'],
    ],
    sameRecordSaying('15 June'),
  );
});

describe('precision: a number or a measure no record gives for the thing asked', () => {
  each(
    [
      ['how many troops took part in the march 2022 kuril drills', 'how many troops took part in the vostok-2022 drills on the islands'],
      ['how many troops took part in the march 2022 kuril drills', 'how many soldiers joined the vostok-2022 exercises on iturup and kunashir'],
      ['how many troops took part in the march 2022 kuril drills', 'how many troops took part in the matua missile drills'],
      ['how many troops took part in the march 2022 kuril drills', 'how many troops were in the drills north of shikotan in 2025'],
      ['how many troops took part in the march 2022 kuril drills', 'how many soldiers took part in the drills off kunashiri in february 2022'],
      ['where are the bastion missiles deployed', "what's the range of the bastion missiles on paramushir?"],
      ['where are the bastion missiles deployed', 'how far can the bastion missiles on paramushir reach'],
      ['where are the bastion missiles deployed', 'what is the maximum range of the missiles russia put on paramushir'],
      ['where are the bastion missiles deployed', 'how many missiles are in the bastion division on paramushir'],
      ['where are the bastion missiles deployed', 'what range do the bastion systems in the northern kurils have'],
      ['where are the bastion missiles deployed', 'what is the size of the bastion division on paramushir'],
      ['where did russia hold the vostok-2022 drills', 'what was the cost of the vostok-2022 drills'],
      ['how many troops took part in the march 2022 kuril drills', 'how many warships took part in the vostok-2022 drills'],
    ],
    refuses,
  );
  each(
    [
      ['how many troops took part in the march 2022 kuril drills', 'how many troops took part in the big kuril drills in early 2022'],
      ['how many troops took part in the march 2022 kuril drills', 'how many soldiers did the eastern military district exercise in the kurils in march 2022'],
    ],
    same,
  );
});

describe('left: still diverging', () => {
  // Not traced: with "Moscow" and "hold", or "the Kremlin" and "Russian", the position's clause is not the one read.
  it.fails('does russia say its sovereignty … is beyond question ~ does moscow hold that its sovereignty over the southern kurils is beyond question', () =>
    agrees(['does russia say its sovereignty over the islands is beyond question', 'does moscow hold that its sovereignty over the southern kurils is beyond question']));
  it.fails('does russia say its sovereignty … is beyond question ~ does the kremlin say russian sovereignty over the islands is beyond question', () =>
    agrees(['does russia say its sovereignty over the islands is beyond question', 'does the kremlin say russian sovereignty over the islands is beyond question']));
  // "Presence" is in no record and weighs as an unseen word, which sinks the Bluebook's record.
  it.fails("does tokyo call the northern territories illegally occupied? ~ does the japanese government call russia's presence on the four islands an illegal occupation?", () =>
    agrees(['does tokyo call the northern territories illegally occupied?', "does the japanese government call russia's presence on the four islands an illegal occupation?"]));
  // "Let" is a stop word: the permission asked with it leaves no word to read.
  it.fails("does russia's constitution ban ceding territory ~ does the constitution of russia let it give away land", () =>
    flips(["does russia's constitution ban ceding territory", 'does the constitution of russia let it give away land']));
});
