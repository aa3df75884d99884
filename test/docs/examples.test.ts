import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_FILE, examplesMarkdown, MAX_LINES, trim } from '../../scripts/docs-examples.js';

describe('docs/examples.md', () => {
  it('is what the commands say today', async () => {
    const fresh = await examplesMarkdown();
    const committed = readFileSync(EXAMPLES_FILE, 'utf8');
    expect(committed, 'docs/examples.md is out of date: run npm run docs:examples').toBe(fresh);
  });

  it('cuts long replies after MAX_LINES lines with a mark, and leaves short ones whole', () => {
    const long = Array.from({ length: MAX_LINES + 5 }, (_, i) => `line ${i + 1}`).join('\n');
    expect(trim(long).split('\n')).toEqual([...long.split('\n').slice(0, MAX_LINES), '…']);
    const exact = long.split('\n').slice(0, MAX_LINES).join('\n');
    expect(trim(exact)).toBe(exact);
  });
});
