import { appendFileSync } from 'node:fs';
import type { Verdict } from './verdict.js';

/**
 * What `npm run faults` prints: each scenario appends one line (scenario, trials, sent, duplicates,
 * missed) to the file FAULTS_REPORT names; scripts/faults.ts makes the table. Without FAULTS_REPORT
 * (plain `npm test`) nothing is written.
 */
export interface TallyRow {
  readonly scenario: string;
  readonly trials: number;
  readonly sent: number;
  readonly duplicates: number;
  readonly missed: number;
}

export function tally(scenario: string, trials: number, verdict: Pick<Verdict, 'sent' | 'duplicates' | 'missed' | 'unrecorded'>): void {
  const file = process.env.FAULTS_REPORT;
  if (!file) return;
  const row: TallyRow = { scenario, trials, sent: verdict.sent, duplicates: verdict.duplicates, missed: verdict.missed + verdict.unrecorded };
  appendFileSync(file, `${JSON.stringify(row)}\n`);
}
