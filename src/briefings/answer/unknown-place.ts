import type { Plan } from './plan.js';
import { terms } from './text.js';

/**
 * "When did Japan protest Russian drills near Okinawa?": a word after "near", "off", "around" or a
 * visit is a place, and a place the event set never uses is named by no record. The search weighs an
 * unseen word heavily, but with four known words around it a record of drills near Shikotan still
 * covers half the question; a place is no word to leave out, so the question is declined.
 * Only these prepositions: "in" and "at" take too much else ("in detail", "at first").
 */
const PLACE_AFTER = /\b(?:near|nearby|off|around|outside|close\s+to|visit(?:s|ed|ing)?)\s+(?:the\s+)?(?:coast\s+of\s+)?([\p{L}-]{4,})/giu;

/** Whether the question names a place after such a word that no record holds. */
export function unknownPlace(plan: Plan): boolean {
  for (const m of plan.rest.matchAll(PLACE_AFTER)) {
    const words = terms(m[1]!);
    if (words.length === 0) continue;
    if (plan.groups.some((g) => !g.known && !g.entity && g.typed.some((t) => words.includes(t)))) return true;
  }
  return false;
}
