import { asksDuration } from './duration.js';
import { plainVerbs } from './verbs.js';
import { unframe } from './framing.js';
import { expectedAsPredicted, outsideReported, reactionReported, reportsAClause, withoutPossibleFrame } from './reported-clause.js';

/**
 * What a question asks beyond its words: the newest ("latest drills", "when did … last"), the news
 * ("what's new"), the start or the end of something, a yes or a no, a side's reaction. Read from
 * the question after its date phrases are taken out ("last year" is a date, not recency), and
 * rewritten so the search sees the plain words: the cue words themselves ("last") would otherwise
 * match records that merely use them ("the last weeks of the war"), and a paraphrase ("walk away
 * from the talks") becomes the word the records use ("suspend").
 */
export interface Cues {
  /** The question with cue words taken out and paraphrases replaced. */
  readonly text: string;
  /** Wants the newest matching record. */
  readonly recency: boolean;
  /** Asks for news in general: "what's the latest", "any news", "what happened recently". */
  readonly news: boolean;
  /** "When did X start / end". */
  readonly phase?: 'start' | 'end';
  /** Asks to be told yes or no, about now ("is there …", "has Russia …") or the past ("did …"). */
  readonly yesNo?: 'present' | 'past';
  /** "How did Tokyo react …": the words naming who reacted. */
  readonly reactor?: string;
  /** "What did the spokesman say Japan's response would be": whose response is named in what was said. */
  readonly reportedReactor?: string;
  /** Asks what will or would have happened ("will there be a treaty?", "what if …"): no record holds it. */
  readonly speculative: boolean;
}

/** "Catch me up", "fill me in", "bring me up to speed": asks for the news in chat words that name nothing to search. */
const CATCH_UP = /\b(?:catch|fill|bring|get)\s+(?:me|us)\s+(?:up(?:\s+to\s+(?:speed|date))?|in)\b/gi;
/** "So far this year": "so far" only says up to now, which the date phrase already does. */
const SO_FAR = /\bso\s+far\b/gi;
const RECENCY = /\b(?:the\s+)?(?:most\s+recent(?:ly)?|latest|newest|last|recent(?:ly)?|lately)\b/gi;
const NEWS = /\b(?:latest|news|(?:what'?s|what\s+is|anything|something)\s+new|new\s+(?:on|with|about|in|regarding)|updates?|recent(?:ly)?|lately|developments?|going\s+on)\b/i;
/** Nouns that only say "what happened" next to a recency word. */
const NEWS_NOUNS = /\b(?:developments?|updates?|news|happenings?)\b/gi;
export const START = /\b(?:start(?:s|ed|ing(?!\s+points?\b))?|beg[iau]n(?:s|ning)?|commenc(?:e|ed|es)|kick(?:s|ed|ing)?\s+off|get\s+(?:under\s*way|going)|since\s+when)\b/i;
/** "When were the exchanges first put on hold?": the earliest record of it. The word stays searched ("her first speech"). */
export const FIRST = /\b(?:first|initially|originally)\b/i;
/** "Is it over?" ends a thing; "hand the islands over", "taken over" are no end but a verb's particle. */
const END = /\b(?:end(?:s|ed|ing)?|finish(?:es|ed)?|complet(?:e|es|ed)|ceas(?:e|ed|es)|stop(?:s|ped)?\s+being|laps(?:e|ed|es)|expir(?:e|ed|es)|stop(?:s|ped)?\s+(?:working|running|applying|functioning|operating)|(?<!\b(?:hand|turn|tak|took|sign|giv|gave|pass|carr|won|win|look|thought|think)\w*\s+)over(?=\s*[?.!]*\s*$))\b/i;
/** Verbs of ending something for good, read as "end" in a when-question. */
const ENDING_VERB = /\b(?:scrap(?:s|ped|ping)?|cancel(?:s|led|ed|ling|ing)?|terminat(?:e|es|ed|ing)|ax(?:e|es|ed|ing)|abolish(?:es|ed|ing)?|revok(?:e|es|ed|ing)|annul(?:s|led|ling)?)\b/gi;
/** "Until when did the drills run?": the end, asked another way. */
const UNTIL = /\b(?:until|till|til)\s+when\b/i;
/** "By what date had the Soviets occupied all four islands?", "by when had they taken Habomai?": by when it was done, its end. */
const DONE_BY = /\bby\s+(?:when|(?:what|which)\s+(?:date|day|time|month))\s+had\b/i;
/** The verb of an "until when" question: it says the thing went on, which every record of it does. */
const LASTED = /\b(?:run|last|continue|go\s+on|carry\s+on)\b/gi;
/** A question that asks for a date: there the start or end word is the cue, not part of what happened. */
const ASKS_DATE = /^\s*(?:(?:on|in|by)\s+)?(?:since\s+when|when|wen|whn|what\s+(?:date|day|year|month)|which\s+(?:date|day|year|month)|(?:until|till|til)\s+when)\b/i;
/**
 * "What year / which month / on what date / how long ago did …", "the date of the Shimoda treaty":
 * the noun asks for the date as "when" does, and is no concept a record must hold ("year" is in few).
 */
const DATE_QUESTION = /\b(?:(?:in|on)\s+)?(?:what|which)\s+(?:exact\s+|precise\s+)?(?:year|month|date|day)\b|\bhow\s+(?:long|many\s+years)\s+ago\b/gi;
export const DATE_OF = /^\s*(?:(?:what|when)\s+(?:is|was|'s)\s+)?(?:the\s+)?(?:exact\s+|precise\s+)?(?:date|year|day)\s+(?:of|for)\s+/i;
const YES_NO_PRESENT = /^\s*(?:is|are|does|do|has|have|can|will|isn'?t|aren'?t|doesn'?t|don'?t|hasn'?t|haven'?t)\b/i;
const YES_NO_PAST = /^\s*(?:was|were|did|had|could|would|wasn'?t|weren'?t|didn'?t|hadn'?t)\b/i;
/**
 * Who reacted, in the ways users ask it: "how did Tokyo react / respond", "how did Japan take
 * Medvedev's visit" (taking someone's act, not taking a place), "what did Kishida say / do after / when
 * / in response to …", "Tokyo's reaction". The first group is the reactor.
 */
const REACTION: readonly RegExp[] = [
  /\bhow\s+(?:did|does|has|have|do)\s+(?:the\s+)?(.+?)\s+(?:react|respond|reply|answer|retaliate|(?:hit|strike|struck|fire|push|fight)\s+back)(?:ed)?\b/i,
  // "How did Tokyo take medvedevs Kunashir trip": chat's possessive without its apostrophe, before an act (a trip, a speech …).
  /\bhow\s+(?:did|does|has|have|do)\s+(?:the\s+)?(.+?)\s+(?:take|receive|view|greet)\s+(?=(?:it|that|this|the\s+news|\S+(?:'s|’s))(?:\s|$)|\S+s\s+(?:\S+\s+){0,2}?(?:trip|visit|speech|remarks|comments|statement|decision|decree|move|drills|exercises|protest|law|order|warning|threat|sanctions|announcement|deployment|demand|proposal|declaration|suspension|halt|note|letter)\b)/i,
  // "What did the Kremlin do about Japan's sanctions?": doing something about an act answers it; saying
  // something about it is a statement on it, asked elsewhere.
  /\bwhat\s+did\s+(?:the\s+)?(.+?)\s+(?:(?:say|do)\s+(?=(?:after|when|once|in\s+(?:response|reply|answer|reaction)\s+to)\b)|do\s+(?=about\b))/i,
  /\b(?:what\s+(?:was|is)\s+)?(?:the\s+)?(?!(?:in|as|a|an|no|any|its?)\s)(\S+?)(?:'s|’s)?\s+(?:reaction|response|reply)\b/i,
  // "Russia's answer to the sanctions": "answer" is a verb too ("Japan would answer with …"), so only after a possessive.
  /\b(?:what\s+(?:was|is)\s+)?(?:the\s+)?(?!(?:in|as|a|an|no|any|its?)\s)(\S+?)(?:'s|’s)\s+answer\b/i,
  // "Did Russia respond to Japan's protest?": a yes or no about the same reaction; a record of what was
  // reacted to is no record that the side reacted.
  /^\s*(?:did|does|do|has|have|had)\s+(?:the\s+)?(.+?)\s+(?:ever\s+)?(?:react|respond|reply|answer|retaliate|(?:hit|strike|struck|fire|push|fight)\s+back)(?:ed)?\s+(?=(?:to|against|at|when|after|in\s+kind)\b)/i,
  // "Did Russia retaliate for Japan's sanctions?": one retaliates for what was done to one.
  /^\s*(?:did|does|do|has|have|had)\s+(?:the\s+)?(.+?)\s+(?:ever\s+)?retaliated?\s+(?=for\b)/i,
  // "Tell me how the Kremlin reacted to …": the question asked indirectly, its verb in the past.
  /\bhow\s+(?!(?:many|much|long|often|soon|quickly)\b)(?:the\s+)?(.+?)\s+(?:react|respond|repli|retaliat)(?:ed|s)\b/i,
];
/** The verbs of "how did Japan take Medvedev's visit": the reaction, not a seizure, once read. */
const TAKEN = /\b(?:take|receive|view|greet)\b/i;
/**
 * The future or a counterfactual: "will Russia …", "is Japan going to sign …", "what would have
 * happened if …", "will Japan ever …", and asking the bot's own forecast ("do you think Japan will
 * get them back", "… will return them one day").
 */
const SPECULATIVE = /^\s*(?:will|shall)\b|\b(?:will|shall)\s+(?:there|it|they|russia|japan|moscow|tokyo|the\s+(?:islands|talks|dispute))\b|\b(?:is|are|am)\s+(?:\S+\s+){0,2}going\s+to\s+(?!the\b|a\b|an\b)[a-z]+|\bwhat\s+if\b|\bwould\s+(?:\S+\s+)?have\b|\bin\s+the\s+future\b|\b(?:will|shall|won't)\s+(?:\S+\s+)?ever\b|\b(?:do|does)\s+(?:you|anyone|anybody)\s+(?:think|reckon|believe|expect|suppose|guess|predict)\b(?=.*\b(?:will|won't|'ll|ever|someday|one\s+day|going\s+to)\b)|\b(?:will|'ll)\s+(?:\S+\s+){0,4}(?:some\s*day|one\s+day|eventually)\b/i;
const REACTION_WORDS = /\b(?:react(?:ed|ion|s)?|respond(?:ed|s)?|response|reply|replied|answer(?:ed|s)?|retaliat(?:e|ed|es|ion)|(?:hit|strike|struck|fire|fired|push|pushed|fight|fought)\s+back)\b/gi;

/**
 * Everyday single words for what the records call suspending something, and trips; the phrasal
 * verbs ("walk away from", "tear up", "give back") are in verbs.ts.
 */
const PARAPHRASES: readonly (readonly [RegExp, string])[] = [
  // Quitting a party, coalition or cabinet is leaving it ("Suzuki … leaves Nippon Ishin"), not suspending it.
  [/\bquit(?:s|ting)?\b(?=\s+(?:(?:the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,3}?(?:party|coalition|cabinet|government|faction|caucus|bloc)\b)|(?<=\b(?:party|coalition|cabinet|faction|caucus|bloc)\b.*)\bquit(?:s|ting)?\b/gi, 'leave'],
  [/\b(?:quit(?:s|ting)?|abandon(?:ed|s|ing)?|froze|frozen)\b/gi, 'suspend'],
  [/\b(?:ditch(?:ed|es|ing)?|shelv(?:e|ed|es|ing)|freez(?:e|es|ing))\b/gi, 'suspend'],
  // "Pause the talks", "ink a declaration", "station missiles on …": everyday verbs for the records' suspend, sign, deploy.
  [/\bpaus(?:e|es|ed|ing)\b(?!\s+(?:for|in|on)\b)/gi, 'suspend'],
  [/\bink(?:s|ed|ing)?\b(?=\s+(?:the|a|an|their|its|this|that)\b)/gi, 'sign'],
  [/\bstation(?:s|ed|ing)?\b(?=\s+(?:\S+\s+){0,3}?(?:missiles?|troops|forces|soldiers|systems?|weapons|divisions?|units?)\b)/gi, 'deploy'],
  // "Dropped the peace talks", "drop the visa-free exchanges": dropping something that runs is suspending it.
  [/\bdrop(?:s|ped|ping)?\b(?=\s+(?:(?:the|its|their|all|further)\s+)?(?:[\w-]+\s+){0,2}(?:talks|negotiations|dialogue|exchanges|visits|projects|plans|cooperation)\b)/gi, 'suspend'],
  // "Did Kishida go to the islands?", "set foot on Kunashir": a visit, which the kind check then
  // requires of the record ("going to" is the future, not a trip).
  // Only to a place: "the Kurils went to the Soviet Union" is a handover, not a trip.
  [/\b(?:go|goes|going|went|gone|travel(?:l?ed|s)?|fly|flew|flown)\s+(?=to\s+(?:(?:one|any|some|each)\s+of\s+)?(?:the\s+)?(?:four\s+)?(?:islands?|islets?|kurils?|kuriles?|northern\s+territories|southern\s+kurils|disputed|moscow|tokyo|hokkaido|sakhalin|kunashir\w*|etorofu|iturup|shikotan|habomai|urup|matua|shumshu)\b)/gi, 'visit '],
  [/\b(?:set|sets|setting)\s+foot\s+(?:on|in)\b/gi, 'visit'],
  // "Did Suzuki let his party know before …?": letting someone know is telling them.
  [/\blet(?:s|ting)?\s+((?:[\w'’-]+\s+){1,3}?)know\b/gi, 'tell $1'],
];

export function readCues(question: string): Cues {
  // "Quick q - did …", "I read that X, is that true?": the chat framing off, a claim asks yes or no (framing.ts).
  const framed = unframe(question);
  // "On record" speaks of the record itself, not of what is in it.
  let text = framed.text.replace(/\b(?:on|in|from)\s+(?:the\s+)?records?\b/gi, ' ').replace(/\bw\/\s*/gi, 'with ').replace(SO_FAR, ' ');
  text = plainVerbs(text);
  text = text.replace(DATE_OF, 'when was ').replace(DATE_QUESTION, 'when');
  // "When did Russia scrap / cancel / terminate the fishing deal?" asks when it ended, as "when did
  // Russia end it" does: the end cue then finds the record of its end in whichever word it is told
  // ("suspends"). Only in a when-question: "were they cancelled for good?" asks which act it was.
  if (ASKS_DATE.test(text)) text = text.replace(ENDING_VERB, 'end');
  // "The earliest border agreed": the first one, in the word the records use.
  text = text.replace(/\bearliest\b/gi, 'first');
  const catchUp = CATCH_UP.test(text);
  if (catchUp) text = text.replace(CATCH_UP, ' ');
  for (const [pattern, word] of PARAPHRASES) text = text.replace(pattern, word);
  text = expectedAsPredicted(withoutPossibleFrame(text));
  const yesNo = YES_NO_PRESENT.test(text) ? 'present' : YES_NO_PAST.test(text) ? 'past' : framed.claim === 'future' ? undefined : framed.claim;
  const until = UNTIL.test(text);
  // "Until when did it last?": "last" is the verb here, not the newest.
  // "How long / how many days did the battle last?" asks a duration (duration.ts): "last" is the verb there too.
  if (until || asksDuration(text)) text = text.replace(LASTED, ' ');
  const news = catchUp || NEWS.test(text);
  const recency = RECENCY.test(text);
  RECENCY.lastIndex = 0;
  const asked = REACTION.map((pattern) => pattern.exec(text)).findIndex(Boolean);
  // "What did the analyst predict Japan would do in response …": the response is in what he said (reported-clause.ts).
  // "What did the spokesman say Japan's response would be": the response is in what he said too.
  const match = asked >= 0 ? REACTION[asked]!.exec(text) : null;
  const reported = !!match && reactionReported(text.slice(0, match.index));
  const reactor = match && !reported ? [match[1]!.trim()].find((r) => !reportsAClause(r)) : undefined;
  const reportedReactor = match && reported ? match[1]!.trim() : undefined;
  if (asked === 1) text = text.replace(TAKEN, ' ');
  const ended = until || DONE_BY.test(question) || (END.test(text) && !/\bend\s+of\b/i.test(text));
  const phase = START.test(text) ? 'start' : ended ? 'end' : FIRST.test(text) && ASKS_DATE.test(text) ? 'start' : undefined;
  const first = phase === 'start' && !START.test(text);
  // "The newest development on the fishing deal" asks for the newest record of the deal: the
  // framing noun is in no record and would sink every one of them below the coverage line.
  if (recency) text = text.replace(RECENCY, ' ').replace(NEWS_NOUNS, ' ');
  // "When did the occupation end?": every record of the occupation tells its end by its date, and
  // "end" would otherwise match records of other things that ended (the 1991 exchanges).
  if (phase && ASKS_DATE.test(text)) {
    if (!first) text = text.replace(until ? UNTIL : phase === 'start' ? START : END, ' ');
  }
  if (reactor) text = text.replace(REACTION_WORDS, ' ');
  return { text: text.replace(/\s+/g, ' ').trim(), recency, news, phase, yesNo, reactor, ...(reportedReactor ? { reportedReactor } : {}), speculative: SPECULATIVE.test(outsideReported(question)) || framed.claim === 'future' };
}
