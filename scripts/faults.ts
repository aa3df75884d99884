/**
 * `npm run faults`: runs the fault-injection suite alone (vitest's `faults` project, test/faults/) and
 * prints one row per scenario: trials, channel-days sent, duplicates, missed (not sent and no reason
 * recorded, or sent and not recorded). The scenarios write their rows to FAULTS_REPORT (tally.ts).
 * Extra arguments go to vitest (a file, `-t <name>`); FAULTS_RUNS sets the randomized run's count.
 * Exits with vitest's code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TallyRow } from '../test/support/faults/tally.js';

const dir = mkdtempSync(join(tmpdir(), 'kuril-faults-report-'));
const report = join(dir, 'rows.jsonl');
const run = spawnSync('npx', ['vitest', 'run', '--project', 'faults', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, FAULTS_REPORT: report } });

const rows = existsSync(report) ? readFileSync(report, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as TallyRow) : [];
rmSync(dir, { recursive: true, force: true });
rows.sort((a, b) => a.scenario.localeCompare(b.scenario));
const header = ['scenario', 'trials', 'sent', 'duplicates', 'missed'];
const table = [header, ...rows.map((r) => [r.scenario, String(r.trials), String(r.sent), String(r.duplicates), String(r.missed)])];
const widths = header.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
console.log(`\n${line(table[0]!)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
for (const row of table.slice(1)) console.log(line(row));
const total = rows.reduce((sum, r) => ({ duplicates: sum.duplicates + r.duplicates, missed: sum.missed + r.missed }), { duplicates: 0, missed: 0 });
console.log(`\n${rows.length} scenarios reported: ${total.duplicates} duplicates, ${total.missed} missed. A scenario that failed before its verdict has no row; see vitest's output above.`);
process.exit(run.status ?? 1);
