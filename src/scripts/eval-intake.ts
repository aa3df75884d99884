import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDossier } from '../dossier/load.js';
import { evaluateIntake, parseIntakeEvalSet, type Miss } from '../intake/evaluate.js';

/**
 * `npm run eval:intake [-- items.yaml]`: reads the labelled feed items (default
 * test/eval/intake-items.yaml), prints relevance precision and recall and pairwise clustering
 * precision and recall, with every miss. Exits 1 below the targets.
 */
export const INTAKE_EVAL_FILE = fileURLToPath(new URL('../../test/eval/intake-items.yaml', import.meta.url));
export const TARGETS = { relevancePrecision: 0.95, relevanceRecall: 0.9, clusteringPrecision: 0.9, clusteringRecall: 0.9 };

const file = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? INTAKE_EVAL_FILE;
const labelled = parseIntakeEvalSet(readFileSync(file, 'utf8'));
const { relevance, clustering } = evaluateIntake(loadDossier(), labelled);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const found = (m: Miss) => {
  const d = m.detection;
  const parts = [d.islands.length ? `islands ${d.islands.join(',')}` : '', d.actors.length ? `actors ${d.actors.join(',')}` : '', d.dispute ? 'dispute' : '', d.hazard ? 'hazard' : ''];
  return parts.filter(Boolean).join('; ') || 'nothing';
};
const out: string[] = [`${labelled.length} items, ${labelled.filter((l) => l.relevant).length} relevant`, ''];
out.push(`Relevance  precision ${pct(relevance.precision)}  recall ${pct(relevance.recall)}`);
for (const m of relevance.falsePositives) out.push(`  kept, should drop: ${m.id}  "${m.title}"  [${found(m)}]`);
for (const m of relevance.falseNegatives) out.push(`  dropped, should keep: ${m.id}  "${m.title}"  [${found(m)}]`);
out.push('', `Clustering precision ${pct(clustering.precision)}  recall ${pct(clustering.recall)}  (${clustering.clusters} clusters for ${clustering.stories} stories)`);
for (const p of clustering.merged) out.push(`  merged, different stories: ${p.a} + ${p.b}`);
for (const p of clustering.split) out.push(`  split, same story: ${p.a} / ${p.b}`);

const below = [
  relevance.precision < TARGETS.relevancePrecision,
  relevance.recall < TARGETS.relevanceRecall,
  clustering.precision < TARGETS.clusteringPrecision,
  clustering.recall < TARGETS.clusteringRecall,
].some(Boolean);
out.push('', `Targets: relevance precision ≥ ${pct(TARGETS.relevancePrecision)}, recall ≥ ${pct(TARGETS.relevanceRecall)}; clustering ≥ ${pct(TARGETS.clusteringPrecision)} both: ${below ? 'NOT MET' : 'met'}`);
process.stdout.write(`${out.join('\n')}\n`);
if (below) process.exitCode = 1;
