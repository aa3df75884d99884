import { describe, expect, it } from 'vitest';
import { type Pair, signature } from '../../support/metamorphic.js';

/**
 * A partner no record names, joined to one that is on record ("Abe and Obama"): the record of the
 * one on record with someone else is no answer. Each original is answered; its variant with the
 * partner swapped for a name no record holds must be declined, never answered from the original's
 * record. A typo of the partner on record ("putn") still reads as that partner.
 */
const unknownPartners: Pair[] = [
  ['when did abe and putin meet', 'when did abe and obama meet'],
  ['when did abe and putin sit down together', 'when did abe and biden sit down together'],
  ['when did abe meet with putin', 'when did abe meet with merkel'],
  ['when did putin and abe agree to speed up the talks', 'when did macron and abe agree to speed up the talks'],
];

describe('a partner no record names: declined', () => {
  it.each(unknownPartners)('%s ≠ %s', (original, variant) => {
    expect(signature(original).declined, original).toBe(false);
    expect(signature(variant).declined, variant).toBe(true);
  });
  it('a typo of the partner on record reads as that partner', () => {
    expect(signature('when did abe and putn meet').first).toBe(signature('when did abe and putin meet').first);
  });
});
