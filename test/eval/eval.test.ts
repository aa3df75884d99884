import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, parseEvalSet } from '../../src/briefings/answer/evaluate.js';
import { loadDossier } from '../../src/dossier/load.js';

/** The same evaluation as `npm run eval`: the shipped dossier must answer at least 90% of the set correctly. */
const set = parseEvalSet(readFileSync(fileURLToPath(new URL('./questions.yaml', import.meta.url)), 'utf8'));

describe('question-answering evaluation (test/eval/questions.yaml)', () => {
  it('has at least 60 questions, 10 of them unanswerable', () => {
    expect(set.questions.length).toBeGreaterThanOrEqual(60);
    expect(set.questions.filter((q) => 'decline' in q).length).toBeGreaterThanOrEqual(10);
  });

  it('answers at least 90% correctly', () => {
    const report = evaluate(loadDossier(), set);
    const failures = report.outcomes.filter((o) => !o.pass).map((o) => `${o.question} -> missing ${o.missing.join(', ')}`);
    expect(report.accuracy, failures.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('declines every question the event set cannot answer', () => {
    const report = evaluate(loadDossier(), set);
    const wrong = report.outcomes.filter((o) => o.declineExpected && !o.declined).map((o) => o.question);
    expect(wrong).toEqual([]);
  });
});

describe('held-out evaluation (test/eval/holdout.yaml, never used to tune the engine)', () => {
  const holdout = parseEvalSet(readFileSync(fileURLToPath(new URL('./holdout.yaml', import.meta.url)), 'utf8'));

  it('answers at least 90% correctly and declines what it cannot answer', () => {
    const report = evaluate(loadDossier(), holdout);
    const failures = report.outcomes.filter((o) => !o.pass).map((o) => `${o.question} -> missing ${o.missing.join(', ')}`);
    expect(report.accuracy, failures.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(report.outcomes.filter((o) => o.declineExpected && !o.declined)).toEqual([]);
  });
});
