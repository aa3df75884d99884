import { entitiesInText, type AliasTable } from './aliases.js';
/**
 * A clause reported by a verb of saying (round 13): "has the Kremlin said what would have to change",
 * "has Takaichi said recently that she still wants a peace treaty", "what did the analyst predict
 * Japan would do in response". What the question asks is whether (or what) someone said, which is
 * past: the "would", "will" or "still" inside the reported clause is the speaker's, not the user's.
 * Read as the user's, the first two were declined as the future or as "whether that is still so",
 * and the third was taken as a reaction of the analyst. The saying verb stays in the question: the
 * record must still be the speaker's words (speaker.ts, yes-no.ts).
 */

/** "has / did <speaker> said / stated … [recently] that / what / whether …": the main clause, up to the saying verb. */
const REPORTED =
  /^(.*?\b(?:has|have|had|did|does|do)\s+(?:\S+\s+){1,4}?(?:said|say|stated|state|explained|explain|indicated|indicate|made\s+clear|make\s+clear|spelled\s+out|spelt\s+out|spell\s+out|set\s+out|signalled|signaled|signal)\b)(?:\s+(?:recently|lately|publicly|ever|yet|already|officially|again))*\s+(?=(?:that|what|whether|when|how|if|why|she|he|they|it|japan|russia|tokyo|moscow|the\s+(?:government|kremlin))\b)/i;

/** The question without the clause a verb of saying reports: what the user asks in their own voice. */
export function outsideReported(question: string): string {
  return REPORTED.exec(question)?.[1] ?? question;
}

/** A verb of saying or predicting, then more words: "the Decode 39 analyst predict Japan would". */
const SAYS_A_CLAUSE = /\b(?:say|said|predict(?:ed)?|expect(?:ed)?|forecast|warn(?:ed)?|think|thought|believe[sd]?|claim(?:ed)?|argue[sd]?)\s+\S/i;

/** Whether the words read as a reactor are a speaker and what they said ("the analyst predict Japan would"): no reactor. */
export function reportsAClause(reactor: string): boolean {
  return SAYS_A_CLAUSE.test(reactor);
}

/** A question's opening up to a verb of saying: "what did the unnamed spokesman say", "did the analyst predict". */
const SAID_BEFORE = /\b(?:did|does|do|has|have|had)\s+(?:\S+\s+){1,4}?(?:say|said|predict(?:ed)?|expect(?:ed)?|forecast|think|thought|believe[sd]?|claim(?:ed)?|argue[sd]?|state[sd]?|suggest(?:ed)?)\b/i;

/**
 * "What did the unnamed spokesman say Japan's response would look like?": a reaction named after a
 * verb of saying is in the clause it reports (what was said about the response), not a reaction asked
 * about; `before` is the question up to where the reaction is named.
 */
export function reactionReported(before: string): boolean {
  return SAID_BEFORE.test(before);
}

/**
 * Whether a record names whose response the question's reported clause is about: "Japan's response"
 * in what the spokesman said is answered by a record that names Japan, not by one about Japan when the
 * question asks Russia's. True when the question names none or the words name no one on record.
 */
export function namesReportedReactor(aliases: AliasTable, reactor: string | undefined, text: string): boolean {
  if (!reactor) return true;
  const asked = entitiesInText(aliases, reactor);
  if (asked.size === 0) return true;
  const named = entitiesInText(aliases, text);
  return [...asked].some((t) => named.has(t));
}

/**
 * "What would have to change before any agreement is possible?": "is possible" only frames the
 * condition (the agreement is what is conditioned), and no record calls an agreement possible, so the
 * word sank the Kremlin's "agreements are unlikely unless relations change". Read as "before any agreement".
 */
const POSSIBLE_FRAME = /\b((?:before|until|till|for|so\s+that)\s+(?:\S+\s+){1,4}?)(?:is|are|was|were|becomes?|became|can\s+be|could\s+be|would\s+be)\s+possible\b/gi;

export function withoutPossibleFrame(text: string): string {
  return text.replace(POSSIBLE_FRAME, '$1');
}

/**
 * "What did the analyst expect / forecast Japan would do?": expecting or forecasting what someone
 * would do is predicting it, the records' word ("Poccolini predicted that Japan would respond …").
 * Only as the verb of "what did X expect …", before a clause of what would happen ("… Japan would /
 * will / to …"): "you can't expect Russia to react" is no prediction asked about.
 */
const EXPECTED = /(?<=\bwhat\s+(?:\S+\s+)?(?:did|does|do|has|have|had)\s+(?:\S+\s+){1,4}?)\b(?:expect(?:s|ed)?|forecast(?:s|ed)?|anticipat(?:e|es|ed))\b(?=\s+(?:\S+\s+){1,3}?(?:would|will|to)\b)/gi;

export function expectedAsPredicted(text: string): string {
  return text.replace(EXPECTED, 'predict');
}
