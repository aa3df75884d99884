import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { fixedRights } from '../../common/caller.js';
import { runText } from '../../commands/text.js';
import { commandContext, type Adapter, type AdapterDeps } from '../adapter.js';
import { renderText } from './render.js';
import { saveFiles } from './save-files.js';

export interface ConsoleStreams {
  readonly input: Readable;
  readonly output: Writable;
  /** A person at a terminal: show a prompt. Piped input gets none, so its output is only the replies. */
  readonly interactive?: boolean;
}

const PROMPT = 'kuril> ';

/**
 * The embedded default adapter (Hubot's shell): one line in, one reply out, through the same text
 * path as a direct message (runText decides help, command or question). Lines are handled one at a
 * time, in order, so piped input gets its replies in the same order. A blank line does nothing.
 */
export function createConsoleBot(deps: AdapterDeps, streams: ConsoleStreams): Adapter {
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const interactive = streams.interactive === true;
  const lines = createInterface({
    input: streams.input,
    crlfDelay: Infinity,
    ...(interactive ? { output: streams.output, terminal: true, prompt: PROMPT } : { terminal: false }),
  });
  let stopping = false;
  // The console user is the operator: they manage their own "channel" and curate the record.
  const caller = { platform: 'console', userId: 'console', isDirect: true, can: fixedRights({ manageChannel: true, curator: true }) } as const;

  async function loop(): Promise<void> {
    if (interactive) lines.prompt();
    for await (const line of lines) {
      if (stopping) break;
      if (line.trim()) {
        const reply = await runText(line, commandContext(deps, caller));
        const saved = await saveFiles(deps.config.OUTPUT_DIR, reply.files ?? []);
        streams.output.write(`${[renderText(reply), ...saved].join('\n')}\n\n`);
      }
      if (interactive) lines.prompt();
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
