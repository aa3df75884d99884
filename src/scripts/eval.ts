import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, parseEvalSet, type EvalReport } from '../briefings/answer/evaluate.js';
import { loadDossier } from '../dossier/load.js';

/**
 * `npm run eval [-- --verbose] [set.yaml …]`: answers every question of each evaluation set (by
 * default the tuning set and the held-out sets) against the shipped dossier, prints pass/fail per
 * question with what was missing, the accuracy per category and overall, and how many questions that
 * should have been declined were answered. Exits 1 when a set is below the pass mark or answers one
 * of those.
 *
 * A held-out set (holdout*.yaml) prints only its totals: whoever runs the evaluation while changing
 * the engine must not read which held-out questions fail, or the set stops being held out.
 * `--show-heldout` prints them too, for the closing report of a round.
 */
const evalFile = (name: string): string => fileURLToPath(new URL(`../../test/eval/${name}`, import.meta.url));
/** The tuning sets first (questions.yaml, and rounds 11 and 12's development sets), then the held-out sets (never tuned against). */
export const EVAL_FILES = ['questions.yaml', 'dev-11a.yaml', 'dev-11b.yaml', 'dev-12a.yaml', 'dev-12b.yaml', 'dev-13a.yaml', 'dev-13b.yaml', 'dev-14a.yaml', 'dev-14b.yaml', 'dev-15a.yaml', 'dev-15b.yaml', 'dev-16a.yaml', 'dev-16b.yaml', 'holdout.yaml', 'holdout-2.yaml', 'holdout-3.yaml', 'holdout-4.yaml', 'holdout-5.yaml', 'holdout-6.yaml', 'holdout-7.yaml', 'holdout-8.yaml', 'holdout-9.yaml', 'holdout-10.yaml', 'holdout-11a.yaml', 'holdout-11b.yaml', 'holdout-12.yaml', 'holdout-13.yaml'].map(evalFile);
export const PASS_MARK = 0.95;

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const showHeldOut = args.includes('--show-heldout');
const heldOut = (file: string): boolean => basename(file).startsWith('holdout');
const named = args.filter((a) => !a.startsWith('-'));
const files = named.length ? named : EVAL_FILES;

const dossier = loadDossier();
const out: string[] = [];
for (const file of files) {
  const report = evaluate(dossier, parseEvalSet(readFileSync(file, 'utf8')));
  const details = heldOut(file) && !showHeldOut ? ['(held out: questions not shown; --show-heldout shows them)'] : questionLines(report);
  out.push(`== ${basename(file)}`, ...details, '', ...summaryLines(report), '');
  if (report.accuracy < PASS_MARK || fabricated(report) > 0) process.exitCode = 1;
}
process.stdout.write(`${out.join('\n')}\n`);

function questionLines(report: EvalReport): string[] {
  return report.outcomes.flatMap((o) => {
    const lines = [`${o.pass ? 'PASS' : 'FAIL'}  [${o.category}] ${o.question}${o.declineExpected ? ' [should decline]' : ''}`];
    if (!o.pass) lines.push(`      missing: ${o.missing.join(', ')}`);
    if (!o.pass || verbose) {
      lines.push(`      ${o.declined ? 'declined' : `answer (${o.path})`}: ${o.answer}`);
      if (o.cited.length) lines.push(`      cited: ${o.cited.join(' | ')}`);
    }
    return lines;
  });
}

function summaryLines(report: EvalReport): string[] {
  const pct = (passed: number, total: number): string => `${((passed / total) * 100).toFixed(1)}%`;
  const width = Math.max(...report.categories.map((c) => c.category.length));
  return [
    ...report.categories.map((c) => `  ${c.category.padEnd(width)}  ${`${c.passed}/${c.total}`.padStart(7)}  ${pct(c.passed, c.total).padStart(6)}`),
    `Accuracy: ${report.passed}/${report.total} = ${pct(report.passed, report.total)} (pass mark ${PASS_MARK * 100}%)`,
    `Answered instead of declined: ${fabricated(report)}`,
    closestLine(report),
  ];
}

/** Questions the record answers that were declined, and how many of those declines showed the answer's record as closest on record. */
function closestLine(report: EvalReport): string {
  const missed = report.outcomes.filter((o) => o.closestHeld !== undefined);
  return `Declined though on record: ${missed.length} (the closest records shown held the answer for ${missed.filter((o) => o.closestHeld).length})`;
}

/** Questions the record cannot answer that got an answer anyway. */
function fabricated(report: EvalReport): number {
  return report.outcomes.filter((o) => o.declineExpected && !o.declined).length;
}
