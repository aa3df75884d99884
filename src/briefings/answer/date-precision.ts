import type { KurilEvent } from '../../dossier/dossier.js';
import { formatPartialDate } from '../../dossier/dates.js';

/**
 * "On what day was the fishing agreement signed?" asks for a day, and its record is dated to 1998
 * only. Answering "1998" would pass off the year as the day asked for; a day or month the record
 * does not give is not on record, so the question is declined with what the record does give.
 * A clock time is given by no record at all.
 *
 * Only a question about a past deed is read so ("on what day was …", "what month did …"): "what day
 * is Northern Territories Day?" asks for a yearly date that a record dated to a year states in words.
 */

const RANK = { year: 0, month: 1, day: 2, range: 2, time: 3 } as const;
type Asked = 'month' | 'day' | 'time';

const ASKS_TIME = /\b(?:at\s+what|what|which)\s+(?:exact\s+)?(?:time|hour)\b|\bhow\s+many\s+hours\b/i;
const ASKS_DAY = /\b(?:what|which)\s+(?:exact\s+|precise\s+)?(?:day|date)\b|\bexact\s+(?:day|date)\b|\bprecise\s+date\b|\bday\s+of\s+the\s+month\b/i;
const ASKS_MONTH = /\b(?:what|which)\s+month\b/i;
const PAST = /\b(?:did|was|were|had)\b/i;

/** The date unit a question asks for beyond the year, if any. */
export function askedPrecision(question: string): Asked | undefined {
  if (!PAST.test(question)) return undefined;
  if (ASKS_TIME.test(question)) return 'time';
  if (ASKS_DAY.test(question)) return 'day';
  if (ASKS_MONTH.test(question)) return 'month';
  return undefined;
}

/** Why the record cannot answer the date asked for, or undefined when its date is as exact. */
export function tooExact(question: string, event: KurilEvent): string | undefined {
  const asked = askedPrecision(question);
  if (!asked || RANK[event.date.precision] >= RANK[asked]) return undefined;
  const unit = asked === 'time' ? 'the time of day' : `the ${asked}`;
  return `My sources date it to ${formatPartialDate(event.date)} only, not ${unit}, and I will not guess.`;
}
