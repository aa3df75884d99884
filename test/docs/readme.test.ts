import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_FILE } from '../../scripts/docs-examples.js';
import { usage } from '../../src/commands/parse.js';
import { commands } from '../../src/commands/registry.js';

/** The hand-written parts of the README that restate the code are checked against it. */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The body of the README section under `## <title>`. */
function section(title: string): string {
  const body = README.split(/^## /m).find((part) => part.startsWith(`${title}\n`));
  if (body === undefined) throw new Error(`README.md has no "## ${title}" section`);
  return body;
}

/** The code spans in the first column of the command table, as a reader sees them (`\|` shows as `|`). */
function tableCommands(): string[] {
  const rows = section('Commands')
    .split('\n')
    .filter((line) => line.startsWith('| `'));
  return rows.flatMap((row) => [...(row.split(/(?<!\\)\|/)[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replaceAll('\\|', '|')));
}

describe('README.md', () => {
  it('lists every subcommand with the options its declaration has', () => {
    const listed = tableCommands().filter((text) => text !== '/kuril');
    expect(listed.sort(), 'the README command table differs from src/commands/kuril: copy each subcommand’s usage').toEqual(commands.map(usage).sort());
  });

  it('shows example output the bot really gives (as in docs/examples.md)', () => {
    const block = /```\nkuril> (.+)\n([\s\S]+?)\n```/.exec(section('Example'));
    expect(block, 'the Example section has no console block').not.toBeNull();
    const [, typed, output] = block!;
    const examples = readFileSync(EXAMPLES_FILE, 'utf8');
    const generated = examples.split(/^### /m).find((part) => part.startsWith(`\`${typed}\``));
    expect(generated, `docs/examples.md has no example for "${typed}"`).toBeDefined();
    expect(generated, 'the README example differs from docs/examples.md').toContain(output);
  });
});

describe('links in README.md and docs/', () => {
  const pages = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

  it.each(pages)('%s links only to files that exist', (page) => {
    const text = readFileSync(join(ROOT, page), 'utf8');
    const targets = [...text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!).filter((target) => !/^[a-z]+:/.test(target));
    const missing = targets.filter((target) => !existsSync(join(ROOT, dirname(page), target)));
    expect(missing, `${page} links to missing files`).toEqual([]);
  });
});
