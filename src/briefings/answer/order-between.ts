import type { Dossier, KurilEvent } from '../../dossier/dossier.js';
import { dateLead } from './compose.js';
import { askedDoer } from './doer.js';
import { makePlan } from './plan.js';
import { respond, type AnswerResult } from './respond.js';
import { answerIndex } from './search-index.js';
import { sentences, terms } from './text.js';
import { decline } from './answerers/decline.js';

/**
 * "Were the Vostok-2022 drills held before Moscow scrapped the visa-free agreements?", "did Japan
 * protest the drills only after Moscow had suspended the talks?", "which came first, Yalta or the
 * declaration of war?": an order in time between two things, each with a record of its own. Read as
 * one question, "before" and "after" are stop words, the words of both things must be in one record,
 * and none holds both: the question was declined, or answered from the one record that named both
 * (a "Yes" that never looked at the order).
 *
 * Each side is asked on its own by the whole engine (as the yes/no question it is, else as "when
 * …?"), and the two records' dates are compared:
 *
 * - a side counts only when its record is the thing's own: every concept of the side is in the
 *   record's title, or in its summary outside a clause that dates something else ("after Japan had
 *   announced its surrender" is no record of the surrender);
 * - one record for both sides, or a side with no record of its own, is left to the rest of the
 *   engine (a record may itself say "after Japan had announced its surrender": before-after.ts);
 * - a main clause the engine answers "No" (the record says otherwise) is left to the engine too;
 * - two records whose dates overlap (the same day, a month-only date within the other's month, a
 *   span over the other's day) do not tell the order: declined, saying so.
 */

type Relation = 'before' | 'after';

/** A side of the order: an auxiliary-led clause ("were the drills held"), or a clause or noun phrase ("Moscow scrapped …", "the 1956 declaration"). */
interface Side {
  readonly text: string;
  readonly asked: boolean;
}

interface Order {
  readonly main: Side;
  readonly ref: Side;
  /** The main side's place against the other: "before" it or "after" it; "first" / "last" for which-came-first. */
  readonly relation: Relation | 'first' | 'last';
}

const AUX = "did|does|do|was|were|is|are|had|has|have|didn't|doesn't|wasn't|weren't|hadn't|hasn't|haven't|isn't|aren't";
/** Adverbs of the main clause that do not change the deed: "only after", "already before", "even before". */
const ADVERBS = /\s+(?:only|even|already|actually|really|ever|first)\b/gi;
/**
 * The order words. A distance ("shortly", "soon", "right", "just", "long", "days", "years") is left
 * alone: the dates give the order, not how close the two were.
 */
const ORDER_WORD = /\s+(?:(?:only|even|already)\s+)?(before|after|prior\s+to|ahead\s+of|earlier\s+than|later\s+than|sooner\s+than|by\s+the\s+time(?:\s+that)?|in\s+advance\s+of|following)\s+(?!(?:year|month|week|day|days|weeks|months|years)\b)/i;
/** Words that say how far apart, which the dates do not decide. */
const DISTANCE = /\b(?:shortly|soon|right|just|immediately|long|well|directly|days?|weeks?|months?|years?|decades?|hours?|straight)\s*$/i;
/** "Did X precede Y?", "did X follow Y?": X is a thing, the verb the order. */
const ORDER_VERB = /^(did|does|do)\s+(.+?)\s+(precede|predate|antedate|follow|postdate|come\s+before|come\s+after|happen\s+before|happen\s+after|take\s+place\s+before|take\s+place\s+after|occur\s+before|occur\s+after)\s+(.+)$/i;
/** "Had X already V when Y?": X done by the time of Y. */
const ALREADY_WHEN = new RegExp(`^(${AUX})\\s+(.+?)\\s+already\\s+(.+?)\\s+when\\s+(.+)$`, 'i');
/** "Which came first, X or Y?", "which happened earlier: X or Y". */
const WHICH_FIRST = /^(?:which|what)\s+(?:one\s+|event\s+|thing\s+)?(?:came|happened|was|occurred|took\s+place|come|happen|went)\s+(first|earlier|sooner|later|last|second)\s*[,:;–—-]?\s*(.+?)\s+or\s+(.+)$/i;
/** "X or Y, which came first?" */
const WHICH_FIRST_AFTER = /^(.+?)\s+or\s+(.+?)\s*[,:;–—-]\s*which\s+(?:one\s+)?(?:came|happened|was|occurred|took\s+place|come|happen)\s+(first|earlier|sooner|later|last|second)$/i;
/** "Did X or Y come first?" */
const WHICH_FIRST_ASKED = /^(?:did|was|were)\s+(.+?)\s+or\s+(.+?)\s+(?:come|happen|occur|take\s+place|go)\s+(first|earlier|sooner|later|last|second)$/i;
/** A thing's verb of happening after it: "did the Yalta agreement come", "was the treaty". */
const HAPPENING = /\s+(?:come|came|happen|happened|occur|occurred|take\s+place|took\s+place|go\s+ahead|get\s+signed)$/i;
/** "Is it true that …", "true or false:": a frame around a declarative question. */
const TRUE_THAT = /^(?:is\s+it\s+(?:true|right|correct|the\s+case)|true\s+or\s+false|am\s+i\s+right|is\s+it\s+so)\s*(?:that\s+|,\s*|:\s*)?/i;
/** A subordinator that opens a clause dating something other than the record's own deed. */
const DATING_CLAUSE = /\b(?:after|before|since|until|till|following|once|when|prior\s+to|ahead\s+of|by\s+the\s+time|ending)\b[^,.;]*/gi;
const PRONOUN = /^(he|she|they|it)\b/i;

function clean(question: string): string {
  return question.trim().replace(/[?.!]+\s*$/, '').replace(/^(?:so|and|but|ok|okay|quick question|hey)[,:\s]+/i, '').trim();
}

/** The order a question asks about, if it asks about one between two things. */
export function readOrder(question: string): Order | undefined {
  const q = clean(question).replace(TRUE_THAT, (m) => (m ? '' : m));
  const framed = TRUE_THAT.test(clean(question));
  const which = WHICH_FIRST.exec(q);
  if (which) return whichOrder(which[2]!, which[3]!, which[1]!);
  const whichAfter = WHICH_FIRST_AFTER.exec(q) ?? WHICH_FIRST_ASKED.exec(q);
  if (whichAfter) return whichOrder(whichAfter[1]!, whichAfter[2]!, whichAfter[3]!);
  const verb = ORDER_VERB.exec(q);
  if (verb) return { main: { text: verb[2]!, asked: false }, ref: { text: verb[4]!, asked: false }, relation: /precede|predate|antedate|before/i.test(verb[3]!) ? 'before' : 'after' };
  const already = ALREADY_WHEN.exec(q);
  if (already) return { main: { text: `${already[1]} ${already[2]} ${already[3]}`, asked: true }, ref: { text: already[4]!, asked: false }, relation: 'before' };
  const asked = new RegExp(`^(?:${AUX})\\b`, 'i').test(q);
  if (!asked && !framed) return undefined;
  const at = ORDER_WORD.exec(q);
  if (!at) return undefined;
  const head = q.slice(0, at.index);
  if (DISTANCE.test(head)) return undefined;
  const word = at[1]!.toLowerCase();
  const relation: Relation = /^(?:after|later|following)/.test(word) ? 'after' : 'before';
  return { main: { text: head, asked }, ref: { text: q.slice(at.index + at[0].length), asked: false }, relation };
}

function whichOrder(x: string, y: string, word: string): Order {
  return { main: { text: x.replace(/^(?:the\s+one\s+)?/, ''), asked: false }, ref: { text: y, asked: false }, relation: /first|earlier|sooner/i.test(word) ? 'first' : 'last' };
}

/** A negated auxiliary read as its positive: "wasn't X before Y?" asks the order as "was X before Y?" does. */
function positive(text: string): string {
  return text.replace(/^(\w+)n't\b/i, (_, aux: string) => (aux.toLowerCase() === 'do' ? 'do' : aux.toLowerCase() === 'does' ? 'does' : aux));
}

type Answer = (dossier: Dossier, question: string, now: Date) => AnswerResult;

/** The record of one side, when the engine finds one that is the thing's own; "no" when the record says otherwise. */
function recordOf(dossier: Dossier, side: Side, now: Date, answer: Answer): KurilEvent | 'no' | undefined {
  const text = positive(side.text.replace(ADVERBS, '').trim());
  const thing = text.replace(HAPPENING, '');
  const tries: { question: string; yesNo: boolean; named?: boolean }[] = [];
  if (side.asked) {
    const aux = /^(\S+)\s+(.*)$/.exec(thing)!;
    if (thing === text) tries.push({ question: `${text}?`, yesNo: true });
    tries.push({ question: `When ${aux[1]!.toLowerCase()} ${aux[2]}?`, yesNo: false });
  } else {
    tries.push({ question: `Is it true that ${text}?`, yesNo: true }, { question: `When was ${thing}?`, yesNo: false, named: true });
  }
  for (const t of tries) {
    const r = answer(dossier, t.question, now);
    if (r.declined || r.path !== 'event') continue;
    const lead = r.reply.lead ?? '';
    if (t.yesNo && /^No\b/.test(lead)) return side.asked ? 'no' : undefined;
    if (t.yesNo && !/^Yes\b/.test(lead)) continue;
    const event = r.events[0];
    if (event && ownRecord(dossier, t.question, event, now) && (!t.named || ofItsYear(thing, event))) return event;
  }
  return undefined;
}

/**
 * Whether the record is the thing's own: no concept of the side is held only in a clause of the
 * record that dates something else ("after Japan had announced its surrender", "ending the war") or
 * only in the curator's note. A concept the record does not hold at all is the search's business.
 */
function ownRecord(dossier: Dossier, question: string, event: KurilEvent, now: Date): boolean {
  const index = answerIndex(dossier);
  const plan = makePlan(index, question, now);
  const own = new Set(terms([event.title, ...sentences(event.summary).map((s) => s.replace(DATING_CLAUSE, ' ')), ...event.quotes.map((q) => q.text)].join(' ')));
  const all = new Set(terms([event.title, event.summary, event.note ?? '', ...event.quotes.map((q) => q.text)].join(' ')));
  return plan.groups.every((g) => !!g.entity || !g.terms.some((t) => all.has(t)) || g.terms.some((t) => own.has(t)));
}

/** "When was the 1956 declaration?": a thing named by its year is of that year. */
function ofItsYear(thing: string, event: KurilEvent): boolean {
  return [...thing.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].every((m) => event.date.start.slice(0, 4) <= m[1]! && m[1]! <= event.date.end.slice(0, 4));
}

/** A pronoun that opens the other side stands for the main clause's doer: "did Medvedev visit Kunashir before he went to Iturup". */
function withDoer(dossier: Dossier, order: Order, now: Date): Side {
  const pronoun = PRONOUN.exec(order.ref.text);
  if (!pronoun) return order.ref;
  const index = answerIndex(dossier);
  const doer = askedDoer(index, makePlan(index, order.main.asked ? `${order.main.text}?` : `Is it true that ${order.main.text}?`, now));
  const name = doer ? dossier.actorsById.get(doer)?.name : undefined;
  return name ? { ...order.ref, text: name + order.ref.text.slice(pronoun[0].length) } : order.ref;
}

function placed(a: KurilEvent, b: KurilEvent): Relation | undefined {
  if (a.date.end < b.date.start) return 'before';
  if (a.date.start > b.date.end) return 'after';
  return undefined;
}

const both = (e: KurilEvent) => `${dateLead(e)}: ${e.title}`;

export function orderAnswer(dossier: Dossier, question: string, now: Date, answer: Answer): AnswerResult | undefined {
  const order = readOrder(question);
  if (!order) return undefined;
  const main = recordOf(dossier, order.main, now, answer);
  if (!main || main === 'no') return undefined;
  const ref = recordOf(dossier, withDoer(dossier, order, now), now, answer);
  if (!ref || ref === 'no' || ref.id === main.id) return undefined;
  const found = placed(main, ref);
  const index = answerIndex(dossier);
  const ctx = { dossier, index, plan: makePlan(index, question, now), now };
  if (!found) return decline(ctx, `Both are on record, ${both(main)}, and ${both(ref)}, but their dates do not tell which came first.`);
  if (order.relation === 'first' || order.relation === 'last') {
    const [early, late] = found === 'before' ? [main, ref] : [ref, main];
    const lead = order.relation === 'first' ? `First, ${both(early)}. Then, ${both(late)}.` : `Later, ${both(late)}. Earlier, ${both(early)}.`;
    return respond(ctx, lead, order.relation === 'first' ? [early, late] : [late, early], 'event');
  }
  const verdict = found === order.relation ? 'Yes' : 'No';
  return respond(ctx, `${verdict}. ${both(main)}. That was ${found} ${both(ref)}.`, [main, ref], 'event');
}
