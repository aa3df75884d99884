import { irregularPasts, plainOfPast } from './irregular-verbs.js';
/**
 * Chat framing around a yes/no question: openers that say nothing about the dispute ("quick q -",
 * "hey,", "btw"), and a claim put up to be checked ("i read that X, is that true?", "heard X,
 * right?", "isn't it true X", "am I right that X", "so X?" with the question mark on a statement). The framing is taken off so the search sees only
 * the question; a claim asks yes or no as surely as "did X?" does, in the tense of its own verb.
 */

/** Words that open a chat message and ask nothing ("quick q", "hey", "btw"), with or without a mark after them. */
const OPENER =
  /^\s*(?:(?:(?:quick|short|honest|simple|dumb|silly|stupid|random|serious|small|genuine)\s+)(?:q|qq|qn|question)\b|hey+|hi|hello|btw|by\s+the\s+way|just\s+(?:wondering|curious|checking|asking)|out\s+of\s+curiosity|um+|uh+|hmm+|yo)(?:\s*[-–—:,!.]+\s*|\s+)/i;
/** Words that open a message only when a mark follows them ("q:", "so,", "ok -"): "so far" is a date phrase. */
const OPENER_MARKED = /^\s*(?:q|qq|question|ok(?:ay)?|so|well|also|wait|sorry|curious|one\s+more|another\s+one)\s*[-–—:,!.]+\s*/i;

/**
 * A question asked indirectly: "can you tell me where Paramushir is", "do you know when …", "I wonder
 * how Japan reacted": the words before the question word ask nothing ("can you" is no yes/no).
 */
const INDIRECT =
  /^\s*(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:tell|show|remind)\s+me|(?:do|did)\s+(?:you|u)\s+(?:happen\s+to\s+)?know|(?:please\s+)?(?:tell|remind)\s+me|i\s+(?:wonder|was\s+wondering|(?:would|['’]d)\s+like\s+to\s+know|want\s+to\s+know|need\s+to\s+know)|(?:please\s+)?explain(?:\s+to\s+me)?)(?:\s*,)?\s+(?=(?:who|what|when|where|why|how|which)\b)/i;
/** "Who Peskov is", "where Paramushir is": the embedded order, put back as the question's ("who is Peskov"). */
const EMBEDDED_ORDER = /^(\s*(?:who|what|where)\s+)(?!(?:is|are|was|were|did|does|do)\b)(.+?)\s+(is|are|was|were)\s*([?.!]*)\s*$/i;

/** A claim put up to be checked, before it: "is it true that", "I read that", "someone told me". */
const CLAIM_BEFORE =
  /^\s*(?:(?:is|isn'?t|is\s+not|was|wasn'?t|was\s+not)\s+it\s+(?:true|right|correct|accurate|so|the\s+case|a\s+fact)|am\s+i\s+right(?:\s+in\s+thinking)?|(?:is|was)\s+i\s+right|(?:i(?:\s*['’]ve|\s+have|\s+had)?\s+)?(?:read|heard|seen|saw|was\s+told|been\s+told|got\s+told)(?:\s+(?:somewhere|online|on\s+\w+|in\s+the\s+news|in\s+a\s+\w+))?|(?:someone|somebody|a\s+friend|my\s+\w+|people|they|some(?:\s+people)?)\s+(?:said|says|say|told\s+me|claims?|claimed|insists?)|true\s+or\s+false|fact[\s-]+check|apparently|supposedly|so(?=\s+(?!far\b|long\b|much\b|many\b|what\b|why\b|how\b)[^?]*\?\s*$)|rumou?r\s+(?:is|has\s+it)|word\s+is|it\s+seems)(?:\s+that)?\s*[,:-]?\s+/i;

/** The same, after it: "…, is that true?", "…, right?", "… – true or false?". */
const CLAIM_AFTER =
  /(?:\s*[,;:.–—-]\s*|\s+)(?:(?:is|was|isn'?t|wasn'?t)\s+(?:that|it|this)\s+(?:really\s+)?(?:true|right|correct|accurate|so|the\s+case|a\s+fact)|(?:is|was)\s+(?:that|it|this)\s+(?:true|right|correct)\s+or\s+(?:not|false)|true\s+or\s+(?:false|not))\s*[?.!]*\s*$|\s*[,;:.–—-]\s*(?:true|right|correct|accurate|really|yes\s+or\s+no|or\s+not|isn'?t\s+it|wasn'?t\s+it|didn'?t\s+(?:it|they|he|she)|did\s+(?:it|they|he|she)|no)\s*[?.!]*\s*$/i;

/**
 * The first verb of a claim says whether it is about now ("Russia still holds …"), the past ("Moscow
 * said …") or the future ("Japan will get them back"), which no record holds.
 */
const TENSE = /\b(?:(will|shall|won'?t|going\s+to)|(is|are|am|isn'?t|aren'?t|has|have|hasn'?t|haven'?t|does|do|doesn'?t|don'?t|can|still|now|currently|nowadays|today|any\s*more)|(was|were|wasn'?t|weren'?t|did|didn'?t|had|hadn'?t|ever|once|used\s+to|[a-z]{2,}ed|said|put|gave|sent|held|made|took|told|met|went|set|won|lost|left|sold|built|brought|began|became|broke|came|fought|kept|led|paid|ran|saw|struck|threw|wrote|drew|signed))\b/i;

export interface Unframed {
  /** The question without its chat framing. */
  readonly text: string;
  /** A claim put up to be checked, and the tense it is in. */
  readonly claim?: 'present' | 'past' | 'future';
}

/**
 * A past claim asks what "did" + the plain verb asks: "the treaty drew the border" is "did the treaty
 * draw the border". The stemmer joins "-ed" forms to their verb but not the irregular ones.
 */
const IRREGULAR_WORD = new RegExp(`\\b(?:${irregularPasts().map(([past]) => past).join('|')})\\b`, 'gi');

export function unframe(question: string): Unframed {
  let text = spelledOut(question);
  for (let i = 0; i < 3 && (OPENER.test(text) || OPENER_MARKED.test(text)); i++) text = text.replace(OPENER, '').replace(OPENER_MARKED, '');
  // "Any progress on a peace treaty?": the yes/no with its "is there" left out.
  text = text.replace(/^\s*any\s+(?=(?:progress|change|changes|movement|breakthrough)\b)/i, 'is there any ');
  // "Can you tell me about Peskov?" is "tell me about Peskov".
  text = text.replace(/^\s*(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?=tell\s+me\s+about\b)/i, '');
  if (INDIRECT.test(text)) text = text.replace(INDIRECT, '').replace(EMBEDDED_ORDER, '$1$3 $2$4');
  text = questionFirst(settingLast(text).replace(NEGATED_ASK, '$1').replace(ORDER_ADVERB, ' '));
  const before = CLAIM_BEFORE.exec(text);
  const after = CLAIM_AFTER.exec(text);
  if (!before && !after) return { text: text === question ? question : text };
  if (after) text = text.slice(0, after.index);
  if (before) text = text.slice(before[0].length);
  text = text.replace(/[?.!\s]+$/, '');
  // "I read that, is that true?" leaves no claim: nothing to take off.
  if (!/\w/.test(text)) return { text: spelledOut(question) };
  // "What happened in 1956, is that right?": a question of its own, only its tag taken off.
  if (ASKS.test(text)) return { text: `${text.trim()}?` };
  const tense = TENSE.exec(text);
  const claim = tense?.[1] ? 'future' : tense?.[2] ? 'present' : 'past';
  return { text: `${asQuestion(text.trim(), tense, claim)}?`, claim };
}

/**
 * "That analyst on Sky News Arabia - did he think …?", "someone said X - when was that?", "the 1956
 * text says Shikoton - is that Shikotan?": a topic or statement put up before a dash (or a colon or
 * semicolon), then the question about it. The question goes first, so that it is read as
 * the yes/no or when-question it is, and the topic after it names what "he" or "that" stands for.
 */
/** The words a question opens with: a question word or an auxiliary, plain or negated. */
const OPENS_QUESTION = String.raw`(?:what|when|where|who|whom|whose|why|how|which|is|are|was|were|did|does|do|has|have|had|can|could|isn'?t|wasn'?t|didn'?t)\b`;
const TOPIC_THEN_QUESTION = new RegExp(String.raw`^\s*(?!${OPENS_QUESTION})(\S.*?)\s*(?:\s[-–—]+|[:;])\s+(${OPENS_QUESTION}(?:(?!\s[-–—]+\s)[^:;])*)$`, 'i');

function questionFirst(text: string): string {
  const m = TOPIC_THEN_QUESTION.exec(text);
  if (!m) return text;
  // "X - is that true?" is a claim's tag (CLAIM_AFTER), not a question about X.
  if (CLAIM_AFTER.test(text)) return text;
  return `${m[2]!.replace(/[?.!\s]+$/, '')} ${m[1]!.trim()}?`;
}

/**
 * A setting put before the question ("at Irkutsk in 2001 did they …", "in 1956, was Shikotan …",
 * "back in 2016 did Abe …"): a yes/no question still, whose auxiliary now stands second. The setting
 * goes after it, where the readers of the question expect it. A setting that asks something itself
 * ("in which year did …", "on what date was …") is a question word, not a setting.
 */
const SETTING_FIRST =
  /^\s*((?:back\s+)?(?:at|in|on|during|after|before|by|under|with|from|since|following)\s+(?![^,?]*\b(?:which|what|whose|who|whom|when|where|how|why)\b)[^,?]{1,60}?)\s*,?\s+((?:is|are|was|were|did|does|do|has|have|had|can|could)(?:n'?t)?\s+(?:\w[\w'’-]*)[\s\S]*)$/i;

/**
 * "When Medvedev visited Iturup in 2019, did Japan protest?": a clause of time put first, closed by a
 * comma, is a setting too; without the comma "when" opens a when-question ("when did …").
 */
const WHEN_FIRST =
  /^\s*((?:when|while|once)\s+(?!(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would)\b)[^,?]{1,80}?)\s*,\s*((?:is|are|was|were|did|does|do|has|have|had|can|could)(?:n'?t)?\s+(?:\w[\w'’-]*)[\s\S]*)$/i;

function settingLast(text: string): string {
  const m = SETTING_FIRST.exec(text) ?? WHEN_FIRST.exec(text);
  if (!m) return text;
  const rest = m[2]!.replace(/[?.!\s]+$/, '');
  return `${rest} ${m[1]!.trim()}?`;
}

/**
 * "Didn't Russia get the Kurils back …?", "wasn't Japan a party to …?": a question that leads with a
 * negated auxiliary asks what the plain one asks, and is answered alike ("No: the Kurils stayed
 * Japanese"). The readers of who did what expect the plain auxiliary.
 */
const NEGATED_ASK = /^\s*(is|are|was|were|does|do|did|has|have|had)n['’]?t\b/i;

/**
 * "Moscow later said …", "did Japan eventually protest": an adverb of order says the deed came after
 * something the question does not name; it stands between the doer and the deed, where the readers
 * of who did what expect nothing. "Two years later" is a date phrase and stays.
 */
const ORDER_ADVERB = /(?<!\b(?:years?|months?|weeks?|days?|decades?)\s+)\b(?:later|afterwards|subsequently|eventually)\b/gi;

/**
 * "It'd only hand over …", "they'd left", "Japan'll protest": the contracted auxiliary spelled out, so
 * that "would" makes the deed a condition or promise (yes-no.ts) and "will" the future. "'d" before a
 * past participle is "had".
 */
function spelledOut(text: string): string {
  return text
    .replace(/\b([a-z]+)['’]d\s+(?=(?:been|gone|done|had|left|got|made|said|taken|given|seen|\w+ed)\b)/gi, '$1 had ')
    .replace(/\b([a-z]+)['’]d\b/gi, '$1 would')
    .replace(/\b([a-z]+)['’]ll\b/gi, '$1 will');
}
/** A claim that is a question of its own. */
const ASKS = new RegExp(String.raw`^\s*${OPENS_QUESTION}`, 'i');

/** An auxiliary that leads a yes/no question when put first: "the drills were held …" -> "were the drills held …". */
const AUXILIARY = /^(?:is|are|was|were|has|have|had|does|do|did|can)$/i;

/**
 * The claim as the question it puts: its auxiliary first ("were the drills held on Habomai"), or
 * "did" / "does" before it ("did Kishida visit the islands"), so that the readers of who did what
 * (doer.ts) see the shape they read in every other yes/no question.
 */
function asQuestion(claim: string, tense: RegExpExecArray | null, when: 'present' | 'past' | 'future'): string {
  if (when === 'future') return claim;
  const word = tense?.[0] ?? '';
  if (tense && AUXILIARY.test(word)) return `${word} ${claim.slice(0, tense.index)}${claim.slice(tense.index + word.length)}`.replace(/\s+/g, ' ');
  // After "did" the verb is plain: the stemmer joins "-ed" forms to it, but not the irregular ones.
  return when === 'past' ? `did ${claim.replace(IRREGULAR_WORD, (w) => plainOfPast(w) ?? w)}` : `does ${claim}`;
}
