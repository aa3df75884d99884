import { formatDay, isoDay } from '../../dossier/dates.js';
import type { Dossier } from '../../dossier/dossier.js';
import { errorReply, type Reply, type ReplyFile } from '../reply.js';
import { describeQuery, timelineEvents, type TimelineQuery } from '../timeline.js';
import { calendarItems } from './calendar.js';
import { eventsCsv } from './csv.js';
import { calendarIcs } from './ics.js';
import { eventsJson } from './json.js';

export const EXPORT_FORMATS = ['csv', 'json', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ExportFormat, string> = { csv: 'text/csv', json: 'application/json', ics: 'text/calendar' };

const CALENDAR_NAME = 'Kuril Brief: dates to watch';

/**
 * The events a query selects (the timeline's filters) as a file: CSV or JSON of the records, or a
 * calendar of the dates to watch and the events still ahead. An empty selection is an error reply
 * that says what to change, never an empty file.
 */
export function exportEvents(dossier: Dossier, query: TimelineQuery, format: ExportFormat, asOf: Date): Reply {
  const events = timelineEvents(dossier, query);
  const described = describeQuery(query);
  const scope = described === 'all events' ? '' : ` ${described}`;
  const footer = `As of ${formatDay(isoDay(asOf))} · Kuril Brief event set, ${dossier.events.length} events`;

  if (format === 'ics') {
    const filtered = Boolean(query.from || query.to || query.actor || query.island);
    const items = calendarItems(dossier, { events, filtered }, asOf);
    if (items.length === 0) {
      return errorReply(
        'Nothing for a calendar',
        `No dates to watch and no upcoming events are on record${scope}.`,
        'Without filters the calendar has every date to watch: /kuril export format:ics',
      );
    }
    const yearly = items.filter((i) => i.yearly).length;
    const counts = [];
    if (yearly > 0) counts.push(plural(yearly, 'yearly date'));
    if (items.length > yearly) counts.push(plural(items.length - yearly, 'dated entry', 'dated entries'));
    return {
      kind: 'notice',
      title: 'Calendar',
      lead: `${counts.join(' and ')} to add to a calendar: ${items.map((i) => i.title).join('; ')}.`,
      sections: [{ heading: 'Adding it', text: 'Open the file, or import it: in Google Calendar under Settings, Import; in Outlook with Add calendar, Upload from file; in Apple Calendar with File, Import.', items: [] }],
      footer,
      visibility: 'public',
      files: [file(fileName('kuril-calendar', query, 'ics'), 'ics', calendarIcs(items, asOf, CALENDAR_NAME), `Kuril Brief dates to watch${scope} (${plural(items.length, 'entry', 'entries')}, calendar)`)],
    };
  }

  if (events.length === 0) {
    return errorReply('Nothing to export', `No events are on record${scope}.`, 'Widen the dates or drop a filter: /kuril export from:2022 · /kuril actors lists who is on record.');
  }
  const text = format === 'csv' ? eventsCsv(events) : eventsJson(events, { asOf, selection: described });
  return {
    kind: 'notice',
    title: 'Export',
    lead: `${plural(events.length, 'event')}, ${described}, oldest first, as ${format.toUpperCase()}.`,
    sections: [{ heading: 'Citing', text: 'Each event is cited by its id; /kuril event <id> shows it in full.', items: [] }],
    footer,
    visibility: 'public',
    files: [file(fileName('kuril-events', query, format), format, text, `Kuril Brief events, ${described} (${plural(events.length, 'event')}, ${format.toUpperCase()})`)],
  };
}

/** e.g. `kuril-events-from-2022-to-2023-03-russia.csv`: says what it holds, safe on every system. */
function fileName(stem: string, query: TimelineQuery, extension: string): string {
  const parts = [stem, query.from && `from-${query.from.text}`, query.to && `to-${query.to.text}`, query.actor?.id, query.island?.id];
  return `${parts.filter(Boolean).join('-')}.${extension}`;
}

function file(name: string, format: ExportFormat, text: string, description: string): ReplyFile {
  return { name, contentType: CONTENT_TYPES[format], data: new TextEncoder().encode(text), description };
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
