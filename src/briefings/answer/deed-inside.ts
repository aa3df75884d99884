import type { KurilEvent } from '../../dossier/dossier.js';
import type { Plan } from './plan.js';
import type { Hit } from './search.js';
import { familyWord, headKindWord } from './newest.js';

/**
 * "The latest Japanese protest of Russian drills": a kind of record asked for (a protest, a visit) is
 * answered from records of that kind (pick.ts). But a record of another kind can tell the deed too:
 * the record of the March 2022 drills in the Kurils says "Japan protested the same day", and no
 * separate protest record exists. Such a record holds the deed as surely as a record of its kind, so
 * it stays in the field: the deed's verb in the past, after a name ("Japan protested", "Tokyo
 * protested", "Medvedev visited"). A noun of the deed ("the visa-free visits", "a protest note")
 * does not count: that is mentioning it.
 */

/** The kinds whose deed has a verb, and its past tense. */
const DEED_VERB: Partial<Record<KurilEvent['kind'], RegExp>> = {
  protest: /\b\p{Lu}[\p{L}'’-]*\s+(?:(?:also|formally|again|later|then)\s+)?protested\b/u,
  visit: /\b\p{Lu}[\p{L}'’-]*\s+(?:(?:also|then|later)\s+)?visited\b/u,
};

/** Whether a record of another kind tells the deed of `kind` done by someone it names. */
export function tellsDeed(event: KurilEvent, kind: KurilEvent['kind']): boolean {
  const verb = DEED_VERB[kind];
  return !!verb && verb.test(`${event.title}. ${event.summary}`);
}

/**
 * "When did a Russian leader last visit Shikotan?": no visit to Shikotan is on record, and the record
 * that passes (Russia ends the former-resident visit agreements, tagged with all four islands) only
 * names visits. For the newest of a deed that has a verb (a visit, a protest), when no record that
 * answers is of that kind or tells the deed done, the deed is not on record: declined.
 */
export function deedNotOnRecord(
  plan: Plan,
  accepted: readonly Hit[],
  kindWords: ReadonlyMap<string, KurilEvent['kind']>,
): boolean {
  if (!plan.cues.recency) return false;
  // The kind's own word as typed, not a synonym ("visa-free travel" is no visit).
  const kinds = new Set(plan.groups.flatMap((g) => (g.entity ? [] : g.typed.flatMap((t) => kindWords.get(t) ?? []))));
  const [kind] = [...kinds];
  if (kinds.size !== 1 || !kind || !DEED_VERB[kind]) return false;
  // "The latest deal that let former residents visit": the thing asked is the deal, the visit its content.
  const head = headKindWord(plan, (t) => familyWord(t) || kindWords.has(t));
  if (head && kindWords.get(head) !== kind) return false;
  const events = accepted.flatMap((h) => (h.doc.kind === 'event' ? [h.doc.event] : []));
  return events.length > 0 && !events.some((e) => e.kind === kind || tellsDeed(e, kind));
}
