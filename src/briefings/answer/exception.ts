import { entitiesInText, type AliasTable } from './aliases.js';
import type { Plan } from './plan.js';
import { FRAME_WORDS, sentences, terms } from './text.js';

/**
 * "Does Russia's constitution forbid every change to its borders?" asks about every case. A
 * sentence of the record that holds the question's thing and makes an exception ("The ban excepts
 * the delimitation and demarcation of the border", "bans ceding territory, except in delimiting
 * borders") says it is not every case: a "No" from the record. "Was 2022 the first time ever …?"
 * is the same question about time: "the first time since 2003" says it had happened before.
 */

/**
 * The question asks about every case. "All" counts too ("ban all changes"); "all four islands" is
 * some against all (part-of-all.ts). "Any" mostly asks whether there is one ("any exceptions?").
 */
const ASKS_EVERY = /\b(?:every|each\s+and\s+every|always|entirely|completely|totally|altogether|without\s+(?:any\s+)?exception|in\s+all\s+cases|whatsoever|all(?!\s+(?:of\s+)?(?:the\s+)?(?:four|4|two|three)\b))\b/i;
/**
 * "Does the ban have any exception at all?", "is there an exception whatsoever?": "at all" and
 * "whatsoever" after an exception asked about only stress the "any"; the question asks whether there
 * is one, which the exception on record affirms. "Without any exception" still asks about every case.
 */
const ASKED_EXCEPTION = /(?<!\bwithout\s)\b(?:any|an|some)\s+(?:\S+\s+)?exceptions?\b(?:\s+(?:\S+\s+){0,4}?(?:at\s+all|whatsoever)\b)?/gi;

function withoutAskedException(rest: string): string {
  return rest.replace(ASKED_EXCEPTION, ' ');
}

/** A sentence that makes an exception. */
const EXCEPTION = /\b(?:except(?:s|ed|ing)?|exception|apart\s+from|other\s+than|excluding|exempt(?:s|ed|ing)?|save\s+for)\b/i;
/** The question asks whether it was the very first time. */
const ASKS_FIRST = /\bfirst\b/i;
/** The question already says since when ("the first time since 2003?"). */
const SAYS_SINCE = /\bsince\b|\bin\s+(?:\d+|a|an|two|three|four|five|ten|twenty|many|several)\s+(?:years|decades|months)\b/i;
/** "The first time since 2003", "the first … in 20 years": it had happened before. */
const FIRST_SINCE = /\bfirst\b[^.;]{0,60}?\b(?:since\s+(?:the\s+)?\d{4}s?|in\s+(?:\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|many|several)\s+(?:years|decades|months))\b/i;

/** The question's concepts that are not names or framing words. */
function things(plan: Plan): { terms: readonly string[] }[] {
  return plan.groups.filter((g) => !g.entity && g.known && !g.typed.every((t) => FRAME_WORDS.has(t)));
}

/**
 * Whether a sentence (read with the record's title when it points back: "The ban", "its
 * constitution") names everyone the question names and holds all but one of its things, and at
 * least two.
 */
function holdsTheThing(aliases: AliasTable, plan: Plan, sentence: string, subject: string): boolean {
  const read = /\bthe\s+\p{L}+/iu.test(sentence) || /\b(?:it|its|this)\b/i.test(sentence) ? `${subject} ${sentence}` : sentence;
  const named = entitiesInText(aliases, read);
  if (!plan.entities.every((e) => named.has(e.token))) return false;
  const own = new Set(terms(read));
  const asked = things(plan);
  const held = asked.filter((g) => g.terms.some((t) => own.has(t))).length;
  return held >= 2 && held >= asked.length - 1;
}

/**
 * Whether the question asks about the rule the exception is made to, not about what it excepts:
 * the words before the exception ("The ban", "its constitution bans ceding territory") hold one of
 * the question's things. "Does it always allow demarcation?" asks about the exception itself.
 */
function ruleAsked(plan: Plan, clause: string): boolean {
  const at = EXCEPTION.exec(clause)?.index ?? 0;
  const before = new Set(terms(clause.slice(0, at)));
  return things(plan).some((g) => g.terms.some((t) => before.has(t)));
}

/** The sentence or clause that makes an exception to what the question says of every case, if it asks that. */
export function exceptionClause(aliases: AliasTable, plan: Plan, texts: readonly string[], subject: string): string | undefined {
  if (!ASKS_EVERY.test(withoutAskedException(plan.rest))) return undefined;
  for (const text of texts) {
    for (const sentence of sentences(text)) {
      for (const clause of sentence.split(/;\s+/)) if (EXCEPTION.test(clause) && holdsTheThing(aliases, plan, clause, subject) && ruleAsked(plan, clause)) return clause.trim();
    }
  }
  return undefined;
}

/** The "first … since" sentence of the record about the question's thing, and the year it counts from. */
function firstSince(aliases: AliasTable, plan: Plan, texts: readonly string[], subject: string): { sentence: string; year: number } | undefined {
  // The question as typed: "since 2003" is a date phrase, taken out of the rest.
  if (!ASKS_FIRST.test(plan.rest) || SAYS_SINCE.test(plan.question)) return undefined;
  for (const text of texts) {
    for (const sentence of sentences(text)) {
      const since = FIRST_SINCE.exec(sentence);
      if (since && holdsTheThing(aliases, plan, sentence, subject)) return { sentence: sentence.trim(), year: Number(/\d{4}/.exec(since[0])?.[0] ?? NaN) };
    }
  }
  return undefined;
}

/** The years the question names as typed ("was 2003 the first time"). */
function askedYears(plan: Plan): number[] {
  return [...plan.question.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
}

/** The sentence saying it was the first time only since some year, if the question asks whether a later time was the first ever. */
export function firstOnlySince(aliases: AliasTable, plan: Plan, texts: readonly string[], subject: string): string | undefined {
  const found = firstSince(aliases, plan, texts, subject);
  return found && !askedYears(plan).some((y) => y <= found.year) ? found.sentence : undefined;
}

/**
 * "Was 2003 the first time?": "the first time since 2003" says it happened in 2003, not whether it
 * had before. Such a question is not settled by the record.
 */
export function firstUnsettled(aliases: AliasTable, plan: Plan, texts: readonly string[], subject: string): boolean {
  const found = firstSince(aliases, plan, texts, subject);
  return found !== undefined && askedYears(plan).some((y) => y <= found.year);
}

