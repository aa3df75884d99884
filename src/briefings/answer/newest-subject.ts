import type { Dossier, KurilEvent } from '../../dossier/dossier.js';
import type { Plan } from './plan.js';
import type { Hit } from './search.js';
import { tokenize, processTerm } from './text.js';
import { familyWord } from './newest.js';

/**
 * "When did X last happen" is answered from the newest record whose subject IS X, and every record
 * that passes competes on its date (pick.ts, newest.ts). Three things a record can hold of X without
 * being a record of X, each a narrowing that is dropped when it would leave nothing:
 *
 * - **The thing.** "The most recent drills on Kunashiri": the record holds the kind of thing asked
 *   (drills, an agreement, a visit), not only its place and its side.
 * - **Where.** "Drills on one of the four disputed islands": a record tagged with one of the islands
 *   Japan claims (the island records' own `disputed` flag), not drills on Matua or "in the Kurils".
 * - **On, not off.** "On the islands themselves": not a record that puts the deed in waters off,
 *   near or north of an island ("firing drills in waters north of Shikotan"), unless it also says
 *   the deed was on one.
 * - **What it was about.** "When did Abe and Putin last agree anything about joint economic
 *   activity": every concept after "about / on / regarding / concerning", and the deed right before
 *   it, that some competing record holds must be in the record; a later meeting of the same two
 *   about something else is not it, nor a later record that halted the dialogue on it.
 */

/** The four islands as a place asked about, as opposed to the Kurils in general. */
const CLAIMED_GROUP = /^(?:disput|four|claim|contest|northern|territori|southern|occupi)/;

/**
 * The deed put on the islands, not near them, said with emphasis: "on the islands themselves", "on
 * the island itself", "on land", "on Kunashiri proper". A plain "drills on the islands" is looser,
 * and drills in the waters around them answer it.
 */
const ON_THE_ISLANDS = /\b(?:themselves|itself|proper)\b|\bon\s+(?:the\s+)?(?:land|ground|soil)\b/i;

/** Where a record puts a deed off an island rather than on it. */
const OFF_SHORE = /\b(?:off|near|nearby|around|waters?|sea|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\b/i;
/** Where a record puts a deed on an island. */
const ON_SHORE = /\bon\s+(?:(?:one|two|three|all|each|some)\s+of\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:islands?|islets?|\p{Lu}[\p{Ll}]+)\b/u;

/** Prepositions before what a deed or a saying was about. */
const ABOUT = /^(?:about|regarding|concerning|on|over)$/;

type EventHit = Hit & { readonly doc: { readonly kind: 'event'; readonly event: KurilEvent } };

export function subjectField<T extends EventHit>(dossier: Dossier, plan: Plan, field: readonly T[]): readonly T[] {
  // "The most recent drills on Kunashiri": a record that holds the drills (a protest of them counts,
  // newest.ts), not a protest tagged with Kunashiri about something else.
  const things = plan.groups.flatMap((g, i) => (!g.entity && g.typed.some(familyWord) ? [i] : []));
  const ofThing = narrow(field, (h) => things.every((i) => h.covered.has(i)));
  const claimed = plan.groups.some((g) => g.entity?.kind === 'group' && g.typed.some((t) => CLAIMED_GROUP.test(t)));
  const onClaimed = claimed ? narrow(ofThing, (h) => h.doc.event.islands.some((id) => dossier.islandsById.get(id)?.disputed === true)) : ofThing;
  const onShore = ON_THE_ISLANDS.test(plan.rest) ? narrow(onClaimed, (h) => ashore(h.doc.event)) : onClaimed;
  const topic = topicGroups(plan).filter((i) => onShore.some((h) => h.covered.has(i)));
  return narrow(onShore, (h) => topic.every((i) => h.covered.has(i)));
}

/** Whether a record puts its deed on an island, or at least not only off one. */
function ashore(event: KurilEvent): boolean {
  const text = `${event.title}. ${event.summary}`;
  return ON_SHORE.test(text) || !OFF_SHORE.test(text);
}

/**
 * The concept groups (indices into plan.groups) the question names after a preposition of topic:
 * distinctive words that are no name ("joint economic activity"), and the deed they are the topic
 * of ("agreed"). A name after "on" ("drills on Etorofu") is where, not what about: no topic.
 */
function topicGroups(plan: Plan): number[] {
  const words = tokenize(plan.rest);
  const at = words.findIndex((w, i) => ABOUT.test(w) && i + 1 < words.length);
  if (at < 0) return [];
  const terms = (list: readonly string[]) => new Set(list.map((w) => processTerm(w)).filter((t): t is string => !!t));
  const of = (set: Set<string>) => plan.groups.flatMap((g, i) => (!g.entity && g.distinctive && g.typed.some((t) => set.has(t)) ? [i] : []));
  const topic = of(terms(words.slice(at + 1)));
  // The deed the topic is of, in the two words before it: "agreed anything on", "warning about".
  return topic.length ? [...new Set([...topic, ...of(terms(words.slice(Math.max(0, at - 2), at)))])] : [];
}

function narrow<T>(field: readonly T[], keep: (r: T) => boolean): readonly T[] {
  const kept = field.filter(keep);
  return kept.length ? kept : field;
}
