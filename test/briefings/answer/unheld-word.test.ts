import { describe, expect, it } from 'vitest';
import { ask } from '../../support/ask.js';
import { changed, same, type Pair } from '../../support/metamorphic.js';

/**
 * A question that is a record plus one element no record gives (round 15): the record covers most
 * of the question, so the search used to answer it. The element is a word no record uses, and the
 * record does not hold it in any form WordNet relates to it (unheld-word.ts). Each pair is a question
 * answered right and our own rewrite with one such element; the rewrite must not get the answer.
 * Rewrites whose new word is another word for what the record says must keep it.
 */

describe('one element no record gives', () => {
  const pairs: Pair[] = [
    ['when did putin sign the law on victory over militaristic japan day', 'when did putin sign the law on victory over militaristic japan day at a televised ceremony'],
    ['when did abe and putin meet in singapore', 'when did abe and putin meet in singapore on the sidelines of a summit'],
    ['when did kishida visit hiroshima with the us ambassador', 'when did kishida lay a wreath in hiroshima with the us ambassador'],
    ['when did japan protest the firing drills north of shikotan', 'when did japan protest the firing drills north of shikotan through its embassy in beijing'],
    ['when did muneo suzuki visit moscow', 'when did muneo suzuki visit moscow with his daughter'],
  ];
  changed(pairs);

  it('says which word no record near the question uses', () => {
    const result = ask('when did muneo suzuki visit moscow with his daughter');
    expect(result.declined).toBe(true);
    expect(result.reply.lead).toContain('“daughter”');
    // The record the question was near is shown, as not an answer.
    expect(result.reply.sections.find((s) => s.heading === 'Closest on record')?.items.map((i) => i.eventId)).toContain('2023-10-01-muneo-suzuki-visits-moscow');
  });
});

describe('another word for what the record says', () => {
  const pairs: Pair[] = [
    // "Letting" former residents visit (the record) is "allowing" them to: related in WordNet.
    ['when were former residents given simplified visits to the islands', 'when were former residents allowed simplified visits to the islands'],
    // "Without telling his party in advance": "unannounced" is "announced" with a negative prefix.
    ['when did muneo suzuki visit moscow', 'when did muneo suzuki make an unannounced trip to moscow'],
    // A word made of two words the records use.
    ['what was the secret deal that promised the kurils to the soviets', 'what was the wartime deal that promised the kurils to the soviets'],
    // A filler names no element.
    ['why did moscow halt the peace talks with tokyo', 'why did moscow halt the peace talks with tokyo, actually'],
  ];
  same(pairs);
});
