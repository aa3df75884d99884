import type { SourceLink } from '../dossier/dossier.js';
import type { Verification } from '../dossier/schema.js';

/**
 * The neutral reply model: what to say, not how. Every briefing, command and error produces one;
 * each adapter's renderer turns it into text, Discord embeds or Slack Block Kit and owns the
 * platform's limits. All strings are plain text (no markdown): renderers escape them.
 */

/** `unrecorded`: no event on record in the window, which says nothing about the world, only about the record. */
export type TrendDirection = 'deteriorated' | 'unchanged' | 'improved' | 'unrecorded';

/** CrisisWatch-style trend: the last window compared with the one before it. */
export interface Trend {
  readonly direction: TrendDirection;
  /** One line saying why, drawn from the events in the windows. */
  readonly reason: string;
  readonly window: { readonly from: string; readonly to: string };
  readonly previous: { readonly from: string; readonly to: string };
  /** Sum of Goldstein scores in each window (negative = conflictual). */
  readonly score: number;
  readonly previousScore: number;
  /** Events in the current window, newest first, that the reason rests on. */
  readonly basis: readonly string[];
}

export interface ReplyItem {
  /** Display date, e.g. "21 March 2022". */
  readonly date?: string;
  readonly title: string;
  readonly text?: string;
  readonly sources: readonly SourceLink[];
  /** Set when the claim is not verified; renderers label it. */
  readonly verification?: Exclude<Verification, 'verified'>;
  /** The event the item comes from, so a user can ask `/kuril event <id>`. */
  readonly eventId?: string;
  /**
   * The item is one outlet, named in its title: renderers name its links by their own title or date
   * instead of repeating the outlet on every line.
   */
  readonly groupedByOutlet?: boolean;
}

export interface ReplySection {
  readonly heading: string;
  readonly text?: string;
  readonly items: readonly ReplyItem[];
}

export type ReplyKind = 'briefing' | 'list' | 'answer' | 'help' | 'notice' | 'error';

export interface Reply {
  readonly kind: ReplyKind;
  readonly title: string;
  /** One or two lines under the title. */
  readonly lead?: string;
  readonly trend?: Trend;
  readonly sections: readonly ReplySection[];
  /** Short closing line, e.g. "As of 26 November 2026 · 52 events on record". */
  readonly footer?: string;
  /** Ephemeral replies are shown only to the person who asked (errors, help, personal answers). */
  readonly visibility: 'public' | 'ephemeral';
  /** For paged lists (the timeline): which page this is and how many there are. */
  readonly page?: { readonly index: number; readonly count: number };
  /** Files that go with the reply (a chart, an export). */
  readonly files?: readonly ReplyFile[];
  /** Follow-up commands offered with the reply (the brief's and the digest's chart): buttons where a platform has them. */
  readonly actions?: readonly ReplyAction[];
}

/**
 * A follow-up the reader can run with one press: a /kuril subcommand and its options, exactly as if
 * typed. Platforms with buttons carry `command` and `args` in the button and run them through the one
 * command dispatch; the console prints `actionLine` to type instead. Running it needs no state and no
 * rights beyond the presser's own, so a button is as safe as the typed line.
 */
export interface ReplyAction {
  /** The button's text, a word or two, e.g. "Chart". */
  readonly label: string;
  /** The subcommand, e.g. `chart`. */
  readonly command: string;
  /** Its options by name, as they would be typed, e.g. `{ from: '2025-12' }`. */
  readonly args: Readonly<Record<string, string>>;
}

/**
 * A file produced for a reply: attached on Discord, uploaded on Slack, written under OUTPUT_DIR by
 * the console (which prints its path on its own line). Renderers check platform size limits.
 */
export interface ReplyFile {
  /** File name with extension, e.g. `kuril-chart-2020-2026.png`. */
  readonly name: string;
  /** MIME type, e.g. `image/png`, `text/csv`, `application/json`, `text/calendar`. */
  readonly contentType: string;
  readonly data: Uint8Array;
  /** One line saying what it is (alt text for an image, a caption for a file). */
  readonly description: string;
  /** One line of plain text standing in for the file where it cannot be shown (the console prints it under the path): a chart's sparkline. */
  readonly preview?: string;
}

/** The typed command an action runs, e.g. `/kuril chart from:2025-12`: a value with spaces or quotes is quoted the way the parser reads it. */
export function actionLine(action: Pick<ReplyAction, 'command' | 'args'>): string {
  const options = Object.entries(action.args).map(([name, value]) => `${name}:${quoteValue(value)}`);
  return ['/kuril', action.command, ...options].join(' ');
}

function quoteValue(value: string): string {
  if (value !== '' && !/[\s"'“”]/.test(value)) return value;
  return value.includes('"') ? `'${value}'` : `"${value}"`;
}

/** An error or refusal, shown only to the user who caused it. */
export function errorReply(title: string, lead: string, hint?: string): Reply {
  return {
    kind: 'error',
    title,
    lead,
    sections: hint ? [{ heading: 'Try', text: hint, items: [] }] : [],
    visibility: 'ephemeral',
  };
}

/** A short informational reply, shown to the user who asked. */
export function noticeReply(title: string, lead: string, visibility: Reply['visibility'] = 'ephemeral'): Reply {
  return { kind: 'notice', title, lead, sections: [], visibility };
}
