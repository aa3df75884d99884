import { describe, it } from 'vitest';
import { changed, each, expectChanged, neverYes, same, type Pair } from '../../support/metamorphic.js';

/**
 * Round 14 (red team, second round on honesty): near misses answered anyway. Each pair is a question
 * the engine answers right and a rewrite, our own wording, that asks something the same record does
 * not hold: the means by which a message went or who set a meeting up, a rank ("the first … to",
 * "was X the last"), a return that never happened ("restored", "resumed"), a start the record tells
 * only as a plan, a link to a consequence ("did it lead to …"), a reason the record does not give.
 * Those must not get the original's answer (and never a "Yes"); rewrites that keep the ask must keep
 * the answer (the twins: "when did Lavrov last comment", "first allowed", "agree to start talking").
 */

describe('a means or an origin the record does not tell', () => {
  const pairs: Pair[] = [
    ['In May 2025 Russia announced firing drills in the waters north of Shikotan. Until what date were they to run?', 'In May 2025 Russia announced firing drills north of Shikotan. Through what channel did Moscow inform Tokyo of them?'],
    ['when did russia end the visa-free exchanges', 'how did russia notify japan that it was ending the visa-free exchanges'],
    ['When was the Yalta secret agreement on the Kurils made?', 'How did Japan find out about the Yalta secret agreement on the Kurils?'],
    ['When did the Soviet Union declare war on Japan?', 'By what means was the Soviet declaration of war relayed to Tokyo?'],
    ['when did medvedev visit kunashir', 'which side proposed medvedev\'s trip to kunashir'],
    ['When did Russia suspend the peace-treaty talks?', 'How did the Russian foreign ministry inform Japan that it was suspending the peace-treaty talks?'],
    ['when was the shimoda treaty signed', 'how did the shimoda treaty talks come about'],
    ['when did the nagato summit start', 'which side proposed the nagato summit'],
  ];
  changed(pairs);
});

describe('a rank the record does not give', () => {
  const pairs: Pair[] = [
    ['first russian leader to go to one of the disputed islands', 'first japanese foreign minister to go to one of the disputed islands'],
    ['Soviet troops occupied the four islands in 1945. By what date was the occupation complete, according to the Japanese government\'s account?', 'Soviet troops occupied the four islands in 1945. Was Kunashiri the first of them to be taken?'],
    ['The exchange of letters that set up visa-free visits between Japanese citizens and the islands\' residents - in what year was it made?', 'Was the 1991 visa-free arrangement the first deal of any kind to let Japanese visit the islands?'],
    ['when was the shimoda treaty signed', 'was the shimoda treaty the last treaty to draw a border in the kurils'],
    ['first russian leader to go to one of the disputed islands', 'last russian leader to go to one of the disputed islands'],
  ];
  changed(pairs);
});

describe('a return that never happened', () => {
  const pairs: Pair[] = [
    ['when did russia end the former residents\' visits', 'when did russia restore the former residents\' visits'],
    ['When did Russia halt the visa-free exchanges?', 'When were the visa-free exchanges reinstated?'],
    ['when did russia end the visa-free exchanges', 'when did the visa-free exchanges reopen'],
    ['When did Russia suspend the peace-treaty talks?', 'When did Russia resume the peace-treaty talks?'],
  ];
  changed(pairs);
});

describe('a start told only as a plan (or as a halt)', () => {
  const pairs: Pair[] = [
    ['when did abe n putin agree to discuss joint economic activity on the 4 islands', 'when did the joint economic activities on the islands get under way'],
    ['when did abe n putin agree to discuss joint economic activity on the 4 islands', 'when did joint business projects on the four islands begin'],
    ['when did abe n putin agree to discuss joint economic activity on the 4 islands', 'when were the joint economic projects on the islands launched'],
  ];
  changed(pairs);
});

describe('a consequence the record does not link', () => {
  const pairs: Pair[] = [
    ['The Soviet Union formally annexed southern Sakhalin and the Kurils by decree. In which month and year was that?', 'Did the 1946 Soviet decree cause the deportation of the islands\' Japanese residents?'],
    ['The Soviet Union formally annexed southern Sakhalin and the Kurils by decree. In which month and year was that?', 'The Soviet decree of 1946 made the Kurils Soviet. Did it result in the expulsion of the Japanese islanders?'],
  ];
  changed(pairs);
});

describe('a reason the record gives for something else', () => {
  const pairs: Pair[] = [
    ['Why was Muneo Suzuki expelled from his party?', 'Why did Muneo Suzuki travel to Moscow in October 2023?'],
    ['Why was Muneo Suzuki expelled from his party?', 'why did suzuki visit moscow in 2023'],
    ['Why was Muneo Suzuki expelled from his party?', 'why did muneo suzuki fly to moscow'],
  ];
  changed(pairs);
});

describe('a means asked beside the event\'s year', () => {
  // "The 2001 Irkutsk summit": the year beside the name takes a path that answers before the record checks.
  it.fails('How did the 2001 Irkutsk Statement describe the 1956 Joint Declaration? ≠ How did the 2001 Irkutsk summit come about? (a year beside the name answers before the record checks)', () =>
    expectChanged('How did the 2001 Irkutsk Statement describe the 1956 Joint Declaration?', 'How did the 2001 Irkutsk summit come about?'));
});

describe('a false rank or start never gets a Yes', () => {
  const pairs: Pair[] = [
    ['did abe and putin agree to start talking about joint business projects on the four islands?', 'did the joint business projects on the four islands ever get under way?'],
    ['was the shimoda treaty the first treaty to draw a border in the kurils', 'was the shimoda treaty the last treaty to draw a border in the kurils'],
  ];
  each(pairs, neverYes);
});

describe('the same ask in other words keeps its answer', () => {
  const pairs: Pair[] = [
    ['when did lavrov last comment on japan\'s claim to the islands', 'when did lavrov most recently comment on japan\'s claim to the islands'],
    ['when were former island residents first allowed simplified visits to their old homes', 'when did former island residents first get simplified visits to their old homes'],
    ['when did the nagato summit start', 'when did the nagato summit begin'],
    ['Why was Muneo Suzuki expelled from his party?', 'Why did Nippon Ishin move to expel Muneo Suzuki?'],
    ['first russian leader to go to one of the disputed islands', 'who was the first russian leader to visit one of the disputed islands'],
    ['did abe and putin agree to start talking about joint business projects on the four islands?', 'did abe and putin agree to begin discussing joint economic activities on the islands?'],
    ['At their December 2016 summit in Nagato and Tokyo, what did Abe and Putin agree to start discussing about the four islands?', 'What did Abe and Putin agree in December 2016 to start discussing about the four islands?'],
    ['How did the 2001 Irkutsk Statement describe the 1956 Joint Declaration?', 'How did the Irkutsk Statement of 2001 describe the 1956 declaration?'],
    ['what was kishida\'s last protest to moscow about the islands', 'what was kishida\'s most recent protest to moscow about the islands'],
    ['when did russia last pass a law that\'s aimed at japan', 'when did russia most recently pass a law aimed at japan'],
    ['when did muneo suzuki last go to moscow', 'when did muneo suzuki most recently go to moscow'],
    ['when did japan and russia begin discussing joint economic activity on the islands', 'when did japan and russia start discussing joint economic activity on the islands'],
    ['when were japanese people first allowed to go to the islands without a visa', 'when could japanese people first visit the islands without a visa'],
    ['when did russia end the visa-free exchanges', 'when did russia terminate the visa-free exchanges'],
    ['When did the Soviet Union declare war on Japan?', 'On what day did the Soviet Union declare war on Japan?'],
    ['How did Japan react when Russia ended the visa-free exchanges?', 'How did Tokyo respond when Russia ended the visa-free exchanges?'],
  ];
  same(pairs);
});

describe('a reaction that came before the remark asked about', () => {
  // Peskov was "answering" Takaichi's speech of the same day: her speech is not Japan's answer to him.
  const pairs: Pair[] = [
    ['How did the Kremlin respond to Takaichi\'s policy speech in February 2026?', 'How did Tokyo respond to Peskov\'s remarks on Takaichi\'s February 2026 speech?'],
    ['How did Japan react when Russia ended the visa-free exchanges?', 'How did Japan react to Peskov saying agreements with Japan were unlikely?'],
  ];
  changed(pairs);
});
