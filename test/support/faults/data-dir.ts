import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../spawn-bot.js';

/**
 * An event set for a bot process (DATA_DIR): the shipped files plus `count` synthetic developments on
 * the day before `day`, each with the longest title and summary the schema allows, so that the digest
 * for `day` does not fit one Discord message and goes out in several parts.
 */
export function multiPartDataDir(dir: string, day: string, count = 10): string {
  cpSync(join(PROJECT_ROOT, 'data', 'kuril'), dir, { recursive: true });
  const date = new Date(Date.parse(`${day}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const sentence = (n: number) => `Synthetic development ${n} for the fault-injection suite, written long so that the daily digest needs more than one message on Discord`;
  const events = Array.from({ length: count }, (_, i) => [
    `- id: ${date}-synthetic-development-${i + 1}`,
    `  date: "${date}"`,
    '  kind: statement',
    `  title: ${(sentence(i + 1) + ', and its title runs to the limit').slice(0, 150)}`,
    `  summary: >-\n    ${(sentence(i + 1) + '. ' + 'It repeats itself to fill the summary to the limit of the schema, which is four hundred and fifty characters, with words that mean nothing to a reader but count towards the size of an embed. ').slice(0, 440).trim()}`,
    '  actors: [russia, japan]',
    '  islands: []',
    '  coding: { cameo: "010", goldstein: 0.0, plover: "AGREE:statement" }',
    '  sources:',
    `    - outlet: Fault suite wire ${i + 1}`,
    `      url: https://example.org/fault-suite/${date}/${i + 1}`,
    '  verification: single-source',
  ].join('\n'));
  writeFileSync(join(dir, 'events', 'zz-synthetic.yaml'), `# Synthetic events for the fault-injection suite.\n\n${events.join('\n\n')}\n`);
  return dir;
}
