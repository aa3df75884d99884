import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluate, parseEvalSet } from '../briefings/answer/evaluate.js';
import { loadDossier } from '../dossier/load.js';

/**
 * `npm run eval [-- --verbose] [questions.yaml]`: answers every question of the evaluation set
 * against the shipped dossier, prints pass/fail per question with what was missing, and the overall
 * accuracy. Exits 1 below 90%.
 */
export const EVAL_FILE = fileURLToPath(new URL('../../test/eval/questions.yaml', import.meta.url));
export const PASS_MARK = 0.9;

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const file = args.find((a) => !a.startsWith('-')) ?? EVAL_FILE;

const report = evaluate(loadDossier(), parseEvalSet(readFileSync(file, 'utf8')));
const out: string[] = [];
for (const o of report.outcomes) {
  const status = o.pass ? 'PASS' : 'FAIL';
  const expectation = o.declineExpected ? ' [should decline]' : '';
  out.push(`${status}  ${o.question}${expectation}`);
  if (!o.pass) out.push(`      missing: ${o.missing.join(', ')}`);
  if (!o.pass || verbose) {
    out.push(`      ${o.declined ? 'declined' : `answer (${o.path})`}: ${o.answer}`);
    if (o.cited.length) out.push(`      cited: ${o.cited.join(' | ')}`);
  }
}
const pct = (report.accuracy * 100).toFixed(1);
out.push('', `Accuracy: ${report.passed}/${report.total} = ${pct}% (pass mark ${PASS_MARK * 100}%)`);
process.stdout.write(`${out.join('\n')}\n`);
if (report.accuracy < PASS_MARK) process.exitCode = 1;
