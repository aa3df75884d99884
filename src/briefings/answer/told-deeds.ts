/**
 * More everyday ways of telling a recorded deed, read as the records' words before a question is
 * planned (round 12; everyday-deeds.ts has the first set). Each is a word class or a grammar
 * pattern, never one question's phrasing:
 *
 * - a deed reported as what its doer told the other side ("Moscow told Tokyo it was going to war",
 *   "informed Japan that it would end the exchanges") is the deed itself, still done by the subject;
 * - a compound for the record's noun ("border line", "dividing line") is the noun ("border");
 * - "entire" is the records' "whole", and "inaugural" is "first";
 * - a speech named by its kind ("policy address", "address to the Diet") is a speech;
 * - an "extra / additional / further" condition is one added, which the verb ("add", "attach") says;
 *   "attaching" a condition is adding it;
 * - a promise or pledge made "in her speech" is what she said in it: the speech's record holds her
 *   words, and another record's "promise" (a treaty's) is no rival account of them;
 * - "at / towards the end of the war" dates the deed by the war; it tells no ending;
 * - a verb of aboutness ("a law that touches on Japan", "relates to", "has to do with", "that
 *   affects the dispute") is "about": the records say what a thing is about, never that it touches;
 * - idioms for meeting ("sit down together / with"), drilling ("flex its military muscle") and
 *   speaking ("talk about").
 *
 * The rewritten words are in the records, so the record that says the deed plainly is no longer
 * sunk by a word no record uses; an off-topic noun stays unseen and the question is still declined.
 */

/** Verbs of telling the other side, with their object (one to three words: "Tokyo", "the Japanese"). */
const TELLING = String.raw`\b(?:tell|tells|told|telling|inform(?:s|ed|ing)?|notif(?:y|ies|ied|ying))\s+(?:[^\s,.;?!]+\s+){1,3}?(?:that\s+)?`;
/** The doer's own pronoun: the deed told is the subject's, not the listener's. */
const OWN = String.raw`(?:it|they|he|she)\s+`;
/** "… told Tokyo it was going to war": going to war, which the records call declaring it. */
const TOLD_WAR = new RegExp(`${TELLING}${OWN}(?:was|were|is|are|would|will)\\s+(?:be\\s+)?go(?:ing)?\\s+to\\s+(?=war\\b)`, 'gi');
/** "… told Tokyo it would end / was ending / was going to end the exchanges": ending them. */
// Only a deed: "was / is" must be "going to" or a verb in -ing ("told Tokyo it was impossible" is no deed).
const TOLD_DEED = new RegExp(`${TELLING}${OWN}(?:(?:was|were|is|are)\\s+going\\s+to|would|will|(?:was|were|is|are)(?=\\s+[a-z]+ing\\b))\\s+(?=[a-z])`, 'gi');

/** "Border line", "boundary line", "dividing line": the records' border. */
const LINE = /\b(?:border|boundary|frontier|dividing|demarcation)\s+lines?\b/gi;

/** "Policy address", "address to the Diet": a speech named by its kind or its audience (a noun, not "address the rally"). */
const ADDRESS_KIND = /\b(policy|inaugural|keynote|opening|televised|video|annual|budget)\s+address(?:es)?\b/gi;
const ADDRESS_TO = /\baddress(?:es)?(?=\s+to\s+(?:the\s+)?(?:diet|parliament|nation|legislature|rally|assembly)\b)/gi;

/** "Extra / additional / further condition": the verb says it was added; the adjective is unseen. "Attach a condition": add it. */
const EXTRA = /\b(?:extra|additional|further)\s+(?=(?:[^\s,.;?!]+\s+)?conditions?\b)/gi;
const ATTACH = /\battach(?:es|ed|ing)?\b/gi;

/** "Sit down together / with": meeting. */
const SIT_DOWN = /\b(?:sit|sits|sat|sitting)\s+down(?:\s+together)?(?=\s+(?:with|about|on|over|to|in|at)\b|\s*[?.!]*\s*$)/gi;
/** "Flex its (military) muscle": holding military drills. */
const FLEX = /\b(?:flex|flexes|flexed|flexing)\s+(?:its|their|his|her|some)?\s*(?:military\s+)?muscles?\b/gi;
/** "Talk about" (the verb; "talks about" may be the noun): speaking about. */
const TALK_ABOUT = /\b(?:talk|talked|talking)\s+(?=about\b)/gi;

/** "Promise / pledge / vow … in her first policy speech": what was said in it. */
const PROMISE_IN_SPEECH =
  /\b(?:promis|pledg|vow)(?:e|es|ed|ing|s)?\b(?=[^?.!]*?\b(?:in|during|at)\s+(?:(?:his|her|their|its|the|a|an)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:speech|address|statement|interview|remarks|press\s+conference)\b)/giu;

/** "At / towards the end of WW2": the named war dates the deed (question-dates.ts); "end" is no deed of ending. "The end of the war" alone is left as it was. */
const END_OF_WAR = /\b(?:at|by|near|towards?|around)\s+the\s+(?:very\s+)?(?:end|close)\s+of\s+(?=(?:the\s+)?(?:second\s+world\s+war|world\s+war\s+(?:ii|2|two)|ww\s?(?:2|ii)|wwii)\b)/giu;

/** "That touches on / relates to / has to do with / that affects": about. "Affect" only in a relative clause ("did the sanctions affect …" asks an effect). */
const ABOUT = /\b(?:touch(?:es|ed|ing)?\s+(?:on|upon)|relat(?:es|ed|ing)\s+to|ha(?:s|d|ve)\s+to\s+do\s+with|(?:that|which)\s+(?:directly\s+)?affect(?:s|ed)?)\b/gi;

/** A wh-question: its answer is the deed told, not the telling. */
const WH = /^\s*(?:when|what|which|where|in\s+(?:what|which))\b/i;
/** Two sides, or a side "with" another, talking: the records' talks, not one side's speaking. */
const TWO_SIDES = /\b(?:and|both|with|together|each\s+other|one\s+another)\b/i;

/** Everyday deed words rewritten as the records' words. */
export function toldDeeds(text: string): string {
  // "Did Suzuki tell his party that he was flying to Moscow?" asks about the telling itself: only a
  // wh-question ("when did Moscow tell Tokyo …") asks about the deed told.
  const told = WH.test(text) ? text.replace(TOLD_WAR, 'go to ').replace(TOLD_DEED, '') : text;
  // "Are Tokyo and Moscow talking about the islands?": two sides talking is negotiating.
  const talk = TWO_SIDES.test(told) ? told : told.replace(TALK_ABOUT, 'speak ');
  return talk
    .replace(LINE, 'border')
    .replace(/\bentire\b/gi, 'whole')
    .replace(/\binaugural\b/gi, 'first')
    .replace(ADDRESS_KIND, '$1 speech')
    .replace(ADDRESS_TO, 'speech')
    .replace(PROMISE_IN_SPEECH, 'say')
    .replace(END_OF_WAR, 'in ')
    .replace(EXTRA, '')
    .replace(ATTACH, 'add')
    .replace(SIT_DOWN, 'meet')
    .replace(FLEX, 'hold military drills')
    .replace(ABOUT, 'about');
}
