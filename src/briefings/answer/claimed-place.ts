import { joinNames } from './compose.js';
import { definiteThing } from './another.js';
import { limitStated } from './part-of-all.js';
import type { AnswerContext } from './respond.js';
import type { Hit } from './search.js';

/** "One of the islands Japan claims", "the disputed islands", "the Northern Territories": the four, as a place. */
const CLAIMED_PLACE = new RegExp(
  String.raw`\b(?:on|in|at|near|off|to|includ\w*|cover\w*)\s+(?:one\s+of\s+)?(?:the\s+)?` +
    String.raw`(?:(?:(?:4|four|disputed|contested|claimed)\s+)+islands?|northern\s+territories|southern\s+kuril(?:e)?s?|islands?\s+(?:that\s+)?(?:japan|tokyo)\s+claims?|islands?\s+claimed\s+by\s+(?:japan|tokyo))\b`,
  'i',
);
/** Words of the place phrase, which are no part of the thing placed. */
const PLACE_WORDS = /^(?:claim|disput|contest|four|4|northern|territory|southern|kuril)/;

/**
 * "Were the 2024 Matua missile drills on one of the islands Japan claims?": the one record of the
 * thing names where it was, and the island records say whether those islands are among the four.
 * "No" when none of them is, "Yes" when all are; a record of several places, some of each, decides
 * nothing here.
 */
export function claimedPlace(ctx: AnswerContext, hits: readonly Hit[]): { hit: Hit; sentence: string; verdict: 'yes' | 'no' } | undefined {
  const { plan, dossier } = ctx;
  if (!plan.cues.yesNo || !plan.entities.some((e) => e.kind === 'group') || !CLAIMED_PLACE.test(plan.rest)) return undefined;
  // "Did the decree only cover the southern Kurils?" asks of a limit, which its islands do not state (part-of-all.ts).
  if (!limitStated(plan, '')) return undefined;
  const thing = definiteThing(ctx).filter((g) => !g.typed.some((t) => PLACE_WORDS.test(t)));
  if (thing.length === 0) return undefined;
  const holders = hits.filter((h) => h.doc.kind === 'event' && thing.every((g) => h.covered.has(plan.groups.indexOf(g))));
  const hit = holders.length === 1 ? holders[0]! : undefined;
  if (!hit || hit.doc.kind !== 'event' || !hit.namesMatched) return undefined;
  const islands = hit.doc.event.islands.map((id) => dossier.islandsById.get(id)).filter((i) => i !== undefined);
  if (islands.length === 0 || islands.length !== hit.doc.event.islands.length) return undefined;
  const names = joinNames(islands.map((i) => i.names.en));
  if (islands.every((i) => !i.disputed)) return { hit, sentence: `${hit.doc.event.title}; ${names} ${islands.length > 1 ? 'are' : 'is'} not one of the four islands Japan claims`, verdict: 'no' };
  // "Drills north of Shikotan" were near an island, not on it: a "Yes" needs no island of the record
  // named only beside such a word.
  const text = `${hit.doc.event.title} ${hit.doc.event.summary}`;
  const beside = islands.some((i) => new RegExp(String.raw`\b(?:near|off|around|(?:north|south|east|west)\s+of|waters\s+(?:of|around))\s+(?:the\s+)?${i.names.en.split(/\s+/)[0]}`, 'i').test(text));
  if (islands.every((i) => i.disputed) && !beside) return { hit, sentence: `${hit.doc.event.title}; ${names} ${islands.length > 1 ? 'are' : 'is'} among the four islands Japan claims`, verdict: 'yes' };
  return undefined;
}
