import { afterEach, expect, it } from 'vitest';
import { DigestRefusal } from '../../src/digests/refusal.js';
import { openStore, service, testLog } from '../support/digest-helpers.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const at = new Date('2026-02-21T08:00:00Z');
const by = { userId: 'u-admin' };

it('caps subscriptions per server, limits changes per minute, and stores the canonical time-zone name', async () => {
  const log = testLog();
  const opened = await openStore('sqlite', log);
  cleanups.push(opened.cleanup);
  const digests = service(opened.store, log, { maxPerWorkspace: 3, changesPerMinute: 6 });
  const channel = (id: string, workspaceId = 'guild-1') => ({ platform: 'discord' as const, channelId: id, workspaceId, scope: 'app-1' });

  const { subscription } = await digests.subscribe(channel('1'), { tz: 'asia/tokyo' }, by, at);
  expect(subscription.tz).toBe('Asia/Tokyo');
  await digests.subscribe(channel('2'), {}, by, at);
  await digests.subscribe(channel('3'), {}, by, at);
  await expect(digests.subscribe(channel('4'), {}, by, at)).rejects.toThrow(/already has 3 daily digests/);
  // changing an existing one and another server are not capped
  expect((await digests.subscribe(channel('3'), { tz: 'europe/berlin' }, by, at)).subscription.tz).toBe('Europe/Berlin');
  await digests.subscribe(channel('9', 'guild-2'), {}, by, at);
  // the sixth change in guild-1 this minute passes, the seventh is refused
  await digests.setPaused(channel('1'), true, at);
  const refused = await digests.setPaused(channel('1'), false, at).catch((error: unknown) => error);
  expect(refused).toBeInstanceOf(DigestRefusal);
  expect((refused as DigestRefusal).lead).toMatch(/changed too often.*Try again in \d+ s/);
});
