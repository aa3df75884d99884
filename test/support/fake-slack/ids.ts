import { randomBytes } from 'node:crypto';

/**
 * Ids that look like Slack's: a type letter and upper-case alphanumerics (T… team, E… enterprise, C… channel,
 * D… direct message, U… user, B… bot, A… app, F… file, V… view, Ev… event). Bolt and the bot check prefixes
 * (a D… channel is a DM), so tests should never use made-up shapes.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export function slackId(prefix: 'T' | 'E' | 'C' | 'G' | 'D' | 'U' | 'W' | 'B' | 'A' | 'F' | 'V' | 'Ev', length = 10): string {
  const bytes = randomBytes(length);
  let id = prefix;
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}

/** A message timestamp "1719830400.123456", increasing within a process. */
let last = 0;
export function messageTs(): string {
  const micros = Math.max(Date.now() * 1000, last + 1);
  last = micros;
  return `${Math.floor(micros / 1_000_000)}.${String(micros % 1_000_000).padStart(6, '0')}`;
}

export const ID_PATTERNS = {
  team: /^T[A-Z0-9]{8,}$/,
  channel: /^[CGD][A-Z0-9]{8,}$/,
  user: /^[UW][A-Z0-9]{8,}$/,
  bot: /^B[A-Z0-9]{8,}$/,
} as const;
