import { describe, expect, it } from 'vitest';
import { ask } from '../../support/ask.js';
import { agrees, expectSame, refuses, sameFirst, verdict, type Pair } from '../../support/metamorphic.js';

/**
 * Round 16 metamorphic tests for yes/no questions about the order in time of two things, each with a
 * record of its own (order-between.ts; docs/questions-log.md, "Round 16: order"). The pairs are
 * written from data/kuril/: a question and a rewrite in other words ("before" / "prior to" / "ahead
 * of", "after" / "following" / "only after", "had … already … when", "by the time", "which came
 * first", "did X precede Y", "is it true that …", a tag, a pronoun for the doer) that must get the
 * same verdict from the same record; the same question with the order word turned round, which must
 * get the other verdict from the same records; and a question with one side swapped for something
 * with no record of its own, or for a record of the same day, which must be declined.
 */

const agree = (pair: Pair) => it(`${pair[0]}  ~  ${pair[1]}`, () => agrees(pair));
const same = ([a, b]: Pair) => it(`${a}  ~  ${b}`, () => expectSame(a, b));
const first = (pair: Pair) => it(`${pair[0]}  ~first~  ${pair[1]}`, () => sameFirst(pair));
const refused = (pair: Pair) => it(`${pair[0]}  ⇒ declined:  ${pair[1]}`, () => refuses(pair));

/** The order turned round: the other verdict, read from the same record. */
const flips = ([original, variant]: Pair) =>
  it(`${original}  ⇄  ${variant}`, () => {
    const a = verdict(original);
    const b = verdict(variant);
    expect(a.lead, original).toMatch(/^(?:Yes|No)$/);
    expect(b.lead, variant).toBe(a.lead === 'Yes' ? 'No' : 'Yes');
    expect(b.first, variant).toBe(a.first);
  });

/** Both records cited, the main clause's first. */
const cites = (question: string, ids: readonly [string, string]) =>
  it(`cites both: ${question}`, () => {
    const r = ask(question);
    expect(r.declined, question).toBe(false);
    expect(r.events.slice(0, 2).map((e) => e.id)).toEqual([...ids]);
  });

describe('the round 16 failures, answered from both records', () => {
  cites('Were the Vostok-2022 drills on Etorofu and Kunashiri held before Moscow formally scrapped the visa-free agreements?', ['2022-09-03-vostok-2022-drills-on-etorofu-and-kunashiri', '2022-09-05-russia-ends-visa-free-exchanges-and-visits']);
  cites('Were the Soviet notes that made the handover depend on foreign troops leaving Japan sent before the 1956 declaration?', ['1960-01-27-gromyko-memorandum-adds-troop-condition', '1956-10-19-soviet-japanese-joint-declaration']);
  cites('Did Japan protest the Russian drills off Kunashiri only after Moscow had suspended the peace talks?', ['2022-02-07-kishida-northern-territories-day-and-kunashiri-drills-protest', '2022-03-21-russia-suspends-peace-talks']);
});

describe('the same order in other words', () => {
  agree(['Were the Vostok-2022 drills on Etorofu and Kunashiri held before Moscow formally scrapped the visa-free agreements?', 'Did Russia stage the Vostok-2022 exercises on Etorofu and Kunashiri prior to the day Russia ended the visa-free exchange agreements?']);
  agree(['Were the Vostok-2022 drills on Etorofu and Kunashiri held before Moscow formally scrapped the visa-free agreements?', 'Is it true that the Vostok-2022 drills were held before Russia ended the visa-free exchange agreements?']);
  agree(['Did Japan protest the Russian drills off Kunashiri only after Moscow had suspended the peace talks?', 'Did Tokyo protest the drills off Kunashiri after Russia halted the peace-treaty talks?']);
  agree(['Did Japan protest the Russian drills off Kunashiri only after Moscow had suspended the peace talks?', 'Was it only after Russia suspended the peace talks that Japan protested the Russian drills off Kunashiri?']);
  agree(['Were the Soviet notes that made the handover depend on foreign troops leaving Japan sent before the 1956 declaration?', 'Did Gromyko add the foreign-troop condition to the island handover before the 1956 Joint Declaration?']);
  agree(['Did the Soviet Union declare war on Japan after the Yalta agreement?', 'Did the Soviet declaration of war on Japan follow the Yalta agreement?']);
  agree(['Had the Soviet Union already declared war when the battle of Shumshu began?', 'By the time the battle of Shumshu began, had the Soviet Union declared war on Japan?']);
  agree(['Had the Soviet Union already declared war when the battle of Shumshu began?', 'Did the Soviet Union declare war on Japan prior to the battle of Shumshu?']);
  agree(['Was the Tokyo Declaration signed before the Irkutsk Statement?', 'The Tokyo Declaration came before the Irkutsk Statement, right?']);
  agree(['Was the Tokyo Declaration signed before the Irkutsk Statement?', 'Did the Tokyo Declaration precede the Irkutsk Statement?']);
  agree(['Did Medvedev visit Kunashir before he visited Iturup?', 'Did Medvedev go to Kunashir before Medvedev visited Iturup?']);
  agree(['Did Russia suspend the fishing agreement before it ended the visa-free agreements?', 'Was the 1998 fishing agreement suspended by Russia before the visa-free exchange agreements were ended?']);
  agree(["Did Japan's Diplomatic Bluebook call the islands illegally occupied after Russia suspended the peace talks?", 'Did the Diplomatic Bluebook call the four islands illegally occupied following the suspension of the peace-treaty talks by Russia?']);
  agree(['Did Putin sign the law on the Day of Victory over Militaristic Japan before the Matua drills?', 'Had Putin already signed the law making 3 September the Day of Victory over Militaristic Japan when Russian missile troops drilled on Matua?']);
  agree(["Did the Kremlin say agreements were unlikely after Takaichi told the rally Japan's position was unchanged?", 'Did Peskov say agreements with Japan were unlikely following the Northern Territories Day rally of 2026?']);
  agree(['Did Japan renounce the Kurils before the Soviet Union declared war on Japan?', 'Did Japan give up the Kurile Islands in the San Francisco treaty before the Soviet Union declared war on Japan?']);
  agree(['did russia end the visa-free exchanges later than the vostok 2022 drills?', 'Did Russia scrap the visa-free exchange agreements after the Vostok-2022 drills?']);
  agree(['was the yalta deal earlier than the soviet declaration of war?', 'Did the Yalta agreement come before the Soviet declaration of war on Japan?']);
  agree(['Were the simplified visits for former residents agreed before the fishing agreement?', 'Was the agreement on simplified visits by former residents signed prior to the safe-fishing agreement?']);
  agree(['Were the visa-free exchanges agreed before the Tokyo Declaration?', 'Had the visa-free exchanges been agreed by the time the Tokyo Declaration was signed?']);
});

describe('lead-ins, short years, a thing and its making', () => {
  agree(['Were the Vostok-2022 drills on Etorofu and Kunashiri held before Moscow formally scrapped the visa-free agreements?', 'quick check: were the vostok drills before russia ended visa-free travel?']);
  agree(['Was the San Francisco treaty signed before the 1956 declaration?', 'was the san francisco peace treaty earlier than the 56 declaration?']);
  agree(["Were the Soviet notes that made the handover depend on foreign troops leaving Japan sent before the 1956 declaration?", "Was Gromyko's memorandum sent before the Joint Declaration of 1956?"]);
  agree(['Was the Tokyo Declaration signed before the Irkutsk Statement?', 'Was the 1993 declaration signed before the 2001 statement?']);
  same(['Did the Tokyo Declaration come before or after the Irkutsk Statement?', "I'm writing an essay: was the Tokyo Declaration before or after the Irkutsk Statement?"]);
});

describe('the order turned round', () => {
  flips(['Did Russia suspend the peace talks before the Vostok-2022 drills?', 'Did Russia suspend the peace talks after the Vostok-2022 drills?']);
  flips(['Was the Tokyo Declaration signed before the Irkutsk Statement?', 'Was the Tokyo Declaration signed after the Irkutsk Statement?']);
  flips(['Was the Treaty of Shimoda signed before the Treaty of St Petersburg?', 'Was the Treaty of Shimoda signed after the Treaty of St Petersburg?']);
  flips(['Did the Treaty of Portsmouth come after the Treaty of St Petersburg?', 'Did the Treaty of Portsmouth come before the Treaty of St Petersburg?']);
  flips(['Did Zelensky recognise the Northern Territories as Japanese after Russia ended the visa-free agreements?', 'Did Zelensky recognise the Northern Territories as Japanese before Russia ended the visa-free agreements?']);
  flips(['Did Lavrov say Japan\'s claim runs against the UN Charter after the Singapore meeting?', 'Did Lavrov say Japan\'s claim runs against the UN Charter before the Singapore meeting?']);
  flips(['Did Japan protest the drills north of Shikotan before Takaichi\'s first policy speech?', 'Did Japan protest the drills north of Shikotan after Takaichi\'s first policy speech?']);
  flips(['Did the Soviet decree incorporating the Kurils come before the San Francisco treaty?', 'Did the Soviet decree incorporating the Kurils come after the San Francisco treaty?']);
  flips(['Had the visa-free exchanges been agreed by the time the Tokyo Declaration was signed?', 'Had the visa-free exchanges been agreed by the time Japan established Northern Territories Day?']);
  flips(['Did Russia put the Bastion division on duty on Paramushir after the Zelensky decree?', 'Did Russia put the Bastion division on duty on Paramushir before the Zelensky decree?']);
  flips(['Did Kishida call the halt of the talks unjust after Russia suspended the talks?', 'Did Kishida call the halt of the talks unjust before Russia suspended the talks?']);
});

describe('which came first', () => {
  same(['Which came first, the Yalta agreement or the Soviet declaration of war on Japan?', 'The Yalta agreement or the Soviet declaration of war on Japan, which came first?']);
  first(['Which came first, the Yalta agreement or the Soviet declaration of war on Japan?', 'Which came first, the Soviet declaration of war on Japan or the Yalta agreement?']);
  first(['Which came first: the San Francisco treaty or the 1956 declaration?', 'Did the 1956 declaration or the San Francisco Peace Treaty come first?']);
  first(['Which came first: the Treaty of Portsmouth or the Yalta agreement?', 'Which happened earlier, the Yalta agreement or the Treaty of Portsmouth?']);
  it('which came later cites the later record first', () => {
    expect(ask('Which happened later, the San Francisco treaty or the Soviet decree incorporating the Kurils?').events[0]?.id).toBe('1951-09-08-san-francisco-peace-treaty');
  });
  it('before or after answers which of the two', () => {
    expect(ask('Did the Tokyo Declaration come before or after the Irkutsk Statement?').reply.lead).toMatch(/^Before\./);
    expect(ask('Was the Irkutsk Statement before or after the Tokyo Declaration?').reply.lead).toMatch(/^After\./);
  });
});

describe('a side with no record of its own, or dates that do not tell the order: declined', () => {
  // No record of the war in Ukraine itself: an analyst's "the Second World War never ended" is none.
  refused(['Did Russia hold the Vostok-2022 drills before the Zelensky decree?', 'Did Russia hold the Vostok-2022 drills before the Ukraine war?']);
  // The same day, 26 March 2022, and neither record says it answered the other.
  refused(['Did Suzuki warn of a clash with Russia after Russia suspended the peace talks?', 'Did Suzuki warn of a clash with Russia after Kishida warned in Hiroshima that Russian nuclear use was increasingly real?']);
  // Two protests of Russian drills on record (2022 and 2025), on either side of the Vostok drills.
  refused(['Did Japan protest the drills off Kunashiri before the Vostok-2022 drills?', 'Did Japan protest Russian drills before the Vostok-2022 drills?']);
  // Overlapping: the Al-Qassas interview ran over 25–28 March 2022, Kishida's warning on the 26th.
  refused(['Did Poccolini say Japan cannot stay neutral after Kishida\'s Hiroshima warning?', 'Did Al-Qassas say Russia cannot be expected to react after Kishida\'s Hiroshima warning?']);
  // One side with a false detail: no record of it, so no order to give.
  refused(['Did Japan renounce the Kurile Islands before the 1956 declaration?', 'Did Japan renounce Sakhalin before the 1956 declaration?']);
  refused(['Did Medvedev visit Iturup before the constitutional amendments were approved?', 'Did Putin visit Iturup before the constitutional amendments were approved?']);
  refused(['Did Russia put the Bastion division on duty on Paramushir after the Zelensky decree?', 'Did Russia deploy Bastion missiles on Iturup after the Zelensky decree?']);
  refused(["Did Japan protest the drills north of Shikotan before Takaichi's first policy speech?", "Did Japan protest the Matua drills before Takaichi's first policy speech?"]);
  refused(['Did Russia hold the Vostok-2022 drills before it ended the visa-free agreements?', 'Did Russia hold the Vostok-2022 drills before it ended the fishing quotas with China?']);
  // A deed that recurs and is not singled out: a visit or a statement on record after the other
  // thing is no record that there was none before it, so no "No".
  refused(['Did Medvedev visit Kunashir before he visited Iturup?', 'Did Medvedev visit Kunashir after he visited Iturup?']);
  refused(["Did the Kremlin say agreements were unlikely after Takaichi told the rally Japan's position was unchanged?", "Did the Kremlin say agreements were unlikely before Takaichi told the rally Japan's position was unchanged?"]);
  refused(['Did Russia hold drills in the Kurils before Japan protested the drills north of Shikotan?', 'Did Russia hold drills in the Kurils before Russia suspended the peace talks?']);
  // How far apart is not in the dates' order: "shortly after" is left to the rest of the engine.
  refused(['Did the battle of Shumshu come after the Soviet declaration of war?', 'Did the battle of Shumshu come shortly after the Soviet declaration of war?']);
});

describe('records of the same day: the order is the record\'s own word', () => {
  // Peskov was "answering Prime Minister Takaichi's policy speech of the same day".
  // "Before" gets no "No": that Peskov said it after is no record that he did not say it before.
  refused(["Did the Kremlin say agreements were unlikely after Takaichi's policy speech of 20 February 2026?", "Did the Kremlin say agreements with Japan were unlikely before Takaichi's policy speech of 20 February 2026?"]);
  agree(["Did the Kremlin say agreements were unlikely after Takaichi's policy speech of 20 February 2026?", "Was it after Takaichi's policy speech of 20 February 2026 that Peskov said agreements with Japan were unlikely?"]);
});

describe('orders a record itself states stay as they were', () => {
  it('the occupation "after Japan had announced its surrender"', () => {
    expect(ask('did the soviets take the four islands before japan surrendered').reply.lead).toMatch(/^No\b/);
  });
  it('Suzuki went "without telling his party"', () => {
    expect(ask('did suzuki tell his party before he flew to moscow in 2023?').reply.lead).toMatch(/^No\b/);
  });
  it('the protest to the ambassador the day after the halt', () => {
    expect(ask("did japan protest to russia's ambassador after moscow dropped the peace talks?").reply.lead).toMatch(/^Yes\b/);
  });
});

describe('known divergences', () => {
  // "Got round to the four southern islands" is read as no deed: the occupation is not found for it.
  it.fails('an idiom for reaching the islands', () => {
    expect(verdict('did the soviets fight their way onto shumshu before they got round to the four southern islands in 1945?').lead).toBe('Yes');
  });
});

describe('a reaction after a thing is a reaction to it, read from that thing\'s record (the lead\'s merge)', () => {
  // "Did Japan protest after Medvedev visited Kunashir?" was answered "Yes" from a protest of 2022,
  // later than the visit but about something else; the visit's own record says Tokyo protested it.
  const reactedTo = (question: string, id: string) =>
    it(`${question} → ${id}`, () => {
      const r = ask(question);
      expect(r.declined, question).toBe(false);
      expect(r.events[0]?.id, question).toBe(id);
    });
  reactedTo('Did Japan protest after Medvedev visited Kunashir?', '2010-11-01-medvedev-visits-kunashir');
  reactedTo('did tokyo complain after medvedev went to iturup in 2019', '2019-08-02-medvedev-visits-iturup');
  reactedTo('Did Japan protest after Russia suspended the peace talks?', '2022-03-22-kishida-protests-talks-halt');
  // A reaction with an object of its own is still ordered by the two records' dates.
  cites('Did Japan protest the Russian drills off Kunashiri only after Moscow had suspended the peace talks?', ['2022-02-07-kishida-northern-territories-day-and-kunashiri-drills-protest', '2022-03-21-russia-suspends-peace-talks']);
});
