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

/** "The Japan Times, 22 March 2022" (no URL). */
export function sourceName(source: SourceLink): string {
  return source.published ? `${source.outlet}, ${formatDay(source.published)}` : source.outlet;
}

export const TREND_LABEL: Readonly<Record<TrendDirection, string>> = {
  deteriorated: 'Deteriorated',
  unchanged: 'Unchanged',
  improved: 'Improved',
  unrecorded: 'Nothing recorded',
};
