import { afterEach, describe, expect, it } from 'vitest';
import type { RequestFault } from '../support/fake-discord/index.js';
import { ACCEPTED_THEN_500, ACCEPTED_THEN_RESET, ACCEPTED_THEN_SLOW, faultPosts } from '../support/faults/discord-faults.js';
import { tally } from '../support/faults/tally.js';
import { faultsOf } from '../support/faults/verdict.js';
import { FIRST_DAY, World } from '../support/faults/world.js';

/**
 * A platform that kept the message but whose answer never arrived whole: too late (after the client's
 * timeout), a reset connection, a 500. The client library retries such a POST by itself; the digest
 * must still appear once, part by part, whether the fault hits the first part or a later one.
 */

const worlds: World[] = [];
afterEach(async () => {
  for (const world of worlds.splice(0)) await world.close();
});

const modes: [string, RequestFault][] = [
  ['accepted, answered after the client timeout', ACCEPTED_THEN_SLOW],
  ['accepted, connection reset', ACCEPTED_THEN_RESET],
  ['accepted, answered 500', ACCEPTED_THEN_500],
];

describe('platform faults on a two-part digest', () => {
  it.each(modes)('%s: on the first part and on the second, each channel gets its digest once', { timeout: 120_000 }, async (mode, fault) => {
    const world = await World.create({ channels: 3, multiPart: true });
    worlds.push(world);
    const [first, second, clean] = world.channels as [string, string, string];
    expect(world.parts(FIRST_DAY)).toBe(2);
    faultPosts(world.fakes[0]!, [
      { channelId: first, nth: 1, fault },
      { channelId: second, nth: 2, fault },
    ]);

    // the catch-up tick at start delivers; a second start (a later tick) retries whatever failed
    const bot = world.startBot('bot');
    await bot.waitForLog((e) => e.msg.startsWith('digest scheduler started'), 90_000);
    await bot.stop();
    const again = world.startBot('bot again', { clock: `${FIRST_DAY}T09:20:00.000Z` });
    await again.waitForLog((e) => e.msg.startsWith('digest scheduler started'), 90_000);
    await again.stop();

    const verdicts = [await world.verdict(FIRST_DAY, [first]), await world.verdict(FIRST_DAY, [second])];
    verdicts.forEach((verdict, i) => tally(`platform: ${mode} (part ${i + 1})`, 1, verdict));
    verdicts.forEach((verdict, i) => expect(faultsOf(verdict), `fault on part ${i + 1}`).toEqual({ duplicates: 0, missed: 0, unrecorded: 0, problems: [] }));
    const control = await world.verdict(FIRST_DAY, [clean]);
    expect(faultsOf(control)).toEqual({ duplicates: 0, missed: 0, unrecorded: 0, problems: [] });
  });
});
