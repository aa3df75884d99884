import type { KurilEvent } from '../../dossier/dossier.js';
import { entitiesInText, expandAbbreviations } from './aliases.js';
import type { Plan } from './plan.js';
import type { AnswerContext } from './respond.js';
import type { Hit } from './search.js';
import type { IndexedDoc } from './search-index.js';
import { NAMES_A_DOCUMENT, yearOfRecord } from './name-forms.js';
import { belongsTo } from './sides.js';
import { sentences, terms } from './text.js';
import { EXACTLY, TELLING } from './exact-words.js';

/**
 * "What did Washington say about …?" asks for that speaker's words: a record in which someone else
 * mentions the United States does not answer it. The speaker is the name between "what did" and
 * "say" (or "think", "claim" …); only names on record count (unknown ones fail the search anyway).
 */
const SPEAKER = new RegExp(String.raw`\bwhat\s+${EXACTLY}(?:did|does|do|has|have|had)\s+(.+?)\s+(?:say|said|think|claim|argue|state|announce|declare|${TELLING})\b`, 'i');

/** "What is the US position on the islands?": a stance is the party's own words too. */
const STANCE = /\bwhat(?:'s|’s|\s+is|\s+was)\s+(?:the\s+)?(.+?)(?:'s|’s)?\s+(?:position|stance|view|policy|line)\b/i;

/** Kinds of record in which their initiator says something; drills and visits are deeds. */
const SAYING = new Set<KurilEvent['kind']>(['statement', 'protest', 'talks', 'treaty', 'law', 'sanctions']);

export interface Speaker {
  /** The actors named as the speaker. */
  readonly actors: readonly string[];
  /** The speaker's words when no actor on record is named ("the United Nations", "the Irkutsk statement"). */
  readonly words: readonly string[];
  /** Every word that describes the speaker ("that Decode 39 analyst"), whether or not it names an actor. */
  readonly described?: readonly string[];
  /** A speaker no actor on record and no document ("Ambassador Sato"): someone who must be heard saying it. */
  readonly person?: boolean;
}

/** Verbs of saying, in a record: "Sato said", "the ambassador replied", "he warned". */
const SAYS = /\b(?:said|says|say|told|tells|stated|states|called|calls|warned|warns|announced|argued|added|replied|answered|declared|insisted|urged|described|criticised|criticized|condemned|protested|promised|proposed|suggested|noted|wrote|asked|denied|rejected|accused|reported|spoke|speaks|addressed|stressed|claimed|vowed)\b/i;

/**
 * Whether a sentence of the text has the speaker's words before a verb of saying, in the same
 * clause: the speaker is the one who says something there. A quote in the record names its own
 * speaker and is read by spokeIn's quote check.
 */
function saysIn(words: readonly string[], text: string): boolean {
  return sentences(text).some((sentence) =>
    sentence.split(/[;:]\s+|,\s+(?:and|but|while|which|who)\s+/).some((clause) => {
      // Up to the last verb of saying: a title run into the summary ("Takaichi tells … rally Speaking
      // at it, Prime Minister Sanae Takaichi said") has its own.
      const at = [...clause.matchAll(new RegExp(SAYS.source, 'gi'))].at(-1)?.index;
      if (at === undefined) return false;
      const before = new Set(terms(clause.slice(0, at)));
      return words.some((w) => before.has(w));
    }),
  );
}

/** The share of what was asked about that a speaker's record must cover, as for the question as a whole (MIN_COVERAGE). */
const TOPIC_SHARE = 0.5;

/**
 * "What did the Decode 39 analyst say about China?": the words that describe the speaker are not
 * what they are asked to have said, so they do not count towards covering the question. Of the rest
 * (the topic), the record must cover as much as any record must cover of a question.
 */
export function coversTheSpokenTopic(plan: Plan, speaker: Speaker | undefined, hit: Hit): boolean {
  if (!speaker?.described?.length) return true;
  const described = new Set(speaker.described);
  let asked = 0;
  let held = 0;
  plan.groups.forEach((g, i) => {
    if (g.typed.some((t) => described.has(t)) || (g.entity && speaker.actors.includes(g.entity.id))) return;
    asked += g.weight;
    if (hit.covered.has(i)) held += g.weight;
  });
  return asked === 0 || held >= asked * TOPIC_SHARE;
}

/** Who the question asks to hear from, if it asks "what did X say". */
export function askedSpeaker(ctx: AnswerContext): Speaker | undefined {
  const span = (SPEAKER.exec(ctx.plan.question) ?? STANCE.exec(ctx.plan.question))?.[1];
  if (!span) return undefined;
  const tokens = entitiesInText(ctx.index.aliases, span);
  // "The us position": lower-case "us" names the United States only where the plan found it so.
  if (/\bus\b/i.test(span) && ctx.plan.entities.some((e) => e.id === 'usa')) tokens.add('e_actor_usa');
  // "What did the Tokyo Declaration say?": a document speaks for itself, not the place in its name (name-forms.ts).
  const actors = NAMES_A_DOCUMENT.test(span) ? [] : ctx.plan.entities.filter((e) => e.kind === 'actor' && tokens.has(e.token)).map((e) => e.id);
  // Abbreviations as the plan expands them: "Saint Petersburg" is the records' "St Petersburg".
  const words = actors.length ? [] : terms(expandAbbreviations(span));
  // Not a document, nor a body the plan knows by another name ("the Irkutsk statement", "the UN").
  const person = !actors.length && !NAMES_A_DOCUMENT.test(span);
  return actors.length || words.length ? { actors, words, described: terms(span), person } : undefined;
}

/**
 * "Per Al-Qassas, why can't Russia open a new front?", "why did Poccolini think …", "in Lavrov's
 * view": the question asks for that speaker's reasons, which are their own words on it.
 */
const ATTRIBUTED: readonly RegExp[] = [
  /\b(?:according\s+to|per)\s+(?!cent\b|capita\b|annum\b|year\b|day\b)(?:the\s+)?((?:\S+\s+){0,3}?\S+?)(?=\s*(?:,|\bwhy\b|\bwhat\b|\bhow\b|\bis\b|\bwas\b|\bdid\b|\bdoes\b|$))/i,
  /\bwhy\s+(?:did|does|do|has|have|had|would|might)\s+(?:the\s+)?(.+?)\s+(?:say|said|think|thought|claim|argue|believe|predict|expect|suggest|insist|reckon)\b/i,
  /\bin\s+(?:the\s+)?(.+?)(?:'s|’s)\s+(?:view|opinion|words|eyes|reading)\b/i,
];

/** Whose reasons a why-question asks for, if it names a speaker on record. */
export function attributedSpeaker(ctx: AnswerContext): Speaker | undefined {
  for (const pattern of ATTRIBUTED) {
    const span = pattern.exec(ctx.plan.question)?.[1];
    if (!span) continue;
    const tokens = entitiesInText(ctx.index.aliases, span);
    const actors = ctx.plan.entities.filter((e) => e.kind === 'actor' && tokens.has(e.token)).map((e) => e.id);
    if (actors.length) return { actors, words: [] };
  }
  return undefined;
}

/**
 * Whether the record holds the words of the speaker asked about: an event that speaker (or one of
 * its people) initiated and in which something was said, or a quote of theirs, or that side's position; background and status lines speak for
 * no one. A speaker that is no actor on record must at least be named in the record's own text:
 * "the United Nations" is not "the United States".
 */
export function spokeIn(ctx: AnswerContext, speaker: Speaker | undefined, doc: IndexedDoc): boolean {
  if (!speaker) return true;
  if (speaker.actors.length === 0) {
    const own = new Set(terms(ownText(doc)));
    // A person the record only names ("handed the declaration to Japan's ambassador, Naotake Sato")
    // said nothing there: their words are on record only where they are the one saying (round 16).
    if (speaker.words.every((w) => own.has(w) || (doc.kind === 'event' && yearOfRecord([w], doc.event)))) return !speaker.person || saysIn(speaker.words, ownText(doc));
    // "What did the Italian analyst say": a quote whose speaker is described so, in the quote or
    // in the speaker's own record.
    return doc.kind === 'event' && doc.event.quotes.some((q) => {
      const described = new Set(terms(`${q.role ?? ''} ${ctx.dossier.actorsById.get(q.by)?.role ?? ''}`));
      return speaker.words.every((w) => described.has(w));
    });
  }
  const { dossier } = ctx;
  if (doc.kind === 'event') {
    const theirs = (id: string) => speaker.actors.some((s) => belongsTo(dossier, id, s));
    // Their own words: a quote of theirs, or a record of something said (a statement, a protest, an
    // agreement) that they made. Japan's garrison in a battle, or Medvedev on a visit, said nothing.
    const event = doc.event;
    // "What did the Decode 39 analyst say": a quote whose speaker is described by the body asked
    // about ("political analyst, Decode 39") is that body's person speaking, whatever their own record says.
    const describedBy = (role: string | undefined) => !!role && speaker.actors.some((s) => event.actors.includes(s) && entitiesInText(ctx.index.aliases, role).has(actorToken(s)));
    return event.quotes.some((q) => theirs(q.by) || describedBy(q.role)) || (SAYING.has(event.kind) && theirs(event.actors[0] ?? ''));
  }
  const side = doc.statement.key;
  return (side === 'japan' || side === 'russia') && speaker.actors.some((s) => belongsTo(dossier, s, side));
}

function actorToken(id: string): string {
  return `e_actor_${id.replace(/-/g, '_')}`;
}

function ownText(doc: IndexedDoc): string {
  if (doc.kind === 'statement') return doc.statement.statement.text;
  const e = doc.event;
  return [e.title, e.summary, e.note ?? '', ...e.quotes.map((q) => q.text)].join(' ');
}
