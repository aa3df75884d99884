import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, parseEvalSet } from '../../src/briefings/answer/evaluate.js';
import { loadDossier } from '../../src/dossier/load.js';

/**
 * The same evaluation as `npm run eval`: on the shipped dossier, each set must score at least 95%
 * and answer none of the questions the record cannot answer. questions.yaml is the tuning set; the
 * held-out sets are never used to tune the engine.
 */
const PASS_MARK = 0.95;
const readSet = (name: string) => parseEvalSet(readFileSync(fileURLToPath(new URL(`./${name}`, import.meta.url)), 'utf8'));

describe.each([
  { name: 'questions.yaml', role: 'the tuning set' },
  { name: 'holdout.yaml', role: 'held out, first set' },
  { name: 'holdout-2.yaml', role: 'held out, written for issue 12 before the engine changed' },
])('question-answering evaluation: $name ($role)', ({ name }) => {
  const set = readSet(name);
  const report = evaluate(loadDossier(), set);

  it(`answers at least ${PASS_MARK * 100}% correctly`, () => {
    const failures = report.outcomes.filter((o) => !o.pass).map((o) => `${o.question} -> missing ${o.missing.join(', ')}`);
    expect(report.accuracy, failures.join('\n')).toBeGreaterThanOrEqual(PASS_MARK);
  });

  it('declines every question the record cannot answer', () => {
    expect(report.outcomes.filter((o) => o.declineExpected && !o.declined).map((o) => o.question)).toEqual([]);
  });
});

describe('the evaluation sets', () => {
  it.each(['questions.yaml', 'holdout-2.yaml'])('%s has at least 60 questions, 10 of them unanswerable', (name) => {
    const set = readSet(name);
    expect(set.questions.length).toBeGreaterThanOrEqual(60);
    expect(set.questions.filter((q) => 'decline' in q).length).toBeGreaterThanOrEqual(10);
  });

  it('holdout-2.yaml covers every category the issue names', () => {
    const categories = new Set(readSet('holdout-2.yaml').questions.map((q) => q.category));
    for (const c of ['islands', 'positions', 'status', 'actors', 'latest', 'most recent', 'yes/no', 'start/end', 'paraphrase', 'reaction', 'decline']) expect(categories).toContain(c);
  });
});
