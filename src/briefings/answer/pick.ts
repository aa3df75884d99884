import type { Dossier, KurilEvent } from '../../dossier/dossier.js';
import { headKindWord, newestField } from './newest.js';
import { subjectField } from './newest-subject.js';
import { ENDED } from './judge.js';
import { datedElsewhere, datesTheDeed } from './end-pointer.js';
import { FIRST, START } from './cues.js';
import { terms } from './text.js';
import type { Plan } from './plan.js';
import type { Hit } from './search.js';
import { tellsDeed } from './deed-inside.js';
import { deedInTitle } from './stop-or-end.js';

/**
 * Which of the records that answer a question it is answered from, when the question asks for an
 * order rather than the best match: the newest ("latest drills", "when did Japan last protest"), or
 * for "when did X start / end" the earliest or the latest record of X. For the newest, every record
 * that answers the question (passes the coverage test) competes: "the latest drills" are the newest
 * drills on record however briefly the record mentions them. For a start or an end, only records that
 * cover the question about as well as the best one do, so a loose match never wins on its date alone.
 */

/**
 * A record answers the question only if it covers at least this share of the question's concepts,
 * each weighted by its rarity (IDF), and at least one of the concepts it covers is distinctive.
 */
export const MIN_COVERAGE = 0.5;

/** How much less of the question a record may cover than the best one and still tell its start or end. */
const SHARE_SLACK = 0.25;
/** How far below the best one's rank it may be. */
const RANK_SHARE = 0.2;

/** Words that name a kind of record. Drills are not here: a protest against drills reports drills too. */
export const KIND_WORDS = new Map<string, KurilEvent['kind']>([
  ['treaty', 'treaty'],
  ['visit', 'visit'],
  ['protest', 'protest'],
  ['law', 'law'],
  ['sanction', 'sanctions'],
]);

/** Nouns of things that are no kind of record but head a question's phrase ("the last agreement …"). */
const HEAD_NOUN = /^(?:agreement|accord|pact|deal|arrangement|declaration|drill|exercis|talk|negotiat|summit|meeting|decree|amendment|statement|speech|remark)/;

/** Things made and later ended (an agreement, a treaty, a law): the record of the ending is not the thing. */
const MADE = /^(?:agreement|accord|pact|deal|arrangement|declaration|treaty|law|decree)/;

/**
 * Verbs of saying, wanting and asking for, before the thing said or wanted: "say they want a treaty",
 * "call for talks", "push for a deal", "insist on the return". Not "state" or "talk about", which
 * are also nouns ("the two states", "the latest talks about the islands").
 */
const REPORTED =
  /\b(?:say|says|said|saying|call(?:s|ed|ing)?\s+for|want(?:s|ed|ing)?|seek(?:s|ing)?|sought|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|propos(?:e|es|ed|ing)|hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?|push(?:es|ed|ing)?\s+for|insist(?:s|ed|ing)?\s+on|speak(?:s|ing)?\s+(?:about|of)|spoke\s+(?:about|of)|mention(?:s|ed|ing)?|promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?)\b/i;

/**
 * "When did the drills north of Shikotan begin?": the only records are protests against them, dated
 * on the day of the protest, which is not the day the drills began. A start no record but a protest
 * gives is not on record, unless protests are what is asked about.
 */
export function startOnlyProtested(plan: Plan, accepted: readonly Hit[]): boolean {
  if (plan.cues.phase !== 'start' || plan.intent !== 'when' || plan.cues.recency) return false;
  if (plan.groups.some((g) => g.terms.includes('protest'))) return false;
  // Only the records that could be the thing itself count, as for the order below: one that covers
  // half the question (other drills "in the northern Kurils") is not the start of these drills.
  const top = accepted[0];
  const events = accepted.filter((h) => h.doc.kind === 'event' && (!top || competes(h, top)));
  return events.length > 0 && events.every((h) => h.doc.kind === 'event' && h.doc.event.kind === 'protest');
}

/** A record that answers about as well as the best one: a rival for the order's pick. */
function competes(h: Hit, top: Hit): boolean {
  return h.share >= top.share - SHARE_SLACK && h.rank >= top.rank * RANK_SHARE;
}

type EventHit = Hit & { readonly doc: { readonly kind: 'event'; readonly event: KurilEvent } };

export function pickByOrder(plan: Plan, accepted: readonly Hit[], dossier?: Dossier): Hit | undefined {
  const { recency, phase } = plan.cues;
  const ordered = recency ? 'newest' : phase && plan.intent === 'when' ? phase : undefined;
  const top = accepted[0];
  if (!ordered || !top) return undefined;
  const protestAsked = plan.groups.some((g) => g.terms.includes('protest'));
  const rivals = accepted.filter(
    (h): h is EventHit =>
      h.doc.kind === 'event' &&
      (ordered === 'newest' || competes(h, top)) &&
      // A protest against X is not X: it tells when X ended only when protests are asked about.
      (ordered === 'newest' || protestAsked || h.doc.event.kind !== 'protest'),
  );
  // Nor is someone's remark on X X's end: "with the peace-treaty talks halted" five days after the
  // suspension tells the talks' state, not when they ended. A remark dates an end only when nothing
  // else on record does, or when what was said is asked about.
  if (ordered === 'end' && !REPORTED.test(plan.rest)) {
    const acts = rivals.filter((h) => h.doc.event.kind !== 'statement');
    if (acts.length) rivals.splice(0, rivals.length, ...acts);
  }
  // "The most recent treaty": records of that kind, when the question names one, in any of its
  // words ("trip" is a visit, "complain" a protest).
  // When a kind of thing stands right after the recency word, that is the kind asked for, and
  // kinds named later are its content ("the latest agreement letting Japanese visit": no visit).
  const head = plan.cues.recency ? headKindWord(plan, (t) => KIND_WORDS.has(t) || HEAD_NOUN.test(t)) : undefined;
  const headGroup = head ? plan.groups.find((g) => !g.entity && g.typed.includes(head)) : undefined;
  const kinds = new Set((headGroup ? [headGroup] : plan.groups).flatMap((g) => (g.entity ? [] : g.terms.flatMap((t) => KIND_WORDS.get(t) ?? []))));
  // "When did a prime minister last say they want a peace treaty?": the treaty is what was said or
  // wanted, not the record asked for, which is the saying.
  const reported = REPORTED.test(plan.rest);
  const ofKind = kinds.size === 1 && !reported ? rivals.filter((h) => kinds.has(h.doc.event.kind) || [...kinds].some((k) => tellsDeed(h.doc.event, k))) : [];
  const kindField = ofKind.length ? ofKind : rivals;
  // "The latest agreement Russia pulled out of": records of that, by whom the question names (newest.ts).
  let field = ordered === 'newest' && dossier ? newestField(dossier, plan, kindField.map((h) => ({ hit: h, event: h.doc.event })), !reported).map((r) => r.hit) : kindField;
  // "When did Russia last hold drills on the islands themselves?": a record of that, not one that mentions it (newest-subject.ts).
  if (ordered === 'newest' && dossier) field = [...subjectField(dossier, plan, field)];
  // "When did Russia last suspend a deal?": a record titled by the suspension, not the later ending that mentions it (stop-or-end.ts).
  if (ordered === 'newest') field = [...deedInTitle(plan.question, field)];
  // "The most recent agreement letting Japanese visit": the agreement made, not its ending, unless
  // the question asks about an ending ("the last agreement Russia pulled out of" reads "suspend").
  if (head && MADE.test(head) && !ENDED.test(plan.rest)) {
    const made = field.filter((h) => !ENDED.test(h.doc.event.title));
    if (made.length) field = made;
  }
  // "When did the war start?": the record whose title is the war ("declares war on Japan"), not the
  // earlier one that mentions the war to come (Yalta's "once it entered the war"). When no record's
  // title names every concept, all rivals compete as before. Not for an end: the record of the end
  // ("Russia suspends the 1998 fishing agreement") is titled by the ending, not by the thing's name.
  if (ordered === 'start') {
    // "When was X first suspended?": the records that date the suspension themselves, or else those
    // whose sentence does not date it elsewhere (end-pointer.ts). Not for "when did X begin", which
    // asks for the thing's own record.
    if (FIRST.test(plan.rest) && !START.test(plan.question)) {
      const dating = field.filter((h) => datesTheDeed(plan, h));
      const ownDate = dating.length ? dating : field.filter((h) => !datedElsewhere(plan, h));
      if (ownDate.length) field = ownDate;
    }
    const wanted = plan.groups.filter((g) => !g.entity && g.distinctive);
    const titled = field.filter((h) => {
      const own = new Set(terms(h.doc.event.title));
      // A title that tells an end ("Russia ends the visa-free exchange …") is not the thing's start.
      return wanted.every((g) => g.terms.some((t) => own.has(t))) && !ENDED.test(h.doc.event.title);
    });
    if (wanted.length && titled.length) field = titled;
  }
  const date = (h: EventHit) => (ordered === 'start' ? h.doc.event.date.start : h.doc.event.date.end);
  const sign = ordered === 'start' ? 1 : -1;
  return [...field].sort((a, b) => sign * date(a).localeCompare(date(b)) || b.rank - a.rank)[0];
}
