import { entitiesInText, type AliasTable } from './aliases.js';

/**
 * "Did Russia hold drills on Shikotan?": a deed placed on an island is not confirmed by a clause that
 * places it off, near, around or north of the island ("firing drills announced for waters north of
 * Shikotan"). At sea by an island is not on it, and the record says nothing either way of drills on
 * the island itself, so such a clause settles no yes/no: the question is declined, with the record
 * shown as closest. A clause that also names the island as the place of the deed ("on Etorofu and
 * Kunashiri") still decides.
 */

/** An island put as where the deed was: "on Shikotan", "onto Kunashir", "at Matua". */
const ON = /\b(?:on|onto|upon|at)\s+((?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)/giu;
/** An island put beside the deed: "off Kunashiri", "north of Shikotan", "in waters near Etorofu". */
const OFF = /\b(?:off(?:\s+the\s+coast\s+of)?|near(?:by)?|around|close\s+to|beside|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+((?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)/giu;

/** The named things in each phrase a pattern finds. */
function namedAfter(table: AliasTable, pattern: RegExp, text: string): Set<string> {
  return new Set([...text.matchAll(pattern)].flatMap((m) => [...entitiesInText(table, m[1]!)]));
}

/** Whether the clause puts beside the deed an island the question puts the deed on, and nowhere on it. */
export function placedOff(table: AliasTable, question: string, clause: string, islands: ReadonlySet<string>): boolean {
  const asked = [...namedAfter(table, ON, question)].filter((t) => islands.has(t));
  if (asked.length === 0) return false;
  const off = namedAfter(table, OFF, clause);
  const on = namedAfter(table, ON, clause);
  return asked.some((t) => off.has(t) && !on.has(t));
}
