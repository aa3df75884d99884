import type { SourceLink } from '../dossier/dossier.js';
import { formatDay } from '../dossier/dates.js';
import type { ReplyItem, TrendDirection } from '../briefings/reply.js';

/**
 * Small pieces every renderer shares, so a source or a label reads the same on every platform.
 */

/** "Unverified" / "Single source" label for an item, or undefined for verified ones. */
export function verificationLabel(item: Pick<ReplyItem, 'verification'>): string | undefined {
  if (item.verification === 'unverified') return 'Unverified claim';
  if (item.verification === 'single-source') return 'Single source';
  return undefined;
}

/** "TASS (Russian state media)": the outlet with what kind of voice it is, when the registry knows. */
export function outletName(source: SourceLink): string {
  return source.about ? `${source.outlet} (${source.about})` : source.outlet;
}

/** "The Japan Times (Japanese news outlet), 22 March 2022" (no URL). */
export function sourceName(source: SourceLink): string {
  const name = outletName(source);
  return source.published ? `${name}, ${formatDay(source.published)}` : name;
}

/** A link's name inside an item: its source, or, under an item that is the outlet, its own title, date or address. */
export function linkName(item: Pick<ReplyItem, 'groupedByOutlet'>, source: SourceLink): string {
  if (!item.groupedByOutlet) return sourceName(source);
  if (source.title) return source.title;
  if (source.published) return formatDay(source.published);
  return source.url ? linkAddress(source.url) : source.outlet;
}

/** "tass.com/politics/2089669": a link named by its address, for links with no title or date. */
export function linkAddress(url: string): string {
  return url.replace(/^https?:\/\/(?:www\.)?/, '');
}

export const TREND_LABEL: Readonly<Record<TrendDirection, string>> = {
  deteriorated: 'Deteriorated',
  unchanged: 'Unchanged',
  improved: 'Improved',
  unrecorded: 'Nothing recorded',
};
