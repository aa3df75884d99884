import type { Dossier } from '../../dossier/dossier.js';
import { countMatches, otherNumber } from './another-number.js';
import { makePlan } from './plan.js';
import type { AnswerResult } from './respond.js';
import { answerIndex } from './search-index.js';
import { eventTexts, withVerdictLead } from './yes-no.js';

type Ask = (dossier: Dossier, question: string, now: Date) => AnswerResult;

/**
 * "Did the March 2022 drills involve 500 troops?": a figure no record holds keeps every record from
 * passing the search, so the question is asked again without it ("… involve troops?"). When the record
 * that answers that counts the same thing otherwise ("more than 3,000 troops"), the figure asked is a
 * "No" on record; otherwise the decline stands.
 */
export function otherCount(dossier: Dossier, typed: string, now: Date, result: AnswerResult, ask: Ask): AnswerResult {
  if (!result.declined) return result;
  const plan = makePlan(answerIndex(dossier), typed, now);
  if (!plan.cues.yesNo) return result;
  const found = countMatches(plan.rest);
  if (found.length !== 1) return result;
  const m = found[0]!.match;
  // The count's words up to the noun ("only like a few hundred", "500"): the noun stays.
  const figure = m[0].slice(0, m[0].length - (m[7] ?? '').length - m[8]!.length).trim();
  const uncounted = typed.replace(new RegExp(`\\b${figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}\\s+`, 'i'), '');
  if (uncounted === typed) return result;
  const plain = ask(dossier, uncounted, now);
  const event = plain.events[0];
  if (plain.declined || !event || !/^Yes\b/.test(plain.reply.lead ?? '')) return result;
  const sentence = otherNumber(plan, eventTexts(dossier, event).filter((t) => t !== event.note));
  return sentence ? withVerdictLead(plain, 'No', sentence) : result;
}
