import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDossier } from '../../src/dossier/load.js';
import { evaluateIntake, parseIntakeEvalSet, type IntakeReport } from '../../src/intake/evaluate.js';

/** The same evaluation as `npm run eval:intake`, with the same targets. */
const load = (name: string) => parseIntakeEvalSet(readFileSync(fileURLToPath(new URL(`../eval/${name}`, import.meta.url)), 'utf8'));
const dossier = loadDossier();

function expectTargets({ relevance, clustering }: IntakeReport) {
  const misses = [
    ...relevance.falsePositives.map((m) => `kept ${m.id}`),
    ...relevance.falseNegatives.map((m) => `dropped ${m.id}`),
  ].join('\n');
  expect(relevance.precision, misses).toBeGreaterThanOrEqual(0.95);
  expect(relevance.recall, misses).toBeGreaterThanOrEqual(0.9);
  const pairs = [...clustering.merged.map((p) => `merged ${p.a} + ${p.b}`), ...clustering.split.map((p) => `split ${p.a} / ${p.b}`)].join('\n');
  expect(clustering.precision, pairs).toBeGreaterThanOrEqual(0.9);
  expect(clustering.recall, pairs).toBeGreaterThanOrEqual(0.9);
}

describe('intake evaluation (test/eval/intake-items.yaml)', () => {
  const set = load('intake-items.yaml');

  it('has at least 120 items in English, Japanese and Russian, with negatives and stories told by several outlets', () => {
    expect(set.length).toBeGreaterThanOrEqual(120);
    expect(new Set(set.map((l) => l.item.language))).toEqual(new Set(['en', 'ja', 'ru']));
    expect(set.filter((l) => !l.relevant).length).toBeGreaterThanOrEqual(40);
    const sizes = new Map<string, number>();
    for (const l of set) if (l.story) sizes.set(l.story, (sizes.get(l.story) ?? 0) + 1);
    expect([...sizes.values()].filter((n) => n >= 3).length).toBeGreaterThanOrEqual(10);
  });

  it('meets the targets: relevance precision ≥ 95%, recall ≥ 90%; clustering precision and recall ≥ 90%', () => {
    expectTargets(evaluateIntake(dossier, set));
  });
});

describe('held-out evaluation (test/eval/intake-holdout.yaml, never used to tune the engine)', () => {
  const holdout = load('intake-holdout.yaml');

  // The first run's scores, written after the engine was done (below the targets: see the misses in
  // `npm run eval:intake -- test/eval/intake-holdout.yaml`). A floor against regressions, not a target.
  const FIRST_RUN = { relevancePrecision: 0.842, relevanceRecall: 0.888, clusteringPrecision: 1, clusteringRecall: 0.555 };

  it('has about 30 items in English, Japanese and Russian', () => {
    expect(holdout.length).toBeGreaterThanOrEqual(30);
    expect(new Set(holdout.map((l) => l.item.language))).toEqual(new Set(['en', 'ja', 'ru']));
  });

  it('does no worse than its first run', () => {
    const { relevance, clustering } = evaluateIntake(dossier, holdout);
    expect(relevance.precision).toBeGreaterThanOrEqual(FIRST_RUN.relevancePrecision);
    expect(relevance.recall).toBeGreaterThanOrEqual(FIRST_RUN.relevanceRecall);
    expect(clustering.precision).toBeGreaterThanOrEqual(FIRST_RUN.clusteringPrecision);
    expect(clustering.recall).toBeGreaterThanOrEqual(FIRST_RUN.clusteringRecall);
  });
});
