import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inkPixels, readPng } from '../../support/png.js';
import { runApp } from '../../support/run-app.js';

describe('/kuril chart in the console', () => {
  it('writes a readable PNG under OUTPUT_DIR, prints its path on a line of its own and a sparkline under it', { timeout: 60_000 }, async () => {
    const output = join(mkdtempSync(join(tmpdir(), 'kuril-console-')), 'output');
    const run = await runApp('/kuril chart from:2020\n', { OUTPUT_DIR: output });
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    const path = lines.find((line) => line.startsWith(output));
    expect(path).toMatch(/kuril-chart-2020-\d{4}\.png$/);
    expect(existsSync(path!)).toBe(true);
    const bytes = readFileSync(path!);
    expect(bytes.length).toBeLessThan(1_000_000);
    const png = readPng(bytes);
    expect([png.width, png.height]).toEqual([988, 488]);
    expect(inkPixels(png)).toBeGreaterThan(5_000);
    const sparkline = lines[lines.indexOf(path!) + 1];
    expect(sparkline).toMatch(/^Net Goldstein per month, 1 January 2020 – .+: [▁▂▃▄▅▆▇█]{60,}$/);
    expect(run.stdout).toContain('Source: Kuril Brief event set');
  });

  it('answers a reversed range with the reason, and writes nothing', async () => {
    const output = join(mkdtempSync(join(tmpdir(), 'kuril-console-')), 'output');
    const run = await runApp('/kuril chart from:2024 to:2020\n', { OUTPUT_DIR: output });
    expect(run.stdout).toContain('from: (2024) is after to: (2020); swap them.');
    expect(existsSync(output)).toBe(false);
  });
});
