import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { eventRecord } from '../../../src/dossier/schema.js';
import { runApp } from '../../support/run-app.js';

/** /kuril export in the console: the file is written under OUTPUT_DIR and its path printed on its own line. */
it('writes the export under OUTPUT_DIR and prints its path on its own line', async () => {
  const output = join(mkdtempSync(join(tmpdir(), 'kuril-export-')), 'out');
  const run = await runApp('/kuril export format:json from:2026\n', { OUTPUT_DIR: output });
  expect(run.code).toBe(0);
  const path = join(output, 'kuril-events-from-2026.json');
  expect(run.stdout.split('\n')).toContain(path);
  const exported = JSON.parse(readFileSync(path, 'utf8')) as { events: { record: unknown }[] };
  expect(exported.events.length).toBeGreaterThan(0);
  for (const { record } of exported.events) expect(eventRecord.parse(record).date.end >= '2026-01-01').toBe(true);
});
