import { anyAsYesNo } from './any-ellipsis.js';
import { expandShorthand } from './chat-shorthand.js';

/**
 * The chat around a question, taken off before the question is read: greetings and openers at the
 * start ("hey bot,", "quick question:", "can you tell me", "I was wondering"), thanks, "pls", "lol",
 * emoji and runs of "?!…" at the end, chat spellings ("teh", "u", "abt", "govt"), and line breaks or
 * runs of spaces. Every reader downstream (cues, intent, the answerers' own patterns) reads the
 * question as typed, so the filler has to go from the text itself: left in, "pls" and "lol" are
 * searched as rare words and sink the answer, "do you know when …" reads as a yes/no question, and a
 * pattern that expects the question to end ("… as pm$") misses it behind "🤔" or "!!!".
 */

/**
 * A greeting or opener that carries nothing of the question, with the punctuation after it (a dash only after a space: "so-called" stays).
 * "So" goes only before punctuation or a question word: "so Medvedev visited Kunashir?" puts a claim up to be checked (framing.ts).
 */
const OPENER =
  /^(?:(?:hey|hi|hello|hiya|heya|yo|greetings|good\s+(?:morning|afternoon|evening))(?:\s+(?:there|bot|kuril\s*bot|again|all|guys|everyone))?|ok(?:ay)?|so(?=\s*[,:;.!?…]|\s+(?:when|who|whom|what|where|why|how|which|did|does|do|is|are|was|were|has|have|had|can|could|will|would)\b)|um+|uh+|erm*|hmm+|well|oh|ah|btw|lol|pls|plz|please|sorry|excuse\s+me|quick\s+(?:question|q)|(?:a\s+)?question|q|bot|thanks|thx)(?:\s*[,:;.!?…]+\s*|\s+[-–—]+\s*|\s+)(?=\S)/i;

/** Wh-words and auxiliaries that begin a question proper. */
const QUESTION_START = String.raw`(?=(?:when|what|whats|what's|who|whom|whose|why|how|where|which|did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|didn't|doesn't|isn't|wasn't|weren't|aren't|hasn't|haven't|won't)\b)`;

/**
 * "Can you tell me when …", "do you know who …", "I was wondering why …", "I'd like to know what …",
 * "do you know any drills since 2024": the asking goes, the question stays. Not before "if" or
 * "whether" (the clause is a yes/no question only with its frame) nor before "about": "can you tell
 * me about …" keeps its "tell me about", a request the engine reads.
 */
const POLITE_FRAME =
  /^(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?(?:tell|show|remind)\s+me|(?:do|d'you|do\s+u)\s+(?:you\s+)?(?:happen\s+to\s+)?know|i\s+(?:was|am|'m)\s+wondering|i\s+wonder|(?:just\s+)?wondering|i(?:'d|\s+would)\s+like\s+to\s+know|i\s+(?:want|need)\s+to\s+know|i'?m\s+curious)\s*[,:\-–—]?\s+(?!(?:if|whether|about|that)\b)(?=\S)/i;
/** The frames of a question about a question: "can you tell me", "do you know", "I was wondering". */
const FRAME = String.raw`(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?(?:tell|show|remind)\s+me|(?:do|d'you|do\s+u)\s+(?:you\s+)?(?:happen\s+to\s+)?know|i\s+(?:was|am|'m)\s+wondering|i\s+wonder|(?:just\s+)?wondering|i(?:'d|\s+would)\s+like\s+to\s+know|i\s+(?:want|need)\s+to\s+know|i'?m\s+curious|(?:please\s+)?tell\s+me)`;
/** "I was wondering if you could tell me …": a frame inside a frame, both go. */
const FRAME_IN_FRAME = new RegExp(String.raw`^${FRAME}\s*,?\s+(?:if|whether)\s+(?:you|u)\s+(?:could|can|would|might)\s+(?:tell|show)\s+me\s+`, 'i');
/**
 * "Can you tell me if Medvedev visited Kunashir", "I was wondering whether …": a yes/no question put
 * as a statement. Put as the claim it is ("is it true that …", which framing.ts reads), or it would
 * be answered as a what-question without its Yes or No.
 */
const FRAMED_CLAIM = new RegExp(String.raw`^${FRAME}\s*,?\s+(?:if|whether)(?:\s+or\s+not)?\s+(?!(?:you|u)\b)`, 'i');

/** "Tell me when …": the bare request goes only before the question proper ("tell me about …" stays). */
const TELL_ME = new RegExp(String.raw`^(?:please\s+)?tell\s+me\s*[,:]?\s+${QUESTION_START}`, 'i');
/** "Can you tell me about …": only the asking goes. */
const CAN_YOU = /^(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?(?=(?:tell|show|remind)\s+me\b)/i;

/** Thanks, "pls", laughter and the like at the end, with the punctuation around them. */
const CLOSER = /(?:[\s,;:.!?…\-–—]+|^)(?:pls|plz|please|thanks(?:\s+(?:a\s+lot|so\s+much|in\s+advance))?|thank\s+(?:you|u)(?:\s+(?:so\s+much|in\s+advance))?|thx|ty|tia|cheers|lol|lmao|rofl|haha+|hehe+|bot|mate|guys|folks)[\s.!?…]*$/i;
/** Emoji, symbols and the characters that join them, anywhere: no question word is made of them. */
const EMOJI = /(?:\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\u{FE0F}|\u{200D}|\u{20E3})+/gu;
/** Closing punctuation typed for emphasis or trailing off: "??", "!!!", "…", "...", "?!". */
const END_MARKS = /[\s?!.…]+$/;

/** Chat spellings of common words; names are never among them. */
const CHAT_SPELLINGS: Readonly<Record<string, string>> = {
  teh: 'the',
  u: 'you',
  ur: 'your',
  r: 'are',
  abt: 'about',
  bout: 'about',
  govt: 'government',
  gvt: 'government',
  wat: 'what',
  wht: 'what',
  wen: 'when',
  whn: 'when',
  b4: 'before',
  bc: 'because',
  cuz: 'because',
  coz: 'because',
  tho: 'though',
  ppl: 'people',
  smth: 'something',
  rn: 'right now',
  wanna: 'want to',
  gonna: 'going to',
};
/** A chat spelling as a whole word: not a letter of "U.S.", "u-boat" or an initial. */
const CHAT_WORD = /(?<![\p{L}\p{N}.'’-])(teh|u|ur|r|abt|bout|govt|gvt|wat|wht|wen|whn|b4|bc|cuz|coz|tho|ppl|smth|rn|wanna|gonna)(?![\p{L}\p{N}-]|['’](?!s\b)|\.\p{L})/giu;
/** "pls" and "lol" inside the question ("when did pls russia …" is rare, "so lol when did …" is not). */
const INNER_FILLER = /(?<![\p{L}\p{N}])(?:pls|plz|lol|lmao)(?![\p{L}\p{N}])[,.!]*/giu;

/** The question without the chat around it; a question that is nothing but chat is left as typed. */
export function withoutChatter(typed: string): string {
  let text = typed.replace(EMOJI, ' ').replace(/\s+/g, ' ').trim();
  // The end marks go with the filler; one question mark stays when one was typed.
  const marks = typed.includes('?') ? '?' : '';
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(OPENER, '').replace(FRAME_IN_FRAME, '').replace(FRAMED_CLAIM, 'is it true that ').replace(POLITE_FRAME, '').replace(TELL_ME, '').replace(CAN_YOU, '');
    text = text.replace(CLOSER, '').replace(END_MARKS, '');
  }
  text = text.replace(INNER_FILLER, ' ').replace(CHAT_WORD, (word: string) => CHAT_SPELLINGS[word.toLowerCase()] ?? word);
  // "ru", "jp", "yr", "w/", "+", "nt": chat shorthand in the records' words (chat-shorthand.ts).
  text = anyAsYesNo(expandShorthand(text));
  text = text.replace(/\s+/g, ' ').trim();
  return /[\p{L}\p{N}]/u.test(text) ? `${text}${marks}` : typed;
}
