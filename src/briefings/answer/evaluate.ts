import { CORE_SCHEMA, load } from 'js-yaml';

const parse = (text: string): unknown => load(text, { schema: CORE_SCHEMA });
import { z } from 'zod';
import type { Dossier } from '../../dossier/dossier.js';
import type { AnswerPath } from './respond.js';
import { answerQuestion } from './route.js';
import { CLOSEST_HEADING } from './answerers/decline.js';
import type { Reply } from '../reply.js';

/**
 * The question-answering evaluation: a set of questions, each with what its answer must contain
 * (facts, cited events, how it begins) or the expectation that the bot declines. Shared by
 * `npm run eval` and the vitest test.
 */

const eventId = z.string().min(1);
const answerCase = z
  .strictObject({
    q: z.string().min(1),
    category: z.string().min(1).optional(),
    /** Strings that must all appear in the answer or its cited events' dates and titles. */
    expect: z.array(z.string().min(1)).min(1).optional(),
    /** Event ids the answer must cite (kept stable when a record is reworded). */
    cites: z.array(eventId).min(1).optional(),
    /** The event the answer must cite first: the one it answers from. */
    first: eventId.optional(),
    /** How the answer must begin, e.g. "Yes" or "No". */
    starts: z.string().min(1).optional(),
    note: z.string().optional(),
  })
  .refine((c) => c.expect ?? c.cites ?? c.first ?? c.starts, 'needs expect, cites, first or starts');
const declineCase = z.strictObject({ q: z.string().min(1), category: z.string().min(1).optional(), decline: z.literal(true), note: z.string().optional() });
const evalCase = z.union([answerCase, declineCase]);

export const evalFile = z.strictObject({
  now: z.string().refine((t) => !Number.isNaN(Date.parse(t)), 'must be an ISO date-time'),
  questions: z.array(evalCase).min(1),
});

export type EvalCase = z.output<typeof evalCase>;
export type EvalSet = z.output<typeof evalFile>;

export interface EvalOutcome {
  readonly question: string;
  readonly category: string;
  readonly pass: boolean;
  readonly declineExpected: boolean;
  readonly declined: boolean;
  readonly path: AnswerPath;
  /** Expectations that were not met. */
  readonly missing: readonly string[];
  readonly answer: string;
  readonly cited: readonly string[];
  /**
   * Declined although the record answers it: whether the records shown as closest on record hold
   * what the answer needed (its cited events, its facts). Undefined for any other outcome.
   */
  readonly closestHeld?: boolean;
}

export interface CategoryScore {
  readonly category: string;
  readonly passed: number;
  readonly total: number;
}

export interface EvalReport {
  readonly outcomes: readonly EvalOutcome[];
  readonly passed: number;
  readonly total: number;
  readonly accuracy: number;
  /** Per category, in the order the categories first appear in the set. */
  readonly categories: readonly CategoryScore[];
}

/** A question without a category is counted under this one. */
export const UNCATEGORISED = 'other';

/** Parses the YAML text of an evaluation set (test/eval/questions.yaml). */
export function parseEvalSet(yamlText: string): EvalSet {
  return evalFile.parse(parse(yamlText));
}

export function evaluate(dossier: Dossier, set: EvalSet): EvalReport {
  const now = new Date(set.now);
  const outcomes = set.questions.map((c): EvalOutcome => {
    const result = answerQuestion(dossier, c.q, now);
    const lead = result.reply.lead ?? '';
    const cited = result.reply.sections.flatMap((s) => s.items.map((i) => [i.date, i.title].filter(Boolean).join(' · ')));
    const common = { question: c.q, category: c.category ?? UNCATEGORISED, declined: result.declined, path: result.path, answer: lead, cited };
    if ('decline' in c) return { ...common, pass: result.declined, declineExpected: true, missing: result.declined ? [] : ['(a decline)'] };
    if (result.declined) return { ...common, pass: false, declineExpected: false, missing: ['(an answer, not a decline)'], closestHeld: closestHolds(c, result.reply) };
    const missing = unmet(c, lead, cited, result.events.map((e) => e.id));
    return { ...common, pass: missing.length === 0, declineExpected: false, missing };
  });
  const passed = outcomes.filter((o) => o.pass).length;
  return { outcomes, passed, total: outcomes.length, accuracy: outcomes.length ? passed / outcomes.length : 0, categories: byCategory(outcomes) };
}

function unmet(c: z.output<typeof answerCase>, lead: string, cited: readonly string[], citedIds: readonly string[]): string[] {
  const haystack = [lead, ...cited].join('\n').toLowerCase();
  return [
    ...(c.starts && !lead.toLowerCase().startsWith(c.starts.toLowerCase()) ? [`starts with "${c.starts}"`] : []),
    ...(c.expect ?? []).filter((s) => !haystack.includes(s.toLowerCase())),
    ...(c.cites ?? []).filter((id) => !citedIds.includes(id)).map((id) => `cites ${id}`),
    ...(c.first && citedIds[0] !== c.first ? [`cites ${c.first} first`] : []),
  ];
}

/** Whether a decline's closest records hold what the answer needed; how the answer had to begin ("Yes") is the decline's to miss. */
function closestHolds(c: z.output<typeof answerCase>, reply: Reply): boolean {
  const items = reply.sections.filter((s) => s.heading === CLOSEST_HEADING).flatMap((s) => s.items);
  const texts = items.map((i) => [i.date, i.title, i.text].filter(Boolean).join(' · '));
  return items.length > 0 && unmet({ ...c, starts: undefined }, '', texts, items.flatMap((i) => (i.eventId ? [i.eventId] : []))).length === 0;
}

function byCategory(outcomes: readonly EvalOutcome[]): CategoryScore[] {
  const scores = new Map<string, { passed: number; total: number }>();
  for (const o of outcomes) {
    const score = scores.get(o.category) ?? { passed: 0, total: 0 };
    scores.set(o.category, { passed: score.passed + (o.pass ? 1 : 0), total: score.total + 1 });
  }
  return [...scores].map(([category, s]) => ({ category, ...s }));
}
