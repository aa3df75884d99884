import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseYaml } from '../../src/dossier/yaml-cache.js';

const TEXT = '- id: a\n  title: "First"\n  score: -2.5\n  tags: [x, y]\n  note: ~\n';

function emptyCacheDir(): string {
  return mkdtempSync(join(tmpdir(), 'kuril-yaml-cache-'));
}

function entries(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.v8'));
}

describe('parseYaml', () => {
  it('returns what yaml returns, and keeps it', () => {
    const dir = emptyCacheDir();
    expect(parseYaml(TEXT, dir)).toEqual(parse(TEXT));
    expect(entries(dir)).toHaveLength(1);
  });

  it('reads a text it parsed before back from the cache', () => {
    const dir = emptyCacheDir();
    parseYaml(TEXT, dir);
    // Only a cache read can return this: the text says something else.
    writeFileSync(join(dir, entries(dir)[0]!), serialize({ fromCache: true }));
    expect(parseYaml(TEXT, dir)).toEqual({ fromCache: true });
  });

  it('keeps one entry per text, so an edited file is parsed again', () => {
    const dir = emptyCacheDir();
    parseYaml(TEXT, dir);
    expect(parseYaml(TEXT.replace('First', 'Second'), dir)).toEqual(parse(TEXT.replace('First', 'Second')));
    expect(entries(dir)).toHaveLength(2);
  });

  it('parses again when an entry cannot be read', () => {
    const dir = emptyCacheDir();
    parseYaml(TEXT, dir);
    writeFileSync(join(dir, entries(dir)[0]!), 'not a v8 serialization');
    expect(parseYaml(TEXT, dir)).toEqual(parse(TEXT));
  });

  it('throws yaml’s error for invalid YAML and caches nothing', () => {
    const dir = emptyCacheDir();
    expect(() => parseYaml('- id: x\n  title: [unclosed\n', dir)).toThrow(expect.objectContaining({ name: 'YAMLParseError' }));
    expect(entries(dir)).toHaveLength(0);
  });

  it('still parses when the cache cannot be written', () => {
    const file = join(emptyCacheDir(), 'a-file');
    writeFileSync(file, '');
    expect(parseYaml(TEXT, join(file, 'cache'))).toEqual(parse(TEXT));
  });
});
