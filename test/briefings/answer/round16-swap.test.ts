import { describe, expect, it } from 'vitest';
import { agrees, refuses, verdict, type Pair } from '../../support/metamorphic.js';

/**
 * Round 16 metamorphic tests for the swapped element (docs/questions-log.md, "Round 16: swap"): a
 * yes/no question that matches one record in everything but one element (an island, a doer, a
 * number, an act, the direction of a transfer, a treaty's name) gets the record's "No", read from
 * the record that gives that element otherwise. Written from data/kuril/ in our own wording.
 *
 * - flips: the original, with the record's own element, is a "Yes"; the rewrite with one element
 *   swapped is a "No" from the very same record.
 * - agree: two wordings of a swapped question get the same verdict from the same record.
 * - refuses: where the records do not settle which element is wrong, or give no value for it, the
 *   rewrite is declined (never a "No" made up from silence).
 */

const agree = (pair: Pair) => it(`${pair[0]}  ~  ${pair[1]}`, () => agrees(pair));
const refuse = (pair: Pair) => it(`${pair[0]}  ⇒ declined: ${pair[1]}`, () => refuses(pair));
/** The original is a "Yes"; the rewrite with one element swapped is a "No" from the same record. */
const flips = ([original, swapped]: Pair) =>
  it(`${original}  ⇄  ${swapped}`, () => {
    const before = verdict(original);
    expect(before.lead, original).toBe('Yes');
    expect(verdict(swapped), swapped).toEqual({ lead: 'No', first: before.first });
  });
/** A pair that still diverges, with its cause (an expected failure). */
const fails = (pair: Pair, cause: string) => it.fails(`${pair[1]} (${cause})`, () => agrees(pair));
/** A "No" from the named record. */
const noFrom = (question: string, id: string) => it(`No from ${id}: ${question}`, () => expect(verdict(question)).toEqual({ lead: 'No', first: id }));

describe('another island, the occasion pinned by its time', () => {
  flips(['Did Medvedev go to Kunashir in 2010?', 'did medvedev go to shikotan in 2010']);
  flips(["Was Medvedev's 2019 visit to Iturup?", "Was Medvedev's 2019 visit to Kunashiri?"]);
  flips(['In August 2024, did Russian missile troops drill on Matua?', 'In August 2024, did Russian missile troops drill on Shikotan?']);
  flips(['Did Japan in May 2025 protest Russian firing drills north of Shikotan?', 'Did Japan in May 2025 protest Russian firing drills north of Kunashiri?']);
  flips(['Was the Bastion division put on duty on Paramushir in December 2022?', 'Was the Bastion division put on duty on Shumshu in December 2022?']);
  flips(['Did Japan protest Russian drills off Kunashiri in February 2022?', 'Did Japan protest Russian drills off Etorofu in February 2022?']);
  flips(['Were the Vostok-2022 drills held on Etorofu?', 'Were the Vostok-2022 drills held on Matua?']);
  agree(['did medvedev go to shikotan in 2010', "was Medvedev's 2010 trip to Shikotan?"]);
  agree(['did medvedev go to shikotan in 2010', 'Is it true that Medvedev visited Shikotan in 2010?']);
  agree(['did medvedev go to shikotan in 2010', 'Did the Russian president fly to Shikotan in November 2010?']);
  agree(["Was Medvedev's 2010 visit, the one Tokyo protested, to Iturup?", "For a school project: was Medvedev's 2010 visit to Iturup?"]);
  agree(["I'm writing up the 2024 drills. Were Russia's missile troop exercises in August 2024 held on Kunashir?", 'In August 2024, did Russian missile troops drill on Shikotan?']);
  agree(['Was the Bastion coastal missile unit that went on duty in December 2022 placed on Etorofu?', 'Was the Bastion division put on duty on Shumshu in December 2022?']);
  agree(['Did Japan protest in May 2025 about Russian firing drills north of Etorofu?', 'Did the firing drills Japan protested in May 2025 take place north of Etorofu?']);
  // "Was Shikotan where Medvedev went in 2010?": the island fronted as the subject of "was … where" is
  // read as no visit at all ("went" after "where" is not turned into the records' "visit"), so the
  // question is declined where "did Medvedev go to Shikotan in 2010" gets the record's "No".
  fails(['did medvedev go to shikotan in 2010', 'Was Shikotan where Medvedev went in 2010?'], 'a place fronted before "where" hides the visit');
  // The asked island is on record for the same man at another time: the year or the island may be wrong.
  refuse(['did medvedev go to shikotan in 2010', 'did medvedev visit kunashir in 2019']);
  refuse(['Did Medvedev go to Kunashir in 2010?', 'Did Medvedev visit Etorofu in 2010?']);
  // Two elements swapped (the man and the island) are no one record's "No".
  refuse(['did medvedev go to shikotan in 2010', 'Did Putin visit Shikotan in 2010?']);
  // Another person, the occasion pinned only by its year: no one visit is named, and Medvedev's visit
  // that year does not rule out Lavrov's (the lead's merge; another.ts keeps place swaps only).
  refuse(['did medvedev go to shikotan in 2010', 'did lavrov visit etorofu in 2019?']);
  refuse(['Did Japan protest in May 2025 about Russian firing drills north of Etorofu?', 'Did China protest in May 2025 about Russian firing drills north of Shikotan?']);
  // What someone said is said by many: Peskov's words are no "No" to Lavrov's.
  refuse([
    'Did Peskov say in February 2026 that agreements with Japan were unlikely without a change in relations?',
    "After Takaichi's policy speech in February 2026, did Foreign Minister Lavrov say agreements with Japan were unlikely without a change in relations?",
  ]);
});

describe('another number', () => {
  flips(['Were more than 3,000 troops in the March 2022 drills in the Kurils?', 'Were only 300 troops in the March 2022 drills in the Kurils?']);
  flips(['Were more than 3,000 troops in the March 2022 drills in the Kurils?', 'Did the March 2022 Kuril exercises involve a few dozen troops?']);
  agree(['were there only like a few hundred troops in the march 2022 kuril drills', 'Did about a thousand soldiers take part in the Kuril drills of March 2022?']);
  flips(['Did Soviet forces occupy four islands in 1945?', 'Did Soviet troops take two islands in 1945?']);
  flips(['Were more than 3,000 troops in the March 2022 drills in the Kurils?', 'Did fewer than 1,000 troops take part in the March 2022 drills in the Kurils?']);
  // A count of islands in a remark on the map (the record's note) is no count of what the declaration promised.
  it('the 1956 declaration and "two islands": no "No" from another count', () => expect(verdict('Did the 1956 declaration promise two islands to Japan?').lead).not.toBe('No'));
  // "More than 3,000" does not rule out 10,000 or 5,000: no "No", and no "Yes" either.
  refuse(['Were more than 3,000 troops in the March 2022 drills in the Kurils?', 'Were there 10,000 soldiers in the Kuril drills of March 2022?']);
  refuse(['Were more than 3,000 troops in the March 2022 drills in the Kurils?', 'Did some 5,000 troops drill in the Kurils in March 2022?']);
});

describe('another act: ended, not suspended', () => {
  noFrom('in sept 2022 did ru just suspend the visa free visits again', '2022-09-05-russia-ends-visa-free-exchanges-and-visits');
  noFrom('Was the visa-free exchange only put on hold in September 2022?', '2022-09-05-russia-ends-visa-free-exchanges-and-visits');
  noFrom('Did Russia temporarily halt the visa-free exchanges in September 2022?', '2022-09-05-russia-ends-visa-free-exchanges-and-visits');
  agree(['in sept 2022 did ru just suspend the visa free visits again', 'Did Russia merely suspend the former-resident visits agreement in September 2022?']);
  agree(['in sept 2022 did ru just suspend the visa free visits again', 'Did Russia only freeze the visa-free exchanges in September 2022?']);
  // March's record tells the suspension itself; June's fishing record a suspension, no end.
  it('In March 2022 the suspension is a "Yes"', () => expect(verdict('In March 2022, did Russia suspend the visa-free exchanges?').lead).toBe('Yes'));
  it('June 2022: the fishing agreement suspended, a "Yes"', () => expect(verdict('Did Russia suspend the 1998 fishing agreement in June 2022?').lead).toBe('Yes'));
});

describe('the other direction of a transfer', () => {
  flips(['Did the Treaty of Portsmouth give southern Sakhalin to Japan?', 'Did the Treaty of Portsmouth give southern Sakhalin to Russia?']);
  flips(['Did Russia give the Kurils to Japan in the 1875 treaty?', 'Did Japan give the Kurils to Russia in the 1875 treaty?']);
  agree(['For my essay on the 1870s, did Japan hand the Kuril chain to Russia in return for Sakhalin in 1875?', 'For my history class, did Japan cede the Kurils to Russia in 1875?']);
  agree(['For my essay on the 1870s, did Japan hand the Kuril chain to Russia in return for Sakhalin in 1875?', 'did japan hand over the kurils to russia under the treaty of st petersburg']);
});

describe('another doer: a body where the record names who did it', () => {
  flips(['Was it Zelensky who recognised the Northern Territories as Japanese?', 'Was it the Ukrainian parliament that recognised the Northern Territories as Japanese?']);
  agree(["Was it Ukraine's parliament that recognised the Northern Territories as Japanese?", 'Was it the Ukrainian parliament that recognised the Northern Territories as Japanese?']);
  // A record that names only the state says nothing of which body acted.
  refuse(['Was the Bastion division put on duty on Paramushir in December 2022?', "Was it Russia's parliament that put the Bastion division on duty on Paramushir?"]);
  // Not a cleft: passing a law is another act than the decree on record.
  refuse(["Was it Ukraine's parliament that recognised the Northern Territories as Japanese?", 'did the ukrainian rada pass a law on the northern territories']);
});

describe('another treaty by name', () => {
  flips(['Is Northern Territories Day on the anniversary of the Shimoda treaty?', 'Is Northern Territories Day the anniversary of the Treaty of Portsmouth?']);
  flips(['Is February 7 the anniversary of the Treaty of Shimoda?', 'Is February 7 the anniversary of the Tokyo Declaration?']);
  agree(['is northern territories day on the anniversary of the portsmouth treaty', 'Is Northern Territories Day the anniversary of the Treaty of Portsmouth?']);
  noFrom('Does 7 February mark the anniversary of the San Francisco treaty?', '1855-02-07-treaty-of-shimoda');
});
