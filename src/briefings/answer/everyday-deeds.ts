import { irregularForms, plainOfIrregular } from './irregular-verbs.js';
import { processTerm } from './text.js';

/**
 * Everyday ways of telling a recorded deed, read as the records' words before a question is planned.
 * A question written by someone who never saw the records describes the deed in its own verbs and
 * idioms ("took over the islands", "pulled the plug for good", "drew a line between", "turned 3
 * September into a holiday"). Each such word is either unseen in the records, where it would weigh
 * as much as an off-topic noun ("population", "Crimea") and sink the question, or a common word that
 * misses the record's own. Here are word classes, never one question's phrasing:
 *
 * - irregular past tenses the stemmer cannot join to their verb ("drew" is "draw", "won" is "win");
 * - a stopping verb made final by an adverb ("halt … for good", "scrap … permanently") is ending it;
 * - taking something over is occupying it; turning something into something else is making it;
 * - drawing a line between two sides is drawing a border;
 * - demanding one thing before or until another is making the other conditional on it.
 *
 * Nouns are never rewritten: an off-topic noun stays unseen and the question is still declined.
 */

/** The deeds whose irregular forms are read as the plain verb; others ("left", "chose", "ran") are read elsewhere or as typed. */
const DEEDS = new Set(['draw', 'win', 'fly', 'send', 'seek', 'write', 'freeze', 'begin', 'swear']);
// Not before an apostrophe: "won't" is no "won".
const IRREGULAR_WORD = new RegExp(`\\b(?:${irregularForms().filter((w) => DEEDS.has(plainOfIrregular(w)!)).join('|')})\\b(?!['’])`, 'gi');

/** Verbs of stopping something, in their forms (the phrasal ones too). */
const STOPPING = String.raw`(?:suspend|halt|stop|freez|froze|cancel|scrap|drop|abandon|shelv|axe|kill|pull(?:s|ed|ing)?\s+the\s+plug|call(?:s|ed|ing)?\s+off|break(?:s|ing)?\s+off|broke\s+off|end|terminat)\w*`;
/** Adverbs and idioms that make a stop final. */
const FOR_GOOD = String.raw`(?:for\s+good|for\s+ever|forever|once\s+and\s+for\s+all|permanently|definitively|altogether|completely|entirely)`;
/** "Pulled the plug for good on the trips", "scrapped the trips for good": a stop made final is an end. */
const FINAL_STOP = new RegExp(String.raw`\b${STOPPING}\b((?:\s+(?!(?:and|but|or|when|after|before)\b)[^\s,.;?!]+){0,6}?)\s+${FOR_GOOD}\b(\s+on\b)?`, 'gi');
/** "For good" before the verb: "permanently halted the exchanges". */
const FINAL_BEFORE = new RegExp(String.raw`\b${FOR_GOOD}\s+${STOPPING}\b`, 'gi');

/** "Called it quits on the talks": ending them. */
const QUITS = /\b(?:call|calls|called|calling)\s+it\s+quits(?:\s+(?:on|with))?\b/gi;

/** "Take over the islands", "took the four islands over": occupying them, in the records' word. */
const TAKE_OVER = /\b(?:take|takes|took|taken|taking)\s+over\b|\b(?:take|takes|took|taken|taking)((?:\s+[^\s,.;?!]+){1,4}?)\s+over\b(?!\s+(?:from|by|to))/gi;

/** "Turned 3 September into a holiday": making it one ("a law making 3 September the Day of …"). */
const TURN_INTO = /\b(?:turn|turns|turned|turning|transform|transforms|transformed|transforming)\b((?:\s+[^\s,.;?!]+){1,5}?)\s+into\b/gi;

/** "Drew a line between Russia and Japan": set a border between them. */
const DRAW_LINE = /\b(?:draw|draws|drew|drawn|drawing)\s+(?:a|the|their|its)\s+(?:(?:first|new|dividing|clear)\s+)?line\b/gi;

/** "Demanding foreign troops leave before returning any islands": a condition set on the return. */
const DEMAND_BEFORE = /\b(?:demand|demands|demanded|demanding|insist|insists|insisted|insisting|require|requires|required|requiring)\b(?=(?:\s+[^\s,.;?!]+){1,8}?\s+(?:before|until|unless|as\s+a\s+(?:pre)?condition)\b)/gi;

/** Everyday deed words rewritten as the records' words. */
export function everydayDeeds(text: string): string {
  return text
    .replace(FINAL_STOP, (_, object: string) => `end${object}`)
    .replace(FINAL_BEFORE, 'end')
    .replace(QUITS, 'end')
    .replace(TAKE_OVER, (_, object: string | undefined) => `occupy${object ?? ''}`)
    .replace(TURN_INTO, (_, object: string) => `make${object}`)
    .replace(DRAW_LINE, 'draw the border')
    .replace(DEMAND_BEFORE, 'condition')
    .replace(IRREGULAR_WORD, (w) => plainOfIrregular(w) ?? w);
}

/**
 * Everyday words for the records' own, joined into aliases.ts's SYNONYMS: troops "train" or
 * "practise" where the records say they drill or exercise; a "boundary" or "frontier" is a border.
 */
export const EVERYDAY_FAMILIES: readonly (readonly string[])[] = [
  ['exercise', 'train', 'training', 'practise', 'practice', 'practicing', 'practising'],
  ['border', 'boundary', 'frontier'],
];

/**
 * "When did Medvedev pop over / hop over / jet off to Iturup?": an everyday verb of going, told by
 * its particle of direction and "to", in the verb's place of a wh-question (after "did" and the
 * subject). When the records never use the verb (plan.ts checks), going to a place is what the
 * records call a visit: the concept becomes "visit", so a record of someone else's visit, or of no
 * visit, still does not answer. A known verb ("hand over to") is left as it is.
 */
const GOING = /^\s*(?:when|where|why|how|who|whom|what|which)\b[^?]*?\b(?:did|does|do|has|have|had|will|would)\s+(?:[\p{L}'’-]+\s+){1,4}?([\p{L}-]+)\s+(?:over|off|by|across|around|round|down|up)\s+to\b/iu;

/** The typed verb of going in a wh-question, lower-cased, if any. */
export function verbOfGoing(text: string): string | undefined {
  return GOING.exec(text)?.[1]?.toLowerCase();
}

/** The records' word for going to a place, with its synonyms. */
export function goingTo(synonyms: ReadonlyMap<string, readonly string[]>): string[] {
  const visit = processTerm('visit') ?? 'visit';
  return [visit, ...(synonyms.get(visit) ?? [])];
}
