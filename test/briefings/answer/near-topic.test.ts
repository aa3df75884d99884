import { describe, expect, it } from 'vitest';
import { ask, lead } from '../../support/ask.js';

/**
 * Questions close to the record that it does not answer: a nearby record is not an answer. And the
 * yes/no and island questions whose answer is in a record's wording rather than its keywords.
 */

describe('near-topic questions the record does not answer', () => {
  it('declines a count the records do not give, though they hold another number', () => {
    // The fishing record says "four islands", not how much fish.
    expect(ask('how much fish do japanese boats catch near the islands').declined).toBe(true);
    expect(ask('how many former residents of the islands are still alive').declined).toBe(true);
    expect(lead('how many troops took part in the kuril drills in march 2022')).toContain('3,000');
  });

  it("declines \"what did X say\" when X's own words are not on record, though a record mentions X", () => {
    // The Suzuki record mentions US influence; it is not Washington speaking.
    expect(ask('what did washington say about russia halting the peace talks').declined).toBe(true);
    expect(ask('what did the united nations say about the islands').declined).toBe(true);
    expect(lead('what did kishida say in hiroshima')).toContain('increasingly real');
    expect(lead('what did the irkutsk statement say about the 1956 declaration')).toContain('starting point');
  });

  it('declines the reaction of a side the record never names, and still reads a misspelt one', () => {
    expect(ask('how did china react to the vostok 2022 drills').declined).toBe(true);
    expect(ask('how did tokio react to the talks halt').path).toBe('reaction');
  });
});

describe('yes/no from the wording of a record', () => {
  it('reads "it" and "the agreement" as the record they are in', () => {
    expect(lead('did the soviet union sign the san francisco treaty?')).toMatch(/^No\b/);
    expect(lead('was japan a party to the yalta agreement?')).toMatch(/^No\b/);
    expect(lead('did the soviet union and japan sign a joint declaration in 1956?')).toMatch(/^Yes\b/);
  });

  it('does not answer "Yes" from a record that only names the person and the place', () => {
    expect(ask('did abe ever visit the islands?').declined).toBe(true);
  });
});

describe('the Lesser Kuril Ridge and island names', () => {
  it('answers membership of the ridge from the island records', () => {
    expect(lead('are the habomai islets part of the lesser kuril ridge?')).toMatch(/^Yes\b/);
    expect(lead('is etorofu in the lesser kuril ridge')).toMatch(/^No\b/);
  });

  it('answers "where is X" from the island record, not from an event that names the island', () => {
    expect(ask('where is urup').path).toBe('island');
    expect(lead('where is urup')).toContain('just north of Etorofu');
  });

  it('answers "X in Japanese" with the name', () => {
    expect(lead('habomai in japanese')).toContain('歯舞群島');
  });
});
