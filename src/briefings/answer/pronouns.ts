import type { Dossier, KurilEvent } from '../../dossier/dossier.js';
import { sentences } from './text.js';

/**
 * A record's later sentence often opens with "He said …", its speaker named in the sentence before.
 * An answer that starts from that sentence must name the speaker itself: the pronoun is resolved
 * from the record's own people (its actors), the one named earlier in the record, or the only one.
 */

/** A sentence that opens with a pronoun for a person. */
const LEADING = /^(He|She|His|Her)\b/;

/** The person a pronoun in the record stands for: the one of its actors named before it, or its only person. */
function personOf(dossier: Dossier, event: KurilEvent, earlier: string): string | undefined {
  const people = event.actors.flatMap((id) => {
    const actor = dossier.actorsById.get(id);
    return actor?.kind === 'person' ? [actor] : [];
  });
  const named = people.filter((a) => [a.name, ...a.aliases].some((n) => earlier.includes(n)));
  if (named.length === 1) return named[0]!.name;
  if (named.length === 0 && people.length === 1) return people[0]!.name;
  return undefined;
}

/** Sentence `at` of `all` with its opening pronoun replaced by the person's name; undefined when it has none or it cannot be told. */
export function namedSentence(dossier: Dossier, event: KurilEvent, all: readonly string[], at: number): string | undefined {
  const text = all[at];
  const m = text === undefined || at === 0 ? null : LEADING.exec(text);
  if (!text || !m) return undefined;
  const name = personOf(dossier, event, all.slice(0, at).join(' '));
  if (!name) return undefined;
  const possessive = m[1] === 'His' || m[1] === 'Her';
  return `${possessive ? `${name}'s` : name}${text.slice(m[0].length)}`;
}

/** A record's summary with each opening pronoun named: what a verdict clause is read from. */
export function namedSummary(dossier: Dossier, event: KurilEvent): string {
  const all = sentences(event.summary);
  return all.map((s, i) => namedSentence(dossier, event, all, i) ?? s).join(' ');
}
