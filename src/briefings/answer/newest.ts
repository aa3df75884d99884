import type { Dossier, KurilEvent } from '../../dossier/dossier.js';
import type { Plan } from './plan.js';
import { belongsTo } from './sides.js';

/**
 * Which records compete for "the latest / most recent / last X": every record that answers the
 * question is ranked by its date, so the field must hold only records of X itself, not records
 * that merely mention it. Two narrowings, each dropped when it would leave nothing:
 *
 * - **The kind of thing.** A question that names a kind of thing (an agreement, drills, a law, a
 *   visit, talks) is answered from records of that kind or of acts upon it (an agreement is signed,
 *   suspended, ended; drills are protested), not from missile drills or a remark ("agreements are
 *   unlikely") that mention an agreement.
 * - **Who.** Every state, body or person the question names must be among the record's actors (or
 *   part of one: the Russian foreign ministry is Russia). "The last agreement between the Soviet
 *   Union and Japan" is not a 2026 Kremlin remark that mentions agreements, nor the Yalta deal
 *   Japan was no party to; "the latest statement from Japan's foreign ministry" is the ministry's.
 */

/** Words naming a kind of thing, and the kinds of record that hold that thing or an act upon it. */
const KIND_FAMILIES: readonly (readonly [RegExp, ReadonlySet<KurilEvent['kind']>])[] = [
  [/^(?:agreement|accord|pact|deal|arrangement|treaty|declaration|exchang)/, new Set(['treaty', 'sanctions', 'talks', 'law'])],
  [/^(?:drill|exercis|manoeuvr|maneuver|wargam)/, new Set(['military', 'protest'])],
  [/^(?:law|decree|legislation|amendment)/, new Set(['law'])],
  [/^(?:visit|trip)/, new Set(['visit'])],
  [/^(?:talk|negotiat|summit|meeting|met$|meet$)/, new Set(['talks'])],
];

export function newestField<T extends { readonly event: KurilEvent }>(dossier: Dossier, plan: Plan, field: readonly T[]): readonly T[] {
  const typed = plan.groups.flatMap((g) => (g.entity ? [] : g.typed));
  const families = KIND_FAMILIES.filter(([word]) => typed.some((t) => word.test(t))).map(([, kinds]) => kinds);
  // Only one kind named: "talks on an agreement" could be either.
  const ofKind = families.length === 1 ? narrow(field, (r) => families[0]!.has(r.event.kind)) : field;
  const named = plan.groups.flatMap((g) => (g.entity?.kind === 'actor' ? [g.entity.id] : []));
  return narrow(ofKind, (r) => named.every((side) => r.event.actors.some((a) => belongsTo(dossier, a, side))));
}

/** The records that pass, or all of them when none does. */
function narrow<T>(field: readonly T[], keep: (r: T) => boolean): readonly T[] {
  const kept = field.filter(keep);
  return kept.length ? kept : field;
}
