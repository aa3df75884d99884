import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/adapters/console/render.js';
import { alertReply } from '../../src/briefings/alert.js';
import { composeDigest } from '../../src/briefings/digest.js';
import type { Reply } from '../../src/briefings/reply.js';
import { runCommand, runTextCommand } from '../../src/commands/dispatch.js';
import { commands } from '../../src/commands/registry.js';
import { parseYaml } from '../../src/dossier/parse-yaml.js';
import { context, realDossier } from '../support/fixtures.js';

/**
 * No project jargon reaches a user: every reply the commands can produce from the shipped records,
 * rendered as text, is scanned for words that only make sense inside the project (the "seed article",
 * the "dossier", the data files). "Kuril Brief event set" is the record's published name (charts and
 * exports cite it so), so it is allowed.
 */
const JARGON = [/\bseed\b/i, /started from/i, /\bproject\b/i, /\bdossier\b/i, /(?<!Kuril Brief )\bevent set\b/i, /\.ya?ml\b/i];
const NOW = new Date('2026-11-26T09:00:00Z');
const dossier = realDossier();
const ctx = () => context(dossier, NOW);

function questions(file: string): string[] {
  const set = parseYaml(readFileSync(new URL(`../eval/${file}`, import.meta.url), 'utf8')) as { questions: { q: string }[] };
  return set.questions.map((q) => q.q);
}

async function everyReply(): Promise<{ what: string; reply: Reply }[]> {
  const replies: { what: string; reply: Reply }[] = [];
  const line = async (text: string) => replies.push({ what: text, reply: await runTextCommand(text, ctx()) });
  for (const command of commands) {
    replies.push({ what: `/kuril ${command.name}`, reply: await runCommand({ name: command.name, raw: {} }, ctx()) });
    await line(`/kuril help ${command.name}`);
  }
  for (const event of dossier.events) await line(`/kuril event ${event.id}`);
  for (const actor of dossier.actors) await line(`/kuril timeline actor:${actor.id}`);
  const first = await runTextCommand('/kuril timeline', ctx());
  for (let page = 2; page <= (first.page?.count ?? 1); page++) await line(`/kuril timeline page:${page}`);
  for (const question of [...questions('questions.yaml'), ...questions('holdout.yaml')]) await line(`/kuril ask ${question}`);
  // What the digests and alerts push to channels is built from the same records.
  for (const event of dossier.events) replies.push({ what: `alert ${event.id}`, reply: alertReply(event) });
  replies.push({ what: 'digest', reply: composeDigest(dossier, '2026-02-21', undefined).reply });
  return replies;
}

describe('plain words in every reply', () => {
  it('never uses project jargon', async () => {
    const replies = await everyReply();
    expect(replies.length).toBeGreaterThan(150);
    const found = replies.flatMap(({ what, reply }) => {
      const text = renderText(reply);
      return JARGON.filter((word) => word.test(text)).map((word) => `${what}: ${String(word)} in "${text.match(word)?.input?.slice(Math.max(0, (text.search(word)) - 60), text.search(word) + 60)}"`);
    });
    expect(found).toEqual([]);
    // About 1,200 replies, 960 of them answers: 6 s in CI, over 20 s on a machine loaded four times
    // over. The scan is exhaustive on purpose; its time is not what it checks.
  }, 90_000);

  it('names the unattributed report in plain words where it is the source', async () => {
    const reply = await runTextCommand('/kuril event 2022-03-27-poccolini-japan-fears-conflict-and-nuclear-use', ctx());
    expect(renderText(reply)).toContain('Unattributed news report, March 2022 (no public link)');
  });
});
