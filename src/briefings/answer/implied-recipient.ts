import type { KurilEvent } from '../../dossier/dossier.js';
import { entitiesInText, type AliasTable } from './aliases.js';
import type { TermGroup } from './plan.js';
import { seatedStates } from './seats.js';

/**
 * "Did the 1956 Joint Declaration say the Habomai islets would be handed to Japan once a peace
 * treaty was signed?" against "Moscow agreed to hand over Habomai and Shikotan once a peace treaty
 * was concluded": a yes/no clause must name everyone the question names (yes-no.ts), and this one
 * names no receiver. In a record between two parties (the Soviet Union and Japan), what one of them
 * hands over without a "to" goes to the other: the record's parties say who, not a guess.
 *
 * Only then: the question names the party as the receiver ("handed to Japan"), the clause hands,
 * cedes, transfers or returns something with no receiver of its own, names the other party as the
 * giver, and the record's parties are exactly those two. A clause that names another receiver
 * ("to the United States") is read by recipient.ts, not here.
 */

const TRANSFER = String.raw`(?:hand(?:s|ed|ing)?(?:\s+over)?|cede[sd]?|ceding|transfer(?:s|red|ring)?|return(?:s|ed|ing)?|give|gives|gave|given|giving)`;
const HANDED = new RegExp(String.raw`\b${TRANSFER}\b`, 'i');
/** "… to Japan", "… over to the Japanese": a receiver named after the deed. */
const TO_SOMEONE = new RegExp(String.raw`\b${TRANSFER}\b(?:\s+[\p{L}-]+){0,6}?\s+to\s+(?!(?:be|have|do|make|hand|give|return|cede|transfer)\b)\S`, 'iu');

/** Whether the clause hands something to the asked party without naming it, the record's other party handing. */
export function impliedReceiver(aliases: AliasTable, group: TermGroup, question: string, clause: string, event: KurilEvent | undefined): boolean {
  const entity = group.entity;
  if (!event || !entity || entity.kind !== 'actor' || event.actors.length !== 2 || !event.actors.includes(entity.id)) return false;
  // The question names the party as the receiver: "handed to Japan", "given over to Japan".
  const typed = group.typed.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  if (!new RegExp(String.raw`\b${TRANSFER}\b(?:\s+[\p{L}-]+){0,6}?\s+to\s+(?:the\s+)?(?:${typed})\w*\b`, 'iu').test(question)) return false;
  if (!HANDED.test(clause) || TO_SOMEONE.test(clause)) return false;
  const other = event.actors.find((a) => a !== entity.id)!;
  // "Moscow" names the Soviet Union too (seats.ts).
  return entitiesInText(aliases, clause).has(`e_actor_${other}`) || seatedStates(clause).has(other);
}

/** "The 1905 peace with Russia", "the treaty between Japan and Russia": a party named as the other side of the thing. */
const THING_WITH = String.raw`\b(?:peace|treaty|agreement|accord|pact|deal|declaration|war|talks|negotiations|summit|settlement)\s+(?:with|between)\s+(?:the\s+)?(?:[\p{L}-]+\s+(?:and|&)\s+(?:the\s+)?)?`;

/**
 * "Did Japan come away from the 1905 peace with Russia holding southern Sakhalin?": Russia is named
 * only as the other side of the peace the question is about, which says which record it is, not a
 * deed of Russia's a clause must hold. It is held when the record's parties include it.
 */
export function partyOfTheThing(group: TermGroup, question: string, event: KurilEvent | undefined): boolean {
  const entity = group.entity;
  if (!event || !entity || entity.kind !== 'actor' || !event.actors.includes(entity.id)) return false;
  const typed = group.typed.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(String.raw`${THING_WITH}(?:${typed})\w*\b`, 'iu').test(question);
}
