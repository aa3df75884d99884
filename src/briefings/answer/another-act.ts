import { accountOf } from './judge.js';
import type { KurilEvent } from '../../dossier/dossier.js';
import { dateLead } from './compose.js';
import { makePlan, type TermGroup } from './plan.js';
import type { AnswerContext } from './respond.js';
import { search, type Hit } from './search.js';
import { FRAME_WORDS, terms } from './text.js';

/**
 * "Were the visa-free exchanges already cancelled for good in March 2022?": the record of that
 * month says they were suspended, and a later record says when they were ended. A suspension is
 * another act than an end, so the record states a "No" for the period asked, and the later end is
 * cited with it. Only a question that asks an end within a period, of a thing whose record in that
 * period tells a suspension and no end, is read so.
 */

/** An end asked: the verbs and "for good", "permanently", "once and for all". */
const ASKS_END = /\b(?:cancel(?:s|l?ed|l?ing)?|end(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|abolish(?:es|ed|ing)?|(?:tear|tears|tore|torn|tearing)\s+up|for\s+good|permanently|once\s+and\s+for\s+all|for\s+ever|forever|definitively)\b/i;
/** A suspension or a halt, for a while. */
const SUSPENDED = /\b(?:suspend(?:s|ed)?|halt(?:s|ed)|froze|frozen|pause[sd]?|put\s+on\s+hold)\b/i;
/** An end for good. */
const ENDED = /\b(?:end(?:s|ed)?|terminat(?:es|ed)|withdr(?:ew|aws|awn)|cancel(?:s|l?ed)|scrap(?:s|ped)|abolish(?:es|ed))\b/i;
const NEGATED = /\b(?:no|not|never)\b|n't\b/i;
/** Words a question adds to the end it asks: no part of the thing ended. */
const NOT_THE_THING = /^(?:already|good|perman|forev|definit|cancell?|end|terminat|scrap|abolish)/;

export interface AnotherAct {
  readonly lead: string;
  readonly events: readonly KurilEvent[];
}

/**
 * Words for the instrument a thing runs under: "the visa-free exchange agreement" is the exchanges
 * themselves, which a record may name without the instrument ("halted … the visa-free exchanges").
 */
const INSTRUMENT = /^(?:agreement|deal|arrangement|accord|pact|program|programm|schem|framework|regim)$/;

function thingGroups(groups: readonly TermGroup[]): TermGroup[] {
  const thing = groups.filter((g) => !g.entity && g.known && g.distinctive && !g.typed.some((t) => NOT_THE_THING.test(t) || FRAME_WORDS.has(t)));
  const named = thing.filter((g) => !g.typed.every((t) => INSTRUMENT.test(t)));
  return named.length > 0 ? named : thing;
}

function holdsThing(thing: readonly TermGroup[], text: string): boolean {
  const own = new Set(terms(text));
  return thing.every((g) => g.terms.some((t) => own.has(t)));
}

/** The record of the period that tells a suspension where the question asks an end, with the later end. */
export function anotherAct(ctx: AnswerContext, hits: readonly Hit[]): AnotherAct | undefined {
  const { plan } = ctx;
  if (!plan.cues.yesNo || !plan.range) return undefined;
  if (!ASKS_END.test(plan.rest)) return endedNotSuspended(ctx, hits);
  return otherActOnRecord(ctx, hits, thingGroups(plan.groups), { told: SUSPENDED, asked: ENDED, when: 'later', came: 'The end came later' });
}

/**
 * A suspension asked, a while only: "just suspend", "put on hold", "freeze". "Halt" and "stop" are
 * left out, as an end halts a thing too.
 */
const ASKS_SUSPENSION = /\b(?:suspend(?:s|ed|ing)?|paus(?:e|es|ed|ing)|freez(?:e|es|ing)|froze|frozen|put\s+(?:\S+\s+){0,3}?on\s+hold|temporarily)\b/i;
/** Words a question adds to the suspension it asks: no part of the thing suspended. */
const NOT_THE_SUSPENDED = /^(?:suspen|paus|freez|froz|temporar|halt|stop|ceas|hold|ice|just|only|again|merely)/;

/**
 * "In September 2022 did Russia just suspend the visa-free visits?": the record of that month says it
 * ended them ("withdrew Russia from …", "ends the … agreements"), another act than a suspension, and
 * says no suspension of its own. A "No" on record, with the earlier suspension cited when there is one.
 */
function endedNotSuspended(ctx: AnswerContext, hits: readonly Hit[]): AnotherAct | undefined {
  const { plan } = ctx;
  if (!ASKS_SUSPENSION.test(plan.rest)) return undefined;
  const thing = thingGroups(plan.groups.filter((g) => !g.typed.some((t) => NOT_THE_SUSPENDED.test(t))));
  return otherActOnRecord(ctx, hits, thing, { told: ENDED, asked: SUSPENDED, when: 'earlier', came: 'The suspension came earlier' });
}

/** Which act the period's record tells, which it must not, and where the record of the asked act may stand. */
interface Acts {
  readonly told: RegExp;
  readonly asked: RegExp;
  readonly when: 'earlier' | 'later';
  readonly came: string;
}

/**
 * The period's record of the thing tells the other act and not the one asked: a "No" on record, with
 * the record of the asked act before or after the period, in its own sentence, when there is one.
 */
function otherActOnRecord(ctx: AnswerContext, hits: readonly Hit[], thing: readonly TermGroup[], acts: Acts): AnotherAct | undefined {
  const { plan, index, now } = ctx;
  const range = plan.range;
  if (thing.length === 0 || !range) return undefined;
  const hit = hits.find((h) => h.doc.kind === 'event' && h.namesMatched && thing.every((g) => h.covered.has(plan.groups.indexOf(g))));
  if (!hit || hit.doc.kind !== 'event') return undefined;
  const event = hit.doc.event;
  const told = accountOf(event).find((s) => acts.told.test(s) && !NEGATED.test(s) && holdsThing(thing, s));
  if (!told || accountOf(event).some((s) => acts.asked.test(s) && holdsThing(thing, s))) return undefined;
  const asked = (e: KurilEvent) => accountOf(e).find((s) => acts.asked.test(s) && holdsThing(thing, s));
  const outside = (e: KurilEvent) => (acts.when === 'later' ? e.date.start > range.end : e.date.end < range.start);
  const other = search({ ...ctx, plan: makePlan(index, plan.rest, now) })
    .flatMap((h) => (h.doc.kind === 'event' ? [h.doc.event] : []))
    .find((e) => outside(e) && asked(e) !== undefined);
  const trim = (sentence: string) => sentence.replace(/[.;,]+$/, '');
  const lead = `No. ${dateLead(event)}: ${trim(told)}.${other ? ` ${acts.came}, ${dateLead(other)}: ${trim(asked(other)!)}.` : ''}`;
  return { lead, events: other ? [event, other] : [event] };
}
