import { formatDay } from '../../dossier/dates.js';
import { askedDoer } from './doer.js';
import type { AnswerContext } from './respond.js';
import type { Hit } from './search.js';
import { FRAME_WORDS, sentences, terms } from './text.js';

/**
 * "Is Russia's Victory over Japan day on 2 September?" when the record says "3 September": a day of
 * the month without a year is not a date range, so it is searched as a number, and a record that
 * holds everything else gives another day of the same month for it. That sentence is a "No" on
 * record; a record that gives the asked day too decides nothing here.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b|\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*\d)`, 'gi');

interface DayOfMonth {
  readonly day: number;
  readonly month: number;
}

function daysIn(text: string): DayOfMonth[] {
  return [...text.matchAll(DAY_MONTH)].flatMap((m) => {
    const day = Number(m[1] ?? m[4]);
    const name = (m[2] ?? m[3])!.toLowerCase().slice(0, 3);
    const month = MONTHS.findIndex((x) => x.startsWith(name)) + 1;
    return day >= 1 && day <= 31 && month > 0 ? [{ day, month }] : [];
  });
}

export interface AnotherDay {
  readonly hit: Hit;
  readonly sentence: string;
  /** "yes" when the record gives the day asked, "no" when it gives another day of that month. */
  readonly verdict: 'yes' | 'no';
}

/**
 * The record and its sentence that give the day of the month for what the question dates: the day
 * asked ("Yes") or another day of that month ("No"). The record's own date counts as a sentence of
 * its title and summary ("was the Shimoda treaty signed on 9 February?": 7 February 1855).
 */
export function anotherDay(ctx: AnswerContext, hits: readonly Hit[]): AnotherDay | undefined {
  const { plan } = ctx;
  if (!plan.cues.yesNo) return undefined;
  const asked = daysIn(plan.rest);
  if (asked.length !== 1) return undefined;
  const { day, month } = asked[0]!;
  const dayGroup = plan.groups.findIndex((g) => g.typed.some((t) => t.replace(/(?:st|nd|rd|th)$/, '') === String(day)));
  // What is dated: the question's concepts besides the day, the month and framing words.
  const rest = plan.groups.flatMap((g, i) => (i !== dayGroup && !g.typed.every((t) => FRAME_WORDS.has(t) || MONTHS.some((m) => m.startsWith(t))) ? [i] : []));
  const hit = hits.find((h) => h.distinctive && h.namesMatched && rest.every((i) => h.covered.has(i)));
  if (!hit) return undefined;
  const words = rest.filter((i) => !plan.groups[i]!.entity).map((i) => plan.groups[i]!);
  const holds = (text: string) => {
    const own = new Set(terms(text));
    return words.every((g) => g.terms.some((t) => own.has(t)));
  };
  const candidates: { sentence: string; context: string }[] = [];
  if (hit.doc.kind === 'event') {
    const { title, summary, date } = hit.doc.event;
    for (const sentence of [title, ...sentences(summary)]) candidates.push({ sentence, context: `${title} ${sentence}` });
    if (date.precision === 'day') candidates.push({ sentence: `${title}, ${formatDay(date.start)}`, context: `${title} ${summary} ${formatDay(date.start)}` });
  } else {
    for (const sentence of sentences(hit.doc.statement.statement.text)) candidates.push({ sentence, context: sentence });
  }
  let other: string | undefined;
  for (const { sentence, context } of candidates) {
    const days = daysIn(sentence).filter((d) => d.month === month);
    // The sentence must date the same thing: every word of it, read with the record's title.
    if (days.length === 0 || !holds(context)) continue;
    // A "Yes" only when no doer is asked: "did Japan sign the law making 3 September …" is not Japan's law.
    if (days.some((d) => d.day === day)) return askedDoer(ctx.index, plan) ? undefined : { hit, sentence: sentence.trim(), verdict: 'yes' };
    other ??= sentence.trim();
  }
  return other ? { hit, sentence: other, verdict: 'no' } : undefined;
}
