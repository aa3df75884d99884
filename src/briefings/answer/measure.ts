import type { Plan } from './plan.js';
import type { Hit } from './search.js';
import { processTerm, terms } from './text.js';

/**
 * What a "how many …" or a "what is the range of …" question measures must be in the record that
 * answers it. The search lets a record pass that covers most of the question, which is right for a
 * record in other words but wrong when the word it lacks is the thing measured or the event named:
 * "how many troops took part in the Vostok-2022 drills?" was answered with the 3,000 troops of the
 * March drills (the Vostok record gives no number), and "what's the range of the Bastion missiles?"
 * with the record of their deployment, which gives no range.
 */

/** A concept this rare (in about one record in twenty or fewer) names one event: a how-many answer must hold it. */
const NAMING_IDF = 3;
/** Nouns of a measure: "the state of play" or "the outcome of the war" is no measure. */
const MEASURE = '(range|population|size|area|cost|price|length|height|depth|speed|capacity|weight|budget|value|strength|distance|altitude|elevation|width|yield|payload|calibre|caliber)';
/** "What is the range of …", "what was the cost of …": the measure asked for, before "of". */
const ATTRIBUTE_OF = new RegExp(`^\\s*(?:what|which)(?:'s|’s|\\s+is|\\s+was|\\s+are|\\s+were)\\s+(?:the\\s+)?(?:(?:exact|maximum|max|minimum|total|full|actual|approximate|official|effective)\\s+)?${MEASURE}\\s+of\\b`, 'i');
/** "How far can they reach", "what range do they have", "within range of": a distance is asked. */
const ASKS_DISTANCE = /\bhow\s+far\b|\brange\b/i;
/** A distance in a record's own words. */
const DISTANCE = /\b\d[\d,.]*\s*(?:km|kilomet(?:re|er)s?|miles?|nautical)\b/i;

/** The record's own words: not its note, which tells of the record, not of the event. */
export function ownText(hit: Hit): string {
  const doc = hit.doc;
  if (doc.kind !== 'event') return doc.statement.statement.text;
  return [doc.event.title, doc.event.summary, ...doc.event.quotes.map((q) => q.text)].join(' ');
}

/** Whether the record lacks the measure or the event the question asks a number or a measure of. */
export function missesTheMeasure(plan: Plan, hit: Hit): boolean {
  const own = new Set(terms(ownText(hit)));
  const holds = (i: number) => plan.groups[i]!.terms.some((t) => own.has(t));
  if (plan.intent === 'howmany') {
    // The event named by a rare word ("Vostok", "Bastion"): not a framing word, not a name on file.
    const naming = plan.groups.map((g, i) => ({ g, i })).filter(({ g }) => !g.entity && g.known && g.weight === g.idf && g.idf >= NAMING_IDF);
    if (naming.some(({ i }) => !holds(i))) return true;
  }
  const attribute = ATTRIBUTE_OF.exec(plan.rest)?.[1];
  const asked = attribute ? processTerm(attribute.toLowerCase()) : null;
  const at = asked ? plan.groups.findIndex((g) => !g.entity && g.typed.includes(asked)) : -1;
  if (at >= 0 && !holds(at)) return true;
  return ASKS_DISTANCE.test(plan.rest) && !DISTANCE.test(ownText(hit));
}
