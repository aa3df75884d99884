import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { alertEvents } from '../../src/briefings/alert.js';
import { createDigestStore } from '../../src/digests/store/open-store.js';
import { tempDir, testLog } from '../support/digest-helpers.js';
import { failAllPosts } from '../support/faults/discord-faults.js';
import { FakeDiscord, snowflake, type FakeInteraction } from '../support/fake-discord/index.js';
import { realDossier } from '../support/fixtures.js';
import { startApp, type StartedApp } from '../support/start-app.js';
import { parsePrometheus } from './prometheus-text.js';

/**
 * An open auth breaker is visible: the whole app (in process, METRICS_PORT=0) on the fake Discord,
 * three channels with alerts owed, every post to them answered 401 (the token revoked for posting).
 * Three failures open the breaker of the bot's credentials; /metrics then counts one suspended set of
 * credentials for Discord (none for Slack), and /kuril status says so in the channel, and to a curator
 * in full.
 */

let fake: FakeDiscord;
let app: StartedApp;
let place: ReturnType<typeof tempDir>;
const curator = { id: snowflake(), username: 'curator', global_name: 'Curator', discriminator: '0', avatar: null };

beforeAll(async () => {
  fake = await FakeDiscord.start();
  place = tempDir();
  const min = [10, 9, 8, 7, 6, 5].find((m) => alertEvents(realDossier(), m, '2000-01-01').length > 0)!;
  const url = `sqlite://${join(place.dir, 'store.sqlite')}`;
  const store = await createDigestStore({ url, log: testLog() });
  const channels = [fake.channelId, fake.addChannel(), fake.addChannel()];
  failAllPosts(fake, 401, 0, '401: Unauthorized', new Set(channels));
  const at = '2000-01-01T00:00:00.000Z';
  for (const channelId of channels) {
    await store.putAlertSetting({ v: 1, platform: 'discord', channelId, workspaceId: fake.guildId, scope: fake.appId, min, since: at, by: fake.user.id, updatedAt: at });
  }
  await store.close();
  app = await startApp({ DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, STORE_URL: url, CURATORS: `discord:${curator.id}` });
});
afterAll(async () => {
  expect(await app?.stop()).toBe(0);
  await fake?.close();
  place?.cleanup();
});

const scrape = async () => parsePrometheus(await (await fetch(`http://127.0.0.1:${app.metricsPort}/metrics`)).text());
const replyTo = async (interaction: FakeInteraction) => {
  await fake.waitFor(() => fake.messagesOf(interaction).length > 0, 10_000, 'the status reply');
  return JSON.stringify(fake.messagesOf(interaction).map((m) => m.object.embeds));
};

describe('suspended delivery', () => {
  test('/metrics counts the open breaker per platform, and never names the scope', async () => {
    await expect.poll(async () => (await scrape()).get('kuril_delivery_suspended{platform="discord"}'), { timeout: 30_000, interval: 200 }).toBe(1);
    const metrics = await scrape();
    expect(metrics.get('kuril_delivery_suspended{platform="slack"}')).toBe(0);
    const text = await (await fetch(`http://127.0.0.1:${app.metricsPort}/metrics`)).text();
    expect(text).not.toContain(fake.appId);
    expect(app.stderr()).toContain(`"scope":"${fake.appId}"`);
  });

  test('/kuril status in a suspended channel says so to anyone; only a curator gets the operators’ list', async () => {
    const member = await replyTo(fake.chatInput('status'));
    expect(member).toContain('Posting here is suspended');
    expect(member).toContain('401');
    expect(member).not.toContain('Delivery suspended (operators)');
    expect(member).not.toContain(fake.appId);

    const operator = await replyTo(fake.chatInput('status', {}, { user: curator }));
    expect(operator).toContain('Posting here is suspended');
    expect(operator).toContain('Delivery suspended (operators)');
    expect(operator).toContain('Discord: 1');
    expect(operator).toContain(fake.appId);
  });
});
