import { randomBytes } from 'node:crypto';
import { errorReply, type Reply } from '../briefings/reply.js';
import type { CommandLogger } from './command.js';

/**
 * The last resort, the same everywhere: a short apology with a reference id the user can quote; the
 * details go to the log under the same reference (as `err`, which the logger serializes and redacts).
 */
export function apologise(log: CommandLogger, error: unknown, details: Record<string, unknown>, message: string): Reply {
  const reference = randomBytes(4).toString('hex');
  log.error({ err: error, reference, ...details }, message);
  return errorReply('Something went wrong', `Sorry, that did not work on our side. If it keeps happening, quote reference ${reference}.`);
}
