import { perObject } from './memo.js';
import type { Dossier, KurilEvent } from '../../dossier/dossier.js';
import { dateLead } from './compose.js';
import { askedDoer } from './doer.js';
import { plainOfIrregular } from './irregular-verbs.js';
import { makePlan, properNames, type Plan, type TermGroup } from './plan.js';
import { parseQuestionDates } from './question-dates.js';
import { respond, type AnswerResult } from './respond.js';
import { answerIndex } from './search-index.js';
import { seatedStates } from './seats.js';
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
 * Each side is asked on its own by the whole engine, and the two records' dates are compared:
 *
 * - a clause ("were the drills held", "Moscow scrapped the agreements") is asked as the yes/no
 *   question it is, and its record is the one a "Yes" rests on; a thing named ("the 1956
 *   declaration") is asked "when was …?", and its record must hold every word of the name in its
 *   title (a year by its date). Those are sure; a clause found only by the looser "when …?" reading
 *   answers only when the rest of the engine declines (route.ts);
 * - a side's record must be the thing's own: no concept of the side only in a clause of the record
 *   that dates something else ("after Japan had announced its surrender") or in the curator's note;
 * - one record for both sides, a side with no record of its own, or a main clause the engine
 *   answers "No" (the record says otherwise) is left to the rest of the engine (a record may itself
 *   say "after Japan had announced its surrender": before-after.ts);
 * - two records whose dates overlap (the same day, a month-only date around the other's day, a span
 *   over it) do not tell the order: declined, saying so.
 *
 * How far apart ("shortly after", "years before") and hedged orders ("especially after") are left
 * alone: the dates give the order, not the distance or the weight.
 */

type Relation = 'before' | 'after';

/** A side of the order: an auxiliary-led clause ("were the drills held"), or a clause or a thing named ("Moscow scrapped …", "the 1956 declaration"). */
interface Side {
  readonly text: string;
  readonly asked: boolean;
}

interface Order {
  readonly main: Side;
  readonly ref: Side;
  /** The main side's place against the other; "first" / "last" for which-came-first, "either" for "before or after". */
  readonly relation: Relation | 'first' | 'last' | 'either';
}

const AUX = "did|does|do|was|were|is|are|had|has|have|didn't|doesn't|wasn't|weren't|hadn't|hasn't|haven't|isn't|aren't";
const ASKED = new RegExp(`^(?:${AUX})\\b`, 'i');
/** Adverbs of the main clause that do not change the deed: "only after", "already before", "even before". */
const ADVERBS = /\s+(?:only|even|already|actually|really|ever)\b/gi;
/** The order words ("before or after" asks which of the two). */
const ORDER_WORD = /\s+(?:(?:only|even|already)\s+)?(before\s+or\s+after|after\s+or\s+before|before|after|prior\s+to|ahead\s+of|earlier\s+than|later\s+than|sooner\s+than|by\s+the\s+time(?:\s+that)?|in\s+advance\s+of|following)\s+(?!(?:year|month|week|day|days|weeks|months|years)\b)/i;
/** Words right before the order word that say how far apart, or hedge it: not an order the dates decide. */
const QUALIFIED = /\b(?:shortly|soon|right|just|immediately|long|well|directly|straight|especially|particularly|mainly|mostly|largely|partly|probably|perhaps|possibly|maybe|also|not|never|(?:(?:a|an|one|two|three|four|five|six|ten|few|several|many|some|the|\d+)\s+(?:day|week|month|year|decade|hour)s?)|days|weeks|months|years|decades|hours)\s*$/i;
/** "Did X precede Y?", "did X come after Y?": X is a thing, the verb the order. */
const ORDER_VERB = /^(?:did|does|do)\s+(.+?)\s+(precede|predate|antedate|follow|postdate|(?:come|happen|take\s+place|occur)\s+(?:before|after))\s+(?!or\s)(.+)$/i;
/** "Was it only after Y that X?": the order put in a cleft. */
const CLEFT = /^(?:was|is)\s+it\s+(?:only\s+|not\s+until\s+)?(before|after|following|prior\s+to)\s+(.+?)\s+that\s+(.+)$/i;
/** "Had X already V when Y?": X done by the time of Y. */
const ALREADY_WHEN = new RegExp(`^(${AUX})\\s+(.+?)\\s+already\\s+(.+?)\\s+when\\s+(.+)$`, 'i');
const WHICH_WORD = '(?:came|happened|was|occurred|took\\s+place|come|happen|went)';
/** "Which came first, X or Y?", "which happened earlier: X or Y". */
const WHICH_FIRST = new RegExp(`^(?:which|what)\\s+(?:one\\s+|event\\s+|thing\\s+)?${WHICH_WORD}\\s+(first|earlier|sooner|later|last|second)\\s*[,:;–—-]?\\s*(.+?)\\s+or\\s+(.+)$`, 'i');
/** "X or Y, which came first?" */
const WHICH_FIRST_AFTER = new RegExp(`^(.+?)\\s+or\\s+(.+?)\\s*[,:;–—-]\\s*(?:which|what)\\s+(?:one\\s+)?${WHICH_WORD}\\s+(first|earlier|sooner|later|last|second)$`, 'i');
/** "Did X or Y come first?" */
const WHICH_FIRST_ASKED = /^(?:did|was|were)\s+(.+?)\s+or\s+(.+?)\s+(?:come|happen|occur|take\s+place|go)\s+(first|earlier|sooner|later|last|second)$/i;
/** A thing's verb of happening after it: "did the Yalta agreement come", "was the treaty". */
const HAPPENING = /\s+(?:come|came|happen|happened|occur|occurred|take\s+place|took\s+place|go\s+ahead|begin|began|begun|start|started|end|ended|finish|finished|open|opened)$/i;
/** "Is it true that …", "true or false:": a frame around a declarative question. */
const TRUE_THAT = /^(?:is\s+it\s+(?:true|right|correct|the\s+case)|true\s+or\s+false|am\s+i\s+right(?:\s+in\s+thinking)?|is\s+it\s+so)\s*(?:that\s+|,\s*|:\s*)?/i;
/** ", right?", ", didn't it?": a tag after a declarative question. */
const TAG = /\s*,?\s*(?:right|correct|true|yes|no|didn't\s+(?:it|they|he|she)|wasn't\s+it|weren't\s+they|hadn't\s+(?:it|they|he|she)|isn't\s+that\s+so|is\s+that\s+right)$/i;
/** A subordinator that opens a clause dating something other than the record's own deed. */
const DATING_CLAUSE = /\b(?:after|before|since|until|till|following|once|when|prior\s+to|ahead\s+of|by\s+the\s+time|ending)\b[^,.;]*/gi;
/** "By the time Japan established the day, had the exchanges been agreed?": the dating clause put first. */
const FRONTED = new RegExp(`^(by\\s+the\\s+time|before|after)\\s+(.+?),\\s*((?:${AUX})\\s+.+)$`, 'i');
/** "The treaty was signed", "were the drills held": a thing and its making, with nothing after the participle. */
const BARE_PASSIVE = /^(.+?)\s+(?:was|were|had\s+been|has\s+been|have\s+been|got)\s+([\p{L}-]+)$/iu;
const PARTICIPLE = /(?:ed|en|wn)$|^(?:held|made|sent|set|put|met|won|led|struck|signed|fought|begun|drawn|written)$/i;
const PRONOUN = /^(he|she|they|it)\b/i;
/** Verb forms that make a side a clause rather than a thing named. */
const FINITE = /^(?:was|were|had|has|have|is|are|did|does|got|went|came|will|would|said|told|put|set|let|knew|thought|heard|meant)$/i;
const DETERMINER = /^(?:the|a|an|its|their|his|her|this|that|these|those|our|my|[\p{L}-]+'s)$/iu;

/** "Quick check:", "I'm writing an essay —": a lead-in before the question itself. */
const LEAD_IN = new RegExp(`^[^:?!—]{1,60}(?::|\\s[—–-])\\s*(?=(?:${AUX}|which|what|is\\s+it)\\b)`, 'i');

function clean(question: string): string {
  return question.trim().replace(/[?.!]+\s*$/, '').replace(LEAD_IN, '').replace(/^(?:so|and|but|ok|okay|hey)[,:\s]+/i, '').trim();
}

/** The order a question asks about, if it asks about one between two things. */
export function readOrder(question: string): Order | undefined {
  const typed = clean(question);
  const tagged = TAG.test(typed) && !ASKED.test(typed);
  const framed = TRUE_THAT.test(typed) || tagged;
  const untagged = typed.replace(TRUE_THAT, '').replace(tagged ? TAG : /$^/, '');
  const fronted = FRONTED.exec(untagged);
  const q = fronted ? `${fronted[3]} ${fronted[1]} ${fronted[2]}` : untagged;
  const which = WHICH_FIRST.exec(q);
  if (which) return whichOrder(which[2]!, which[3]!, which[1]!);
  const whichAfter = WHICH_FIRST_AFTER.exec(q) ?? WHICH_FIRST_ASKED.exec(q);
  if (whichAfter) return whichOrder(whichAfter[1]!, whichAfter[2]!, whichAfter[3]!);
  const verb = ORDER_VERB.exec(q);
  if (verb) return { main: { text: verb[1]!, asked: false }, ref: { text: verb[3]!, asked: false }, relation: /precede|predate|antedate|before/i.test(verb[2]!) ? 'before' : 'after' };
  const cleft = CLEFT.exec(q);
  if (cleft) return { main: { text: cleft[3]!, asked: false }, ref: { text: cleft[2]!, asked: false }, relation: /^(?:after|following)/i.test(cleft[1]!) ? 'after' : 'before' };
  const already = ALREADY_WHEN.exec(q);
  if (already) return { main: { text: `${already[1]} ${already[2]} ${already[3]}`, asked: true }, ref: { text: already[4]!, asked: false }, relation: 'before' };
  const asked = ASKED.test(q);
  if (!asked && !framed) return undefined;
  // "Was there a peace treaty after the war?": whether one exists in a period, not the order of two things.
  if (/^\w+\s+there\b/i.test(q)) return undefined;
  const at = ORDER_WORD.exec(q);
  if (!at) return undefined;
  const head = q.slice(0, at.index);
  if (QUALIFIED.test(head)) return undefined;
  const word = at[1]!.toLowerCase();
  const relation = /\bor\b/.test(word) ? 'either' : /^(?:after|later|following)/.test(word) ? 'after' : 'before';
  return { main: { text: head, asked }, ref: { text: q.slice(at.index + at[0].length), asked: false }, relation };
}

function whichOrder(x: string, y: string, word: string): Order {
  return { main: { text: x, asked: false }, ref: { text: y, asked: false }, relation: /first|earlier|sooner/i.test(word) ? 'first' : 'last' };
}

/** A negated auxiliary read as its positive: "wasn't X before Y?" asks the order as "was X before Y?" does. */
function positive(text: string): string {
  return text.replace(/^(\w+)n't\b/i, '$1');
}

/** Whether a side is a clause (a verb in a tense) rather than a thing named ("the 1956 declaration"). */
function isClause(text: string): boolean {
  const words = text.split(/\s+/);
  return words.some((w, i) => {
    const word = w.toLowerCase().replace(/[^\p{L}'-]/gu, '');
    if (FINITE.test(word) || plainOfIrregular(word)) return true;
    // "Moscow scrapped", "Russia suspending": a verb form after a name, not after "the" ("the suspended talks").
    return i > 0 && /(?:ed|ing)$/.test(word) && word.length > 4 && !DETERMINER.test(words[i - 1]!);
  });
}

type Answer = (dossier: Dossier, question: string, now: Date) => AnswerResult;

interface Found {
  /** The record answered from, and the others of the same kind the answer cites that may be the thing as well. */
  readonly events: readonly KurilEvent[];
  /** Found by the yes/no reading or by its name, not only by the looser "when" reading. */
  readonly sure: boolean;
  /** Found by its name ("the 1956 declaration"): one thing, not a deed that may recur. */
  readonly named: boolean;
}

/** Under this share of a clause's weight in its own words, a record found by the "when" reading is not the thing's. */
const WHEN_SHARE = 0.5;

/** The record of one side, when the engine finds one that is the thing's own; "no" when the record says otherwise. */
function recordOf(dossier: Dossier, side: Side, now: Date, answer: Answer): Found | 'no' | undefined {
  const text = positive(side.text.replace(ADVERBS, '').trim());
  const stripped = text.replace(HAPPENING, '');
  const aux = side.asked ? /^(\S+)\s+(.*)$/.exec(stripped) : null;
  const body = aux ? aux[2]! : stripped;
  const tries: { question: string; reading: 'yesno' | 'named' | 'when' }[] = [];
  // "Did the Soviets take …" holds a plain verb after "did"; "did the Yalta agreement come" only names a thing.
  const clause = stripped === text && aux && /^(?:did|does|do)$/i.test(aux[1]!) ? true : isClause(body);
  if (!clause) tries.push({ question: `When was ${body}?`, reading: 'named' });
  else if (side.asked) tries.push({ question: `${text}?`, reading: 'yesno' }, { question: `When ${aux![1]!.toLowerCase()} ${body}?`, reading: 'when' });
  else tries.push({ question: `Is it true that ${text}?`, reading: 'yesno' });
  // "Before the San Francisco treaty was signed": the treaty's record, when the yes/no reading reads
  // who did not sign it ("the Soviet Union did not sign it").
  const passive = BARE_PASSIVE.exec(body) ?? (aux && /^(?:was|were)$/i.test(aux[1]!) ? /^(.+?)\s+([\p{L}-]+)$/u.exec(body) : null);
  if (clause && passive && PARTICIPLE.test(passive[2]!) && !isClause(passive[1]!)) tries.splice(1, 0, { question: `When was ${passive[1]}?`, reading: 'named' });
  for (const t of tries) {
    const r = answer(dossier, t.question, now);
    if (r.declined || r.path !== 'event') continue;
    const lead = r.reply.lead ?? '';
    if (t.reading === 'yesno' && /^No\b/.test(lead) && !passive) return side.asked ? 'no' : undefined;
    if (t.reading === 'yesno' && !/^Yes\b/.test(lead)) continue;
    const index = answerIndex(dossier);
    const plan = makePlan(index, t.question, now);
    const fits = (e: KurilEvent) => ownRecord(plan, e) && (t.reading !== 'named' || namedBy(plan, t.question, e)) && (t.reading !== 'when' || (whenShare(plan, e) >= WHEN_SHARE && holdsNames(dossier, plan, e)));
    // The record answered from, or else one cited with it as answering too: "did the Soviets take
    // the islands?" is answered from the 1946 decree's note, and the occupation's own record is cited.
    // "When was the visa-free exchange?": the arrangement's record, not the one that "ends" it.
    const fitting = r.events.filter(fits);
    const events = fitting.some((e) => !actsOn(plan, e)) && t.reading === 'named' ? fitting.filter((e) => !actsOn(plan, e)) : fitting;
    const event = events[0];
    if (!event) continue;
    // "The Northern Territories Day rally": every record whose title names the thing may be the one meant.
    // A title that acts on the thing before naming it ("Russia suspends the 1998 fishing agreement")
    // is a record of that act, not of the thing.
    if (t.reading === 'named') return { events: [event, ...dossier.events.filter((e) => e.id !== event.id && fits(e) && asOnePhrase(plan, e) && !actsOn(plan, e))], sure: true, named: true };
    // "Did Japan protest Russian drills?": two protests of drills on record, either may be the one meant.
    return { events: events.filter((e) => e.kind === event.kind), sure: t.reading !== 'when', named: false };
  }
  return undefined;
}

/** A date in a sentence: "in June 2022", "on 10 October 2023", "by 1956". */
const DATED = /\b(?:(?:in|on|by|from|until|since|during)\s+(?:(?:early|late|mid)\s+)?(?:\d{1,2}\s+)?|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)(1[89]\d\d|20\d\d)\b/g;

/** A sentence dated to a year outside the record's own dates tells another event: "Russia suspended it in June 2022" in the 1998 agreement's record. */
function datedElsewhere(sentence: string, event: KurilEvent): boolean {
  return [...sentence.matchAll(DATED)].some((m) => m[1]! < event.date.start.slice(0, 4) || m[1]! > event.date.end.slice(0, 4));
}

/**
 * The record's own words: its title, its summary without what dates something else, its quotes.
 * Each record's words are read once (perObject): the named reading looks at every record whose title
 * may name the thing, and reading them for every question cost 500 ms on 10,000 events.
 */
const ownTerms = perObject((event: KurilEvent): Set<string> => {
  const summary = sentences(event.summary).filter((s) => !datedElsewhere(s, event)).map((s) => s.replace(DATING_CLAUSE, ' '));
  return new Set(terms([event.title, ...summary, ...event.quotes.map((q) => q.text)].join(' ')));
});

/** Every word of the record, the note's too. */
const allTerms = perObject((event: KurilEvent) => new Set(terms([event.title, event.summary, event.note ?? '', ...event.quotes.map((q) => q.text)].join(' '))));

/** A title's words, each with its terms, and the title's terms as one set. */
const titleWords = perObject((event: KurilEvent) => event.title.split(/[\s–—]+/).map((w) => terms(w)));
const titleTerms = perObject((event: KurilEvent) => new Set(terms(event.title)));

/**
 * Whether the record is the thing's own: no concept of the side is held only in a clause of the
 * record that dates something else ("after Japan had announced its surrender", "ending the war") or
 * only in the curator's note. A concept the record does not hold at all is the search's business.
 */
function ownRecord(plan: Plan, event: KurilEvent): boolean {
  const own = ownTerms(event);
  // A clause dated elsewhere ("Russia suspended it in June 2022") is no part of the record's own deed.
  const all = allTerms(event);
  return plan.groups.every((g) => !!g.entity || !g.terms.some((t) => all.has(t)) || g.terms.some((t) => own.has(t) || [...own].some((w) => related(w, t))));
}

/** "Agreed" and "agreement", "occupy" and "occupation": one word's forms, by their common start. */
function related(a: string, b: string): boolean {
  const short = Math.min(a.length, b.length);
  if (short < 4) return false;
  let i = 0;
  while (i < short && a[i] === b[i]) i++;
  return i >= Math.min(5, short);
}

/** The concepts a side asks about in words (not names, not framing words), weighed. */
const asked = (plan: Plan) => plan.groups.filter((g) => !g.entity && g.distinctive && g.weight === g.idf);

/** The share of the side's concepts the record holds in its own words. */
function whenShare(plan: Plan, event: KurilEvent): number {
  const own = ownTerms(event);
  const groups = asked(plan);
  const total = groups.reduce((n, g) => n + g.weight, 0);
  return total === 0 ? 1 : groups.filter((g) => g.terms.some((t) => own.has(t))).reduce((n, g) => n + g.weight, 0) / total;
}

/**
 * The "when" reading finds the best record for any words: a name the side gives (an actor, an island,
 * a place the records write capitalised: "Sakhalin") must be the record's, in its tags or its own words.
 */
function holdsNames(dossier: Dossier, plan: Plan, event: KurilEvent): boolean {
  const index = answerIndex(dossier);
  const proper = new Set([...properNames(index)].flatMap((w) => terms(w)));
  const own = ownTerms(event);
  const tags = new Set([...event.actors, ...event.islands]);
  return plan.groups.every((g) => {
    if (g.entity) return g.entity.id === 'group' ? event.islands.length > 1 || g.terms.some((t) => own.has(t)) : tags.has(g.entity.id) || g.terms.some((t) => own.has(t));
    return !g.typed.some((t) => proper.has(t)) || g.terms.some((t) => own.has(t));
  });
}

/** "Declaration" in a title that says "declares": words that share their first letters. */
const PREFIX = 6;
function holds(words: Set<string>, term: string): boolean {
  if (words.has(term)) return true;
  return term.length >= PREFIX && [...words].some((w) => w.length >= PREFIX && w.slice(0, PREFIX) === term.slice(0, PREFIX));
}

/**
 * "When was the 1956 declaration?": a thing named is the record whose title names it, each word of
 * the name (an actor or an island may be in its tags instead), and a year in the name by the
 * record's date. "The Ukraine war" is the title of no record.
 */
function namedBy(plan: Plan, thing: string, event: KurilEvent): boolean {
  // A year in the name, of four digits or two ("the 56 declaration", as the engine reads it:
  // short-year.ts), is the record's date, never a word of its title: "talks on the basis of the 1956
  // declaration" in a 2018 title is no record of the declaration.
  const isYear = (t: string) => /^(?:1[89]\d\d|20\d\d|\d{2})$/.test(t);
  const inDates = (t: string) => {
    const [from, to] = [Number(event.date.start.slice(0, 4)), Number(event.date.end.slice(0, 4))];
    const years = Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
    return years.some((y) => (t.length === 2 ? y.slice(2) === t : y === t));
  };
  const typed = [...[...thing.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((m) => m[1]!), ...plan.groups.flatMap((g) => g.typed.filter(isYear))];
  if (!typed.every(inDates)) return false;
  const title = titleTerms(event);
  // "The Tokyo Declaration": a capital in a name is a word of the title, not the state in its tags.
  const tagged = (g: TermGroup) => !!g.entity && !g.typed.some((t) => seatedStates(t).size > 0) && (g.entity.id === 'group' ? event.islands.length > 1 : [...event.actors, ...event.islands].includes(g.entity.id));
  return plan.groups.every((g) => g.typed.some(isYear) || tagged(g) || g.terms.some((t) => holds(title, t)));
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

/** A record's words that put it after another thing: "answering Takaichi's speech of the same day", "in response to". */
const REPLY = /\b(?:answering|in\s+answer\s+to|in\s+response\s+to|responding\s+to|reacting\s+to|replying\s+to|after|following)\s+((?:\S+\s+){0,7}\S+)/gi;
/** How many words of the other record's title the words after it must hold. */
const REPLY_WORDS = 2;

/** Where the record says it came after the other one: its reply words followed by the other's title words. */
function saysAfter(a: KurilEvent, b: KurilEvent): string | undefined {
  const title = new Set(terms(b.title));
  return [...a.summary.matchAll(REPLY)].find((m) => new Set(terms(m[1]!).filter((t) => title.has(t))).size >= REPLY_WORDS)?.[0];
}

/**
 * "Did the Kremlin answer after Takaichi's speech?": the dates, else for records of the same day or
 * overlapping, a record that says it answered the other ("answering Prime Minister Takaichi's policy
 * speech of the same day").
 */
function placedByDate(a: KurilEvent, b: KurilEvent): Relation | undefined {
  if (a.date.end < b.date.start) return 'before';
  if (a.date.start > b.date.end) return 'after';
  return undefined;
}

function placed(a: KurilEvent, b: KurilEvent): Relation | undefined {
  const byDate = placedByDate(a, b);
  if (byDate) return byDate;
  if (saysAfter(a, b) && !saysAfter(b, a)) return 'after';
  if (saysAfter(b, a) && !saysAfter(a, b)) return 'before';
  return undefined;
}

const told = (e: KurilEvent) => `${dateLead(e)}: ${e.title}`;

/** Deeds done to a thing, which a title puts before the thing's name. */
const ACTED_ON = /^(?:suspends?|ends?|terminates?|halts?|scraps?|cancels?|withdraws?|protests?|condemns?|criticises?|criticizes?|calls|names|cites|restates?|reaffirms?|rejects?|revokes?|abandons?|freezes?|breaks?|violates?)$/i;

/** Whether a title names a deed done to the thing before it names the thing. */
function actsOn(plan: Plan, event: KurilEvent): boolean {
  const named = new Set(plan.groups.filter((g) => !g.entity).flatMap((g) => g.terms));
  const words = event.title.split(/\s+/);
  const at = words.findIndex((w) => terms(w).some((t) => named.has(t)));
  return at > 0 && words.slice(0, at).some((w) => ACTED_ON.test(w));
}

/** How many words may stand between two words of a name in a title that names it. */
const NAME_GAP = 3;

/**
 * Whether the title holds the name's words together: "Soviet Union declares war on Japan" names "the
 * Soviet declaration of war", "Soviet–Japanese Joint Declaration ends the state of war" does not.
 */
function asOnePhrase(plan: Plan, event: KurilEvent): boolean {
  const words = titleWords(event);
  const at = plan.groups
    .filter((g) => !g.entity && g.distinctive)
    .map((g) => words.findIndex((w) => w.some((t) => g.terms.some((u) => holds(new Set([t]), u)))))
    .filter((i) => i >= 0)
    .sort((a, b) => a - b);
  return at.every((i, k) => k === 0 || i - at[k - 1]! <= NAME_GAP);
}

/** A side that is only a date ("2020", "March 2022", "the Second World War"). */
function onlyDate(text: string, now: Date): boolean {
  const read = parseQuestionDates(`in ${text}`, now);
  return !!read.range && terms(read.rest).length === 0;
}

/** An order word in a record and the words after it. */
const ORDER_IN_TEXT = /\b(?:before|after|following|prior\s+to|ahead\s+of|since|until)\s+((?:\S+\s+){0,5}\S+)/gi;

/** Whether the record orders its deed against the other side in its own words: an order word followed by a word of the other side. */
function statesTheOrder(dossier: Dossier, event: KurilEvent, other: Side, now: Date): boolean {
  const index = answerIndex(dossier);
  const wanted = new Set(makePlan(index, `Is it true that ${other.text}?`, now).groups.filter((g) => !g.entity && g.distinctive).flatMap((g) => g.terms));
  const text = [event.title, event.summary, ...event.quotes.map((q) => q.text)].join(' ');
  return [...text.matchAll(ORDER_IN_TEXT)].some((m) => terms(m[1]!).some((t) => wanted.has(t)));
}

/** A verb of saying followed by what was said. */
const SAYING = /\b(?:say|says|said|claim|claims|claimed|argue|argues|argued|insist|insists|insisted|warn|warns|warned|state|states|stated|declare|declares|declared|tell|tells|told|suggest|suggests|suggested|announce|announces|announced|assert|asserts|asserted)\s+(?:that\s+)?(.+)$/i;

/** Whether the clause reports what someone said in a clause of its own ("say the islands became Russian"). */
function reportsAClause(text: string): boolean {
  const said = SAYING.exec(text);
  return !!said && isClause(said[1]!);
}

/** Kinds of record that are done once: a treaty or agreement signed, a law or decree enacted (one-time.ts). */
const ONE_TIME = new Set(['treaty', 'law']);
/** "The drills off Kunashiri", "Japan's claim", "its decree": a thing singled out. */
const DEFINITE = /\b(?:the|this|that|these|those|its|their|his|her|[\p{L}-]+'s)\s+((?:[\p{L}\d-]+\s+){0,3}[\p{L}\d-]+)/giu;

/**
 * Whether the clause singles out the record's own thing: a definite description ("the Russian drills
 * off Kunashiri", "the peace talks") whose words the record holds in its own words. "Did Medvedev
 * visit Kunashir" singles out no visit: visits, protests and drills recur.
 */
function singledOut(dossier: Dossier, text: string, event: KurilEvent, now: Date): boolean {
  const index = answerIndex(dossier);
  const own = ownTerms(event);
  return [...text.matchAll(DEFINITE)].some((m) => {
    // The noun phrase ends where a verb begins: "the Kremlin | say agreements …".
    const words = m[1]!.split(/\s+/);
    const end = words.findIndex((w, i) => i > 0 && (VERB_START.test(w) || isClause(`x ${w}`)));
    const phrase = words.slice(0, end < 0 ? words.length : end).join(' ');
    const groups = makePlan(index, `what about ${phrase}?`, now).groups.filter((g) => !g.entity && g.distinctive);
    return groups.length > 0 && groups.some((g) => g.terms.some((t) => own.has(t) || [...own].some((w) => related(w, t))));
  });
}

/**
 * "Did Japan protest after Medvedev visited Kunashir?" asks whether Japan protested that visit, not
 * whether any protest came later: a reaction after a thing is a reaction to it, which the rest of the
 * engine reads from the thing's own record ("Tokyo protested") or its reactions (answerers/reaction.ts).
 * A reaction with an object of its own ("protest the drills off Kunashiri only after …") is ordered.
 */
const REACTION = /\b(?:protest|complain|condemn|object|react|respond|reply|retaliat|critici[sz]|denounc|hit\s+back|push\s+back)\w*\s*$/i;

/** Plain verbs that end a noun phrase in a clause ("the Kremlin say …", "the Soviets take …"). */
const VERB_START = /^(?:say|tell|hold|visit|sign|make|call|protest|warn|give|take|put|go|come|end|suspend|declare|recognise|recognize|agree|meet|send|halt|scrap|stage|deploy|fight|occupy|renounce|restate|speak|add|drill)$/i;

/** How two sides' records stand, when every record either side may be agrees. */
function agreed(mains: readonly KurilEvent[], refs: readonly KurilEvent[]): Relation | 'unclear' | undefined {
  const all = mains.flatMap((a) => refs.map((b) => (a.id === b.id ? 'same' : placed(a, b))));
  if (all.includes('same')) return 'unclear';
  return all.every((r) => r === all[0]) ? (all[0] as Relation | undefined) : 'unclear';
}

/** The answer from the two records, and whether both were found surely (else it stands only when the rest of the engine declines). */
export function orderAnswer(dossier: Dossier, question: string, now: Date, answer: Answer): { result: AnswerResult; strong: boolean } | undefined {
  const order = readOrder(question);
  // "Did Russia hold drills after March 2022?": a date, which the search reads as a range.
  if (!order || [order.main, order.ref].some((side) => onlyDate(side.text, now))) return undefined;
  if (order.relation === 'after' && REACTION.test(order.main.text)) return undefined;
  const main = recordOf(dossier, order.main, now, answer);
  if (!main || main === 'no') return undefined;
  const other = withDoer(dossier, order, now);
  // "Did Lavrov say the islands became Russian after the war?": the record says it in its own
  // words ("became Russian after the Second World War"), and the rest of the engine reads them.
  if (statesTheOrder(dossier, main.events[0]!, other, now)) return undefined;
  const ref = recordOf(dossier, other, now, answer);
  if (!ref || ref === 'no' || ref.events[0]!.id === main.events[0]!.id) return undefined;
  const strong = main.sure && ref.sure;
  const [a, b] = [main.events[0]!, ref.events[0]!];
  const found = agreed(main.events, ref.events);
  // "Did Lavrov say the islands became Russian after the war?": the order may be part of what was
  // said; unless the two records order it plainly, the rest of the engine reads what was said.
  if ((found === 'unclear' || !found) && reportsAClause(order.main.text)) return undefined;
  const index = answerIndex(dossier);
  const ctx = { dossier, index, plan: makePlan(index, question, now), now };
  if (found === 'unclear') return { result: decline(ctx, `More than one record on file may be what you mean (${[...new Set([...main.events, ...ref.events])].map(told).join('; ')}), and they do not all stand in the same order.`), strong };
  if (!found) return { result: decline(ctx, `Both are on record, ${told(a)}, and ${told(b)}, but their dates do not tell which came first.`), strong };
  if (order.relation === 'first' || order.relation === 'last') {
    const [early, late] = found === 'before' ? [a, b] : [b, a];
    const lead = order.relation === 'first' ? `First, ${told(early)}. Then, ${told(late)}.` : `Later, ${told(late)}. Earlier, ${told(early)}.`;
    return { result: respond(ctx, lead, order.relation === 'first' ? [early, late] : [late, early], 'event'), strong };
  }
  const verdict = order.relation === 'either' ? (found === 'before' ? 'Before' : 'After') : found === order.relation ? 'Yes' : 'No';
  // "Did Medvedev visit Kunashir after he visited Iturup?": a visit on record before is no record
  // that there was none after; a "No" rests only on the one thing the question singles out.
  if (verdict === 'No' && !main.named && !ONE_TIME.has(a.kind) && !singledOut(dossier, order.main.text, a, now)) {
    return { result: decline(ctx, `On record, ${told(a)}, ${found} ${told(b)}; whether it also happened ${order.relation} that, the records do not say.`), strong };
  }
  // Records of the same day: the order is the record's own word.
  const word = placedByDate(a, b) ? '' : ` (the same day; the record says "${saysAfter(a, b) ?? saysAfter(b, a)}")`;
  return { result: respond(ctx, `${verdict}. ${told(a)}. That was ${found} ${told(b)}${word}.`, [a, b], 'event'), strong };
}
