import { findActor, findIsland } from '../../briefings/index.js';
import type { Dossier } from '../../dossier/dossier.js';
import { DISCORD_LIMITS } from './limits.js';

/**
 * Previous/Next buttons on a paged timeline carry the query in their custom id, so a click works
 * without any state on our side (and after a restart):
 *   kuril:timeline:<page>:<raw options as a query string, page left out>
 * Actor and island names are stored as their ids, which are short and stable. Discord allows 100
 * characters; a query that does not fit gets no buttons (the footer then says how to page).
 */
export const PAGE_PREFIX = 'kuril:';

export interface PageTarget {
  readonly command: string;
  readonly page: number;
  readonly raw: Readonly<Record<string, string>>;
}

/** The raw options of a paged command in their shortest stable form. */
export function canonicalQuery(dossier: Dossier, raw: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (name === 'page') continue;
    const text = value.trim();
    if (!text) continue;
    if (name === 'actor') out[name] = findActor(dossier, text)?.id ?? text;
    else if (name === 'island') out[name] = findIsland(dossier, text)?.id ?? text;
    else out[name] = text;
  }
  return out;
}

/** The custom id for one page of a query, or undefined when it would be longer than Discord allows. */
export function pageCustomId(command: string, page: number, query: Readonly<Record<string, string>>): string | undefined {
  const id = `${PAGE_PREFIX}${command}:${page}:${new URLSearchParams(query).toString()}`;
  return id.length <= DISCORD_LIMITS.customId ? id : undefined;
}

/** Reads a custom id made by pageCustomId; undefined for anything else. */
export function parsePageCustomId(customId: string): PageTarget | undefined {
  const match = /^kuril:([a-z]+):(\d{1,4}):(.*)$/s.exec(customId);
  if (!match) return undefined;
  const raw: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(match[3])) raw[name] = value;
  return { command: match[1]!, page: Number(match[2]), raw: { ...raw, page: match[2]! } };
}
