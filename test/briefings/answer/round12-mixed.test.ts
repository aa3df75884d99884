import { describe, expect, it } from 'vitest';
import { ask } from '../../support/ask.js';
import { agrees, each, expectChanged, expectSame, neverYes, type Pair, signature, refuses } from '../../support/metamorphic.js';

/**
 * Round 12 metamorphic tests for positions, start/end, latest, status, an actor and a decline
 * (docs/questions-log.md, "Round 12: positions, status, latest, actors and a decline"). Each pair is a
 * question the engine answers right (checked against data/kuril/) and a rewrite of our own: a season
 * dated by the clock ("last autumn"), a first clause about the user's own reading ("I haven't followed
 * … since …"), several words for "now", "consider X occupied" without "as", quitting a party, a
 * speaker's verdict in an attributed why-question, a term of a deal that no record names. Pairs with
 * a false detail must change the answer and never get a "Yes".
 */

const same = ([original, variant]: Pair) => expectSame(original, variant);
const changed = ([original, variant]: Pair) => expectChanged(original, variant);

/** Both answers cite the same records (in the order of the path that reached the status line). */
function sameCited([original, variant]: Pair): void {
  expectSame(original, variant);
  expect(ask(variant).events.map((e) => e.id).sort(), variant).toEqual(ask(original).events.map((e) => e.id).sort());
}

describe('a season dated by the clock: "last autumn" is September–November of the year before (asked in March 2026)', () => {
  each(
    [
      ['what happened since autumn 2025', 'what happened since last autumn'],
      ['what happened since autumn 2025', 'what has happened since last fall?'],
      ['what happened in autumn 2025', 'what happened last autumn'],
      ['what happened in spring 2025', 'what happened last spring'],
      ['what happened in summer 2025', 'anything happen over the past summer?'],
      ['what happened since autumn 2025', 'since the previous autumn, what has happened?'],
    ],
    same,
  );
  each(
    [
      ['what happened in autumn 2025', 'what happened last spring'],
      ['what happened in spring 2025', 'what happened last autumn'],
    ],
    changed,
  );
});

describe('a first clause about the user\'s own reading: its topic and date are the question\'s', () => {
  each(
    [
      ['what happened in the island dispute since autumn 2025?', "I haven't followed the island dispute since last autumn — what happened since then?"],
      ['what happened in the island dispute since autumn 2025?', "I haven't followed the island dispute since last autumn, what happened?"],
      ['what happened in the island dispute since autumn 2025?', "I've not been following the islands story since autumn 2025; what happened after that?"],
      ['what happened in the island dispute since autumn 2025?', 'I lost track of the kuril dispute after autumn 2025 — what happened since then?'],
      ['what happened in the kuril dispute since 2024?', "I haven't kept up with the kuril dispute since 2024 — what's new?"],
      ['what happened in the kuril dispute since 2024?', 'i havent followed the kuril dispute since 2024. what happened since then?'],
      ['what happened in spring 2025', "I haven't followed the dispute since last spring — what happened since then?"],
    ],
    same,
  );
  each(
    [
      ["I haven't followed the island dispute since last autumn — what happened since then?", "I haven't followed the island dispute since 2022 — what happened since then?"],
      ["I haven't followed the island dispute since last autumn — what happened since then?", "I haven't followed the island dispute since last spring — what happened since then?"],
    ],
    changed,
  );
});

describe('several words for "now" outside a yes/no question', () => {
  each(
    [
      ['where does the kuril islands dispute stand now', 'where does the kuril islands dispute stand at the moment'],
      ['where does the kuril islands dispute stand now', 'where does the kuril dispute stand at this point in time?'],
      ['where does the kuril islands dispute stand now', 'at the moment, where does the island dispute stand?'],
      ['where does the kuril islands dispute stand now', 'where does the dispute over the kurils stand these days'],
      ['can russia legally give territory away under its constitution now?', 'Can Russia legally give territory away under its constitution these days?'],
      ['can russia legally give territory away under its constitution now?', 'can russia legally give away territory under its constitution at the moment?'],
      ['what does japan want now', 'what does japan want these days'],
    ],
    same,
  );
});

describe('the status line cites the records it names by their day', () => {
  each(
    [
      ['where does the kuril islands dispute stand now', 'what is the state of the kuril islands dispute now'],
      ['where does the kuril islands dispute stand now', 'where do things stand at this point in time'],
    ],
    sameCited,
  );
  it('the status answer cites the suspension it dates "since 21 March 2022"', () => {
    const r = ask('where does the kuril islands dispute stand now');
    expect(r.reply.lead).toContain('21 March 2022');
    expect(r.events.map((e) => e.id)).toContain('2022-03-21-russia-suspends-peace-talks');
  });
});

describe('"consider / deem X (to be) illegally occupied" without "as" is calling them so', () => {
  each(
    [
      ['does japan call the islands illegally occupied?', 'does tokyo consider the islands illegally occupied?'],
      ['does japan call the islands illegally occupied?', 'does japan deem the four islands illegally occupied?'],
      ['does japan call the islands illegally occupied?', 'does japan consider the islands to be illegally occupied?'],
      ['does japan call the islands illegally occupied?', 'Does the Japanese government consider the islands illegally occupied?'],
      ['does japan call the islands illegally occupied?', 'does japan consider the islands illegally occupied by russia?'],
    ],
    agrees,
  );
  each(
    [
      ['does japan call the islands illegally occupied?', 'does russia consider the islands illegally occupied?'],
      ['does japan call the islands illegally occupied?', 'does japan consider the islands illegally occupied by china?'],
      ['does japan call the islands illegally occupied?', 'does japan deem the islands illegally annexed?'],
    ],
    neverYes,
  );
});

describe('quitting a party is leaving it, quitting talks is suspending them', () => {
  each(
    [
      ['which party did Muneo Suzuki leave in 2023?', 'what party did 鈴木宗男 quit in 2023?'],
      ['which party did Muneo Suzuki leave in 2023?', 'which party did Muneo Suzuki quit?'],
      ['which party did Muneo Suzuki leave in 2023?', 'Muneo Suzuki quit which party in 2023'],
      ['which party did Muneo Suzuki leave in 2023?', 'what party did Suzuki Muneo quit in 2023?'],
      ['when did russia suspend the peace talks', 'when did russia quit the peace talks'],
    ],
    same,
  );
  each([['which party did Muneo Suzuki leave in 2023?', 'which party did Muneo Suzuki quit in 2019?']], changed);
});

describe('a speaker\'s verdict in an attributed why-question: the argument is asked', () => {
  each(
    [
      ['what did lavrov say about japan\'s claim to the islands', "in Lavrov's view, why is japan's demand for the islands wrong?"],
      ['what did lavrov say about japan\'s claim to the islands', "according to Lavrov, why is japan's claim to the islands wrong?"],
      ['what did lavrov say about japan\'s claim to the islands', "in Lavrov's view, why is japan's claim to the islands mistaken?"],
      ['what did lavrov say about japan\'s claim to the islands', "per Lavrov, why is Japan's demand for the four islands unfounded?"],
    ],
    same,
  );
  // No verdict word: the statement must hold the question in its title, which says "runs against", not "contradicts".
  it.fails("what did lavrov say about japan's claim to the islands  ~  why does lavrov say japan's claim contradicts the UN charter", () =>
    expectSame("what did lavrov say about japan's claim to the islands", "why does lavrov say japan's claim contradicts the UN charter"),
  );
  each(
    [
      ["according to Lavrov, why is japan's claim to the islands wrong?", "in Peskov's view, why is japan's demand for the islands wrong?"],
      ["according to Lavrov, why is japan's claim to the islands wrong?", "in Lavrov's view, why did japan's bluebook call the islands occupied?"],
    ],
    changed,
  );
});

describe('precision: a term of a deal that no record names is declined', () => {
  each(
    [
      ['what did the 1998 fishing agreement let japanese boats do', 'what fishing quotas did japanese boats get under the 1998 safe-fishing deal?'],
      ['what did the 1998 fishing agreement let japanese boats do', 'what fees did japanese boats pay under the 1998 fishing deal'],
      ['what did the 1998 fishing agreement let japanese boats do', 'which catch limits did the 1998 fishing agreement set?'],
      ['what did the 1998 fishing agreement let japanese boats do', 'what compensation did japan get under the 1998 fishing agreement?'],
      ['what did the 1998 fishing agreement let japanese boats do', 'what tonnage were japanese boats allowed under the 1998 fishing deal?'],
      ['what agreement did russia suspend in june 2022', 'what payments did japan make under the agreement russia suspended in june 2022?'],
    ],
    refuses,
  );
  each(
    [
      ['what did the 1998 fishing agreement let japanese boats do', 'what rules did the 1998 fishing agreement set'],
      ['when did russia suspend the 1998 fishing agreement', 'what agreement did russia suspend in june 2022'],
    ],
    ([original, variant]) => expect(signature(variant).declined, variant).toBe(signature(original).declined),
  );
});

describe('"from what day" is told with the record\'s own "from <day>" (from-day.ts)', () => {
  /** Same record, and the answer holds the day from which the state ran. */
  const fromDay = ([original, variant]: Pair) => {
    expectSame(original, variant);
    expect(signature(variant).lead, variant).toContain('9 August');
  };
  each(
    [
      ['when did the soviet union declare war on japan', 'from what day was the soviet union at war with japan in 1945'],
      ['when did the soviet union declare war on japan', 'from which date was the USSR at war with Japan?'],
      ['when did the soviet union declare war on japan', 'as of what day was moscow at war with tokyo in 1945?'],
      ['when did the soviet union declare war on japan', 'from when was the soviet union at war with japan?'],
    ],
    fromDay,
  );
  // No "from <day>" in the record: the lead is the plain date.
  each(
    [
      ['when were the peace talks suspended', 'from what day were the peace talks suspended'],
      ['when was the 1998 fishing deal suspended?', 'from what date was the 1998 fishing deal suspended?'],
    ],
    ([original, variant]) => expect(signature(variant).lead, variant).toBe(signature(original).lead),
  );
});
