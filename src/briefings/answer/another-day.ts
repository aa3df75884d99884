import { formatDay } from '../../dossier/dates.js';
import { askedDoer, doerIn } from './doer.js';
import type { TermGroup } from './plan.js';
import type { AnswerContext } from './respond.js';
import type { Hit } from './search.js';
import { FRAME_WORDS, sentences, terms } from './text.js';

/**
 * "Is Russia's Victory over Japan day on 2 September?" when the record says "3 September": a day of
 * the month without a year is not a date range, so it is searched as a number, and a record that
 * holds everything else gives another day for it. The clause that holds the deed and gives another
 * day is a "No" on record; one that gives the asked day is a "Yes".
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

/** A day after these words bounds a span ("until 15 June", "since 21 March"): it is not the day of the deed. */
const BOUNDS = new RegExp(String.raw`\b(?:until|till|through|to|from|since|by|before|after|between)\s+(?:[\w'’]+,?\s+){0,3}?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}|${MONTH}\s+\d{1,2})`, 'gi');

const MODAL = /\b(?:would|will|could|should|might|may)\b/i;

/** The days a clause gives for its own deed: every day it names except those that bound a span. */
function deedDays(text: string): DayOfMonth[] {
  return daysIn(text.replace(BOUNDS, ' '));
}

interface Candidate {
  readonly sentence: string;
  /** The words the clause is read with: the record's title and the clause. */
  readonly context: string;
  /** The text whose dates count: the clause, or the record's own date. */
  readonly dated: string;
  /** Whether this is the record's own date rather than a clause of its text. */
  readonly own: boolean;
}

/** The clauses of a record that may date its deeds, with the record's own date. */
function candidatesOf(hit: Hit): Candidate[] {
  const out: Candidate[] = [];
  if (hit.doc.kind === 'event') {
    const { title, summary, date } = hit.doc.event;
    // Each clause dates its own deed: "signed on 7 May 1875 and ratified on 22 August 1875".
    for (const sentence of [title, ...sentences(summary)]) {
      for (const clause of sentence.split(/;\s+|\s+and\s+/)) out.push({ sentence, context: `${title} ${clause}`, dated: clause, own: false });
    }
    if (date.precision === 'day') out.push({ sentence: `${title}, ${formatDay(date.start)}`, context: `${title} ${summary}`, dated: formatDay(date.start), own: true });
  } else {
    for (const sentence of sentences(hit.doc.statement.statement.text)) out.push({ sentence, context: sentence, dated: sentence, own: false });
  }
  return out;
}

/**
 * The record and its sentence that give the day for what the question dates: the day asked ("Yes")
 * from any record that holds the rest of the question, or another day ("No") from the best of them,
 * read from the clause that holds the question's words ("signed on 7 May 1875" for "signed on 22
 * August?"; "until 15 June" bounds a span and is no day of the deed). The record's own date counts
 * when no such clause gives a day.
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
  const holders = hits.filter((h) => h.distinctive && h.namesMatched && rest.every((i) => h.covered.has(i)));
  if (holders.length === 0) return undefined;
  const words = rest.filter((i) => !plan.groups[i]!.entity).map((i) => plan.groups[i]!);
  // The clause must date the same thing: every word of it, read with the record's title, and a rare
  // word of it in its own text (a title holds every clause's deed otherwise). A clause that says
  // what would be ("would consider itself at war from the next day") dates nothing done.
  const has = (text: string, g: TermGroup) => {
    const own = new Set(terms(text));
    return g.terms.some((t) => own.has(t));
  };
  const holdsIn = (c: Candidate) => words.every((g) => has(c.context, g)) && (c.own || (!MODAL.test(c.dated) && words.some((g) => g.distinctive && has(c.dated, g))));
  for (const hit of holders) {
    for (const c of candidatesOf(hit)) {
      if (!holdsIn(c) || !deedDays(c.dated).some((d) => d.day === day && d.month === month)) continue;
      // A "Yes" only when the doer asked, if any, did it: "did Japan sign the law making 3 September …" is not Japan's law.
      const doer = askedDoer(ctx.index, plan);
      if (doer && doerIn(ctx.dossier, ctx.index, plan, doer, c.context) !== 'same') return undefined;
      return { hit, sentence: c.sentence.trim(), verdict: 'yes' };
    }
  }
  // The record's own date counts only when none of its clauses that hold the question dates anything.
  const hit = holders[0]!;
  const dated = candidatesOf(hit).filter((c) => holdsIn(c) && deedDays(c.dated).length > 0);
  const own = dated.filter((c) => c.own);
  const clauses = dated.filter((c) => !c.own);
  const other = (clauses.length > 0 ? clauses : own).find((c) => deedDays(c.dated).some((d) => d.day !== day || d.month !== month));
  return other ? { hit, sentence: other.sentence.trim(), verdict: 'no' } : undefined;
}
