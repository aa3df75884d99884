import { describe, expect, it } from 'vitest';
import { alertEvents, alertReply, enteredRecord, warrantsAlert } from '../../src/briefings/alert.js';
import type { KurilEvent } from '../../src/dossier/dossier.js';
import { dossier, fakeEvent, withEvents } from '../support/digest-helpers.js';

function scored(id: string, goldstein: number, date: string, recorded?: string): KurilEvent {
  const base = fakeEvent(dossier(), id, { start: date });
  return { ...base, coding: { ...base.coding, goldstein }, ...(recorded ? { recorded } : { recorded: undefined }) };
}

describe('breaking alerts (pure)', () => {
  it('picks events by |Goldstein| and the day they entered the record (recorded, else their date)', () => {
    const late = scored('late-report', -8, '2026-01-10', '2026-03-02');
    const fresh = scored('fresh', 9, '2026-03-03');
    const old = scored('old', -10, '2026-02-28');
    const mild = scored('mild', 6.9, '2026-03-03', '2026-03-03');
    expect(enteredRecord(late)).toBe('2026-03-02');
    expect(enteredRecord(fresh)).toBe('2026-03-03');
    expect(warrantsAlert(mild, 7, '2026-03-01')).toBe(false);
    expect(warrantsAlert(mild, 6, '2026-03-01')).toBe(true);
    const set = withEvents(dossier(), [late, fresh, old, mild]);
    expect(alertEvents(set, 7, '2026-03-01').map((e) => e.id)).toEqual(['late-report', 'fresh']);
  });

  it('says title, date, summary and sources, publicly', () => {
    const event = scored('clash', -8, '2026-03-03', '2026-03-03');
    const reply = alertReply(event);
    expect(reply.title).toBe('Breaking: Synthetic development clash');
    expect(reply.lead).toBe('A significant development (Goldstein -8, conflictual) has entered the record.');
    expect(reply.visibility).toBe('public');
    expect(reply.sections[0]!.items[0]).toMatchObject({ date: '3 March 2026', text: event.summary, sources: event.sources, eventId: 'clash' });
    expect(reply.footer).toContain('/kuril event clash');
  });
});
