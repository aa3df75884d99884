import type { Plan } from './plan.js';
import { wordTerms } from './text.js';

/**
 * "Were there only a few hundred troops in the March 2022 drills?" when the record says "more than
 * 3,000 troops": the question puts a number on a thing counted, and a clause of the record puts
 * another number on the same thing. Two counts that cannot both be true are a "No" on record.
 * A count is read as the span it allows ("a few hundred" is 200 to 999, "more than 3,000" is 3,000
 * and up, "about 3,000" is near it); only spans that do not meet differ. A record that counts
 * something else ("hundreds of pieces of equipment") or counts nothing says nothing of the number.
 */

interface Span {
  readonly lo: number;
  readonly hi: number;
}

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

/** A number word or figure ("3,000", "3.5", "three"), with an optional scale ("thousand"). */
const FIGURE = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|${Object.keys(UNITS).join('|')}|a|an)`;
const SCALE = String.raw`(?:hundred|thousand|million)`;
/** The words of a count before the thing counted. */
const COUNT = new RegExp(
  String.raw`\b(?:(more\s+than|over|above|upwards\s+of|at\s+least|in\s+excess\s+of|fewer\s+than|less\s+than|under|below|up\s+to|at\s+most|no\s+more\s+than|about|around|some|roughly|nearly|almost|approximately|only|just|like)\s+)*` +
    String.raw`(?:(a\s+few|a\s+couple\s+of|several|a\s+handful\s+of)\s+(${SCALE}|dozen)|(tens\s+of\s+thousands|hundreds\s+of\s+thousands|hundreds|thousands|dozens|millions)(?:\s+of)?|(${FIGURE})(?:\s+(${SCALE}))?(?:\s+of)?)` +
    String.raw`\s+((?:[\p{L}-]+\s+){0,2}?)([\p{L}-]+)`,
  'giu',
);
/** From this figure up, a count is a round number ("3,000 troops"), not an exact one ("four islands"). */
const ROUND = 100;
/** A figure that is a year ("the 2022 drills"), not a count. */
const YEAR = /^(?:1[89]|20)\d\d$/;
/** Words between a count and its noun that leave it the count of that noun ("3,000 Russian troops"). */
const NOT_A_NOUN = /^(?:of|the|and|or|to|in|on|at|for|from|by|with|than)$/i;

function spanOf(m: RegExpMatchArray): Span | undefined {
  const qualifier = (m[1] ?? '').toLowerCase();
  let lo: number;
  let hi: number;
  if (m[2]) {
    // "A few hundred", "several thousand", "a couple of dozen".
    const scale = m[3]!.toLowerCase() === 'dozen' ? 12 : SCALES[m[3]!.toLowerCase()]!;
    [lo, hi] = [2 * scale, 10 * scale - 1];
  } else if (m[4]) {
    const words = m[4].toLowerCase().replace(/\s+/g, ' ');
    const spans: Record<string, Span> = {
      'tens of thousands': { lo: 20_000, hi: 99_999 },
      'hundreds of thousands': { lo: 200_000, hi: 999_999 },
      hundreds: { lo: 200, hi: 999 },
      thousands: { lo: 2000, hi: 9999 },
      dozens: { lo: 24, hi: 99 },
      millions: { lo: 2_000_000, hi: Number.MAX_SAFE_INTEGER },
    };
    ({ lo, hi } = spans[words]!);
  } else {
    const figure = m[5]!.toLowerCase();
    const scale = m[6] ? SCALES[m[6].toLowerCase()]! : 1;
    // "A" or "an" counts only before a scale: "a thousand troops", not "a unit".
    if ((figure === 'a' || figure === 'an') && !m[6]) return undefined;
    if (!m[6] && YEAR.test(figure)) return undefined;
    const n = (figure === 'a' || figure === 'an' ? 1 : UNITS[figure] ?? Number(figure.replace(/,/g, ''))) * scale;
    if (!Number.isFinite(n)) return undefined;
    [lo, hi] = [n, n];
  }
  if (/more|over|above|upwards|least|excess/.test(qualifier)) hi = Number.MAX_SAFE_INTEGER;
  else if (/fewer|less|under|below|up\s+to|most/.test(qualifier)) lo = 0;
  else if (/about|around|some|roughly|nearly|almost|approx/.test(qualifier) || (lo === hi && lo >= ROUND)) {
    // A large figure is as exact as its rounding: "3,000 troops" is about 3,000; "four islands" is four.
    [lo, hi] = [Math.floor(lo * 0.8), Math.ceil(hi * 1.2)];
  }
  return { lo, hi };
}

interface Count {
  readonly span: Span;
  /** The counted noun's terms. */
  readonly noun: readonly string[];
}

function countsIn(text: string): Count[] {
  return countMatches(text).map(({ count }) => count);
}

export function countMatches(text: string): { count: Count; match: RegExpMatchArray }[] {
  return [...text.matchAll(COUNT)].flatMap((m) => {
    const between = (m[7] ?? '').trim().split(/\s+/).filter(Boolean);
    if (between.some((w) => NOT_A_NOUN.test(w) || /\d/.test(w))) return [];
    const span = spanOf(m);
    const noun = wordTerms(m[8]!.toLowerCase());
    return span && noun.length > 0 ? [{ count: { span, noun }, match: m }] : [];
  });
}

const meets = (a: Span, b: Span): boolean => a.lo <= b.hi && b.lo <= a.hi;

/**
 * The record's clause that counts what the question counts and gives a number that cannot be the
 * question's, if there is one. The noun counted is matched through the question's own concept (its
 * synonyms: "soldiers" for "troops").
 */
export function otherNumber(plan: Pick<Plan, 'rest' | 'groups'>, texts: readonly string[]): string | undefined {
  const asked = countsIn(plan.rest);
  if (asked.length !== 1) return undefined;
  const { span, noun } = asked[0]!;
  const group = plan.groups.find((g) => !g.entity && g.typed.some((t) => noun.includes(t)));
  const same = new Set(group ? group.terms : noun);
  // The clause must count the same thing in the same deed: a word of the rest of the question in it
  // ("drills" for the troops of the drills), not another count of islands in a remark on a map.
  const rest = plan.groups.filter((g) => g !== group && !g.entity && g.distinctive && g.known && !g.typed.some((t) => /^\d/.test(t)));
  const holdsRest = (sentence: string) => {
    const own = new Set(sentence.split(/\s+/).flatMap((w) => wordTerms(w.toLowerCase().replace(/[^\p{L}\p{N}'’-]/gu, ''))));
    return rest.length === 0 || rest.some((g) => g.terms.some((t) => own.has(t)));
  };
  let agrees = false;
  let differs: string | undefined;
  for (const text of texts) {
    for (const sentence of text.split(/(?<=[.;])\s+/)) {
      if (!holdsRest(sentence)) continue;
      for (const c of countsIn(sentence)) {
        if (!c.noun.some((t) => same.has(t))) continue;
        if (meets(c.span, span)) agrees = true;
        else differs ??= sentence.trim();
      }
    }
  }
  // A record that gives the asked number somewhere too ("3,000 at first, 5,000 later") is not a "No".
  return agrees ? undefined : differs;
}
