import { describe, expect, it } from 'vitest';
import { verdict } from '../../support/metamorphic.js';

/**
 * placed-off.ts: a deed placed on an island is not confirmed by a record that places it off, near or
 * north of the island. Each pair asks the same deed beside the island (the record's own relation),
 * which is answered "Yes", and on the island, which must not be.
 */
const pairs: readonly [beside: string, on: string][] = [
  ['did russia hold drills near shikotan in 2025?', 'did russia hold drills on shikotan in 2025?'],
  ['did russia hold firing drills north of shikotan', 'did russia hold firing drills on shikotan'],
  ['Were there Russian military drills off Kunashiri in February 2022?', 'Were there Russian military drills on Kunashiri in February 2022?'],
];

describe('a deed beside an island is not a deed on it', () => {
  for (const [beside, on] of pairs) {
    it(`${beside}  ≠  ${on}`, () => {
      expect(verdict(beside).lead, beside).toBe('Yes');
      expect(verdict(on).lead, on).not.toBe('Yes');
    });
  }
});

describe('a record that puts the deed on the island still decides', () => {
  it.each([
    ['did russia hold drills on etorofu in 2022?', '2022-09-03-vostok-2022-drills-on-etorofu-and-kunashiri'],
    ['did russia hold drills on matua?', '2024-08-01-russian-missile-drills-on-matua'],
    ['Did Russia put Bastion missiles on duty on Paramushir?', '2022-12-bastion-missiles-on-paramushir'],
  ])('%s', (question, id) => {
    expect(verdict(question)).toEqual({ lead: 'Yes', first: id });
  });
});
