import { runTextCommand } from '../src/commands/dispatch.js';
import { renderText } from '../src/adapters/console/render.js';
import { loadDossier } from '../src/dossier/load.js';
import { measure, mib, ms, printTable } from './stats.js';
import { testCaller, testContext } from '../test/support/context.js';

/**
 * `npm run bench:briefings`: warm latency of each /kuril subcommand through the command layer and
 * the text renderer, on the shipped event set, plus load time and memory.
 */
const loadStart = performance.now();
const dossier = loadDossier();
const loadMs = performance.now() - loadStart;
const ctx = testContext(dossier, new Date('2026-11-26T09:00:00Z'), { caller: testCaller({ userId: 'bench' }) });

const lines = [
  '/kuril',
  '/kuril timeline',
  '/kuril timeline from:2022 to:2022 actor:russia',
  '/kuril event 2022-03-21-russia-suspends-peace-talks',
  '/kuril actors',
  '/kuril sources',
  '/kuril timelin',
];

const RUNS = 2_000;
console.log(`Kuril Brief briefing benchmark: ${dossier.events.length} events, ${RUNS} warm runs per command, Node ${process.version}`);
console.log(`Event set load + validation: ${ms(loadMs)}\n`);
const rows: string[][] = [];
for (const line of lines) {
  const result = await measure(async () => renderText(await runTextCommand(line, ctx)), RUNS);
  rows.push([line, ms(result.p50), ms(result.p95), ms(result.p99), Math.round(result.opsPerSecond).toLocaleString('en-GB')]);
}
printTable(['command', 'p50', 'p95', 'p99', 'ops/s'], rows);
const memory = process.memoryUsage();
console.log(`\nMemory after the run: rss ${mib(memory.rss)}, heap used ${mib(memory.heapUsed)}`);
