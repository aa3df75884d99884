import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ReplyFile } from '../../../src/briefings/reply.js';
import { saveFiles } from '../../../src/adapters/console/save-files.js';

const file = (name: string, text: string, preview?: string): ReplyFile => ({
  name,
  contentType: 'text/plain',
  data: new TextEncoder().encode(text),
  description: name,
  ...(preview ? { preview } : {}),
});

describe('saveFiles (the console hands over files as paths)', () => {
  test('creates the directory, writes each file under a safe name, one path a line, the preview under it', async () => {
    const directory = join(mkdtempSync(join(tmpdir(), 'kuril-out-')), 'not', 'yet');
    const lines = await saveFiles(directory, [file('../escape.txt', 'one', '▁▃█'), file('two.csv', 'two')]);
    expect(lines).toEqual([join(directory, 'escape.txt'), '▁▃█', join(directory, 'two.csv')]);
    expect(readFileSync(lines[0]!, 'utf8')).toBe('one');
    expect(readFileSync(lines[2]!, 'utf8')).toBe('two');
  });

  test('a file that cannot be written is said so on its line, and the others are still written', async () => {
    // OUTPUT_DIR names a file, not a directory.
    const blocked = join(mkdtempSync(join(tmpdir(), 'kuril-out-')), 'a-file');
    writeFileSync(blocked, 'in the way');
    const lines = await saveFiles(blocked, [file('chart.png', 'x')]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Could not save chart\.png in .*a-file: /);
  });
});
