import type { types } from '@slack/bolt';
import { actionLine, type Reply, type ReplyItem, type ReplySection } from '../../briefings/reply.js';
import { encodeAction } from '../actions.js';
import { formatDay } from '../../dossier/dates.js';
import { ELLIPSIS, fitText } from '../fit-text.js';
import { linkName, TREND_LABEL, verificationLabel } from '../source-label.js';
import { bold, escapeMrkdwn, fitMrkdwn, italic, link, splitMrkdwn } from './mrkdwn.js';

export type Block = types.KnownBlock;

/** One Slack message: Block Kit blocks plus the plain `text` used for notifications. */
export interface SlackMessage {
  readonly text: string;
  readonly blocks: Block[];
}

/**
 * Slack's Block Kit limits. They are hard limits (Slack rejects the message with `invalid_blocks`), so
 * the renderer keeps below every one of them on every message it produces.
 */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3_000,
  headerText: 150,
  fields: 10,
  fieldText: 2_000,
  contextElements: 10,
  /** Slack documents no separate figure for context text; 2,000 keeps well inside the text-object limit. */
  contextText: 2_000,
  /** Notification text. Slack cuts `text` at 40,000 and advises under 4,000. */
  messageText: 3_000,
  /** A `response_url` accepts five messages. */
  responseUrlMessages: 5,
  /** Slack takes files up to 1 GB (files.getUploadURLExternal); a chart is far below it. */
  fileBytes: 1_000_000_000,
  /** Files one files.completeUploadExternal call shares. */
  filesPerShare: 10,
  /** An image's alt text (files.getUploadURLExternal `alt_text`). */
  altText: 1_000,
  /** Elements of one actions block. */
  actionsElements: 25,
  /** A button's text, its action_id and its value. */
  buttonText: 75,
  actionId: 255,
  actionValue: 2_000,
} as const;

/**
 * The action_id of a reply's action buttons (Reply.actions), numbered in its block (Slack wants them
 * unique there); the button's value says what to run (../actions.ts). slack-bot.ts listens for these.
 */
export const ACTION_ID_PREFIX = 'kuril:run:';
export const ACTION_ID_PATTERN = /^kuril:run:\d+$/;

/** Most section blocks one item or paragraph may use, so no single unit can crowd out a message. */
const MAX_SECTIONS_PER_UNIT = 8;

export interface RenderOptions {
  /**
   * The most messages the reply may take (a `response_url` accepts five). Output beyond it is
   * dropped at an entry boundary and the last message says how much more there is.
   */
  readonly maxMessages?: number;
}

type UnitKind = 'header' | 'lead' | 'trend' | 'heading' | 'item' | 'page' | 'footer' | 'actions';

/** Blocks that belong together and are never split across messages (an item and its sources). */
interface Unit {
  readonly kind: UnitKind;
  readonly blocks: Block[];
}

/** Renders a neutral Reply as one or more Slack messages, each within every Block Kit limit. */
export function renderSlack(reply: Reply, options: RenderOptions = {}): SlackMessage[] {
  const max = Math.max(1, options.maxMessages ?? Number.POSITIVE_INFINITY);
  const units = buildUnits(reply);
  let packed = pack(units);
  if (packed.length > max) packed = shorten(packed, max, units);
  const title = reply.title.trim() || 'Kuril Brief';
  const bodies = packed.map((message) => trimDividers(message.flatMap((unit) => unit.blocks))).filter((blocks) => blocks.length > 0);
  return bodies.map((blocks, index) => ({ text: fallbackText(reply, title, index, bodies.length), blocks }));
}

/** The `text` of a message: what notifications and screen readers show. Escaped: Slack parses it as mrkdwn. */
function fallbackText(reply: Reply, title: string, index: number, count: number): string {
  if (index > 0) return fitMrkdwn(escapeMrkdwn(`${title} (continued, ${index + 1} of ${count})`), SLACK_LIMITS.messageText);
  const text = reply.lead ? `${title}: ${reply.lead}` : title;
  return fitMrkdwn(escapeMrkdwn(text), SLACK_LIMITS.messageText);
}

function buildUnits(reply: Reply): Unit[] {
  const units: Unit[] = [];
  const title = reply.title.trim() || 'Kuril Brief';
  units.push({ kind: 'header', blocks: [{ type: 'header', text: { type: 'plain_text', text: fitText(title, SLACK_LIMITS.headerText) } }] });
  if (reply.lead?.trim()) units.push({ kind: 'lead', blocks: sections(escapeMrkdwn(reply.lead.trim())) });
  if (reply.trend) {
    const t = reply.trend;
    const head = `Trend, ${formatDay(t.window.from)} – ${formatDay(t.window.to)}: ${TREND_LABEL[t.direction]}.`;
    units.push({ kind: 'trend', blocks: sections(`${bold(head)} ${escapeMrkdwn(t.reason)}`) });
  }
  for (const section of reply.sections) units.push(...sectionUnits(section));
  if (reply.page && reply.page.count > 1) {
    const { index, count } = reply.page;
    const more = index < count ? ` · add page:${index + 1} for more` : '';
    units.push({ kind: 'page', blocks: [context([escapeMrkdwn(`Page ${index} of ${count}${more}`)])] });
  }
  if (reply.footer?.trim()) units.push({ kind: 'footer', blocks: [context([escapeMrkdwn(reply.footer.trim())])] });
  units.push(...actionUnits(reply));
  return units;
}

/**
 * The reply's actions as buttons in one actions block, last (kept when a reply is shortened, like the
 * footer). An action whose value would pass Slack's limit, or past the block's 25, is given as the
 * command to type instead.
 */
function actionUnits(reply: Reply): Unit[] {
  const buttons: types.Button[] = [];
  const typed: string[] = [];
  for (const action of reply.actions ?? []) {
    const value = encodeAction(action);
    if (value.length > SLACK_LIMITS.actionValue || buttons.length >= SLACK_LIMITS.actionsElements) typed.push(escapeMrkdwn(`${action.label}: ${actionLine(action)}`));
    else buttons.push({ type: 'button', text: { type: 'plain_text', text: fitText(action.label, SLACK_LIMITS.buttonText) }, action_id: `${ACTION_ID_PREFIX}${buttons.length}`, value });
  }
  const blocks: Block[] = [];
  if (buttons.length > 0) blocks.push({ type: 'actions', elements: buttons });
  if (typed.length > 0) blocks.push(context(typed));
  return blocks.length > 0 ? [{ kind: 'actions', blocks }] : [];
}

function sectionUnits(section: ReplySection): Unit[] {
  const head = [bold(section.heading), section.text?.trim() ? escapeMrkdwn(section.text.trim()) : ''].filter(Boolean).join('\n');
  const units: Unit[] = [{ kind: 'heading', blocks: [{ type: 'divider' }, ...(head ? sections(head) : [])] }];
  for (const item of section.items) units.push({ kind: 'item', blocks: itemBlocks(item) });
  return units;
}

function itemBlocks(item: ReplyItem): Block[] {
  const label = verificationLabel(item);
  const headline = [item.date, item.title].filter((part) => part?.trim()).join(' · ');
  const lines = [[bold(headline), label ? italic(`(${label})`) : ''].filter(Boolean).join(' ')];
  if (item.text?.trim()) lines.push(escapeMrkdwn(item.text.trim()));
  if (item.eventId) lines.push(`\`${escapeMrkdwn(item.eventId)}\``);
  const blocks = sections(lines.filter(Boolean).join('\n'));
  if (item.sources.length > 0) blocks.push(context(sourceElements(item)));
  return blocks;
}

/** "Source: <url|Outlet, date> · …" packed into at most ten context elements. */
function sourceElements(item: ReplyItem): string[] {
  const sources = item.sources;
  const pieces = sources.map((s) => (s.url ? link(s.url, linkName(item, s)) : `${escapeMrkdwn(linkName(item, s))} (no public link)`));
  const prefix = sources.length === 1 ? 'Source: ' : 'Sources: ';
  const elements: string[] = [];
  let current = prefix;
  let used = 0;
  for (const piece of pieces) {
    const joined = current === prefix || current === '' ? `${current}${piece}` : `${current} · ${piece}`;
    if (joined.length <= SLACK_LIMITS.contextText) {
      current = joined;
      used++;
      continue;
    }
    if (elements.length + 1 >= SLACK_LIMITS.contextElements) break;
    elements.push(current);
    current = piece.length <= SLACK_LIMITS.contextText ? piece : fitMrkdwn(piece, SLACK_LIMITS.contextText);
    used++;
  }
  const left = pieces.length - used;
  if (left > 0) {
    const more = ` · and ${left} more`;
    current = current.length + more.length <= SLACK_LIMITS.contextText ? `${current}${more}` : `${fitMrkdwn(current, SLACK_LIMITS.contextText - more.length)}${more}`;
  }
  elements.push(current);
  return elements;
}

/** Escaped mrkdwn as section blocks of at most 3,000 characters each, cut at boundaries. */
function sections(mrkdwn: string): Block[] {
  let chunks = splitMrkdwn(mrkdwn, SLACK_LIMITS.sectionText);
  if (chunks.length > MAX_SECTIONS_PER_UNIT) {
    chunks = chunks.slice(0, MAX_SECTIONS_PER_UNIT);
    const last = chunks[chunks.length - 1]!;
    chunks[chunks.length - 1] = last.length < SLACK_LIMITS.sectionText ? `${last}${ELLIPSIS}` : fitMrkdwn(`${last}${ELLIPSIS}`, SLACK_LIMITS.sectionText);
  }
  return chunks.map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));
}

function context(texts: readonly string[]): Block {
  const elements = texts
    .filter((text) => text.length > 0)
    .slice(0, SLACK_LIMITS.contextElements)
    .map((text) => ({ type: 'mrkdwn' as const, text: fitMrkdwn(text, SLACK_LIMITS.contextText) }));
  return { type: 'context', elements };
}

const blockCount = (units: readonly Unit[]) => units.reduce((n, unit) => n + unit.blocks.length, 0);

/** Fills messages with whole units, at most 50 blocks each. */
function pack(units: readonly Unit[]): Unit[][] {
  const messages: Unit[][] = [];
  let current: Unit[] = [];
  for (const unit of units) {
    if (current.length > 0 && blockCount(current) + unit.blocks.length > SLACK_LIMITS.blocksPerMessage) {
      messages.push(current);
      current = [];
    }
    current.push(unit);
  }
  if (current.length > 0) messages.push(current);
  return messages;
}

/** Keeps the first `max` messages, ending the last with a note on what was left out and the footer. */
function shorten(messages: Unit[][], max: number, all: readonly Unit[]): Unit[][] {
  const kept = messages.slice(0, max).map((m) => [...m]);
  const last = kept[kept.length - 1]!;
  const tail = all.filter((unit) => unit.kind === 'footer' || unit.kind === 'actions');
  const room = SLACK_LIMITS.blocksPerMessage - 1 - blockCount(tail);
  while (last.length > 1 && (blockCount(last) > room || last[last.length - 1]!.kind === 'heading')) last.pop();
  const shown = new Set(kept.flat());
  const hidden = all.filter((unit) => unit.kind === 'item' && !shown.has(unit)).length;
  const note = `Shortened: ${hidden} more ${hidden === 1 ? 'entry is' : 'entries are'} not shown. Narrow the request (for example with from: and to:) to see them.`;
  last.push({ kind: 'page', blocks: [context([escapeMrkdwn(note)])] }, ...tail.filter((unit) => !shown.has(unit)));
  return kept;
}

/** A message should not start or end with a divider. */
function trimDividers(blocks: Block[]): Block[] {
  let start = 0;
  let end = blocks.length;
  while (start < end && blocks[start]!.type === 'divider') start++;
  while (end > start && blocks[end - 1]!.type === 'divider') end--;
  return blocks.slice(start, end);
}
