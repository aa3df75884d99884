import { accountOf } from './judge.js';
import type { Dossier, KurilEvent } from '../../dossier/dossier.js';
import { dateLead } from './compose.js';
import { makePlan } from './plan.js';
import { parseQuestionDates } from './question-dates.js';
import type { AnswerResult } from './respond.js';
import { answerIndex } from './search-index.js';
import { withVerdictLead } from './yes-no.js';

/**
 * "Was the safe-fishing agreement signed in 1991?", "did Ukraine recognise Japan's claim in 2021?":
 * the year keeps the search to that year, where no record of the act is, so the question was
 * declined. But a treaty is signed and a law or decree is enacted once: when the same question
 * without its date is a "Yes" from the record of such an act, and that record is dated outside the
 * period asked and names no year of it, the record states the true date of the same act, a "No".
 * Drills, protests, visits, talks and statements recur, so a year without a record of them stays
 * unknown and is declined.
 */

/** Kinds of record that are done once: a treaty or agreement signed, a law or decree enacted. */
const ONE_TIME = new Set(['treaty', 'law']);

type Ask = (dossier: Dossier, question: string, now: Date) => AnswerResult;

export function wrongYearOfOneTimeAct(dossier: Dossier, typed: string, now: Date, result: AnswerResult, ask: Ask): AnswerResult {
  if (!result.declined) return result;
  const plan = makePlan(answerIndex(dossier), typed, now);
  const range = plan.range;
  if (!plan.cues.yesNo || !range) return result;
  const undated = parseQuestionDates(typed, now).rest;
  if (!undated || undated === typed) return result;
  const plain = ask(dossier, undated, now);
  const event = plain.events[0];
  if (plain.declined || !event || !/^Yes\b/.test(plain.reply.lead ?? '') || !ONE_TIME.has(event.kind)) return result;
  // Within the period asked, the decline stands for its own reasons.
  if (event.date.start <= range.end && event.date.end >= range.start) return result;
  // "Was the 1999 agreement ended in 1999?": a year of the period in the record's words may be the
  // date of something else it tells (a named agreement's year), so the record does not settle it.
  const from = Number(range.start.slice(0, 4));
  const to = Number(range.end.slice(0, 4));
  const text = [event.title, event.summary, event.note ?? ''].join(' ');
  if ([...text.matchAll(/\b(1[6-9]\d\d|20\d\d)\b/g)].some((m) => Number(m[1]) >= from && Number(m[1]) <= to)) return result;
  // The date first; the record's title too, unless the answer already opens with it.
  const titled = (plain.reply.lead ?? '').includes(event.title);
  return withVerdictLead(plain, 'No', titled ? `Dated ${dateLead(event)} on record` : `On record, ${dateLead(event)}: ${event.title}`);
}

/**
 * "Was it Medvedev who signed the law creating the victory day?": the record of that one-time act
 * ("Putin signs law making 3 September the Day of Victory …") names the person who did it, and it is
 * someone else. A person asked about in place of the one on record is a "No" the record states; a
 * state or a body acts through many hands and is left to the other rules. `otherDoer` tells, per
 * sentence, whether someone else did the question's deed there (doer.ts). The sentence, if any.
 */
export function otherPersonDid(dossier: Dossier, event: KurilEvent, doer: string, otherDoer: (text: string) => boolean): string | undefined {
  if (!ONE_TIME.has(event.kind) || dossier.actorsById.get(doer)?.kind !== 'person') return undefined;
  return accountOf(event).find((s) => otherDoer(s));
}
