import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { CommandContext } from '../../commands/command.js';
import { runQuestion, runTextCommand } from '../../commands/dispatch.js';
import { commandContext, type Adapter, type AdapterDeps } from '../adapter.js';
import { renderText } from './render.js';

export interface ConsoleStreams {
  readonly input: Readable;
  readonly output: Writable;
}

/**
 * The embedded default adapter (Hubot's shell): one line in, one reply out. A line starting with
 * /kuril runs that command; any other non-empty line is a question, as if sent in a direct message.
 * Lines are handled one at a time, in order, so piped input gives its replies in the same order.
 */
export function createConsoleBot(deps: AdapterDeps, streams: ConsoleStreams = { input: process.stdin, output: process.stdout }): Adapter {
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const lines = createInterface({ input: streams.input, crlfDelay: Infinity, terminal: false });
  let stopping = false;

  const context = (): CommandContext =>
    commandContext(deps, { platform: 'console', userId: 'console', isDirect: true, canManageChannel: true });

  async function loop(): Promise<void> {
    for await (const line of lines) {
      if (stopping) break;
      const text = line.trim();
      if (!text) continue;
      const reply = /^\/\S/.test(text) ? await runTextCommand(text, context()) : await runQuestion(text, context());
      streams.output.write(`${renderText(reply)}\n\n`);
    }
  }

  return {
    name: 'console',
    finished,
    start() {
      loop()
        .catch((error: unknown) => deps.log.error({ err: error }, 'console input failed'))
        .finally(finish);
      return Promise.resolve();
    },
    async stop() {
      stopping = true;
      lines.close();
      await finished;
    },
  };
}
