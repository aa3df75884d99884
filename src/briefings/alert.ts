import type { Dossier, KurilEvent } from '../dossier/dossier.js';
import { eventItem } from './items.js';
import type { Reply } from './reply.js';

/**
 * Breaking alerts: the events a channel is alerted to, and the message it gets. Pure, like the rest
 * of the briefings; the digest scheduler decides when and where to send (src/digests/alerts.ts).
 */

/** The day an event entered the record: `recorded` for a curator's approval, else the event's own date. */
export function enteredRecord(event: KurilEvent): string {
  return event.recorded ?? event.date.start;
}

/**
 * Whether an event warrants an alert for a channel: |Goldstein| at least `min`, and it entered the
 * record on or after `fromDay` (the day the channel turned alerts on), so turning alerts on never
 * replays history.
 */
export function warrantsAlert(event: KurilEvent, min: number, fromDay: string): boolean {
  return Math.abs(event.coding.goldstein) >= min && enteredRecord(event) >= fromDay;
}

/** The events of the set that warrant an alert for a channel (see warrantsAlert). */
export function alertEvents(dossier: Dossier, min: number, fromDay: string): KurilEvent[] {
  return dossier.events.filter((e) => warrantsAlert(e, min, fromDay));
}

/** The alert for one event: its title, date, summary and sources, posted publicly in the channel. */
export function alertReply(event: KurilEvent): Reply {
  const score = event.coding.goldstein;
  const tone = score < 0 ? 'conflictual' : 'cooperative';
  return {
    kind: 'briefing',
    title: `Breaking: ${event.title}`,
    lead: `A significant development (Goldstein ${score > 0 ? '+' : ''}${score}, ${tone}) has entered the record.`,
    sections: [{ heading: 'Development', items: [eventItem(event)] }],
    footer: `Full record: /kuril event ${event.id} · /kuril alerts off stops these alerts`,
    visibility: 'public',
  };
}
