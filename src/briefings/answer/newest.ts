import { heldDuring } from './aliases.js';
import type { Dossier, KurilEvent } from '../../dossier/dossier.js';
import type { Plan } from './plan.js';
import { belongsTo } from './sides.js';
import { normalize, processTerm, tokenize } from './text.js';

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

/**
 * The recency word and the few words after it, where the thing asked for is named ("the most recent
 * agreement letting …"): the recency word as an adjective, after "the" or a possessive or first, not
 * as an adverb ("when did Japan last voice a protest": a verb follows). Not "the last time", which a
 * clause follows ("Tokyo protested a trip").
 */
const AFTER_RECENCY = /(?:^\s*|\b(?:the|its|their|his|her)\s+|['’]s\s+)(?:most\s+recent|latest|newest|last|recent)\s+(?!times?\b|occasion\b)((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/iu;

/**
 * The word naming the kind of thing asked for, when a kind word stands right after the recency word:
 * "the most recent agreement letting Japanese visit the islands" asks for an agreement, and the
 * visit is what it allows, not the kind of record; "the last treaty that moved the border" a treaty.
 * `isKind` says which processed words name a kind.
 */
export function headKindWord(plan: Plan, isKind: (term: string) => boolean): string | undefined {
  const m = AFTER_RECENCY.exec(plan.question);
  if (!m) return undefined;
  return tokenize(m[1]!)
    .map((w) => processTerm(w))
    .find((t): t is string => Boolean(t) && isKind(t!));
}

/** Whether a word names one of the kinds of thing of KIND_FAMILIES. */
export const familyWord = (t: string) => KIND_FAMILIES.some(([word]) => word.test(t));

/** "An island Japan doesn't claim", "one of the undisputed Kurils", "outside the four": an island not in dispute. */
const UNCLAIMED = /\b(?:japan|tokyo)\s+(?:does\s*n[o'’]?t|do(?:es)?\s+not|never|has\s+n[o'’]?t|has\s+never)\s+claim|\bnot\s+(?:one\s+of\s+)?(?:the\s+)?(?:disputed|claimed|contested)\b|\bundisputed\b|\bunclaimed\b|\boutside\s+the\s+(?:four|4|disputed)\b/i;

/** `byKind` false: the kind named is what was said or wanted ("say they want a treaty", pick.ts), not the record's. */
export function newestField<T extends { readonly event: KurilEvent }>(dossier: Dossier, plan: Plan, field: readonly T[], byKind = true): readonly T[] {
  const head = headKindWord(plan, familyWord);
  const typed = head ? [head] : plan.groups.flatMap((g) => (g.entity ? [] : g.typed));
  const families = KIND_FAMILIES.filter(([word]) => typed.some((t) => word.test(t))).map(([, kinds]) => kinds);
  // Only one kind named: "talks on an agreement" could be either.
  const ofKind = families.length === 1 && byKind ? narrow(field, (r) => families[0]!.has(r.event.kind)) : field;
  const named = plan.groups.flatMap((g) => (g.entity?.kind === 'actor' ? [g.entity.id] : []));
  // "An island Japan doesn't claim": Japan there describes the island, it is no party to the record.
  const unclaimed = UNCLAIMED.exec(plan.question)?.[0].toLowerCase();
  const parties = unclaimed ? named.filter((side) => !unclaimed.includes(side) && !(side === 'japan' && unclaimed.includes('tokyo'))) : named;
  const bySide = narrow(ofKind, (r) => parties.every((side) => r.event.actors.some((a) => belongsTo(dossier, a, side))));
  // "The last time a Russian president visited": a holder of the office acting while in it, not the
  // same person later in another office (Medvedev visited as prime minister in 2019).
  const inOffice = plan.offices.length
    ? narrow(bySide, (r) => plan.offices.some((o) => r.event.actors.includes(o.actorId) && heldDuring(o, r.event.date.start)))
    : bySide;
  // "The last drills on an island Japan doesn't claim": records on such an island, by the island
  // records' own flag, not drills near one of the four that Japan claims.
  const placed = unclaimed ? narrow(inOffice, (r) => r.event.islands.some((id) => dossier.islandsById.get(id)?.disputed === false)) : inOffice;
  const names = thingNames(plan);
  return narrow(placed, (r) => names.every((name) => holdsName(r.event, name)));
}

/**
 * Names of things made of a place's or side's name and a word of their own: "Northern Territories
 * Day", "Tokyo Declaration". The question types them in lower case, so they are read as the pairs
 * of a name's last word and the word after it that is a concept of its own; a record holds such a
 * name only where it writes the second word capitalised, as a name (not "the first Russian leader").
 * An office ("Japanese Prime Minister") is a person's title, not a thing: its words are left out.
 */
function thingNames(plan: Plan): (readonly [string, string])[] {
  const office = new Set(plan.offices.flatMap((o) => o.terms));
  const named = new Set(plan.groups.flatMap((g) => (g.entity ? g.typed : [])));
  const own = new Set(plan.groups.flatMap((g) => (g.entity || !g.distinctive ? [] : g.typed)));
  const words = tokenize(plan.rest).map((w) => processTerm(w));
  const pairs: (readonly [string, string])[] = [];
  words.forEach((w, i) => {
    const next = words[i + 1];
    if (w && next && named.has(w) && own.has(next) && !office.has(next)) pairs.push([w, next]);
  });
  return pairs;
}

function holdsName(event: KurilEvent, [head, word]: readonly [string, string]): boolean {
  const text = [event.title, event.summary, event.note ?? '', ...event.quotes.map((q) => q.text)].join(' ');
  const raw = text.split(/[^\p{L}\p{N}'’]+/u).filter(Boolean);
  return raw.some((w, i) => i > 0 && /^\p{Lu}/u.test(w) && processTerm(normalize(w)) === word && processTerm(normalize(raw[i - 1]!)) === head);
}

/** The records that pass, or all of them when none does. */
function narrow<T>(field: readonly T[], keep: (r: T) => boolean): readonly T[] {
  const kept = field.filter(keep);
  return kept.length ? kept : field;
}
