import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { alertEvents } from '../../src/briefings/alert.js';
import { createDigestStore } from '../../src/digests/store/open-store.js';
import { tempDir, testLog } from '../support/digest-helpers.js';
import { FakeDiscord } from '../support/fake-discord/index.js';
import { realDossier } from '../support/fixtures.js';
import { startApp, type StartedApp } from '../support/start-app.js';
import { parsePrometheus } from './prometheus-text.js';

/**
 * Breaking alerts are counted in /metrics as digests are: the whole app (in process, METRICS_PORT=0)
 * on the fake Discord, two channels with alerts on since long ago, one of which the fake answers
 * with 500 for every post. Its start-up tick sends every alert owed; /metrics is scraped over HTTP.
 */

const SINCE = '2000-01-01';

let fake: FakeDiscord;
let app: StartedApp;
let place: ReturnType<typeof tempDir>;
let min: number;
let owed: number;

beforeAll(async () => {
  fake = await FakeDiscord.start();
  place = tempDir();
  // The highest minimum with something to alert: a few posts, not the whole record.
  min = [10, 9, 8, 7, 6, 5].find((m) => alertEvents(realDossier(), m, SINCE).length > 0)!;
  owed = alertEvents(realDossier(), min, SINCE).length;
  const url = `sqlite://${join(place.dir, 'store.sqlite')}`;
  const store = await createDigestStore({ url, log: testLog() });
  const working = fake.addChannel();
  const broken = fake.addChannel();
  fake.failRoute({ method: 'POST', path: new RegExp(`/channels/${broken}/messages$`), times: 100_000, status: 500 });
  const at = `${SINCE}T00:00:00.000Z`;
  for (const channelId of [working, broken]) await store.putAlertSetting({ v: 1, platform: 'discord', channelId, min, since: at, by: '111111111111111111', updatedAt: at });
  await store.close();
  app = await startApp({ DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, STORE_URL: url });
});
afterAll(async () => {
  expect(await app?.stop()).toBe(0);
  await fake?.close();
  place?.cleanup();
});

const scrape = async () => parsePrometheus(await (await fetch(`http://127.0.0.1:${app.metricsPort}/metrics`)).text());

describe('alert outcomes in /metrics', () => {
  test('each alert sent and each failed is counted, by platform', async () => {
    expect(owed).toBeGreaterThan(0);
    await expect.poll(async () => (await scrape()).get('kuril_alerts_total{platform="discord",result="sent"}'), { timeout: 30_000, interval: 200 }).toBe(owed);
    // Failed alerts are retried every tick (a minute apart): at least one failure per alert owed there.
    await expect.poll(async () => (await scrape()).get('kuril_alerts_total{platform="discord",result="failed"}') ?? 0, { timeout: 30_000, interval: 200 }).toBeGreaterThanOrEqual(owed);
  });
});
