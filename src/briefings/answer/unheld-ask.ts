import type { Plan } from './plan.js';
import type { Hit } from './search.js';
import { ownText } from './measure.js';
import { terms } from './text.js';
import { REASON } from './search-index.js';

/**
 * Round 14 (red team, near misses answered anyway): questions that ask for something a record on
 * the same event does not hold. The search finds the event, and the answer told the event as if it
 * held the thing asked. Each rule names a kind of ask and the words a record must hold to answer it;
 * a record without them leaves the question declined (the closest records are still shown).
 */

/** "How did Moscow notify Tokyo", "by what means did Sato transmit it", "how did the meeting come about", "which side proposed it": the means or the origin. */
const ASKS_MEANS =
  /\b(?:by\s+what\s+(?:means|route|channel|method)|through\s+(?:what|which)\s+(?:channels?|means|route)|how\s+(?:and\s+when\s+)?(?:did|do|does|was|were|had|has)\s+(?:[\p{L}'’-]+\s+){0,6}?(?:notif(?:y|ied)|inform(?:ed)?|transmit(?:ted)?|relay(?:ed)?|convey(?:ed)?|communicate[d]?|learn(?:ed|t)?|hear(?:d)?|find\s+out|found\s+out|discover(?:ed)?|come\s+about|came\s+about|arise|arose|originate[d]?)|which\s+(?:side|country|party)\s+(?:first\s+)?(?:proposed|suggested|initiated|invited|requested))\b/iu;
/** The words that tell how a message went or who set a thing up. */
const MEANS = /\b(?:by\s+(?:letter|note|telegram|cable|tele?phone|phone|radio|fax|e-?mail|courier|envoy|messenger|diplomatic)|via|through\s+(?:the\s+|its\s+|their\s+)?(?:embass(?:y|ies)|channels?|envoys?|ambassadors?|notes?)|(?:in|with)\s+an?\s+(?:letter|note|telegram|cable|message|(?:phone|telephone)\s+call)|notif(?:y|ied|ication)|informed|propos(?:ed|al)|invit(?:ed|ation)|suggest(?:ed|ion)|initiative|learn(?:ed|t)|at\s+the\s+request)\b/i;

/** "Was that the first arrangement …", "the first Japanese PM to set foot …", "the last of them to be taken": a rank among like things. */
/** Not a time ("last year", "the first time"), nor a generic "the last thing to happen" (the newest, read in newest.ts). */
const RANK_WORD = String.raw`(first|last|final)(?!\s+(?:time|times|week|month|year|day|night|weekend|summer|autumn|winter|spring|decade|century|round|of\s+all|things?|events?|developments?|news|word|incidents?|steps?|moves?)\b)(?![^?.]*\bto\s+(?:happen|occur|take\s+place)\b)`;
/** "Was that the first arrangement …", "is Shikotan the last …": the rank said of a subject (not "was the first rally in 1981", a date). */
const ASKS_RANK_YES_NO = new RegExp(String.raw`\b(?:was|is|were|are)\s+(?:[\p{L}'’-]+\s+){1,4}?the\s+(?:very\s+)?${RANK_WORD}\b`, 'iu');
/** "(The) first Japanese PM to …", "the last leader who …"; not "when did Lavrov last comment", "Kishida's last protest", "first allowed to go" (the newest or earliest, read elsewhere). */
const ASKS_RANK_TO = new RegExp(String.raw`(?:^\s*|\bthe\s+(?:very\s+)?)${RANK_WORD}\s+(?:[\p{L}'’-]+\s+){0,4}?(?:to|who|that|ever)\b`, 'iu');
/** The words that rank a thing among its kind, first or last: "the first border" does not make a treaty the last. */
const RANKED_FIRST = /\b(?:first|earliest|only|never|ever|until\s+then)\b/i;
const RANKED_LAST = /\b(?:last|final|only|latest|newest|since\s+then|no\s+(?:other|further|more))\b/i;
function ranksAsAsked(q: string, own: string): boolean {
  const asked = (ASKS_RANK_TO.exec(q) ?? ASKS_RANK_YES_NO.exec(lastSentence(q)))?.[1]?.toLowerCase();
  return (asked === 'first' ? RANKED_FIRST : RANKED_LAST).test(own);
}

/** "When were the visits restored", "did Russia resume them": a return the record must tell. */
const ASKS_RETURN = /\b(?:restor(?:e|ed|ing|ation)|resum(?:e|ed|ing|ption)|reinstat(?:e|ed|ing|ement)|re-?open(?:ed|ing)?|re-?start(?:ed|ing)?|revive[d]?|revival)\b/i;
const RETURNED = /\b(?:restor|resum|reinstat|re-?open|re-?start|reviv|again|renew|back)/i;

/** "When did the joint projects actually start": a start the record tells only as a plan or a talk. */
const ASKS_START = /\b(?:start(?:ed|s)?|beg[ia]n|begun|launch(?:ed)?|get\s+under\s+way|got\s+under\s+way|commence[d]?|kick(?:ed)?\s+off)\b/i;
const INTENDED_START = /\b(?:agree[ds]?|plan(?:s|ned)?|decided?|promised?|pledged?|aim(?:s|ed)?|hope[ds]?|intend(?:s|ed)?|propos(?:e|ed)|want(?:s|ed)?)\s+to\s+(?:begin|start|launch|commence)\b|\b(?:begin|start)\s+(?:discussing|talks\s+on|studying|considering)\b/i;
const BARE_START = /\b(?:started|began|begun|launched|commenced|got\s+under\s+way|kicked\s+off|went\s+into\s+effect|took\s+effect|entered\s+into\s+force)\b/i;

/** The question asks the thing itself to have started, and the record starts it only as a plan or a talk about that very thing. */
function startOnlyIntended(q: string, own: string): boolean {
  // "When did they agree to start talking about …" asks the agreement, which the record holds.
  if (!ASKS_START.test(q) || INTENDED_START.test(q) || ASKED_INTENT.test(q)) return false;
  const intended = INTENDED_START.exec(own);
  if (!intended || BARE_START.test(own.replace(INTENDED_START, ''))) return false;
  // The planned thing must be what the question starts: "the Nagato summit started" is no planned start.
  const planned = new Set(terms(own.slice(intended.index + intended[0].length).split(/[.;]/)[0]!).filter((t) => !PLAN_WORDS.has(t)));
  return terms(q).some((t) => planned.has(t));
}
const ASKED_INTENT = /\b(?:agree\w*|plan\w*|decide\w*|promise\w*)\s+to\b|\b(?:begin|began|start(?:ed)?)\s+(?:discussing|talking|talks|studying|considering)\b/i;
const PLAN_WORDS = new Set(terms('discussing talks talking studying considering the on of about four islands island'));

/** A record that tells a thing stopped, and one that tells anything set going. */
const STOPPED = /\b(?:halt(?:ed|s)?|suspend(?:ed|s)?|froze|frozen|freez(?:e|es)|end(?:ed|s)|withdr(?:ew|awn)|terminat(?:ed|es)|cancel+(?:ed|s)?|scrapp(?:ed)?|stopp(?:ed)?|broke\s+off)\b/i;
const STARTED = /\b(?:start|began|begin|begun|launch|commenc|set\s+up|establish|creat|open|sign|agree|first|introduc|inaugura|held|took\s+place|under\s+way|into\s+(?:force|effect))/i;

/** "Did that decree lead to the deportation …": a link between two things the record must make. */
const ASKS_LINK = /\b(?:lead|led)\s+to\b|\bresult(?:ed)?\s+in\b|\b(?:cause[d]?|trigger(?:ed)?|prompt(?:ed)?|provoke[d]?|br(?:ing|ought)\s+about|give\s+rise\s+to|pave[d]?\s+the\s+way)\b/i;
const LINKED = /\b(?:led\s+to|lead\s+to|leads\s+to|result|caus|trigger|prompt|provok|brought\s+about|in\s+(?:response|answer|retaliation)|because|as\s+a\s+(?:result|consequence|reaction)|so\s+that|after|following|followed|then|paved)/i;

/** "The decree annexed the Kurils. Did that decree lead to …?": a sentence of context before the question. */
const YES_NO = /^\s*(?:did|does|do|was|is|were|are|has|have|had)\b/i;
function lastSentence(q: string): string {
  const parts = q.split(/(?<=[.!?])\s+(?=[A-Z\p{Lu}])/u);
  return parts[parts.length - 1] ?? q;
}

/** Whether the question asks a means, a rank, a return, a real start or a link that the record does not hold. */
export function missesTheAsk(plan: Plan, hit: Hit): boolean {
  const q = plan.question;
  const own = ownText(hit);
  if (ASKS_MEANS.test(q) && !MEANS.test(own)) return true;
  // A when-question or a start/end asks the earliest or newest date, which the dates answer.
  const yesNo = !!plan.cues.yesNo || YES_NO.test(lastSentence(q));
  const rankAsked = (yesNo && ASKS_RANK_YES_NO.test(lastSentence(q))) || (plan.intent !== 'when' && !plan.cues.phase && ASKS_RANK_TO.test(q));
  if (rankAsked && !ranksAsAsked(q, own)) return true;
  if (ASKS_RETURN.test(q) && !RETURNED.test(own)) return true;
  if (startOnlyIntended(q, own)) return true;
  // "When did the joint projects start?" is not answered by the day a record tells them halted.
  if (ASKS_START.test(q) && !INTENDED_START.test(q) && !ASKED_INTENT.test(q) && STOPPED.test(own) && !STARTED.test(own)) return true;
  if (yesNo && ASKS_LINK.test(lastSentence(q)) && !LINKED.test(own)) return true;
  if (plan.intent === 'why' && withoutIsManner(plan, hit)) return true;
  return false;
}

/**
 * "Why did Suzuki go to Moscow?": "visited Moscow without telling his party" tells how he went, not
 * why; it is a reason only for what followed ("why was he expelled"), a deed the clause before
 * "without" does not hold. So when "without" is the record's only reason word and every word of the
 * question's deed is in the clause it qualifies, the record gives no reason for that deed.
 */
function withoutIsManner(plan: Plan, hit: Hit): boolean {
  if (hit.doc.kind !== 'event' || hit.doc.event.kind === 'protest') return false;
  const summary = hit.doc.event.summary;
  if (!REASON.test(summary) || REASON.test(summary.replace(/\bwithout\b/gi, ''))) return false;
  const before = summary.slice(0, summary.search(/\bwithout\b/i)).split(/[.;]/).pop() ?? '';
  const clause = new Set(terms(before));
  return plan.groups.every((g) => g.entity || g.terms.some((t) => clause.has(t)));
}
