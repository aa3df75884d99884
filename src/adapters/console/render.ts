import { actionLine, type Reply, type ReplyItem } from '../../briefings/reply.js';
import { formatDay } from '../../dossier/dates.js';
import { linkAddress, linkName, TREND_LABEL, verificationLabel } from '../source-label.js';

/** Plain-text rendering of a reply, for the terminal (and as a fallback text elsewhere). */
export function renderText(reply: Reply): string {
  const lines: string[] = [reply.title];
  if (reply.lead) lines.push(reply.lead);
  if (reply.trend) {
    const t = reply.trend;
    lines.push('', `Trend, ${formatDay(t.window.from)} – ${formatDay(t.window.to)}: ${TREND_LABEL[t.direction]}. ${t.reason}`);
  }
  for (const section of reply.sections) {
    lines.push('', section.heading);
    if (section.text) lines.push(...section.text.split('\n'));
    for (const item of section.items) lines.push(...renderItem(item));
  }
  if (reply.page && reply.page.count > 1) {
    lines.push('', `Page ${reply.page.index} of ${reply.page.count}${reply.page.index < reply.page.count ? ` · add page:${reply.page.index + 1} for more` : ''}`);
  }
  if (reply.footer) lines.push('', reply.footer);
  // No buttons in a terminal: each action is the command to type, e.g. "Chart: /kuril chart from:2025-12".
  if (reply.actions?.length) lines.push('', ...reply.actions.map((action) => `${action.label}: ${actionLine(action)}`));
  return lines.join('\n');
}

function renderItem(item: ReplyItem): string[] {
  const label = verificationLabel(item);
  const head = [item.date, item.title].filter(Boolean).join(' · ');
  const lines = [`- ${head}${label ? ` [${label}]` : ''}${item.eventId ? ` (${item.eventId})` : ''}`];
  if (item.text) lines.push(`  ${item.text}`);
  for (const source of item.sources) {
    const name = linkName(item, source);
    // A link named only by its address is printed once.
    if (source.url && name === linkAddress(source.url)) lines.push(`  Source: ${source.url}`);
    else lines.push(`  Source: ${name}${source.url ? ` ${source.url}` : ' (no public link)'}`);
  }
  return lines;
}
