import { expect, it } from 'vitest';
import { spawnBot } from '../../support/spawn-bot.js';

/**
 * The one process-level test of the console: the compiled bot as `printf '/kuril\n' | npm start`
 * runs it. Everything else about the console runs in process (console-bot.test.ts).
 */
it('prints a sourced briefing for `printf "/kuril\\n" | npm start` and exits 0', async () => {
  const bot = spawnBot('start', {}, { input: '/kuril\n' });
  expect(await bot.exit).toEqual({ code: 0, signal: null });
  expect(bot.stdout).toMatch(/^Kuril Islands/);
  expect(bot.stdout).toMatch(/Trend, .*: (Deteriorated|Unchanged|Improved|Nothing recorded)\./);
  expect(bot.stdout).toMatch(/Source: .* https:\/\//);
  expect(bot.stdout).toMatch(/21 March 2022/);
});
