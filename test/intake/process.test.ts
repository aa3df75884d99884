import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runApp } from '../support/run-app.js';
import { startFeedServer, type FeedServer } from '../support/feed-server.js';
import { spawnBot } from '../support/spawn-bot.js';

/**
 * The intake as an operator runs it: `npm run intake` (the compiled script) polls local feeds into
 * candidates; a curator approves one in the console; the event is in /kuril timeline and /kuril in
 * that bot and in one started afterwards, without a file edited or a restart.
 */
let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

it('npm run intake, then approval in the console, then a new bot serves the event', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kuril-intake-run-'));
  const feeds = join(dir, 'feeds.yaml');
  writeFileSync(
    feeds,
    [
      'feeds:',
      `  - { id: wire, name: Example Wire, url: "${server.url('/rss.xml')}", language: en, type: wire }`,
      `  - { id: times, name: Example Times, url: "${server.url('/outlet-a.xml')}", language: en, type: newspaper }`,
      `  - { id: daily, name: Example Daily, url: "${server.url('/outlet-b.xml')}", language: en, type: newspaper }`,
      `  - { id: gone, name: Gone Gazette, url: "${server.url('/missing.xml')}", language: en, type: newspaper }`,
      '',
    ].join('\n'),
  );
  const env = { FEEDS_FILE: feeds, STORE_URL: `sqlite://${join(dir, 'store.sqlite')}`, INTAKE_INTERVAL_MIN: '0' };

  const intake = spawnBot('intake', env);
  expect(await intake.exit).toEqual({ code: 0, signal: null });
  expect(intake.stdout).toMatch(/^wire +3 items, 2 new about the dispute$/m);
  expect(intake.stdout).toMatch(/^gone +failed: HTTP 404 Not Found$/m);
  const etorofu = /^(c\d+) .*Japan protests Russian artillery drills on Etorofu/m.exec(intake.stdout)?.[1];
  const habomai = /^(c\d+) .*Habomai.*\(Example Times, Example Daily\)$/m.exec(intake.stdout)?.[1];
  expect(etorofu).toBeDefined();
  expect(habomai).toBeDefined();

  const curator = await runApp(
    [`/kuril approve ${etorofu!} summary:"Japan protested against Russian artillery drills on Etorofu."`, '/kuril timeline from:2026-03', '/kuril', ''].join('\n'),
    env,
  );
  expect(curator.code).toBe(0);
  expect(curator.stdout).toContain('Published');
  expect(curator.stdout).toMatch(/Timeline\n1 event, from March 2026/);
  expect(curator.stdout).toContain('Newest event on record: 4 March 2026.');

  // A bot started afterwards serves the approved event from the store; the rest still await review.
  const later = await runApp(['/kuril event 2026-03-04-japan-protests-russian-artillery-drills-on-etorofu', '/kuril review', ''].join('\n'), env);
  expect(later.stdout).toContain('Japan protested against Russian artillery drills on Etorofu.');
  expect(later.stdout).toContain(`${habomai!} · “`);
  expect(later.stdout).not.toContain(`${etorofu!} · “`);
}, 60_000);
