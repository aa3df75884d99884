import { describe, it } from 'vitest';
import type { FakeDiscord, RecordedRequest } from '../support/fake-discord/index.js';
import type { BotProcess } from '../support/faults/bot.js';
import { faultPosts } from '../support/faults/discord-faults.js';
import { tally } from '../support/faults/tally.js';
import { faultsOf } from '../support/faults/verdict.js';
import { at, FIRST_DAY, World } from '../support/faults/world.js';

/**
 * SIGKILL at every step of a delivery, then a fresh process: each channel still gets its digest once.
 * The kill is driven by the fake Discord (when a post arrives, right after it confirmed one) or by
 * the bot's own log ("shutting down"). Each step is its own world, and they run side by side: a
 * killed process may leave its claim to expire (its lease), which the restarted process waits out.
 */

/** When to kill, given the bot, the fake and the channel whose posts trigger it. */
type Step = (bot: BotProcess, fake: FakeDiscord, channelId: string) => void;

const killNow = (bot: BotProcess) => bot.kill('SIGKILL');

/** Kills the bot as the `nth` post to the channel arrives, before the platform has it. */
const onArrival =
  (nth: number): Step =>
  (bot, fake, channelId) =>
    void faultPosts(fake, [
      {
        channelId,
        nth,
        fault: () => {
          killNow(bot);
          return Promise.resolve({ accept: false, answer: 'reset' });
        },
      },
    ]);

/** Kills the bot `delayMs` after the platform answered the `nth` post to the channel (the message exists). */
const afterConfirm =
  (nth: number, delayMs: number): Step =>
  (bot, fake, channelId) =>
    void faultPosts(fake, [
      {
        channelId,
        nth,
        fault: () => {
          // the answer goes out now; the kill lands while the bot reads it or writes its records
          setTimeout(() => killNow(bot), delayMs);
          return Promise.resolve(undefined);
        },
      },
    ]);

/** Holds the first post to the channel, asks the bot to stop (SIGTERM), lets the post through once it is shutting down, then kills it. */
const duringShutdown: Step = (bot, fake, channelId) =>
  void faultPosts(fake, [
    {
      channelId,
      nth: 1,
      fault: async (_request: RecordedRequest) => {
        bot.kill('SIGTERM');
        await bot.waitForLog('shutting down').catch(() => undefined);
        setTimeout(() => killNow(bot), 5);
        return undefined;
      },
    },
  ]);

const steps: [string, Step][] = [
  ['after the claim, as the first part reaches the platform', onArrival(1)],
  ['after the platform confirmed the first part', afterConfirm(1, 0)],
  ['as the second part reaches the platform', onArrival(2)],
  ['right after the platform confirmed the last part (ledger not yet written)', afterConfirm(2, 0)],
  ['2 ms after the platform confirmed the last part (between ledger and cursor)', afterConfirm(2, 2)],
  ['during shutdown, with a send in flight', duringShutdown],
];

describe('SIGKILL at every step of a delivery (SQLite)', () => {
  it.concurrent.for(steps)('killed %s: after a restart every channel has its digest once', async ([step, kill], { expect, onTestFinished }) => {
    const world = await World.create({ channels: 3, multiPart: true });
    onTestFinished(() => world.close());
    const [target] = world.channels as [string];
    const bot = world.startBot('bot');
    kill(bot, world.fakes[0]!, target);
    const { signal } = await bot.exited;
    expect(signal, bot.stderr().slice(-2_000)).toBe('SIGKILL');

    world.fakes[0]!.hook = undefined;
    const restarted = world.startBot('restarted', { clock: at(FIRST_DAY, '09:10') });
    await world.waitForLedgers(FIRST_DAY);
    await restarted.stop();

    const verdict = await world.verdict(FIRST_DAY);
    tally(`SIGKILL ${step}`, world.channels.length, verdict);
    expect(faultsOf(verdict)).toEqual({ duplicates: 0, missed: 0, unrecorded: 0, problems: [] });
  });
});
