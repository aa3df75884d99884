import { createServer } from 'node:net';
import { expect, it } from 'vitest';
import { spawnBot } from '../../support/spawn-bot.js';

/** A port nothing listens on: bound, then closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * The compiled bot with STORE_URL pointing at a Redis that is not there: it starts and answers
 * `/kuril` (which needs no store) at once, and a digest command says digests are unavailable for now.
 */
it('answers /kuril at once and says digests are unavailable when Redis is down at start', { timeout: 30_000 }, async () => {
  const port = await closedPort();
  const bot = spawnBot('start', { STORE_URL: `redis://:hunter2-secret@127.0.0.1:${port}`, INTAKE_INTERVAL_MIN: '0' }, { input: '/kuril\n/kuril preview\n' });
  const exit = await bot.exit;
  expect(exit, bot.stderr).toEqual({ code: 0, signal: null });
  expect(bot.stdout).toMatch(/^Kuril Islands/);
  expect(bot.stdout).toContain('Daily digests are unavailable for now');
  // never the generic apology ("quote reference …")
  expect(bot.stdout).not.toMatch(/quote reference/i);
  // the outage is logged once, and the password in STORE_URL never
  expect(bot.stderr.match(/"msg":"digest store: Redis unreachable/g) ?? []).toHaveLength(1);
  expect(bot.stderr).not.toContain('hunter2-secret');
});
