import { describe, it } from 'vitest';
import { failAllPosts, postsAnswered, postedTo } from '../support/faults/discord-faults.js';
import { tally } from '../support/faults/tally.js';
import { faultsOf, recordsOf } from '../support/faults/verdict.js';
import { at, dayAfter, FIRST_DAY, World } from '../support/faults/world.js';

/**
 * Errors that say something about the channel or the bot, over several days (one bot start per day,
 * at 09:05, its catch-up tick delivering): a 403 is retried on later days and disables only after
 * three days running, telling the subscriber; Unknown Channel disables at once; a 401 storm trips a
 * breaker instead of failing every channel.
 */

const NONE = { duplicates: 0, missed: 0, unrecorded: 0, problems: [] };
const SECOND_DAY = dayAfter(FIRST_DAY);

/** One bot start at `clock`, until its catch-up tick is done. */
async function tickAt(world: World, clock: string): Promise<void> {
  const bot = world.startBot(`bot at ${clock}`, { clock });
  await bot.waitForLog((e) => e.msg.startsWith('digest scheduler started'), 90_000);
  await bot.stop();
}

describe('platform errors', () => {
  it.concurrent('a 403 for a day, then access again: the day is recorded as missed, the next day delivered, nothing disabled', async ({ expect, onTestFinished }) => {
    const world = await World.create({ channels: 2 });
    onTestFinished(() => world.close());
    const [forbidden] = world.channels as [string];
    const fake = world.fakes[0]!;
    world.playDay(FIRST_DAY);
    failAllPosts(fake, 403, 50013, 'Missing Permissions', new Set([forbidden]));
    await tickAt(world, at(FIRST_DAY, '09:05'));
    // later that day, past the 6-hour grace window: the day is settled as missed
    await tickAt(world, at(FIRST_DAY, '15:30'));
    fake.hook = undefined;
    world.playDay(SECOND_DAY);
    await tickAt(world, at(SECOND_DAY, '09:05'));

    const first = await world.verdict(FIRST_DAY);
    const second = await world.verdict(SECOND_DAY, world.channels, 1);
    tally('403 for a day, then recovery', 4, { sent: first.sent + second.sent, duplicates: first.duplicates + second.duplicates, missed: first.missed + second.missed, unrecorded: first.unrecorded + second.unrecorded });
    expect(faultsOf(first)).toEqual(NONE);
    expect(faultsOf(second)).toEqual(NONE);
    expect(second.sent, 'both channels get the second day').toBe(2);
  });

  it.concurrent('the bot removed from the server (403 Missing Access) three days running: disabled, and the subscriber is told why', async ({ expect, onTestFinished }) => {
    const world = await World.create({ channels: 1 });
    onTestFinished(() => world.close());
    const [channel] = world.channels as [string];
    const fake = world.fakes[0]!;
    failAllPosts(fake, 403, 50001, 'Missing Access', new Set([channel]));
    for (let day = 0; day < 3; day++) {
      const played = dayAfter(FIRST_DAY, day);
      await tickAt(world, at(played, '09:05'));
      const { subscription } = await world.withStore((store) => recordsOf(store, world.ref(channel), played));
      expect(subscription?.disabled?.reason, `disabled after day ${day + 1}`).toEqual(day < 2 ? undefined : expect.any(String));
    }
    const dm = fake.dmChannels.get(fake.user.id);
    expect(dm && fake.channelMessages(dm), 'a direct message to the subscriber').not.toEqual([]);
    const attempts = postsAnswered(fake, 403).length;
    await tickAt(world, at(dayAfter(FIRST_DAY, 3), '09:05'));
    expect(postsAnswered(fake, 403).length, 'no attempt once disabled').toBe(attempts);
    tally('bot removed (403) three days running', 3, { sent: 0, duplicates: 0, missed: 0, unrecorded: 0 });
  });

  it.concurrent('a deleted channel (404 Unknown Channel): disabled at once with the reason, never tried again', async ({ expect, onTestFinished }) => {
    const world = await World.create({ channels: 2 });
    onTestFinished(() => world.close());
    const [deleted] = world.channels as [string];
    const fake = world.fakes[0]!;
    fake.deleteChannel(deleted);
    await tickAt(world, at(FIRST_DAY, '09:05'));
    const verdict = await world.verdict(FIRST_DAY);
    tally('channel deleted', 2, verdict);
    expect(faultsOf(verdict)).toEqual(NONE);
    const { subscription } = await world.withStore((store) => recordsOf(store, world.ref(deleted), FIRST_DAY));
    expect(subscription?.disabled?.reason).toEqual(expect.any(String));
    const tried = fake.requests.filter((r) => postedTo(r) === deleted).length;
    await tickAt(world, at(SECOND_DAY, '09:05'));
    expect(fake.requests.filter((r) => postedTo(r) === deleted).length).toBe(tried);
  });

  it.concurrent('a 401 storm (token revoked) on 30 channels: the breaker stops the fan-out, nothing is disabled, commands still answer', async ({ expect, onTestFinished }) => {
    const world = await World.create({ channels: 30 });
    onTestFinished(() => world.close());
    const fake = world.fakes[0]!;
    failAllPosts(fake, 401, 0, '401: Unauthorized');
    const bot = world.startBot('bot');
    await bot.waitForLog((e) => e.msg.startsWith('digest scheduler started'), 90_000);
    const brief = fake.chatInput('brief');
    await fake.waitFor(() => fake.messagesOf(brief).length > 0, 10_000, 'the brief');
    await bot.stop();
    const unauthorized = postsAnswered(fake, 401).length;
    // Posts already on the wire when the breaker opens still come back 401 (up to the queue's 16
    // concurrent sends, a few more on a loaded machine: 18 seen in CI). Without the breaker every one of
    // the 30 channels would be tried (30: the most one server may change in a minute).
    expect(unauthorized, 'posts refused with 401 before the breaker opened').toBeLessThan(30);
    const disabled = await world.withStore(async (store) => (await store.listSubscriptions()).filter((s) => s.disabled).length);
    expect(disabled).toBe(0);
    tally('401 storm', 30, { sent: 0, duplicates: 0, missed: 0, unrecorded: 0 });
  });
});
