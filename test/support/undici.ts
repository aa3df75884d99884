import { createRequire } from 'node:module';

/**
 * Where every copy of undici in a process looks for the process-wide dispatcher: undici 6 (discord.js's)
 * reads and writes the first slot, undici 7 (Slack socket mode's) writes both and reads the first.
 * Whichever copy loads first fills them, so which dispatcher discord.js's REST requests go through
 * depends on the order modules loaded in (docs/discord.md, Files).
 */
const SLOTS = [Symbol.for('undici.globalDispatcher.1'), Symbol.for('undici.globalDispatcher.2')] as const;

interface Undici {
  readonly Agent: new () => { close(): Promise<void> };
  setGlobalDispatcher(dispatcher: unknown): void;
}

/** The copy of undici that @slack/bolt's socket mode loads (a dependency of a dependency: resolved as it resolves it). */
export function slackUndici(): Undici {
  const socketMode = createRequire(import.meta.url).resolve('@slack/socket-mode');
  return createRequire(socketMode)('undici') as Undici;
}

/** The dispatcher discord.js's REST client sends through when given none. */
export const globalDispatcher = (): unknown => Reflect.get(globalThis, SLOTS[0]);

/**
 * Puts the process in the state of one that loaded Slack before Discord, whatever this test worker
 * loaded first: the process-wide dispatcher is a new Agent of Slack's undici. Returns the undo, which
 * puts the slots back as they were and closes the agent.
 */
export function dispatcherFromSlacksUndici(): { readonly agent: object; restore(): Promise<void> } {
  const undici = slackUndici();
  const saved = SLOTS.map((slot) => Reflect.get(globalThis, slot) as unknown);
  const agent = new undici.Agent();
  undici.setGlobalDispatcher(agent);
  return {
    agent,
    async restore() {
      SLOTS.forEach((slot, i) => Reflect.set(globalThis, slot, saved[i]));
      await agent.close();
    },
  };
}
