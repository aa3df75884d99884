import { describe, expect, it } from 'vitest';
import { ask } from '../../support/ask.js';
import { changed, type Pair } from '../../support/metamorphic.js';

/**
 * An office is the state's the question puts next to it: "a Japanese PM" is none of Russia's prime
 * ministers, though "Prime Minister Medvedev" holds the same words; "Japan's new prime minister"
 * is Japan's, whatever state the question names after it. Each original names the office of the
 * state whose holder the record has; its variant names the other state's office, and must not be
 * answered from the original's record.
 */
const otherState: Pair[] = [
  ['when did a russian PM last visit the islands', 'when did a Japanese PM last visit the islands'],
  ['has a russian prime minister visited iturup', 'has a japanese prime minister visited iturup'],
  ["when did russia's prime minister go to etorofu", "when did japan's prime minister go to etorofu"],
  ['when did the prime minister of russia visit iturup', 'when did the prime minister of japan visit iturup'],
];

describe("an office is its own state's", () => {
  changed(otherState);

  it.each(otherState)('%s → answered from a record that names a holder; %s → never from it', (original, variant) => {
    const answer = ask(original);
    expect(answer.declined, original).toBe(false);
    expect(ask(variant).events.map((e) => e.id)).not.toContain(answer.events[0]!.id);
  });

  it("a state after the office without 'of' is not the office's: 'did the prime minister call Moscow's decision unjust' is Kishida", () => {
    expect(ask("did the prime minister call moscow's decision extremely unjust?").events[0]?.actors).toContain('fumio-kishida');
  });

  it("'Japan's new prime minister … about Russia' is Japan's prime minister, not Russia's", () => {
    const first = ask("what did japan's new prime minister promise about russia in her very first policy address?").events[0];
    expect(first?.actors).toContain('sanae-takaichi');
  });
});
