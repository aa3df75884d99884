import { ESLint } from 'eslint';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layerRules, layerSettings } from '../../eslint.layers.js';
import { PROJECT_ROOT } from '../support/spawn-bot.js';

/**
 * The layer rules of eslint.config.js, applied to imports a careless change could add. The files
 * linted here do not exist: ESLint lints the text as if it sat at that path, and the resolver finds
 * the real modules it imports.
 */
const eslint = new ESLint({
  cwd: PROJECT_ROOT,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, plugins: { 'import-x': importX }, settings: layerSettings, rules: layerRules }],
});

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${PROJECT_ROOT}/${file}` });
  return result!.messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('layers (npm run lint)', () => {
  it.each([
    ['src/briefings/new-file.ts', "import type { Command } from '../commands/command.js';", 'briefings is pure'],
    ['src/briefings/new-file.ts', "import { createLogger } from '../logger.js';", 'briefings is pure'],
    ['src/dossier/new-file.ts', "import { brief } from '../briefings/brief.js';", 'dossier imports nothing above it'],
    ['src/digests/new-file.ts', "import { runText } from '../commands/text.js';", 'digests imports neither the command layer nor an adapter'],
    ['src/commands/new-file.ts', "import { createConsoleBot } from '../adapters/console/console-bot.js';", 'the command layer never imports an adapter'],
    ['src/digests/new-file.ts', "import { createPrometheusMetrics } from '../metrics/prometheus.js';", 'only the app uses src/metrics'],
    ['src/metrics/new-file.ts', "import { commands } from '../commands/registry.js';", 'metrics (the Prometheus side) knows only the Metrics port'],
    ['src/commands/new-file.ts', "import { loadConfig } from '../config.js';", 'the command layer never imports an adapter or the configuration'],
    ['src/adapters/slack/new-file.ts', "import { discordCaller } from '../discord/caller.js';", 'adapters do not import each other'],
    ['src/common/new-file.ts', "import type { Reply } from '../briefings/reply.js';", 'common is the bottom layer'],
    ['src/charts/new-file.ts', "import { chartData } from '../briefings/chart.js';", 'charts only draws a spec it is given'],
    ['src/briefings/new-file.ts', "import { renderPng } from '../charts/render-png.js';", 'briefings is pure'],
  ])('%s may not: %s', async (file, code, reason) => {
    const found = await problems(file, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('import-x/no-restricted-paths');
    expect(found[0]).toContain(reason);
  });

  it.each([
    ['src/adapters/slack/new-file.ts', "import { runText } from '../../commands/text.js';"],
    ['src/commands/new-file.ts', "import { brief } from '../briefings/brief.js';"],
    ['src/digests/new-file.ts', "import { isTimeZone } from '../common/time-zone.js';"],
    ['src/commands/new-file.ts', "import { renderPng } from '../charts/render-png.js';"],
  ])('%s may: %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
