import { DISCORD_LIMITS } from './limits.js';

/**
 * Previous/Next buttons on a paged reply carry the query in their custom id, so a click works without
 * any state on our side (and after a restart):
 *   kuril:<command>:<page>:<query as a query string>
 * The command layer makes the query (pageQuery) and turns it back into options (pageRequest). Discord
 * allows 100 characters; a query that does not fit gets no buttons (the footer then says how to page).
 */
export const PAGE_PREFIX = 'kuril:';

export interface PageTarget {
  readonly command: string;
  readonly page: number;
  readonly query: Readonly<Record<string, string>>;
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
  const query: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(match[3])) query[name] = value;
  return { command: match[1]!, page: Number(match[2]), query };
}
