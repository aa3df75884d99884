import { describe, expect, test } from 'vitest';
import type { Reply, ReplyFile } from '../../src/briefings/reply.js';
import { fitFiles, safeFileName } from '../../src/adapters/files.js';

const file = (name: string, bytes: number): ReplyFile => ({ name, contentType: 'image/png', data: new Uint8Array(bytes), description: name });
const reply = (files: ReplyFile[]): Reply => ({ kind: 'briefing', title: 'Chart', sections: [], visibility: 'public', files });

describe('safeFileName', () => {
  test.each([
    ['kuril-chart-2020-2026.png', 'kuril-chart-2020-2026.png'],
    ['../../etc/passwd', 'etc-passwd'],
    ['Итуруп 択捉 chart.png', 'chart.png'],
    ['Shikotan café.csv', 'Shikotan-cafe.csv'],
    ['...', 'file'],
    ['/', 'file'],
  ])('%s → %s', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
    expect(safeFileName(name)).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
  });
});

describe('fitFiles', () => {
  const limits = { platform: 'Discord', maxBytes: 1_000, maxFiles: 2 };

  test('keeps what fits and names each file left out, in words', () => {
    const { reply: fitted, files } = fitFiles(reply([file('a.png', 600), file('b.png', 600), file('c.png', 100), file('d.png', 1)]), limits);
    expect(files.map((f) => f.name)).toEqual(['a.png', 'c.png']);
    expect(fitted.files).toEqual(files);
    const note = fitted.sections.at(-1)!;
    expect(note.heading).toBe('Not attached');
    expect(note.text).toContain('b.png (600 bytes) is larger than Discord accepts (1000 bytes per message)');
    expect(note.text).toContain('d.png was left out: Discord takes at most 2 files');
  });

  test('two files of one name get distinct names', () => {
    const { files } = fitFiles(reply([file('chart.png', 1), file('chart.png', 1)]), limits);
    expect(files.map((f) => f.name)).toEqual(['chart.png', 'chart-2.png']);
  });

  test('a reply within the limits is returned as it is', () => {
    const original = reply([file('a.png', 10)]);
    expect(fitFiles(original, limits).reply).toBe(original);
  });
});
