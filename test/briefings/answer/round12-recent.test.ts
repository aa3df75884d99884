import { describe, expect, it } from 'vitest';
import { answered, changed, same, sameFails, signature } from '../../support/metamorphic.js';

/**
 * Round 12 metamorphic tests for "most recent" / "latest" questions (docs/questions.md, "Round 12:
 * recent"). Each pair is a question the engine answers right (checked against data/kuril/) and a
 * rewrite in other words that must get the same answer: the same decline, or the same Yes/No and the
 * same first record. Rewrites with a FALSE detail (another person, another kind of deed) must change
 * the answer and never get a "Yes".
 */

const ON_ISLANDS = 'when did russia last hold drills on one of the four disputed islands themselves';
const ABE_PUTIN = 'when did abe and putin last meet';
const TAKAICHI = 'when did takaichi last speak about the northern territories';
const KISHIDA = 'when did kishida last speak about the northern territories';
const SUZUKI = 'what is the latest news about muneo suzuki';
const ZELENSKY = 'what is the latest about zelensky';
const MEDVEDEV = 'when did medvedev last visit the islands';
const PROTEST_DRILLS = 'most recent russian drills japan protested before 2025';
const NEAR_DRILLS = 'most recent russian drills near the northern territories';

describe('round 12 recent: a denied alternative names what is not asked', () => {
  answered([ON_ISLANDS]);
  same([
    [ON_ISLANDS, 'when did russia last hold drills on one of the four disputed islands themselves, not just in nearby waters'],
    [ON_ISLANDS, 'when did russia last hold drills on one of the four disputed islands themselves, not only in the sea around them?'],
    [ON_ISLANDS, 'when did russia last hold drills on one of the four disputed islands themselves (not off their coasts)'],
    [ON_ISLANDS, 'when did russia last hold drills on one of the four disputed islands themselves rather than in the waters nearby'],
    [ON_ISLANDS, 'when did russian forces last hold exercises on one of the four disputed islands themselves, not merely near them?'],
    [ON_ISLANDS, 'when was the last time russian forces held an exercise ON one of the four disputed islands themselves, not just waters off them?'],
    ['when did russia most recently suspend an agreement with japan', 'when did russia most recently suspend an agreement with japan, not end it'],
  ]);
  changed([
    [ON_ISLANDS, 'when did russia last hold drills in waters near the four disputed islands, not on the islands themselves'],
  ]);
});

describe('round 12 recent: sitting down together is meeting', () => {
  answered([ABE_PUTIN]);
  same([
    [ABE_PUTIN, 'when did abe and putin last sit down together'],
    [ABE_PUTIN, 'when did abe and putin last sit down'],
    [ABE_PUTIN, 'when did abe last sit down with putin'],
    [ABE_PUTIN, 'when was the last time abe and putin sat down together'],
    ['when did abe and putin last meet about a peace treaty', 'when did abe and putin last sit down together about a peace treaty'],
    ['when did abe and putin last meet about a peace treaty', 'when did abe and putin most recently sit down to talk about a peace treaty'],
  ]);
  changed([
    [ABE_PUTIN, 'when did kishida and putin last sit down together'],
    [ABE_PUTIN, 'when did takaichi and putin last sit down together'],
  ]);
});

describe('round 12 recent: one person talking about something is speaking about it', () => {
  answered([TAKAICHI, KISHIDA, 'when did peskov last speak about japan']);
  same([
    [TAKAICHI, 'when did takaichi last talk about the northern territories'],
    [TAKAICHI, 'when did takaichi most recently talk about the northern territories'],
    [TAKAICHI, 'when was the last time takaichi talked about the northern territories'],
    [KISHIDA, 'when did kishida last talk about the northern territories'],
    ['when did peskov last speak about japan', 'when did peskov last talk about japan'],
    ['when did takaichi last speak about a peace treaty', 'when did takaichi last talk about a peace treaty'],
  ]);
  changed([
    [TAKAICHI, 'when did kishida last talk about the northern territories'],
    ['when did peskov last speak about japan', 'when did lavrov last talk about japan'],
  ]);
});

describe('round 12 recent: a description after a name is no part of what is asked', () => {
  answered([SUZUKI, ZELENSKY, MEDVEDEV]);
  same([
    [SUZUKI, "what's the latest news about muneo suzuki, the lawmaker who's friendly with moscow?"],
    [SUZUKI, 'what is the latest news about Muneo Suzuki, the politician known for his ties to Russia'],
    [SUZUKI, 'latest news about Muneo Suzuki, the japanese MP who likes moscow'],
    [ZELENSKY, "what's the latest about Zelensky, the ukrainian leader who is at war with russia?"],
    [ZELENSKY, 'what is the latest about Zelensky, the president of ukraine'],
    [MEDVEDEV, 'when did Medvedev, the former kremlin boss, last visit the islands'],
    [MEDVEDEV, 'when did Medvedev, the one who loves posting online, last visit the islands?'],
    ['when did medvedev last visit kunashir', 'when did Medvedev, the former kremlin boss, last visit Kunashir?'],
  ]);
  changed([
    [SUZUKI, 'what is the latest news about Kenji Suzuki, the lawmaker who is friendly with moscow'],
  ]);
});

describe('round 12 recent: a deed told inside a record of another kind', () => {
  answered([PROTEST_DRILLS]);
  same([
    [PROTEST_DRILLS, 'latest japanese protest of russian drills before 2025'],
    [PROTEST_DRILLS, 'latest protest by japan against russian drills before 2025'],
    [PROTEST_DRILLS, 'when did japan last protest russian drills before 2025'],
    [PROTEST_DRILLS, 'most recent time tokyo protested russian military exercises before 2025'],
    [PROTEST_DRILLS, 'latest record of japan protesting russian drills before 2025'],
    [PROTEST_DRILLS, 'latest japanese protest of russian drills before the 2025 shikotan one'],
    [PROTEST_DRILLS, 'latest record of tokyo protesting russian drills before the 2025 one'],
  ]);
  changed([
    [PROTEST_DRILLS, 'latest japanese protest of russian drills after the 2022 vostok one'],
    [PROTEST_DRILLS, 'latest japanese protest of russian drills'],
  ]);
});

describe('round 12 recent: "military" before drills and "anywhere near" add nothing', () => {
  answered([NEAR_DRILLS]);
  same([
    [NEAR_DRILLS, 'most recent russian military drills near the northern territories'],
    [NEAR_DRILLS, 'most recent russian drills anywhere near the northern territories'],
    [NEAR_DRILLS, 'Most recent russian military drills anywhere near the northern territories?'],
    [NEAR_DRILLS, 'latest russian military exercises near the northern territories'],
    ['most recent russian drills on matua', 'most recent russian military drills on matua'],
  ]);
});

const SUSPEND_FISHING = 'when did russia last suspend the 1998 fishing agreement';
const END_ISLANDS = 'when did russia last end an agreement on the islands';
const PASS_LAW = 'when did russia last pass a law';
const SHIKOTAN_DRILLS = 'most recent russian drills around shikotan';

describe('round 12 recent: suspending is not ending', () => {
  answered([SUSPEND_FISHING, END_ISLANDS]);
  same([
    [SUSPEND_FISHING, 'when did russia most recently suspend a deal with japan'],
    [SUSPEND_FISHING, 'When did Russia most recently SUSPEND (not end) an agreement with Japan?'],
    [SUSPEND_FISHING, 'when did russia most recently freeze an agreement with japan'],
    [SUSPEND_FISHING, 'what was the latest agreement russia suspended'],
    [END_ISLANDS, 'the last time moscow walked away from an agreement with tokyo over the islands, when was it?'],
  ]);
  changed([
    [SUSPEND_FISHING, 'when did russia most recently end a deal with japan'],
    [SUSPEND_FISHING, 'when did russia most recently terminate an agreement with japan'],
  ]);
});

describe('round 12 recent: "island-related" and "affects the dispute" only say what every record is about', () => {
  answered([PASS_LAW]);
  same([
    [END_ISLANDS, 'when did russia last end an island-related agreement'],
    [SUSPEND_FISHING, 'when did russia last suspend a fishing-related agreement'],
    [SUSPEND_FISHING, 'when did russia most recently suspend an island-related deal with japan'],
    [PASS_LAW, 'when did russia last pass a law that affects the island dispute'],
    [PASS_LAW, 'when did russia last pass a law in a way that bears on the territorial dispute'],
    [PASS_LAW, 'when did russia most recently sign a law affecting the dispute'],
  ]);
});

describe('round 12 recent: flexing muscle is a show of force, which the records call drills', () => {
  answered([SHIKOTAN_DRILLS]);
  same([
    [SHIKOTAN_DRILLS, 'Most recent time russia flexed its military muscle around Shikotan?'],
    [SHIKOTAN_DRILLS, 'when did russia last flex its muscles near shikotan'],
    [SHIKOTAN_DRILLS, 'latest russian show of force near shikotan'],
    [SHIKOTAN_DRILLS, 'when did russia most recently put on a show of force around shikotan'],
  ]);
  changed([
    [SHIKOTAN_DRILLS, 'when did japan last flex its muscles near shikotan'],
  ]);
});

describe('round 12 recent: changing its laws is passing one', () => {
  same([
    [PASS_LAW, 'when did russia last change its laws'],
    [PASS_LAW, 'when did russia most recently amend its own legislation'],
    [PASS_LAW, 'When did Russia most recently change its own laws in a way that affects the island dispute?'],
    [PASS_LAW, 'when did russia last rewrite its laws'],
  ]);
  changed([
    [PASS_LAW, 'when did russia last amend its constitution'],
    [PASS_LAW, 'when did japan last change its laws'],
  ]);
});

const PM_ETOROFU = 'has a russian PM visited Etorofu lately?';
const MEDVEDEV_ITURUP = 'when did medvedev last visit iturup';

describe('round 12 recent: "A or B" of two islands or two offices asks about either', () => {
  answered([PM_ETOROFU, MEDVEDEV_ITURUP]);
  same([
    [PM_ETOROFU, 'has a russian PM visited Etorofu or Kunashir lately?'],
    [PM_ETOROFU, 'has a russian PM visited Kunashir or Etorofu lately?'],
    [PM_ETOROFU, 'has any russian president or PM visited Etorofu or Kunashir lately?'],
    [MEDVEDEV_ITURUP, 'when did a russian president or prime minister last visit etorofu'],
    [MEDVEDEV_ITURUP, 'when did a russian prime minister or president last visit kunashir or etorofu'],
    [MEDVEDEV_ITURUP, 'when did medvedev last visit kunashir or iturup'],
    ['has a russian president visited Shikotan?', 'has a russian president visited Shikotan or Habomai?'],
    // A choice between the two is no "either": left to the comparison.
    ['which is larger, Etorofu or Kunashiri?', 'which island is larger, Etorofu or Kunashiri?'],
  ]);
  changed([
    [MEDVEDEV_ITURUP, 'when did medvedev last visit kunashir or the moon'],
    [PM_ETOROFU, 'has a russian PM visited Shikotan or Habomai lately?'],
  ]);
});

const ANYONE_RECOGNISED = 'has anyone recognised the northern territories as japanese';
const LATELY_RECOGNISED = 'lately has anyone recognised the islands as japanese?';

describe('round 12 recent: any other country backing a side\'s claim', () => {
  answered([ANYONE_RECOGNISED, LATELY_RECOGNISED]);
  same([
    [ANYONE_RECOGNISED, 'has any country recognised the northern territories as japanese'],
    [ANYONE_RECOGNISED, "has any other country backed japan's claim to the islands?"],
    [ANYONE_RECOGNISED, "did another nation endorse japan's claim to the northern territories?"],
    [LATELY_RECOGNISED, "Lately has any other country come out and backed japan's claim to the islands?"],
    [LATELY_RECOGNISED, "lately has some foreign government supported japan's claim to the islands?"],
  ]);
  changed([
    [ANYONE_RECOGNISED, "has any country backed russia's claim to the islands"],
    [ANYONE_RECOGNISED, 'has any country recognised the northern territories as russian'],
  ]);
});

const KISHIDA_VISIT = 'when did kishida last visit the islands';

describe('round 12 recent: a deed no record tells is not on record', () => {
  it(`declined: ${KISHIDA_VISIT}`, () => expect(signature(KISHIDA_VISIT).declined).toBe(true));
  same([
    [KISHIDA_VISIT, 'when did a russian leader last visit shikotan'],
    [KISHIDA_VISIT, 'when did a russian leader last visit habomai'],
    [KISHIDA_VISIT, 'when did putin last visit shikotan'],
  ]);
  changed([['when did a russian leader last visit kunashir', 'when did a russian leader last visit shikotan']]);
});

describe('round 12 recent: passing since the merge with round 12 paraphrases ("touches on" is "about")', () => {
  same([['most recent law Putin signed', 'most recent law Putin signed that touches on Japan and WW2']]);
});

describe('round 12 recent: still diverging', () => {
  sameFails([
    [
      'latest agreement between the russian and japanese leaders on the islands',
      'latest big treaty-type understanding between the russian and japanese leaders on the islands, before everything froze?',
      '"treaty-type understanding" and "before everything froze" (a period told by an event) are not read',
    ],
  ]);
});
