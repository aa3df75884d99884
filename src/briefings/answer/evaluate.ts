import { CORE_SCHEMA, load } from 'js-yaml';

const parse = (text: string): unknown => load(text, { schema: CORE_SCHEMA });
import { z } from 'zod';
import type { Dossier } from '../../dossier/dossier.js';
import type { AnswerPath } from './respond.js';
import { answerQuestion } from './route.js';

/**
 * The question-answering evaluation: a set of questions, each with the facts its answer must
 * contain or the expectation that the bot declines. Shared by `npm run eval` and the vitest test.
 */

const evalCase = z.union([
  z.strictObject({ q: z.string().min(1), expect: z.array(z.string().min(1)).min(1), note: z.string().optional() }),
  z.strictObject({ q: z.string().min(1), decline: z.literal(true), note: z.string().optional() }),
]);

export const evalFile = z.strictObject({
  now: z.string().refine((t) => !Number.isNaN(Date.parse(t)), 'must be an ISO date-time'),
  questions: z.array(evalCase).min(1),
});

export type EvalCase = z.output<typeof evalCase>;
export type EvalSet = z.output<typeof evalFile>;

export interface EvalOutcome {
  readonly question: string;
  readonly pass: boolean;
  readonly declineExpected: boolean;
  readonly declined: boolean;
  readonly path: AnswerPath;
  /** Expected strings that did not appear. */
  readonly missing: readonly string[];
  readonly answer: string;
  readonly cited: readonly string[];
}

export interface EvalReport {
  readonly outcomes: readonly EvalOutcome[];
  readonly passed: number;
  readonly total: number;
  readonly accuracy: number;
}

/** Parses the YAML text of an evaluation set (test/eval/questions.yaml). */
export function parseEvalSet(yamlText: string): EvalSet {
  return evalFile.parse(parse(yamlText));
}

export function evaluate(dossier: Dossier, set: EvalSet): EvalReport {
  const now = new Date(set.now);
  const outcomes = set.questions.map((c): EvalOutcome => {
    const result = answerQuestion(dossier, c.q, now);
    const cited = result.reply.sections.flatMap((s) => s.items.map((i) => [i.date, i.title].filter(Boolean).join(' · ')));
    const haystack = [result.reply.lead ?? '', ...cited].join('\n').toLowerCase();
    if ('decline' in c) {
      return { question: c.q, pass: result.declined, declineExpected: true, declined: result.declined, path: result.path, missing: result.declined ? [] : ['(a decline)'], answer: result.reply.lead ?? '', cited };
    }
    const missing = result.declined ? [...c.expect] : c.expect.filter((s) => !haystack.includes(s.toLowerCase()));
    return { question: c.q, pass: missing.length === 0, declineExpected: false, declined: result.declined, path: result.path, missing, answer: result.reply.lead ?? '', cited };
  });
  const passed = outcomes.filter((o) => o.pass).length;
  return { outcomes, passed, total: outcomes.length, accuracy: outcomes.length ? passed / outcomes.length : 0 };
}
