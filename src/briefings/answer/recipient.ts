import { entitiesInText, type AliasTable } from './aliases.js';
import { sentences, terms } from './text.js';
import { asksPassiveRecipient } from './handed-to.js';

/**
 * "Did the Shimoda treaty leave Etorofu to Russia?" asks who got something. A record that says it
 * went to the other side ("Etorofu, left to Japan", "the Kurils stayed Japanese", "Russia took all
 * of Sakhalin") states the contrary, and that is a "No" from the record rather than from its
 * silence. Only the two sides are told apart: the Soviet Union is Russia's side here.
 */

type Side = 'japan' | 'russia';

const SIDE = String.raw`(japan(?:ese)?|tokyo|russia(?:n)?|moscow|soviets?|soviet\s+union|ussr|the\s+ussr)`;
const TRANSFER = String.raw`(?:leave|leaves|left|leaving|hand(?:s|ed|ing)?(?:\s+over)?|give|gives|gave|given|giving|cede[sd]?|ceding|transfer(?:s|red)?|award(?:s|ed)?|pass(?:es|ed)?|go|goes|went|gone|belong(?:s|ed)?|promis(?:e|es|ed)|return(?:s|ed|ing)?)`;
const GET = String.raw`(?:get|gets|got|receive[sd]?|take|takes|took|gain(?:s|ed)?|obtain(?:s|ed)?|keep|keeps|kept|acquire[sd]?)`;

/** "… leave Etorofu to Russia", "… hand the Kurils over to Japan". */
const ASK_TO = new RegExp(String.raw`\b${TRANSFER}\b\s+(.+?)\s+(?:over\s+)?to\s+(?:the\s+)?${SIDE}\b`, 'i');
/** "Did Japan get Sakhalin under the 1875 treaty?" */
const ASK_GET = new RegExp(String.raw`^\s*(?:did|was|were|has|had)\s+(?:the\s+)?${SIDE}\s+${GET}\s+(.+?)(?:\s+(?:under|in|by|from|with|after|through|at)\b|[?.!\s]*$)`, 'i');

/** "Did the treaty give Japan the Kurils?": the side right after the verb, the thing after it. */
const ASK_GIVE_SIDE = new RegExp(String.raw`\b(?:give|gives|gave|given|hand|hands|handed|award|awards|awarded|promise|promised)\s+(?:the\s+)?${SIDE}\s+(.+?)(?:\s+(?:under|in|by|from|with|after|through|at|for)\b|[?.!\s]*$)`, 'i');

/** In a record: "Etorofu, left to Japan", "leaving the four southern islands to Japan". */
const SAYS_TO = new RegExp(String.raw`\b${TRANSFER}\s+(?:([\p{L}\s-]{0,60}?)\s)?to\s+(?:the\s+)?${SIDE}\b`, 'giu');
/** "Russia took all of Sakhalin", "gave Japan the south of Sakhalin". */
const SAYS_GOT = new RegExp(String.raw`\b${SIDE}\s+${GET}\b|\b(?:gave|give|gives|given|awarded)\s+(?:the\s+)?${SIDE}\b`, 'giu');
/** "The Kurils stayed Japanese." */
const STAYED = new RegExp(String.raw`\b(?:stayed|remained|stays|remains)\s+(?:in\s+)?${SIDE}\b`, 'giu');
const NEGATED = /\b(?:not|never|no)\b|n't\b/i;

/**
 * "Did Urup go to Japan?", "was Etorofu left to Russia?", "did Etorofu end up on the Japanese side"
 * (word-families.ts reads it "go to the Japanese side"): the thing is the subject and no giver is
 * named; it asks who got it as "did the treaty leave Urup to Japan?" does.
 */
const ASK_WENT = new RegExp(
  String.raw`\b(?:did|was|were|has|had|is|are)\s+(.+?)\s+(?:go|goes|went|gone|pass|passed|fall|fell|fallen|come|came|given|handed|left|ceded|transferred|awarded|promised|returned|assigned)\s+(?:over\s+)?to\s+(?:the\s+)?${SIDE}\b`,
  'i',
);

export interface Asked {
  readonly side: Side;
  /** The words of the thing that changed hands. */
  readonly thing: readonly string[];
}

function sideOf(word: string): Side {
  return /^(?:japan|tokyo)/i.test(word) ? 'japan' : 'russia';
}

/**
 * Who the question asks got what, if it asks that. `subjectGoes`: read "did Urup go to Japan" too,
 * which only a yes/no question about a thing asks ("when did Suzuki last go to Moscow" is a trip).
 */
export function askedRecipient(question: string, subjectGoes = false, aliases?: AliasTable): Asked | undefined {
  const to = ASK_TO.exec(question);
  if (to) return thingOf(to[1]!, to[2]!);
  const got = ASK_GET.exec(question);
  if (got) return thingOf(got[2]!, got[1]!);
  const given = ASK_GIVE_SIDE.exec(question);
  if (given) return thingOf(given[2]!, given[1]!);
  const went = subjectGoes ? ASK_WENT.exec(question) : null;
  // A person who goes to Moscow travels; only a place or thing changes hands.
  if (!went || !aliases || [...entitiesInText(aliases, went[1]!)].some((t) => t.startsWith('e_actor_'))) return undefined;
  return thingOf(went[1]!, went[2]!);
}

function thingOf(thing: string, side: string): Asked | undefined {
  const words = terms(thing);
  return words.length ? { side: sideOf(side), thing: words } : undefined;
}

/** How many words a name in a record may run to ("the Habomai islets"). */
const NAME_WORDS = 3;

/**
 * Where a clause first mentions the thing: its words, or another name of the same island or actor
 * through the alias table ("Iturup" asked, "Etorofu" on record).
 */
function firstMention(clause: string, thing: readonly string[], aliases?: AliasTable): number {
  const lower = clause.toLowerCase();
  const at = thing.map((t) => lower.search(new RegExp(String.raw`\b${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i'))).filter((i) => i >= 0);
  const wanted = aliases ? entitiesInText(aliases, thing.join(' ')) : new Set<string>();
  if (wanted.size > 0) {
    const words = [...clause.matchAll(/[^\s,;.()]+/g)];
    const named = words.findIndex((_, i) => [...entitiesInText(aliases!, words.slice(i, i + NAME_WORDS).map((w) => w[0]).join(' '))].some((t) => wanted.has(t)));
    if (named >= 0) at.push(words[named]!.index);
  }
  return at.length ? Math.min(...at) : -1;
}

/**
 * The side a clause says got the thing, read after the thing's first mention (or, for "Russia took
 * …", the getter nearest before it: "Russia took all of Sakhalin and in exchange Japan received all
 * the Kuril Islands" gives the Kurils to Japan).
 */
function recipientIn(clause: string, thing: readonly string[], aliases?: AliasTable, stayed = true): { side: Side } | undefined {
  const pos = firstMention(clause, thing, aliases);
  if (pos < 0) return undefined;
  // After the thing with no object of its own ("Etorofu, left to Japan"), or with the thing as its
  // object ("gives southern Sakhalin to Japan"); "between Etorofu and Urup, leaving the four southern
  // islands to Japan" leaves other islands, not Urup.
  // "The Kuril chain between Etorofu, left to Japan, and Urup": an island named between the thing and
  // the words "left to" is what was left, not the chain.
  const wanted = aliases ? entitiesInText(aliases, thing.join(' ')) : new Set<string>();
  const otherBetween = (end: number) => aliases !== undefined && [...entitiesInText(aliases, clause.slice(pos, end))].some((t) => t.startsWith('e_island_') && !wanted.has(t));
  for (const m of clause.matchAll(SAYS_TO)) {
    const object = m[1];
    if (object === undefined ? m.index > pos && !otherBetween(m.index) : pos >= m.index && pos < m.index + m[0].length) return { side: sideOf(m[2]!) };
  }
  if (stayed) for (const m of clause.matchAll(STAYED)) if (m.index > pos) return { side: sideOf(m[1]!) };
  const getters = [...clause.matchAll(SAYS_GOT)].filter((m) => m.index < pos);
  const nearest = getters.at(-1);
  return nearest ? { side: sideOf((nearest[1] ?? nearest[2])!) } : undefined;
}

/**
 * The clause of the texts that says the thing asked about went to the other side, if one does.
 * A clause that says it in the negative ("was not left to Japan") decides nothing here.
 */
export function contraryRecipient(question: string, texts: readonly string[], aliases?: AliasTable): string | undefined {
  const asked = askedRecipient(question, true, aliases);
  if (!asked) return undefined;
  for (const text of texts) {
    for (const clause of sentences(text).flatMap((s) => s.split(/;\s+|,\s+(?:while|but|whereas)\s+/))) {
      if (NEGATED.test(clause)) continue;
      const got = recipientIn(clause, asked.thing, aliases);
      if (got && got.side !== asked.side) return clause.trim();
    }
  }
  return undefined;
}

/**
 * "Did the Treaty of Portsmouth give Japan the Kurils?": "The Kurils stayed Japanese" says they were
 * the side's already and did not change hands, a "No" to their being given to or got by it. The
 * clause of the texts that says so, if one does.
 */
export function stayedWith(question: string, texts: readonly string[], aliases?: AliasTable): string | undefined {
  const asked = askedRecipient(question, true, aliases);
  if (!asked) return undefined;
  for (const text of texts) {
    for (const clause of sentences(text)) {
      if (NEGATED.test(clause)) continue;
      const pos = firstMention(clause, asked.thing, aliases);
      if (pos >= 0 && [...clause.matchAll(STAYED)].some((m) => m.index > pos && sideOf(m[1]!) === asked.side)) return clause.trim();
    }
  }
  return undefined;
}

/**
 * "Who did the Big Three promise the Kurils to?", "to whom were they handed?", "who were the
 * Kurils promised to at Yalta?": the question asks who received something, not who gave it.
 */
const ASKS_RECIPIENT = new RegExp(
  String.raw`^\s*(?:to\s+whom\b|whom?\b.*\b${TRANSFER}\b.*\bto\s*(?:[?.!]*\s*$|(?:in|at|on|under|by|after|during|through|with|from|when)\b))`,
  'i',
);

export function asksRecipient(question: string): boolean {
  return ASKS_RECIPIENT.test(question);
}

/** In a record: "… would go to the Soviet Union", "promised Habomai and Shikotan to Japan": the words after "to". */
const SAYS_TO_ANY = new RegExp(String.raw`\b${TRANSFER}\s+(?:[\p{L}\s-]{0,60}?\s)?to\s+(?:the\s+)?((?:[\p{L}-]+\s*){1,3})`, 'giu');

/**
 * The actors a text says received something (entity tokens), in the order it says so; a negated
 * clause ("without the treaty saying to whom") names none.
 */
export function namedRecipients(texts: readonly string[], aliases: AliasTable): string[] {
  const out: string[] = [];
  for (const text of texts) {
    for (const clause of sentences(text).flatMap((s) => s.split(/;\s+|,\s+(?:while|but|whereas)\s+/))) {
      if (NEGATED.test(clause)) continue;
      for (const m of clause.matchAll(SAYS_TO_ANY)) {
        for (const token of entitiesInText(aliases, m[1]!)) if (token.startsWith('e_actor_') && !out.includes(token)) out.push(token);
      }
    }
  }
  return out;
}

/**
 * "Did Japan get Kunashiri?": a "Yes" must rest on a clause that says the side asked got the thing
 * ("Etorofu, left to Japan", "gave Japan the south of Sakhalin"). Japan's claim to the islands, or a
 * record that names both, says nothing of who got them. True when the question asks no such thing.
 */
export function recipientStated(question: string, clause: string, aliases?: AliasTable): boolean {
  // "Has Russia got missiles on Paramushir?" asks what it has, not what it was given; "did the
  // declaration promise Habomai to Japan?" is read by the clause's own words (yes-no.ts).
  const got = /^\s*did\b/i.test(question) ? ASK_GET.exec(question) : null;
  const asked = got ? thingOf(got[2]!, got[1]!) : undefined;
  if (!asked) return true;
  return !NEGATED.test(clause) && recipientIn(clause, asked.thing, aliases)?.side === asked.side;
}

/** Receiving by a deal: taking (by force) and keeping are other deeds. */
const RECEIVE = String.raw`(?:get|gets|got|receive[sd]?|gain(?:s|ed)?|obtain(?:s|ed)?|acquire[sd]?)`;
const KEPT = /\b(?:keep|keeps|kept|stay(?:s|ed)?|remain(?:s|ed)?)\b/i;

/** "When did Japan get the Kurils?", "which treaty let Japan take Sakhalin?": who got what, asked with a question word. */
const WH_GET = new RegExp(String.raw`^\s*(?:when|how|why|where|which\s+\S+|what\s+\S+)\s+(?:did|was|were)\s+(?:the\s+)?${SIDE}\s+${RECEIVE}\s+(.+?)(?:\s+(?:under|in|by|from|with|after|through|at)\b|[?.!\s]*$)`, 'i');

/**
 * "Which treaty gave the Kurils to Japan?", "when did Japan get the Kurils?" ask for the record in
 * which that side received the thing: "Japan gave up … the Kurile Islands" (1951) names Japan and
 * the Kurils, but Japan gave them up there; the 1875 treaty is where Japan received them. A record
 * answers only when one of its clauses says the side asked got the thing. True when the question
 * asks no such thing.
 */
export function receivedIn(question: string, texts: readonly string[], aliases?: AliasTable): boolean {
  const asked = askedTransfer(question);
  if (!asked) return true;
  return texts.some((text) =>
    sentences(text)
      .flatMap((s) => s.split(/;\s+|,\s+(?:while|but|whereas)\s+/))
      // "The Kurils stayed Japanese" (1905) kept them; it gave them to no one.
      .some((clause) => !NEGATED.test(clause) && recipientIn(clause, asked.thing, aliases, KEPT.test(question))?.side === asked.side),
  );
}

/** Who got what, asked with a question word ("which treaty gave X to Japan", "when did Japan get X"). */
export function askedTransfer(question: string): Asked | undefined {
  // "Which diplomat was handed the Soviet declaration?" asks who got it, and "Soviet" is the giver (handed-to.ts).
  if (asksPassiveRecipient(question)) return undefined;
  const wh = WH_GET.exec(question);
  // "Who agreed to give Shikotan back to Japan?" asks who gave, not whether Japan got it.
  return wh ? thingOf(wh[2]!, wh[1]!) : /^\s*(?:which|what|when|how|under)\b/i.test(question) ? askedRecipient(question) : undefined;
}
