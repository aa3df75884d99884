import { describe, it } from 'vitest';
import { changed, expectChanged, expectSame, same } from '../../support/metamorphic.js';

/**
 * Round 12 metamorphic tests for paraphrases (docs/questions-log.md, "Round 12: paraphrases"). Each
 * pair is a question the engine answers right (checked against data/kuril) and the same question
 * told in the words of someone who never saw the records: the deed reported as something a side
 * told another ("told Tokyo it was going to war"), a time frame ("at the end of the war"), a compound
 * for the record's noun ("border line"), a word of totality ("the entire chain"), a speech called an
 * address, an added condition called "extra", everyday idioms for meeting and drilling ("sit down
 * together", "flex military muscle"), and a season for the record's month. The two answers are
 * compared live. Pairs with a FALSE detail (another side, war, season, person) must change the
 * answer and never get a "Yes"; off-topic nouns told the same way must still be declined.
 */

const WAR = 'when did the soviet union declare war on japan';
const EXCHANGES = 'when did russia end the visa-free exchanges';
const TALKS = 'when did russia suspend the peace treaty talks';

describe('a deed reported as what one side told the other', () => {
  same([
    [WAR, 'when did moscow tell tokyo it was going to war against japan'],
    [WAR, 'when did the soviets inform japan that they were going to war with it'],
    [EXCHANGES, 'when did russia tell japan it would end the visa-free exchanges'],
    [EXCHANGES, 'when did moscow inform tokyo that it was ending the visa-free exchanges'],
    [TALKS, 'when did moscow notify tokyo that it was suspending the peace treaty talks'],
    [TALKS, 'when did russia tell japan it would suspend the peace treaty talks'],
    // Off-topic deeds told the same way are still declined.
    ['when did moscow build a bridge to hokkaido', 'when did moscow tell tokyo it was going to build a bridge to hokkaido'],
    ['when did russia sell the islands to china', 'when did russia inform japan that it would sell the islands to china'],
  ]);
  changed([
    [WAR, 'when did moscow tell washington it was going to war against the united states'],
    [EXCHANGES, 'when did japan tell russia it would end the visa-free exchanges'],
  ]);
});

describe('a time frame around the deed is no deed of ending', () => {
  same([
    [WAR, 'when did the soviet union declare war on japan at the end of ww2'],
    [WAR, 'when did the soviet union declare war on japan towards the end of the second world war'],
    [WAR, 'when did moscow tell tokyo it was going to war against japan at the end of ww2'],
    ['when did soviet forces occupy the four islands', 'when did soviet forces occupy the four islands at the end of the war'],
  ]);
});

const BORDER = 'which treaty drew the first border between russia and japan';

describe("a compound for the record's noun", () => {
  same([
    [BORDER, 'which agreement first drew a border line between russia and japan'],
    [BORDER, 'which agreement first drew a border line between the russians and the japanese in the kuril chain'],
    [BORDER, 'which treaty first set a boundary line between russia and japan'],
    [BORDER, 'which treaty drew the first dividing line between the russians and the japanese'],
  ]);
});

const SWAP = 'which treaty traded sakhalin for the kuril chain';

describe('a word of totality is no fact to hold', () => {
  same([
    [SWAP, 'which treaty traded sakhalin for the entire kuril chain'],
    [SWAP, 'which treaty swapped all of sakhalin for the entire kuril chain'],
    ['when did russia and japan trade sakhalin for the kuril chain', 'when did japan swap its claims on sakhalin for the entire kuril chain'],
    ['when did soviet forces occupy the four islands', 'when did soviet forces occupy the entire group of four islands'],
  ]);
});

const FIRST_SPEECH = 'what did takaichi say in her first policy speech';

describe('a speech called an address', () => {
  same([
    [FIRST_SPEECH, 'what did takaichi say in her first policy address'],
    [FIRST_SPEECH, "what did japan's new prime minister pledge in her very first policy address"],
    [FIRST_SPEECH, 'what did takaichi promise about russia in her inaugural policy address'],
    ['what did takaichi say in her policy speech to the diet in february 2026', 'what did takaichi say in her policy address to the diet in february 2026'],
  ]);
  changed([[FIRST_SPEECH, 'what did kishida say in his first policy address']]);
});

const CONDITION = 'when did the gromyko memoranda add the troop withdrawal condition';

describe('an added condition called extra, attached or further', () => {
  same([
    [CONDITION, 'when did moscow attach an extra condition to handing over habomai and shikotan'],
    [CONDITION, 'when did moscow attach a further condition about foreign troops leaving japan'],
    [CONDITION, 'when did the soviets attach an additional condition to returning habomai and shikotan'],
    ['what condition did moscow add in 1960', 'what extra condition did moscow attach in 1960'],
    ['what condition did moscow add in 1960', 'what extra condition did moscow attach in 1960 before it would hand over habomai and shikotan'],
  ]);
  changed([
    [CONDITION, 'when did tokyo attach an extra condition to handing over sakhalin'],
    ['what condition did moscow add in 1960', 'what extra condition did moscow attach in 1990'],
  ]);
});

const VOSTOK = 'when did russia hold strategic drills on iturup and kunashiri';

describe('a season for the month on record', () => {
  same([
    [VOSTOK, 'when did russia hold autumn strategic drills on iturup and kunashiri'],
    [VOSTOK, 'when did the russian military run its big autumn strategic war games on iturup and kunashir'],
    [VOSTOK, 'when did russia hold strategic drills on iturup and kunashiri in the fall'],
    ['where did russian missile troops drill in 2024', 'where did russian missile troops drill in the summer of 2024'],
  ]);
  changed([
    [VOSTOK, 'when did russia hold spring strategic drills on iturup and kunashiri'],
    ['where did russian missile troops drill in 2024', 'where did russian missile troops drill in the winter of 2024'],
  ]);
});

describe('everyday idioms for meeting, drilling and speaking', () => {
  same([
    ['when did abe and putin meet about a peace treaty', 'when did abe and putin sit down together about a peace treaty'],
    ['when did abe and putin meet about a peace treaty', 'when did abe sit down with putin about a peace treaty'],
    ['when did russia hold drills near shikotan', 'when did russia flex its military muscle near shikotan'],
    ['when did russia hold drills near shikotan', 'when did russia flex military muscles near shikotan'],
    ['when did takaichi speak about the northern territories', 'when did takaichi talk about the northern territories'],
    // Off-topic nouns with the same idioms are still declined.
    ['when did abe and putin meet about football', 'when did abe and putin sit down together about football'],
    // Two sides talking are negotiating, not one side speaking; the verb "address" stays a verb.
    ['are tokyo and moscow negotiating over the islands right now?', 'are tokyo and moscow talking about the islands right now?'],
    ['when did abe and putin meet about a peace treaty', 'when did abe and putin talk about a peace treaty'],
    ['when did kishida speak at the northern territories day rally', 'when did kishida address the northern territories day rally'],
  ]);
  changed([
    ['when did russia hold drills near shikotan', 'when did china flex its military muscle near shikotan'],
  ]);
});

const LAW = 'which law did putin sign about japan and ww2';

describe('a verb of aboutness is "about", and an unseen topic is declined', () => {
  same([
    [LAW, 'which law did putin sign that touches on japan and ww2'],
    [LAW, 'which law did putin sign that has to do with japan and the second world war'],
    [LAW, 'which law did putin sign that relates to japan and ww2'],
    ['when did putin sign a law about japan', 'when did putin sign a law that touches on japan'],
    // Off-topic: declined whether told plainly or with the everyday verb.
    ['when did putin sign a law about football', 'when did putin sign a law that touches on football'],
  ]);
  changed([
    [LAW, 'which law did putin sign about football'],
    ['when did putin sign a law about japan', 'when did putin sign a law about tennis'],
  ]);
});

/** A partner no record names, joined to one on record ("Russia and China", "Abe and Biden"): declined since unknown-partner.ts. */
describe('a partner no record names', () => {
  it(`${BORDER} ≠ … between russia and china`, () => expectChanged(BORDER, 'which treaty drew the first border line between russia and china'));
  it('abe and putin ≠ abe and biden', () =>
    expectChanged('when did abe and putin meet about a peace treaty', 'when did abe and biden sit down together about a peace treaty'),
  );
});

/** Pairs that still diverge, each with its cause (docs/questions-log.md, "Round 12: paraphrases"). */
describe('still diverging', () => {
  // "The Kremlin" is the Russian presidency on record, not the Soviet Union, and "them" names no side.
  it.fails(`${WAR} ~ when did the kremlin notify the japanese that it would go to war against them`, () =>
    expectSame(WAR, 'when did the kremlin notify the japanese that it would go to war against them'),
  );
  // One unseen word ("cold") among many the record holds does not sink it: no rule checks that a named
  // war is the record's own (a partner joined by "and" is: unknown-partner.ts). "Hokkaido" is a noun no
  // record uses and the record does not hold in any related form: declined since round 15 (unheld-word.ts).
  it.fails(`${WAR} ≠ … at the end of the cold war`, () => expectChanged(WAR, 'when did the soviet union declare war on japan at the end of the cold war'));
  it(`${SWAP} ≠ … the entire island of hokkaido`, () => expectChanged(SWAP, 'which treaty traded the entire island of hokkaido for the kuril chain'));
});
