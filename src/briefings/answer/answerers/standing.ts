import { dateLead } from '../compose.js';
import { MIN_COVERAGE } from '../pick.js';
import { makePlan, type Plan, type TermGroup } from '../plan.js';
import { respond, type AnswerContext, type AnswerResult } from '../respond.js';
import { search, type Hit } from '../search.js';
import { FRAME_WORDS, sentences, terms } from '../text.js';
import { eventAnswer } from './event.js';
import { statusAnswer } from './statement.js';

/**
 * "Are the visa-free visits still running?", "is the fishing agreement still working?", "is the
 * state of war over?": whether something still goes on, read from the newest record of that thing
 * (the status line counts as the newest of all: it is where things stand now). When that record
 * says the thing was ended or suspended, the answer is "No" (or "Yes" to "is it over?"), from that
 * record's own sentence. A newer record that says it resumed, or none that says it stopped, leaves
 * the question to the other answerers: silence is not a "No".
 */

/** Words that ask whether something goes on now; taken out, the rest names the thing. */
const STILL = /\bstill\b|\b(?:any\s*more|right\s+now|currently|these\s+days|nowadays|at\s+present)\b|\b(?=(?:any|some)\s+(?:progress|headway|movement)\s+(?:on|in|with|towards?)\b)/gi;
/** The everyday verbs of "still going on": a lexicon, not one phrasing per question. */
// "Is there any progress on the peace talks?": progress is the thing going on, so a stop not undone is a "No".
const GOING_ON = /\b(?:(?:any|some)\s+(?:progress|headway|movement)\s+(?:on|in|with|towards?)|running|working|functioning|operating|going\s+(?:ahead|on)|in\s+(?:force|effect|place|operation)|valid|happening|ongoing|continuing|active|alive|on\s+track)\b/gi;
/** "Are the talks still on hold?": the question itself names the stop, so a record of it is a "Yes". */
const ASKS_STOPPED = /\b(?:suspend(?:ed)?|on\s+hold|on\s+ice|halted|frozen|paused|stopped|stalled|shelved|dormant|blocked|cancell?ed|off)\b/gi;
/** A question that asks whether the thing is still not so ("still no treaty", "still not running"). */
const ASKS_NOT = /\b(?:no|not|never)\s|n't\b/i;
/** A side's aims or hold ("does Japan still want …", "is Russia still in control"): the positions answer those, not a stop ("on hold" is one). */
const AIMS = /\b(?:want|wants|seek|seeks|claim|claims|hope|hopes|aim|aims|intend|intends|insist|insists|demand|demands|control|(?<!\bon\s)hold|holds|own|owns|occupy|occupies|believe|think|say|says)\b/i;
/** "Are the talks back on?", "have they resumed?": whether something stopped goes on again, which a stop not undone answers "No". */
const AGAIN = /\b(?:back\s+on|back\s+up\s+and\s+running|up\s+and\s+running\s+again|on\s+again|going\s+again|resum(?:e|es|ed|ing)|restart(?:s|ed|ing)?|re-?started|started\s+again|reopen(?:s|ed)?|revived|reinstated|again)\b/gi;
/** "Is the state of war over?": asks whether it ended. */
const OVER = /\b(?:over|ended|finished|done)\s*[?.!]*\s*$/i;
/** A sentence that says the thing was stopped, for a while or for good. */
const STOPPED = /\b(?:end(?:s|ed)|terminat(?:es|ed)|withdr(?:ew|aws|awn)|suspend(?:s|ed)|halt(?:s|ed)|cancel(?:s|l?ed)|scrap(?:s|ped)|stopp?(?:s|ed)|froze|frozen)\b/i;
/** Stopped for good: only this says "over". */
const ENDED = /\b(?:end(?:s|ed)|terminat(?:es|ed)|withdr(?:ew|aws|awn)|cancel(?:s|l?ed)|scrap(?:s|ped))\b/i;
/** A record that says it started again: the older stop no longer answers. */
const RESUMED = /\b(?:resum(?:es|ed)|restor(?:es|ed)|restart(?:s|ed)|reopen(?:s|ed)|reinstat(?:es|ed)|revived?)\b/i;
const NEGATED = /\b(?:no|not|never|neither|nor)\b|n't\b/i;
/** "It", "the agreement": a sentence that points back to what its record is about. */
const POINTS_BACK = /\b(?:it|them|the\s+(?:arrangement|agreement|accord|deal|treaty|talks))\b/i;
/** A record that covers this share of the thing covers all of it. */
const WHOLE = 0.999;
/** A status question about now with a year ("as of 2026") reads the status line when the year is this one. */
const STATUS_WORDS = /\b(?:status|state\s+of\s+play|situation|as\s+of|as)\b/gi;

/** The sentence that says the thing stopped (or resumed): every word naming the thing (not names or years) and the verb. */
function stopSentence(plan: Plan, hit: Hit, text: string, subject: string, stop: RegExp): string | undefined {
  // The words of the thing the record holds (it passed on at least half of them): a word it lacks
  // ("their old homes") cannot be in its sentence either.
  const wanted = plan.groups.filter((g, i) => hit.covered.has(i) && !g.entity && g.weight === g.idf && !g.typed.every((t) => /^\d+$/.test(t) || FRAME_WORDS.has(t)));
  if (!wanted.some((g) => g.distinctive)) return undefined;
  return sentences(text).find((s) => {
    // "The war had never ended" says the contrary: some clause must state the stop unnegated.
    if (!s.split(/[,;]\s+/).some((c) => stop.test(c) && !NEGATED.test(c))) return false;
    const own = new Set(terms(POINTS_BACK.test(s) ? `${subject} ${s}` : s));
    return wanted.every((g) => g.terms.some((t) => own.has(t))) && stoppedIsTheThing(s, wanted, stop);
  });
}

/** Words just before a participle ("the talks suspended", "the talks were halted") are what it stopped. */
const PARTICIPLE_REACH = 5;
/** A verb followed by these has an object of its own: "ended the state of war", "halted its talks". */
const ACTIVE_OBJECT = /^\s*(?:the|a|an|its|their|his|her|all|both|these|those|this|that|\d|[\p{Lu}])/u;

/**
 * The thing is what was stopped, not what did the stopping: "Russia suspends the fishing agreement",
 * "kept the talks suspended", "ended the arrangement" (pointing back), but not "the Joint Declaration
 * ends the state of war" for "is the declaration still valid?".
 */
function stoppedIsTheThing(sentence: string, wanted: readonly TermGroup[], stop: RegExp): boolean {
  const all = new RegExp(stop.source, 'gi');
  for (const m of sentence.matchAll(all)) {
    // What it stopped is in its own clause: "… suspended since 21 March 2022; on 20 February 2026 Prime
    // Minister Takaichi said …" did not suspend the prime minister.
    const after = sentence.slice(m.index + m[0].length).split(/[;:]/)[0]!;
    // A participle with no object of its own ("the talks suspended since …", "were halted in …") stopped
    // what comes before it; one followed by an object ("the Declaration ended the state of war") did not.
    const passive = /(?:ed|en|wn)$/i.test(m[0]) && !ACTIVE_OBJECT.test(after);
    const before = passive ? sentence.slice(0, m.index).split(/\s+/).slice(-PARTICIPLE_REACH).join(' ') : '';
    // "Russia ended the arrangement": the pointer is the verb's object, right after it.
    if (new RegExp(`^\\s*(?:${POINTS_BACK.source})`, 'i').test(after)) return true;
    const own = new Set(terms(`${before} ${after}`));
    if (wanted.some((g) => g.distinctive && g.terms.some((t) => own.has(t)))) return true;
  }
  return false;
}

/** The texts of a hit and what they are about (an event's title). */
function textsOf(h: Hit): { texts: string[]; subject: string } {
  if (h.doc.kind === 'statement') return { texts: [h.doc.statement.statement.text], subject: '' };
  const e = h.doc.event;
  return { texts: [e.title, e.summary, ...(e.note ? [e.note] : [])], subject: e.title };
}

/** The records of the thing, the status line first (it is as of now), then events newest first. */
function newestFirst(hits: readonly Hit[]): Hit[] {
  const passed = hits.filter((h) => h.share >= MIN_COVERAGE && h.distinctive && h.namesMatched);
  const when = (h: Hit) => (h.doc.kind === 'event' ? h.doc.event.date.end : h.doc.statement.key === 'status' ? '9999' : '');
  return passed.filter((h) => when(h) !== '').sort((a, b) => when(b).localeCompare(when(a)));
}

export function standingAnswer(ctx: AnswerContext): AnswerResult | undefined {
  const { plan } = ctx;
  if (plan.cues.yesNo === 'present' && !plan.range) return stillAnswer(ctx);
  if (!plan.cues.yesNo && plan.status && plan.range && plan.range.end >= ctx.now.toISOString().slice(0, 10)) return statusAsOfNow(ctx);
  return undefined;
}

function stillAnswer(ctx: AnswerContext): AnswerResult | undefined {
  const { plan, index, now } = ctx;
  const again = new RegExp(AGAIN.source, 'i').test(plan.rest);
  const still = again || new RegExp(STILL.source, 'i').test(plan.rest);
  const over = !still && OVER.test(plan.rest);
  if ((!still && !over) || AIMS.test(plan.rest)) return undefined;
  const stopped = !again && new RegExp(ASKS_STOPPED.source, 'i').test(plan.rest);
  const thingText = plan.rest.replace(AGAIN, ' ').replace(STILL, ' ').replace(GOING_ON, ' ').replace(OVER, ' ').replace(ASKS_STOPPED, ' ');
  const thing = makePlan(index, thingText, now);
  if (!thing.groups.some((g) => g.distinctive)) return undefined;
  const thingCtx = { ...ctx, plan: thing };
  const stop = over ? ENDED : STOPPED;
  const records = newestFirst(search(thingCtx));
  for (const h of records) {
    const { texts, subject } = textsOf(h);
    // Read by clause: "ended the state of war and restored diplomatic relations" restores the relations, not the war.
    const clauses = texts.flatMap((t) => sentences(t).flatMap((x) => x.split(/[,;]\s+|\s+and\s+/)));
    if (clauses.some((c) => stopSentence(thing, h, c, subject, RESUMED))) return undefined;
    const sentence = texts.map((t) => stopSentence(thing, h, t, subject, stop)).find(Boolean);
    if (!sentence) continue;
    // "Is there still no peace treaty?", "are the talks still not back?": the question denies the
    // thing, so a stop on record agrees with it.
    const verdict = over || stopped || ASKS_NOT.test(plan.rest) ? 'Yes' : 'No';
    if (h.doc.kind === 'statement') {
      const base = statusAnswer(ctx);
      // "Are the talks still frozen?", "are they back on?": the status line says so because of the stop,
      // so the stop's own record is cited first, then the status line's. The record titled by the stop
      // ("Russia suspends peace-treaty talks …") before one that mentions it.
      // Only a record the status line rests on made it so: an analyst's mention of the halt did not.
      const basis = new Set(ctx.dossier.status.basis);
      const says = (r: Hit, texts: readonly string[]) => r.doc.kind === 'event' && basis.has(r.doc.event.id) && texts.some((t) => stopSentence(thing, r, t, textsOf(r).subject, stop));
      const stopRecord = records.find((r) => says(r, [textsOf(r).subject])) ?? records.find((r) => says(r, textsOf(r).texts));
      const events = stopRecord?.doc.kind === 'event' ? [stopRecord.doc.event, ...base.events] : base.events;
      return { ...respond(ctx, `${verdict}. ${base.reply.lead ?? ''}`, events, base.path), ...(stopRecord ? {} : { reply: { ...base.reply, lead: `${verdict}. ${base.reply.lead ?? ''}` } }) };
    }
    const event = h.doc.event;
    const lead = eventAnswer(thingCtx, event, h.result);
    const deciding = lead.includes(sentence) ? '' : ` ${dateLead(event)}: ${sentence.replace(/[.;,]+$/, '')}.`;
    return respond(ctx, `${verdict}.${deciding} ${lead}`.replace(/\s+/g, ' ').trim(), [event], 'event');
  }
  return undefined;
}

/** "Status of the peace negotiations as of 2026": the status line, when it covers the thing asked about. */
function statusAsOfNow(ctx: AnswerContext): AnswerResult | undefined {
  const { plan, index, now } = ctx;
  const thing = makePlan(index, plan.rest.replace(STATUS_WORDS, ' '), now);
  if (!thing.groups.some((g) => g.distinctive)) return undefined;
  // The status line must cover the whole thing: it speaks of the talks, not of every topic of this year.
  const hits = search({ ...ctx, plan: thing });
  return hits.some((h) => h.doc.kind === 'statement' && h.doc.statement.key === 'status' && h.share >= WHOLE && h.namesMatched) ? statusAnswer(ctx) : undefined;
}
