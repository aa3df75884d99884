import type { KurilEvent } from '../../dossier/dossier.js';
import type { Plan } from './plan.js';
import { scorePiece } from './compose.js';
import { decline } from './answerers/decline.js';
import { contraryRecipient } from './recipient.js';
import { unsaidClause } from './unsaid.js';
import { saysOpposite } from './antonyms.js';
import { partOfAll } from './part-of-all.js';
import { otherOffice } from './office-held.js';
import { firstOnlySince, ordersOtherWay } from './before-after.js';
import { overtakenDeed } from './overtaken.js';
import { labelOnly } from './labels.js';
import { asksWhereItLies, saysWhereItLies } from './place-relation.js';
import { askedDoer, deedAfterDoer, doerIn, negatedForOther, wordsBeforeDeed } from './doer.js';
import type { AnswerContext, AnswerResult } from './respond.js';
import { sentences, terms } from './text.js';
import { ASKS_STILL, namesTheSubject, negationAbout, notDoneInClause, stillBacked } from './verdict-about.js';

/**
 * A yes/no question gets "Yes" or "No" first, then the record that says so. The verdict comes from
 * the clause of the record that covers the question best: "No" when that clause is negated ("the
 * Soviet Union did not sign it", "still have no peace treaty"), "Yes" otherwise. A record that
 * answers the question affirms it unless it says otherwise. When no clause of the record speaks to
 * the whole question, the question is declined: the record's silence is not a "No".
 */

/** How much of the question (IDF-weighted) the deciding clause must carry. */
const CLAUSE_SHARE = 0.7;
/** How much of the question a clause saying "the first … since" must carry to answer "the first?". */
const FIRST_SHARE = 0.5;
const POINTS_BACK = /\b(?:it|its|this|they|them)\b/i;
/** A clause that says something would or was to be done, not that it was. */
const NOT_DONE = /\b(?:would|will|could|should|might|may|(?:agreed|promised|pledged|offered|planned|plans?|aims?|aimed|seeks?|sought|wants?|wanted|moves?|moved|decided|decides|intends?|intended|threaten(?:s|ed)?)\s+to)\b/i;
/** How many words before the deed a "would" or "agreed to" governs it. */
const MODAL_REACH = 4;
const NEGATION = /\b(?:no|not|never|neither|nor|none|cannot|nothing|nobody|nowhere)\b|n't\b/i;
/**
 * "Did Al-Qassas say Moscow cannot open a new front?": a negation in what the question says was said
 * or thought is part of the claim asked about, so a record that says it negated answers Yes.
 */
const SAID_NEGATED = /\b(?:say|said|says|think|thought|thinks|claim(?:s|ed)?|argue[sd]?|believe[sd]?|predict(?:s|ed)?|expect(?:s|ed)?|warn(?:s|ed)?|insist(?:s|ed)?|suggest(?:s|ed)?|reckon(?:s|ed)?|state[sd]?|(?:told|tell|tells)\s+\S+)\s+(?:that\s+)?(?:\S+\s+){0,4}?(?:(?:no|not|never|cannot|nothing|nobody|nowhere)\b|\S+n't\b)/i;

/** Clauses of a text: sentences cut at semicolons and at ", and", ", while", ", but". */
function clauses(text: string): string[] {
  return sentences(text)
    .flatMap((s) => s.split(/;\s+|,\s+(?:and|while|but|whereas)\s+/))
    .map((c) => c.trim())
    .filter(Boolean);
}

/** "It", "they", or "the agreement" in a record titled "Yalta secret agreement …". */
function pointsBack(clause: string, subject: string): boolean {
  if (!subject) return false;
  if (POINTS_BACK.test(clause)) return true;
  const own = new Set(terms(subject));
  return [...clause.matchAll(/\bthe\s+([\p{L}-]+)/giu)].some((m) => terms(m[1]!).some((t) => own.has(t)));
}

/**
 * `subject` is what the record is about (an event's title): a clause that points back to it ("The
 * Soviet Union did not sign it", in the San Francisco treaty's record) is read together with it.
 */
export function withVerdict(ctx: AnswerContext, result: AnswerResult, texts: readonly string[], subject = '', asOf: AsOf = { current: false }): AnswerResult {
  if (!ctx.plan.cues.yesNo || result.declined) return result;
  const lead = result.reply.lead ?? '';
  if (/^(?:yes|no)\b/i.test(lead)) return result;
  const { plan, index } = ctx;
  // The clauses best first; one about another subject ("Matua is not one of the four islands" for
  // "are Russian troops still on the islands?") gives way to the next (verdict-about.ts).
  const ranked = texts
    .flatMap((text) => clauses(text))
    .map((clause) => ({ clause, ...dated(plan, asOf, stated(ctx, clause, scorePiece(index, plan, new Set(), pointsBack(clause, subject) ? `${subject} ${clause}` : clause))) }))
    .map((c, i) => ({ ...c, i }))
    .sort((a, b) => b.score - a.score || a.i - b.i);
  const best = ranked.find((c) => namesTheSubject(index, plan, c.clause, subject) && negationAbout(index, plan, unnamedNo(c.clause), subject) && !negatedForOther(ctx.dossier, index, plan, unnamedNo(c.clause)));
  // "Did Putin visit Kunashiri?" is not answered "Yes" by a summit where Putin met Abe, nor "did Abe
  // visit the islands?" by a summit about them: one clause must name everyone and everything the
  // question names, and carry most of the rest of it.
  const total = plan.groups.reduce((sum, g) => sum + g.weight, 0);
  const namesAll = plan.groups.every((g, i) => !g.entity || best?.matched.has(String(i)));
  // "Did Muneo Suzuki visit the Kurils?" is not decided by his visit to Moscow. A common word weighs
  // too little for the share to miss it, so the clause must hold each one the question uses
  // ("Kurils"); a rare word left out costs the share enough on its own.
  const holdsAll = plan.groups.every((g, i) => g.entity !== undefined || !g.known || g.distinctive || g.weight !== g.idf || best?.matched.has(String(i)));
  // "Did the Shimoda treaty leave Etorofu to Russia?": a clause that gives it to the other side is a
  // "No" on record (recipient.ts), whatever the best-scoring clause says.
  // "Did the treaty say who gets the islands?": "without the treaty saying to whom" (unsaid.ts).
  // "Did it promise all four islands?": "agreed to hand over Habomai and Shikotan" (part-of-all.ts).
  // "Was Medvedev president when he visited Iturup?": the roles say he was then prime minister (office-held.ts).
  const contrary =
    contraryRecipient(plan.rest, texts, index.aliases) ?? unsaidClause(plan.rest, texts) ?? partOfAll(ctx.dossier, plan, texts, subject) ?? otherOffice(ctx, asOf.firstDay, asOf.lastDay) ?? overtakenDeed(plan, texts) ??
    // "The first time ever?" when a clause that covers half the question says "the first time since 2003".
    ranked.find((c) => firstOnlySince(plan.question, c.clause) && c.score >= total * FIRST_SHARE)?.clause;
  if (contrary) {
    const said = lead.includes(contrary) ? '' : ` ${contrary.replace(/[.;,]+$/, '')}.`;
    return { ...result, reply: { ...result.reply, lead: `No.${said} ${lead}`.replace(/\s+/g, ' ').trim() } };
  }
  const unsure = () => decline(ctx, 'No record on file says so either way, and I will not guess.');
  if (!best || !namesAll || !holdsAll || best.score < total * CLAUSE_SHARE) return unsure();
  // "Is Habomai near Shikotan?" is not answered by a clause that lists both (place-relation.ts).
  if (asksWhereItLies(plan.question) && !saysWhereItLies(best.clause)) return unsure();
  // "Moscow said Habomai and Shikotan would be handed over …" is a promise or a condition, no "yes"
  // to "did Russia hand over Habomai?", unless the question asks about the promise itself.
  if (!NOT_DONE.test(plan.rest) && !/\b(?:promis|agree|condition|pledg|offer)/i.test(plan.rest) && NOT_DONE.test(wordsBeforeDeed(plan, best.clause, MODAL_REACH))) return unsure();
  // "The record said the party expelled him", "a ban on ceding territory": said, banned or meant, not done.
  if (!NOT_DONE.test(plan.rest) && notDoneInClause(index, plan, best.clause)) return unsure();
  // "Did Japan suspend the exchanges?" is not decided by "Russia suspended the exchanges".
  const doer = askedDoer(index, plan);
  if (doer && doerIn(ctx.dossier, index, plan, doer, best.clause) === 'other') return unsure();
  // "Did Japan sign the Yalta agreement?": a clause about the agreement that says nothing of signing
  // does not decide it; the deed asked about must be in the clause.
  const deed = doer ? deedAfterDoer(index, plan) : -1;
  if (deed >= 0 && !best.matched.has(String(deed))) return unsure();
  // "Nippon Ishin no Kai": the Japanese particle between capitalised words of a name is no "no".
  // "Before Japan surrendered" asked, "after Japan had announced its surrender" on record (before-after.ts).
  const negated = NEGATION.test(unnamedNo(best.clause));
  const no = (SAID_NEGATED.test(plan.rest) ? !negated : negated) || saysOpposite(plan, best.clause) || ordersOtherWay(plan.rest, best.clause);
  // "Are the drills near Shikotan still going on?": a record of them in 2025 says nothing of now.
  if (!no && plan.cues.yesNo === 'present' && ASKS_STILL.test(plan.rest) && !stillBacked(index, plan, best.clause, asOf.current, asOf.lastDay, ctx.now)) {
    return decline(ctx, 'The record does not say whether that is still so, and I will not guess.');
  }
  // The deciding words go first when the answer's sentences do not already carry them.
  const deciding = lead.includes(best.clause) ? '' : ` ${best.clause.replace(/[.;,]+$/, '')}.`;
  return { ...result, reply: { ...result.reply, lead: `${no ? 'No' : 'Yes'}.${deciding} ${lead}`.replace(/\s+/g, ' ').trim() } };
}

/** A clause's score without the question words it holds only as labels on names ("the four disputed islands"; labels.ts). */
function stated(ctx: AnswerContext, clause: string, scored: { score: number; matched: Set<string> }): { score: number; matched: Set<string> } {
  const { plan, index } = ctx;
  const labelled = [...labelOnly(index, plan, clause)].filter((i) => scored.matched.has(String(i)));
  if (labelled.length === 0) return scored;
  const matched = new Set([...scored.matched].filter((m) => !labelled.includes(Number(m))));
  return { score: scored.score - labelled.reduce((sum, i) => sum + plan.groups[i]!.weight, 0), matched };
}

/**
 * "Did the 1855 treaty give Etorofu to Japan?": a record dated 1855 is about 1855 in every clause,
 * so a year of the question within the record's dates counts as held by each of them.
 */
function dated(plan: Plan, asOf: AsOf, scored: { score: number; matched: Set<string> }): { score: number; matched: Set<string> } {
  if (!asOf.firstDay || !asOf.lastDay) return scored;
  const from = Number(asOf.firstDay.slice(0, 4));
  const to = Number(asOf.lastDay.slice(0, 4));
  const matched = new Set(scored.matched);
  let score = scored.score;
  plan.groups.forEach((g, i) => {
    const years = g.typed.filter((t) => /^\d{4}$/.test(t)).map(Number);
    if (matched.has(String(i)) || years.length === 0 || years.length !== g.typed.length || !years.some((y) => y >= from && y <= to)) return;
    matched.add(String(i));
    score += g.weight;
  });
  return { score, matched };
}

/** "Nippon Ishin no Kai": the Japanese particle between capitalised words of a name is no "no". */
function unnamedNo(clause: string): string {
  return clause.replace(/(\p{Lu}[\p{L}-]*)\s+no\s+(?=\p{Lu})/gu, '$1 ');
}

/** What a record is as of: the status line and the positions speak for now; an event up to its last day. */
export interface AsOf {
  readonly current: boolean;
  readonly lastDay?: string;
  /** An event's first day: a year of the question within its dates is the record's own. */
  readonly firstDay?: string;
}

/** The texts a verdict is read from for an event: its title, summary and note. */
export function eventTexts(event: KurilEvent): string[] {
  return [event.title, event.summary, ...(event.note ? [event.note] : [])];
}
