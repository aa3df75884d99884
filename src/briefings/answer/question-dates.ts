import { addDays, formatDay, isoDay } from '../../dossier/dates.js';
import { fullYear, SHORT_YEAR, shortYear, shortYearAfterMonth } from './short-year.js';
import { lastSeasons, roughDates } from './rough-dates.js';

/**
 * Dates and ranges in a question ("in 2022", "March 2022", "since 2020", "last year", "between 1990
 * and 2000") become a filter on event dates, resolved against the injected clock. A year used as a
 * name ("the 1956 declaration", "Vostok 2022") stays a search term instead.
 */
export interface DateRange {
  /** First day, YYYY-MM-DD. */
  readonly start: string;
  /** Last day, YYYY-MM-DD. */
  readonly end: string;
}

export interface QuestionDates {
  readonly range?: DateRange;
  /** The question with the date phrases taken out. */
  readonly rest: string;
}

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const YEAR = '(1[89]\\d\\d|20\\d\\d|2100)';
const ORD = '(?:st|nd|rd|th)?';
const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, ten: 10, few: 3, several: 3, couple: 2 };

/** From the invasion of Poland to Japan's formal surrender. */
const SECOND_WORLD_WAR: DateRange = { start: '1939-09-01', end: '1945-09-02' };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function yearRange(y: number): DateRange {
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}
function monthRange(y: number, m: number): DateRange {
  return { start: `${y}-${pad(m)}-01`, end: `${y}-${pad(m)}-${pad(lastDay(y, m))}` };
}
function dayRange(y: number, m: number, d: number): DateRange | undefined {
  if (m < 1 || m > 12 || d < 1 || d > lastDay(y, m)) return undefined;
  const day = `${y}-${pad(m)}-${pad(d)}`;
  return { start: day, end: day };
}

interface Found {
  readonly index: number;
  readonly length: number;
  readonly range: DateRange;
  /** A bare year: only a date when a preposition or the end of the question says so. */
  readonly bare?: boolean;
}

/** Every date expression in the text, longest first where they overlap. */
function findDates(text: string, now: Date): Found[] {
  const today = isoDay(now);
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() + 1;
  const found: Found[] = [];
  const scan = (pattern: RegExp, make: (m: RegExpExecArray) => DateRange | undefined, bare = false) => {
    for (const m of text.matchAll(new RegExp(pattern.source, 'giu'))) {
      const range = make(m);
      if (range) found.push({ index: m.index, length: m[0].length, range, bare });
    }
  };
  scan(/\b(\d{4})-(\d{2})-(\d{2})\b/, (m) => dayRange(Number(m[1]), Number(m[2]), Number(m[3])));
  scan(/\b(\d{4})-(\d{2})\b(?!-)/, (m) => (Number(m[2]) >= 1 && Number(m[2]) <= 12 ? monthRange(Number(m[1]), Number(m[2])) : undefined));
  scan(new RegExp(`\\b(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH}\\s*,?\\s+${YEAR}\\b`), (m) => dayRange(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1])));
  scan(new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORD}\\s*,?\\s+${YEAR}\\b`), (m) => dayRange(Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2])));
  scan(new RegExp(`\\b${MONTH}\\s*,?\\s+(?:of\\s+)?${YEAR}\\b`), (m) => monthRange(Number(m[2]), MONTHS[m[1]!.toLowerCase()]!));
  // "In March 22", "May '23": a short year after a month (short-year.ts).
  scan(shortYearAfterMonth(Object.keys(MONTHS)), (m) => monthRange(fullYear(Number(m[3]), year), MONTHS[(m[1] ?? m[2])!]!));
  scan(/\b(?:the\s+)?(1[89]\d0|20\d0)'?s\b/, (m) => ({ start: `${m[1]}-01-01`, end: `${Number(m[1]) + 9}-12-31` }));
  scan(/\blast\s+year\b/, () => yearRange(year - 1));
  scan(/\bthis\s+year\b/, () => ({ start: `${year}-01-01`, end: today }));
  scan(/\blast\s+month\b/, () => (month === 1 ? monthRange(year - 1, 12) : monthRange(year, month - 1)));
  scan(/\bthis\s+month\b/, () => ({ start: `${year}-${pad(month)}-01`, end: today }));
  // "This week", "last week": the seven days up to today, and the seven before them.
  scan(/\bthis\s+week\b/, () => ({ start: addDays(today, -6), end: today }));
  scan(/\blast\s+week\b/, () => ({ start: addDays(today, -13), end: addDays(today, -7) }));
  scan(/\byesterday\b/, () => ({ start: addDays(today, -1), end: addDays(today, -1) }));
  scan(/\btoday\b/, () => ({ start: today, end: today }));
  scan(/\b(?:in\s+|over\s+|during\s+|within\s+)?the\s+(?:last|past|previous)\s+(\d+|a|an|one|two|three|four|five|six|ten|few|several|couple(?:\s+of)?)\s+(year|month|week|day)s?\b/, (m) => {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : (NUMBER_WORDS[m[1]!.replace(/\s+of$/, '')] ?? 1);
    const days = { year: 365, month: 30, week: 7, day: 1 }[m[2]! as 'year' | 'month' | 'week' | 'day'] * n;
    return { start: addDays(today, -days), end: today };
  });
  scan(/\b(?:in\s+|over\s+|during\s+)?the\s+(?:last|past)\s+(year|month|week)\b/, (m) => {
    const days = { year: 365, month: 30, week: 7 }[m[1]! as 'year' | 'month' | 'week'];
    return { start: addDays(today, -days), end: today };
  });
  // "During WW2", "in the Second World War": a named war is a period when a preposition of time
  // puts it there; otherwise ("the outcome of the Second World War") it stays a topic to search.
  scan(/\b(?:during|throughout|in)\s+(?:the\s+)?(?:second\s+world\s+war|world\s+war\s+(?:ii|2|two)|ww\s?(?:ii|2))\b/, () => SECOND_WORLD_WAR);
  // "Before WW2", "after the Second World War": the war bounds the range as a year would.
  scan(/(?<=\b(?:before|after|since|until|till|prior\s+to)\s+)(?:the\s+)?(?:second\s+world\s+war|world\s+war\s+(?:ii|2|two)|ww\s?(?:ii|2))\b/, () => SECOND_WORLD_WAR);
  // "Last September", "this March": the latest such month that has begun (this month's is "this").
  scan(new RegExp(`\\b(last|this)\\s+${MONTH}\\b(?!\\s*,?\\s+(?:of\\s+)?\\d)`), (m) => {
    const asked = MONTHS[m[2]!.toLowerCase()]!;
    const y = m[1]!.toLowerCase() === 'last' ? (asked < month ? year : year - 1) : asked <= month ? year : year - 1;
    return monthRange(y, asked);
  });
  scan(new RegExp(`\\b${YEAR}\\b`), (m) => yearRange(Number(m[1])), true);
  // "In 81", "in '56": a two-digit year after a preposition of time (short-year.ts).
  scan(SHORT_YEAR, (m) => shortYear(m[1]!, now), true);
  // "Early 2022", "the summer of 2024", "the late 1990s": a part of a year or decade (rough-dates.ts).
  found.push(...roughDates(text));
  // "Last autumn": the latest season over by now (rough-dates.ts).
  found.push(...lastSeasons(text, now));

  // Keep the longest expression where several overlap ("March 2022" over "2022").
  found.sort((a, b) => b.length - a.length || a.index - b.index);
  const kept: Found[] = [];
  for (const f of found) {
    if (!kept.some((k) => f.index < k.index + k.length && k.index < f.index + f.length)) kept.push(f);
  }
  return kept.sort((a, b) => a.index - b.index);
}

const LOWER = /\b(?:since|from|after|starting(?:\s+in)?|beginning(?:\s+in)?)\s*$/;
const UPPER = /\b(?:before|until|till|by|up\s+to|prior\s+to)\s*$/;
const EXACT = /\b(?:in|during|of|on|around|circa|year|throughout|for|at)\s*$/;

export function parseQuestionDates(question: string, now: Date): QuestionDates {
  const text = question.toLowerCase();
  const found = findDates(text, now);
  let start = '0000-01-01';
  let end = '9999-12-31';
  let any = false;
  const cuts: { from: number; to: number }[] = [];

  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    const before = text.slice(0, f.index);
    const after = text.slice(f.index + f.length);
    const prep = /(\b[a-z]+(?:\s+[a-z]+)?)\s*$/.exec(before)?.[1] ?? '';
    const next = found[i + 1];

    // "between 1990 and 2000", "from 1990 to 2000", "1990-2000", "1990 to 2000"
    if (next) {
      const gap = text.slice(f.index + f.length, next.index);
      if (/^\s*(?:and|to|until|till|[–-])\s*$/.test(gap)) {
        const lead = /(?:between|from)\s*$/.exec(before);
        start = max(start, f.range.start);
        end = min(end, next.range.end);
        any = true;
        cuts.push({ from: lead ? f.index - lead[0].length : f.index, to: next.index + next.length });
        i++;
        continue;
      }
    }

    const atEnd = /^\s*[?.!]*\s*$/.test(after);
    if (f.bare && !LOWER.test(prep) && !UPPER.test(prep) && !EXACT.test(prep) && !atEnd) continue;

    const lower = LOWER.exec(before);
    const upper = UPPER.exec(before);
    const exact = EXACT.exec(before);
    let cutFrom = f.index;
    if (lower) {
      // "after 2020" starts the day after 2020 ends; "since 2020" includes it.
      start = max(start, /after\s*$/.test(lower[0]) ? addDays(f.range.end, 1) : f.range.start);
      cutFrom -= lower[0].length;
    } else if (upper) {
      end = min(end, /before|prior/.test(upper[0]) ? addDays(f.range.start, -1) : f.range.end);
      cutFrom -= upper[0].length;
    } else {
      start = max(start, f.range.start);
      end = min(end, f.range.end);
      if (exact) cutFrom -= exact[0].length;
    }
    any = true;
    cuts.push({ from: cutFrom, to: f.index + f.length });
  }

  if (!any) return { rest: question };
  // Open ends stop at the clock: "since 2020" means up to today.
  const today = isoDay(now);
  if (end === '9999-12-31') end = today;
  let rest = '';
  let at = 0;
  for (const cut of cuts.sort((a, b) => a.from - b.from)) {
    rest += `${question.slice(at, Math.max(at, cut.from))} `;
    at = Math.max(at, cut.to);
  }
  rest += question.slice(at);
  // "In 2019, did Medvedev go …": the mark that closed a date put first goes with it, so that the
  // question left still opens with its auxiliary and is read as the yes/no question it is.
  return { range: { start, end }, rest: rest.replace(/\s+/g, ' ').trim().replace(/^[,;:–—-]+\s*/, '') };
}

function max(a: string, b: string): string {
  return a > b ? a : b;
}
function min(a: string, b: string): string {
  return a < b ? a : b;
}

/** "in 2022", "in March 2022", "since 1 January 2020", "before 1 January 2000", "from … to …". */
export function describeRange(range: DateRange): string {
  const [sy, sm, sd] = range.start.split('-');
  const [ey, em, ed] = range.end.split('-');
  if (range.start === '0000-01-01') return `up to ${formatDay(range.end)}`;
  if (sm === '01' && sd === '01' && em === '12' && ed === '31') return sy === ey ? `in ${sy}` : `from ${sy} to ${ey}`;
  if (sy === ey && sm === em && sd === '01' && Number(ed) === lastDay(Number(ey), Number(em))) {
    return `in ${formatDay(range.start).replace(/^1 /, '')}`;
  }
  if (range.start === range.end) return `on ${formatDay(range.start)}`;
  return `from ${formatDay(range.start)} to ${formatDay(range.end)}`;
}
