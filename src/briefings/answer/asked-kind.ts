import type { Dossier } from '../../dossier/dossier.js';
import type { Plan } from './plan.js';
import type { Hit } from './search.js';
import { ownText } from './measure.js';
import { sentences, terms } from './text.js';

/**
 * "In what city was the 1875 treaty ratified?", "on which island were the March 2022 drills?", "what
 * % of Russians voted for the amendments?": the head noun after "what"/"which" names the kind of
 * thing the answer is (a town, an island, a share). A record that covers the rest of the question
 * but holds nothing of that kind does not answer it: the 1875 record gives the day of ratification
 * and no place, the March 2022 drills record says only "in the Kuril Islands", and the 2020 record
 * says voters approved without a figure. The search let them pass because everything else fitted.
 * (measure.ts and asked-detail.ts do the same for a measure and a deal's term.)
 */

/** "In what city", "which town", "at what venue": a settlement or a building is asked for. */
const ASKS_TOWN = /\b(?:what|which)\s+(?:\w+\s+)?(?:city|cities|town|towns|capital|port|village|venue|building|palace|hotel|residence)\b/i;
/** "Which island", "on what island" (one, not "which islands did …", a list the records give). */
const ASKS_ISLAND = /\b(?:what|which)\s+(?:\w+\s+)?island\b(?!s)/i;
/** "What % of", "what percentage", "what share of the vote", "what proportion": a share is asked. */
const ASKS_SHARE = /\b(?:what|which)\s+(?:%|percent(?:age)?\b|per\s*cent\b|proportion\b|fraction\b|share\s+of\b|majority\b)/i;

/** "In Tokyo", "at Nagato": a place by its capitalised name after "in" or "at" (not a month or "the"). */
const PLACE_NAMED = /\b(?:in|at)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|The|A|An)\b)\p{Lu}[\p{L}-]+/u;
/** "57.9 per cent", "78%", "two-thirds", "a majority of": a share in the record's own words. */
const SHARE_GIVEN = /\d\s*(?:%|per\s*cent|percent)|\b(?:half|two-thirds|a\s+third|a\s+quarter|majority)\b/i;

/** Whether a record's own words name one of the dossier's islands (by any of its names). */
function namesAnIsland(dossier: Dossier, text: string): boolean {
  const lower = text.toLowerCase();
  return dossier.islands.some((i) => [i.names.en, i.names.ru, i.names.ja, ...i.aliases].some((n) => new RegExp(`(?:^|[^\\p{L}])${n.toLowerCase()}(?:$|[^\\p{L}])`, 'u').test(lower)));
}

/**
 * A place named in a sentence that tells the deed asked (the question's last word that is no name:
 * "signed", "ratified", "meet"): "Meeting in Irkutsk" in 2001 is no place where the 1956 declaration
 * was signed.
 */
function placeOfTheDeed(plan: Plan, own: string): boolean {
  const deed = [...plan.groups].reverse().find((g) => !g.entity && g.known && !/^\d+$/.test(g.typed[0] ?? ''));
  return sentences(own).some((s) => PLACE_NAMED.test(s) && (!deed || terms(s).some((t) => deed.terms.includes(t))));
}

/**
 * Records of words and meetings: a statement, a protest, talks. Their islands are what was said or
 * talked about, not where it was said: Lavrov's press conference on the four islands was held in
 * none of them. A drill, a visit or a treaty's border happened on the islands it lists.
 */
const SAID_ABOUT = new Set(['statement', 'protest', 'talks', 'law', 'sanctions']);
/** "Where was it signed", "where did they ratify it": the place of the signing, not of the border drawn. */
const SIGNING = /\b(?:sign(?:ed|ing)?|ratif(?:y|ied|ying)|conclude[ds]?|concluding)\b/i;
/**
 * "In Nagato", "at Shimoda", "a policy speech to the Diet": a place named, capitalised, after in or at,
 * or after "to the" as a name of its own ("to the Russian ambassador" is a person, not a place).
 */
const PLACE_TOLD = /\b(?:in|at)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|The|A|An)\b)\p{Lu}[\p{L}-]+|\bto\s+the\s+\p{Lu}[\p{L}-]+\b(?![\s-]+\p{Ll})/u;

/**
 * "Where did Lavrov hold that 2019 presser?", "where did Peskov say it?": the place of something said
 * or of talks is in the record's own words, in a sentence that tells the deed, or it is not on record
 * (round 16). The islands the record is about are no answer to where it was said.
 */
function placeOfWords(plan: Plan, hit: Hit): boolean {
  const deed = [...plan.groups].reverse().find((g) => !g.entity && g.known && !/^\d+$/.test(g.typed[0] ?? ''));
  return sentences(ownText(hit)).some((s) => PLACE_TOLD.test(s) && (!deed || terms(s).some((t) => deed.terms.includes(t))));
}

/**
 * Whether a where-question asks the place of words, talks, a law or a signing that the record does
 * not name. A treaty's islands are where it drew the border, not where it was signed.
 */
export function placeUntold(plan: Plan, hit: Hit): boolean {
  if (plan.intent !== 'where' || plan.cues.yesNo || !/\bwhere\b/i.test(plan.question)) return false;
  const kind = hit.doc.kind === 'event' ? hit.doc.event.kind : 'line';
  const words = hit.doc.kind === 'statement' || SAID_ABOUT.has(kind) || (kind === 'treaty' && SIGNING.test(plan.question));
  return words && !placeOfWords(plan, hit);
}

/** Whether the question asks for a town, an island or a share that the record does not hold. */
export function missesTheKind(dossier: Dossier, plan: Plan, hit: Hit): boolean {
  const q = plan.question;
  const own = ownText(hit);
  // A dossier line (the background, a side's position) sums up events: where they happened is in its words or not told.
  if (placeUntold(plan, hit)) return true;
  if (ASKS_SHARE.test(q) && !SHARE_GIVEN.test(own)) return true;
  if (ASKS_TOWN.test(q) && !placeOfTheDeed(plan, own)) return true;
  if (ASKS_ISLAND.test(q) && hit.doc.kind === 'event' && hit.doc.event.islands.length === 0 && !namesAnIsland(dossier, own)) return true;
  return false;
}
