import type { Dossier } from '../dossier/dossier.js';
import type { Command } from './command.js';

/**
 * The query behind a paged reply, for a platform that offers Previous/Next: the command's options
 * without its page option, each in its shortest stable spelling (an actor's id rather than the name
 * typed), so the query is small enough to carry in a button and means the same after a restart.
 */
export function pageQuery(command: Command, dossier: Dossier, raw: Readonly<Record<string, string>>): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    const text = value.trim();
    if (name === command.paging?.pageOption || !text) continue;
    const canonical = command.options[name]?.canonical;
    query[name] = canonical ? canonical(dossier, text) : text;
  }
  return query;
}

/** The raw options that show page `page` of a query made by pageQuery. */
export function pageRequest(command: Command, query: Readonly<Record<string, string>>, page: number): Record<string, string> {
  const pageOption = command.paging?.pageOption;
  return pageOption ? { ...query, [pageOption]: String(page) } : { ...query };
}
