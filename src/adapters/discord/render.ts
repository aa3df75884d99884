import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId, type APIEmbed, type APIEmbedField, type AttachmentPayload } from 'discord.js';
import { actionLine, type Reply, type ReplyAction, type ReplyItem, type ReplySection, type TrendDirection } from '../../briefings/reply.js';
import { formatDay } from '../../dossier/dates.js';
import { fitFiles } from '../files.js';
import { fitText, splitText } from '../fit-text.js';
import { linkName, outletName, sourceName, TREND_LABEL, verificationLabel } from '../source-label.js';
import { actionCustomId } from './actions.js';
import { escapeText, plainText, sourceMarkdown } from './escape.js';
import { DISCORD_LIMITS as L } from './limits.js';
import { eventHint } from '../../commands/kuril/event.js';

/**
 * The neutral Reply as Discord embeds. One embed carries the title, lead and trend; each section with
 * items gets its own embed (its text and link lists in the description, each item with text as a
 * field); sections without items become fields. Every Discord limit holds on every message: long text
 * is split across fields, embeds and messages, and when a reply must fit fewer messages it is
 * trimmed — prose at a sentence boundary with an ellipsis, surplus links counted — never inside a link.
 */

export interface DiscordMessage {
  readonly embeds: APIEmbed[];
  readonly components?: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  /** The reply's files, on its first message (discord.js sends them as multipart attachments). */
  readonly files?: AttachmentPayload[];
}

export interface RenderOptions {
  /** Messages the reply may use (the first is the reply, the rest follow-ups). Default 4. */
  readonly maxMessages?: number;
  /**
   * For paged replies: the custom id of the button that shows a given page, or undefined when one cannot
   * be made (then the footer says how to page instead).
   */
  readonly pageButton?: (page: number) => string | undefined;
}

export const COLOURS = {
  deteriorated: 0xd83c3e,
  unchanged: 0xe8a33d,
  improved: 0x2ea04f,
  unrecorded: 0x8f979e,
  neutral: 0x3b6ea8,
  notice: 0x8f979e,
  error: 0xe67e22,
} as const satisfies Record<TrendDirection | 'neutral' | 'notice' | 'error', number>;

export function replyColour(reply: Reply): number {
  if (reply.trend) return COLOURS[reply.trend.direction];
  if (reply.kind === 'error') return COLOURS.error;
  if (reply.kind === 'notice') return COLOURS.notice;
  return COLOURS.neutral;
}

/** How hard to squeeze a reply: the first level that fits wins. */
interface Level {
  /** Longest prose (an item's text) in characters. */
  readonly prose: number;
  /** Longest lead or section text in characters. */
  readonly lead: number;
  /** Most source links shown per item; the rest are counted. */
  readonly links: number;
  /** Link labels without the publication date. */
  readonly shortLabels: boolean;
}

const LEVELS: readonly Level[] = [
  { prose: Infinity, lead: Infinity, links: Infinity, shortLabels: false },
  { prose: Infinity, lead: Infinity, links: Infinity, shortLabels: true },
  { prose: 400, lead: 1_500, links: 3, shortLabels: true },
  { prose: 300, lead: 1_000, links: 2, shortLabels: true },
  { prose: 300, lead: 1_000, links: 1, shortLabels: true },
  { prose: 200, lead: 600, links: 1, shortLabels: true },
  { prose: 120, lead: 400, links: 1, shortLabels: true },
];

/** Room kept free in every message for the closing note when a reply is cut short. */
const CUT_NOTE = 'Part of this reply is not shown: it is longer than Discord allows.';
const CONTINUED = '(continued)';

/** Characters an embed counts towards the 6,000 limit. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

export function renderReply(whole: Reply, options: RenderOptions = {}): DiscordMessage[] {
  // Files over Discord's limits are left out, and the reply says so.
  const { reply, files } = fitFiles(whole, { platform: 'Discord', maxBytes: L.attachmentBytes, maxFiles: L.attachmentsPerMessage });
  const maxMessages = Math.max(1, options.maxMessages ?? 4);
  const colour = replyColour(reply);
  const pageRows = pageButtons(reply, options) ?? [];
  const actions = actionButtons(reply, L.actionRows - pageRows.length);
  const footer = footerText(reply, options, actions.typed);
  // Every message keeps room for the footer and the cut note, so either can go on whichever message ends.
  const budget = L.embedTotal - footer.length - CUT_NOTE.length - 3;

  // No title and description together may need more than a message's budget.
  const share = budget - L.title;
  let packed: APIEmbed[][] = [];
  for (const level of LEVELS) {
    packed = pack(buildEmbeds(reply, level, colour, share), budget);
    if (packed.length <= maxMessages) break;
  }
  const cut = packed.length > maxMessages;
  const kept = packed.slice(0, maxMessages);
  const last = kept.at(-1)!.at(-1)!;
  const closing = [footer, cut ? CUT_NOTE : ''].filter(Boolean).join(' · ');
  if (closing) last.footer = { text: fitText(closing, L.footer) };

  // The first image is shown in the reply's first embed; every file is attached to the first message.
  const image = files.find((file) => file.contentType.startsWith('image/'));
  if (image) kept[0]![0]!.image = { url: `attachment://${image.name}` };
  const attachments = files.map((file) => ({ attachment: Buffer.from(file.data), name: file.name, description: fitText(file.description, L.attachmentDescription) }));

  const rows = [...pageRows, ...actions.rows];
  return kept.map((embeds, index) => {
    const components = index === 0 && rows.length > 0 ? rows : undefined;
    return {
      embeds,
      ...(components ? { components } : {}),
      ...(index === 0 && attachments.length > 0 ? { files: attachments } : {}),
    };
  });
}

function footerText(reply: Reply, options: RenderOptions, typed: readonly ReplyAction[]): string {
  const parts = [reply.footer ? plainText(reply.footer) : '', ...typed.map((action) => plainText(`${action.label}: ${actionLine(action)}`))];
  const page = reply.page;
  if (page && page.count > 1 && page.index < page.count && !canPage(page, options)) {
    parts.push(`Page ${page.index} of ${page.count}: add page:${page.index + 1} to the command for more`);
  }
  return fitText(parts.filter(Boolean).join(' · '), L.footer - CUT_NOTE.length - 3);
}

function canPage(page: NonNullable<Reply['page']>, options: RenderOptions): boolean {
  if (!options.pageButton) return false;
  return [Math.max(1, page.index - 1), Math.min(page.count, page.index + 1)].every((p) => {
    const id = options.pageButton!(p);
    return id !== undefined && id.length <= L.customId;
  });
}

function pageButtons(reply: Reply, options: RenderOptions): DiscordMessage['components'] {
  const page = reply.page;
  if (!page || page.count <= 1 || !canPage(page, options)) return undefined;
  const button = (label: string, target: number, disabled: boolean): APIButtonComponentWithCustomId => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: options.pageButton!(target)!,
    disabled,
  });
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        button('◀ Previous', Math.max(1, page.index - 1), page.index <= 1),
        button(`Next ▶ (page ${Math.min(page.count, page.index + 1)} of ${page.count})`, Math.min(page.count, page.index + 1), page.index >= page.count),
      ],
    },
  ];
}

/**
 * The reply's actions as buttons on the first message, five to a row in the rows the page buttons
 * leave (Discord allows five rows). An action whose custom id would be too long, or that finds no
 * room, is `typed`: the footer gives the command to type instead.
 */
function actionButtons(reply: Reply, rowsLeft: number): { rows: NonNullable<DiscordMessage['components']>; typed: ReplyAction[] } {
  const buttons: APIButtonComponentWithCustomId[] = [];
  const typed: ReplyAction[] = [];
  for (const action of reply.actions ?? []) {
    const id = actionCustomId(action);
    if (id && buttons.some((b) => b.custom_id === id)) continue; // offered already (Discord wants ids unique)
    if (!id || buttons.length >= rowsLeft * L.buttonsPerRow) typed.push(action);
    else buttons.push({ type: ComponentType.Button, style: ButtonStyle.Primary, label: fitText(action.label, L.buttonLabel), custom_id: id });
  }
  const rows: NonNullable<DiscordMessage['components']> = [];
  for (let i = 0; i < buttons.length; i += L.buttonsPerRow) rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + L.buttonsPerRow) });
  return { rows, typed };
}

// ---------------------------------------------------------------------------------------------------
// Building embeds

function buildEmbeds(reply: Reply, level: Level, colour: number, share: number): APIEmbed[] {
  // A title and description alone must always fit in one message.
  const descriptionMax = Math.min(L.description, share);
  const head: APIEmbed = { title: fitText(escapeText(reply.title), L.title), color: colour };
  const description = [reply.lead ? fitText(escapeText(reply.lead), level.lead) : '', reply.trend ? trendText(reply.trend) : ''].filter(Boolean).join('\n\n');
  const embeds: APIEmbed[] = [];
  const [first, ...more] = description ? splitText(description, descriptionMax) : [];
  if (first) head.description = first;
  embeds.push(head, ...more.map((text) => ({ description: text, color: colour })));

  for (const section of reply.sections) {
    if (section.items.length === 0) {
      appendFields(embeds, textFields(escapeText(section.heading), section.text ? fitText(escapeText(section.text), level.lead) : '—'), colour);
      continue;
    }
    embeds.push(...sectionEmbeds(section, level, colour, descriptionMax));
  }
  return embeds;
}

function trendText(trend: NonNullable<Reply['trend']>): string {
  const window = `${formatDay(trend.window.from)} – ${formatDay(trend.window.to)}`;
  return `**Trend, ${escapeText(window)}: ${TREND_LABEL[trend.direction]}.** ${escapeText(trend.reason)}`;
}

function sectionEmbeds(section: ReplySection, level: Level, colour: number, descriptionMax: number): APIEmbed[] {
  const lines = section.items.filter((item) => !hasBody(item)).map((item) => itemLine(item, level));
  const description = [section.text ? fitText(escapeText(section.text), level.lead) : '', lines.join('\n')].filter(Boolean).join('\n\n');
  const title = fitText(escapeText(section.heading), L.title);
  const chunks = description ? splitText(description, descriptionMax) : [];
  const embeds: APIEmbed[] = chunks.length
    ? chunks.map((text, i) => ({ ...(i === 0 ? { title } : {}), description: text, color: colour }))
    : [{ title, color: colour }];
  const fields = section.items.filter(hasBody).flatMap((item) => textFields(escapeText(itemName(item)), itemValue(item, level)));
  appendFields(embeds, fields, colour);
  return embeds;
}

/** Items with prose or a label get a field of their own; the rest are one line in a list. */
const hasBody = (item: ReplyItem): boolean => Boolean(item.text) || verificationLabel(item) !== undefined;

function itemName(item: ReplyItem): string {
  return [item.date, item.title].filter(Boolean).join(' · ');
}

function itemValue(item: ReplyItem, level: Level): string {
  const label = verificationLabel(item);
  const prose = item.text ? fitText(escapeText(item.text), level.prose) : '';
  const parts = [[label ? `⚠️ **${label}.**` : '', prose].filter(Boolean).join(' ')];
  const links = linkList(item, level);
  if (links) parts.push(links);
  if (item.eventId) parts.push(`\`${item.eventId}\``);
  return parts.filter(Boolean).join('\n');
}

function itemLine(item: ReplyItem, level: Level): string {
  const only = item.sources.length === 1 ? item.sources[0]! : undefined;
  // "Sources: The Japan Times" with one link to The Japan Times: the link says it all.
  const titleIsLink = only !== undefined && (item.title === only.outlet || item.title === outletName(only) || item.title === only.title) && !item.date;
  const head = titleIsLink ? '' : [item.date ? `**${escapeText(item.date)}**` : '', escapeText(item.title)].filter(Boolean).join(' · ');
  const links = titleIsLink ? sourceMarkdown(only, titleLabel(only, item.title, level)) : linkList(item, level, '');
  const id = item.eventId ? ` · \`${item.eventId}\`` : '';
  return `• ${[head, links].filter(Boolean).join(' — ')}${id}`;
}

function titleLabel(source: ReplyItem['sources'][number], title: string, level: Level): string {
  if (source.title && title === source.title) return level.shortLabels ? source.title : `${source.title} (${sourceName(source)})`;
  return level.shortLabels ? source.outlet : sourceName(source);
}

/** "Sources: [Outlet, date](url) · [Outlet](url)", or one link a line when there are many. */
function linkList(item: ReplyItem, level: Level, prefix = 'Sources: '): string {
  if (item.sources.length === 0) return '';
  const shown = item.sources.slice(0, level.links);
  const links = shown.map((s) => sourceMarkdown(s, level.shortLabels && !item.groupedByOutlet ? s.outlet : linkName(item, s)));
  const hidden = item.sources.length - shown.length;
  if (hidden > 0) links.push(`+${hidden} more${item.eventId ? ` (${eventHint(item.eventId)})` : ''}`);
  if (links.length > 3) return `${prefix.trim() ? `${prefix.trim()}\n` : ''}${links.join('\n')}`;
  return `${prefix}${links.join(' · ')}`;
}

/** A named block of Markdown as one or more fields, split at boundaries so no value passes 1,024. */
function textFields(name: string, value: string): APIEmbedField[] {
  const head = fitText(name || '\u200b', L.fieldName);
  return splitText(value || '—', L.fieldValue).map((chunk, i) => ({
    name: i === 0 ? head : fitText(`${name} ${CONTINUED}`, L.fieldName),
    value: chunk,
  }));
}

/** Adds fields to the last embed, starting new (untitled) embeds when it is full. */
function appendFields(embeds: APIEmbed[], fields: APIEmbedField[], colour: number): void {
  for (const field of fields) {
    let last = embeds.at(-1);
    if (!last || (last.fields?.length ?? 0) >= L.fields) {
      last = { color: colour };
      embeds.push(last);
    }
    (last.fields ??= []).push(field);
  }
}

/** Groups embeds into messages: at most 10 per message and `budget` characters across them. An embed that does
 * not fit in what is left of a message is split between its fields, the rest going on in the next message. */
function pack(embeds: readonly APIEmbed[], budget: number): APIEmbed[][] {
  const messages: APIEmbed[][] = [];
  let current: APIEmbed[] = [];
  let size = 0;
  const flush = () => {
    if (current.length > 0) messages.push(current);
    current = [];
    size = 0;
  };
  for (const whole of embeds) {
    let embed: APIEmbed | undefined = whole;
    while (embed) {
      if (current.length >= L.embedsPerMessage) flush();
      const length = embedLength(embed);
      if (size + length <= budget) {
        current.push(embed);
        size += length;
        break;
      }
      const [head, tail] = splitAt(embed, budget - size);
      if (!head && current.length === 0) {
        // Cannot happen with descriptions capped below the budget; never loop forever if it does.
        current.push(embed);
        flush();
        break;
      }
      if (head) current.push(head);
      flush();
      embed = tail;
    }
  }
  flush();
  return messages;
}

/** The part of an embed that fits in `room` characters (its title, description and leading fields), and the rest. */
function splitAt(embed: APIEmbed, room: number): [APIEmbed | undefined, APIEmbed | undefined] {
  const { fields = [], ...rest } = embed;
  const bare: APIEmbed = { ...rest };
  const hasText = Boolean(bare.title || bare.description);
  let used = embedLength(bare);
  if (used > room) return [undefined, embed];
  let count = 0;
  for (const field of fields) {
    const size = field.name.length + field.value.length;
    if (used + size > room) break;
    used += size;
    count++;
  }
  if (count === 0 && !hasText) return [undefined, embed];
  const head: APIEmbed = count > 0 ? { ...bare, fields: fields.slice(0, count) } : bare;
  const tail: APIEmbed | undefined = count < fields.length ? { color: embed.color, fields: fields.slice(count) } : undefined;
  return [head, tail];
}
