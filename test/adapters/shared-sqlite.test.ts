import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDigestStore } from '../../src/digests/store/open-store.js';
import { subscription, tempDir, testLog } from '../support/digest-helpers.js';
import { FakeDiscord } from '../support/fake-discord/index.js';
import { FakeSlack } from '../support/fake-slack/index.js';
import { spawnBot } from '../support/spawn-bot.js';

/**
 * Two compiled bots on one SQLite file, one with only Discord and one with only Slack (as two
 * containers on one volume would run): each delivers its platform's digest.
 */

let discord: FakeDiscord;
let slack: FakeSlack;
beforeAll(async () => {
  [discord, slack] = await Promise.all([FakeDiscord.start(), FakeSlack.start()]);
});
afterAll(async () => {
  await Promise.all([discord?.close(), slack?.close()]);
});

it('a Discord-only and a Slack-only bot on one SQLite file both deliver their digests', { timeout: 60_000 }, async () => {
  const tmp = tempDir();
  const url = `sqlite://${join(tmp.dir, 'state', 'kuril-brief.sqlite')}`;
  // due two minutes ago (well within the grace window): each bot's catch-up tick at start sends it
  const now = new Date();
  const due = new Date(now.getTime() - 2 * 60_000);
  const time = due.toISOString().slice(11, 16);
  const activeFrom = new Date(now.getTime() - 60 * 60_000).toISOString();
  const slackChannel = slack.addChannel({ name: 'kuril-desk' });
  const store = await createDigestStore({ url, log: testLog() });
  await store.putSubscription(subscription({ platform: 'discord', channelId: discord.channelId, workspaceId: discord.guildId }, { time, activeFrom }));
  await store.putSubscription(subscription({ platform: 'slack', channelId: slackChannel.id, workspaceId: slack.teamId }, { time, activeFrom }));
  await store.close();

  const discordBot = spawnBot('start', { STORE_URL: url, DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, INTAKE_INTERVAL_MIN: '0' });
  const slackBot = spawnBot('start', { STORE_URL: url, SLACK_BOT_TOKEN: slack.botToken, SLACK_APP_TOKEN: slack.appToken, SLACK_API_URL: slack.apiUrl, INTAKE_INTERVAL_MIN: '0' });
  await Promise.all([discordBot.waitFor('digest delivered', 30_000), slackBot.waitFor('digest delivered', 30_000)]);
  // one digest each (a digest may take more than one message)
  expect(discord.channelMessages(discord.channelId).length).toBeGreaterThan(0);
  expect(slack.calls('chat.postMessage').filter((c) => c.body.channel === slackChannel.id).length).toBeGreaterThan(0);
  discordBot.kill('SIGTERM');
  slackBot.kill('SIGTERM');
  expect(await discordBot.exit).toEqual({ code: 0, signal: null });
  expect(await slackBot.exit).toEqual({ code: 0, signal: null });
  expect(discordBot.stderr.match(/"msg":"digest delivered"/g)).toHaveLength(1);
  expect(slackBot.stderr.match(/"msg":"digest delivered"/g)).toHaveLength(1);
  tmp.cleanup();
});
