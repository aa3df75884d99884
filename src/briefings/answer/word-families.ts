import { patternWords } from './text.js';
/**
 * Everyday words for what the records say in their own words, read before a question is planned:
 * whole families (every common way users say it), never one question's phrasing.
 *
 * - Synonym groups, joined into aliases.ts's SYNONYMS: being afraid is what the records call fear,
 *   a politician is a lawmaker, hitting back is answering.
 * - Chat spellings and framing that name nothing to search: a contraction typed without its
 *   apostrophe ("cant", "didnt"), "per X" and "according to X" (who said it), "back in March 2022" for "in March
 *   2022", "regarding" for "about", "meant to" for "to", and "before it broke up" after an actor (its own
 *   end).
 */

export const WORD_FAMILIES: readonly (readonly string[])[] = [
  ['fear', 'afraid', 'scared', 'frightened', 'fearful'],
  ['lawmaker', 'politician', 'legislator', 'parliamentarian', 'congressman', 'mp'],
  ['answer', 'respond', 'response', 'reply', 'retaliate', 'retaliation'],
  ['military', 'militarily'],
  ['clash', 'collide', 'collision', 'confrontation'],
  ['provoke', 'provocation', 'provocative'],
  ['diplomacy', 'diplomatic'],
  // "Easier trips", "a simpler procedure": what the records call simplified.
  ['simplify', 'simplified', 'simpler', 'easier', 'eased', 'streamline', 'streamlined'],
  ['amend', 'amendment', 'amended'],
  ['allow', 'let', 'letting', 'permit', 'permitted'],
  // "Japanese people", "ordinary Russians": what the records call a state's citizens.
  ['citizen', 'people'],
  // "The territory issue" is the records' "territorial issue"; the stemmer keeps the forms apart.
  ['territory', 'territories', 'territorial'],
  // "The northern Kurils" are the ones "north of Etorofu"; the stemmer keeps the two apart.
  ['north', 'northern'],
  ['south', 'southern'],
  // "Japan's stance on the islands": what the records call its position ("Japan's position is unchanged").
  ['position', 'stance'],
  // "The Kremlin's latest remarks / comments": what the records' kind calls a statement.
  ['statement', 'remark', 'comment'],
  // "The establishment of Northern Territories Day": the noun for what the records say was established.
  ['establish', 'establishment', 'establishing', 'create', 'creation'],
  // "Joint business projects on the islands": what the records call joint economic activities.
  ['economic', 'business', 'commercial'],
  ['activity', 'project', 'venture'],
  // "An official holiday for the victory over Japan": what the records call a day ("Day of Victory").
  ['day', 'holiday'],
  // "Did Takaichi signal a shift in Japan's stance?": a shift of position is a change of it.
  ['change', 'shift', 'shifted', 'shifting'],
];

/**
 * Idioms and descriptions for what the records say plainly, each a whole family of its common
 * forms: the idiom's own words ("fence", "goalposts") are in no record and would weigh as unseen
 * concepts that sink the record that says it plainly.
 */
const IDIOMS: readonly (readonly [RegExp, string])[] = [
  // "The waters round the islands": "round" before a determiner is the preposition "around".
  [/\bround\s+(?=(?:the|these|those|its|their|all|both|each)\s)/gi, 'around '],
  // "Did Etorofu end up on the Japanese side (of the line)?", "end up in Russian hands": which side got it.
  [/\b(?:end|ends|ended|ending|wind|winds|wound|winding)\s+up\s+(?:on\s+the|in|with\s+the)\s+(japanese|russian|soviet)\s+(?:side|hands)(?:\s+of\s+the\s+(?:border|line|frontier|boundary))?/gi, 'go to the $1 side'],
  // "On the Japanese side of the line": the line drawn between two sides is the border.
  [/\bside\s+of\s+the\s+(?:dividing\s+|border\s+)?line\b/gi, 'side of the border'],
  // "Speed up talks using the 1956 declaration as the base": on the basis of it, as the records say.
  [/\b(?:using|taking|with)\s+((?:[\p{L}\d'’-]+\s+){1,5}?)as\s+(?:the|a|their|its)\s+(?:base|basis|foundation|starting\s+point)\b/giu, 'on the basis of $1'],
  // "Did Takaichi signal a shift / that …?": signalling something is saying it.
  [/\bsignal(?:s|ed|led|ing|ling)?\s+(?=(?:that|an?|any|no)\s)/gi, 'say '],
  // "Its basic / fundamental law": a state's constitution.
  [/\b(?:basic|fundamental)\s+laws?\b/gi, 'constitution'],
  // "Write / put it into the constitution", "enshrine": amending it.
  [/\b(?:writ\w*|wrote|put\w*|add\w*|insert\w*)\s+(?:\w+\s+)?(?:in|into|to)\s+(?=(?:its|their|the|his|her|russia's|japan's)\s+(?:own\s+)?constitution\b)/gi, 'amend '],
  [/\benshrin\w*\b/gi, 'amend'],
  // "Move / shift / change the goalposts", "raise the bar", "attach (new) strings": adding a condition.
  [/\b(?:mov|shift|chang|reset)\w*\s+(?:the\s+)?goal\s*-?\s*posts?\b/gi, 'add a condition'],
  [/\b(?:rais|hik|lift)\w*\s+the\s+bar\b/gi, 'add a condition'],
  [/\b(?:attach\w*|add\w*|put\w*|with)\s+(?:new\s+|more\s+|extra\s+)?strings(?:\s+attached)?\b/gi, 'add a condition'],
  // "Sit / stay on the fence", "stay on the sidelines", "take no side": stay neutral.
  [/\b(?:sit|sits|sat|sitting|stay|stays|stayed|staying|remain\w*|be|being|keep\w*|kept)\s+on\s+the\s+(?:fence|sidelines?)\b/gi, 'remain neutral'],
  [/\bfence[-\s]sitt(?:ing|er)\b/gi, 'neutral'],
  [/\b(?:take|takes|took|taking|pick|picks|picked|picking|choose|chooses|chose|choosing)\s+no\s+sides?\b/gi, 'remain neutral'],
  // "Describe / portray / characterise the islands as occupied": calling them so. Read as its own deed,
  // the participle after "as" took the doer of the description ("occupied by Russia").
  // "Regard / see / view / consider / treat them as occupied" is holding them so, which a side says by
  // calling them so. Not "regard them as its own / part of its territory / Japanese": whose they are
  // is the side's position (position.ts), and "call them its own" would ask a name.
  [/\b(?:(?:describ|portray|characteri[sz]|depict|label|brand)\w*|regard(?:s|ed|ing)?|see|sees|saw|seen|view(?:ed|ing)?|consider(?:s|ed|ing)?|treat(?:s|ed|ing)?|deem(?:s|ed)?)\s+((?:(?!as\b)[\p{L}'’-]+\s+){1,6})as\s+(?!(?:an?\s+)?(?:its|their|his|her|our|my|your|part|parts|japanese|russian|soviet|theirs|ours)\b)(?:an?\s+)?/giu, 'call $1'],
  // "Consider / deem the islands (to be) illegally occupied", without "as": the same holding, when what
  // follows is a participle (an -ly adverb may come first). An adjective or a noun ("consider them
  // Japanese", "… its territory") is left alone: whose they are is the side's position.
  [/\b(?:consider(?:s|ed|ing)?|deem(?:s|ed)?)\s+((?:(?!as\b|to\b)[\p{L}'’-]+\s+){1,4}?)(?:to\s+be\s+)?(?=(?:[\p{L}]+ly\s+)?[\p{L}]+ed\b)/giu, 'call $1'],
  // "All 4 islands", "the 2 islets": a small count typed as a digit is the word the records write.
  [/\b2\s+(?=(?:southern\s+|disputed\s+|main\s+)?(?:islands?|islets?|isles)\b)/gi, 'two '],
  [/\b3\s+(?=(?:southern\s+|disputed\s+|main\s+)?(?:islands?|islets?|isles)\b)/gi, 'three '],
  [/\b4\s+(?=(?:southern\s+|disputed\s+|main\s+)?(?:islands?|islets?|isles)\b)/gi, 'four '],
  // "Had the Soviets taken / seized / captured all four islands?": taking islands by force is what the
  // records call occupying them ("Soviet forces occupy …", "completing the occupation"). Only before the
  // islands themselves: "take (the Kurils) back", "take part", "took office" stay as typed.
  [/\b(?:took|taken|seized|captured)\s+(?=(?:(?:all|both|the|of)\s+){0,3}(?:(?:two|three|four|[234])\s+)?(?:southern\s+|disputed\s+)?(?:islands|islets|kurils?)\b(?!\s+back\b))/gi, 'occupied '],
  [/\b(?:taking|seizing|capturing)\s+(?=(?:(?:all|both|the|of)\s+){0,3}(?:(?:two|three|four|[234])\s+)?(?:southern\s+|disputed\s+)?(?:islands|islets|kurils?)\b(?!\s+back\b))/gi, 'occupying '],
  [/\b(?:take|seize|capture)\s+(?=(?:(?:all|both|the|of)\s+){0,3}(?:(?:two|three|four|[234])\s+)?(?:southern\s+|disputed\s+)?(?:islands|islets|kurils?)\b(?!\s+back\b))/gi, 'occupy '],
  // "Open a second front": a new one.
  [/\bsecond\s+fronts?\b/gi, 'new front'],
  // "The Big Three" at Yalta: the United States, Britain and the Soviet Union. Not "the big 3,000-troop
  // drills": a digit group after the 3 makes it a number.
  [/\b(?:the\s+)?big\s+(?:three|3)\b(?![,.]?\d)/gi, 'the US, UK and USSR'],
  // "A top / senior / high-ranking official": a state's leader, in the word the records' roles use.
  [/\b(?:top|senior|high[-\s]?ranking|high[-\s]?level|leading|most\s+senior|top[-\s]level)\s+((?:[a-z]+\s+)?)(?:officials?|figures?|politicians?|leaders?)\b/gi, '$1leader'],
  // "A sitting / serving / incumbent president": one in office at the time, which an office asked
  // about at a time says already; the word is no concept ("sit").
  [/\b(?:sitting|serving|incumbent)\s+(?=(?:[\p{L}'’]+\s+)?(?:president|prime\s+minister|premier|pm|minister|leader|head\s+of\s+state)\b)/giu, ''],
  // "Russian officials", "the Japanese authorities", "Soviet troops' commanders" asked as the doer: the
  // side its adjective names, as "Russia" is; the generic noun is in few records and would make a
  // record of the same deed by the side's ministry look like another doer's. "Top officials" is above.
  [/\b(russian|japanese|soviet|ukrainian|chinese|american)\s+(?:officials|authorities|diplomats|side|government(?:\s+officials)?|(?:armed\s+)?forces)\b/gi, '$1'],
  // "Ex-islanders", "ex-PM": former.
  [/\bex-(?=\p{L})/giu, 'former '],
  // "The two leaders", "both countries": the dispute's two sides; the number is no concept.
  [/\b(?:the\s+two|both)\s+(?=leaders\b|heads\s+of\s+state\b)/gi, 'the '],
  [/\b(?:the\s+two|both)\s+(?:countries|nations|states|governments|neighbou?rs)\b/gi, 'Russia and Japan'],
  // "When she took office", "on taking office", "newly elected": the first thing done in it.
  [/\b(?:when|after|once|as\s+soon\s+as|upon|on|just\s+after)\s+(?:(?:he|she|they|it)\s+)?(?:took|take|takes|taking|assumed|assuming|entered|entering|came\s+(?:in)?to|coming\s+(?:in)?to)\s+(?:office|power)\b/gi, 'first'],
  // "When were Japanese first allowed / permitted to visit …": being let do something is its being
  // set up; the records say what was set up ("visits without visas"), never "allowed" ("let" is a
  // stop word). Only in the past: "are they allowed to … now" asks what stands today, which a record
  // of the start does not tell.
  [/(?<=\b(?:was|were|been|first|finally|ever|once)\s+(?:[\p{L}'’-]+\s+){0,3})(?:allowed|permitted)\s+to\s+(?=\p{L})/giu, 'to '],
  // "The southern half / part of Sakhalin": the south of it, as the records say ("southern Sakhalin");
  // "half" and "part" are in no record and would weigh as unseen concepts.
  [/\b((?:north|south|east|west)(?:ern)?)\s+(?:half|part|portion|section)\s+of\s+(?:the\s+)?/gi, '$1 '],
  // "The most northern island", "furthest north": the records' one-word superlative ("the northernmost Kuril island").
  [/\b(?:the\s+)?(?:most|furthest|farthest)\s+(north|south|east|west)(?:ern|erly)?\b/gi, 'the $1ernmost'],
  // "The islands belong to Japan", "say they belong to Russia": the records call them its territory
  // ("recognises the four islands as Japanese territory"). Whom they belong to is sovereignty
  // (verbs.ts), left as it is.
  [/\b(?<!whom\s+(?:\S+\s+){0,3})(?:belong|belongs|belonged|belonging)\s+to\s+(?=(?:the\s+)?(?:japan|japan's|russia|russia's|tokyo|moscow|soviet|soviets|ussr|ukraine|china)\b)/gi, 'be territory of '],
  // "I heard / read / was told that …": how the user came by it, nothing to search.
  [/\b(?:i|we)\s+(?:have\s+|'ve\s+)?(?:heard|read|saw|seen|was\s+told|were\s+told)\s+(?:that\s+|somewhere\s+(?:that\s+)?)?/gi, ' '],
];

/** "Trips back to their old homes": direction, not backing; "give Shikotan back to Japan" keeps its particle. */
/** The words the idioms read, for respelling (respell.ts). */
export const IDIOM_WORDS: readonly string[] = patternWords(IDIOMS.map(([pattern]) => pattern));

const BACK_TO = /\bback\s+(?=to\b)/gi;

/** "cant", "didnt", "isnt": the apostrophe left out; with it, the words are stop words as typed. */
const CONTRACTION = /\b(can|don|didn|doesn|isn|wasn|aren|weren|won|couldn|wouldn|shouldn|hasn|haven|hadn)t\b/gi;
const CANT = /\bcant\b/gi;

/**
 * "Per Al-Qassas, why …", "according to Poccolini": who said it, which the name that follows tells
 * (speaker.ts reads it from the question as typed); the words themselves are no concept ("according"
 * would meet "accord", an agreement). "Per cent" is a number.
 */
export const PER = /\b(?:according\s+to|per)\s+(?!cent\b|centum\b|capita\b|annum\b|year\b|day\b|month\b|week\b|person\b|head\b)/gi;

/** "Back in March 2022", "back then": a time that was, not the particle of "give … back". */
const BACK_IN_TIME = /\bback\s+(?=(?:in|during|around|then)\b)/gi;
/** A verb whose particle "back" may stand a few words after it ("give Shikotan back in 1956"). */
const TAKES_BACK = /\b(?:give|gives|gave|given|giving|hand|hands|handed|handing|want|wants|wanted|demand\w*|seek\w*|sought|ask\w*|get|gets|got|getting|take|takes|took|taken|taking|hit\w*|strike\w*|struck|fight\w*|fought|come|came|coming|go|goes|went|going|bring\w*|brought|win\w*|won|pay\w*|paid)\s+(?:\S+\s+){0,5}$/i;

/** "Regarding Japan", "with respect to the islands": only "about", which names nothing to search. */
const ABOUT = /\b(?:regarding|concerning|re:|wrt|vis-?[aà]-?vis|(?:with|in)\s+(?:regards?|respect|relation)\s+to|as\s+regards)(?=\s)/gi;

/**
 * "What did the Soviet Union do last before it broke up", "… before he left office": the actor's own
 * end bounds every record of the actor already, so the clause adds nothing to search.
 */
const OWN_END = /\b(?:before|until|till)\s+(?:it|they|he|she)\s+(?:(?:was|were|had|got)\s+)?(?:broke\s+up|break\s+up|broken\s+up|collaps\w*|dissolv\w*|fell(?:\s+apart)?|ceased?\s+to\s+exist|died|resign\w*|stepped\s+down|left\s+(?:office|power)|(?:was\s+)?replaced)\b/gi;

/** "The drills were meant to provoke Japan": the purpose is the verb after it, in the records' words ("aim to provoke"). */
const MEANT_TO = /\b(?:meant|supposed|designed)\s+to\b/gi;

/** The question in the words the rest of the plan reads. */
export function plainWords(text: string): string {
  for (const [pattern, words] of IDIOMS) text = text.replace(pattern, words);
  return text
    .replace(CANT, 'cannot')
    .replace(CONTRACTION, "$1't")
    .replace(PER, ' ')
    .replace(ABOUT, 'about')
    .replace(OWN_END, ' ')
    .replace(MEANT_TO, 'to')
    .replace(BACK_IN_TIME, (match, offset: number, whole: string) => (TAKES_BACK.test(whole.slice(Math.max(0, offset - 80), offset)) ? match : ''))
    .replace(BACK_TO, (match, offset: number, whole: string) => (TAKES_BACK.test(whole.slice(Math.max(0, offset - 80), offset)) ? match : ''));
}
