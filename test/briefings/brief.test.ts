import { describe, expect, it } from 'vitest';
import { brief } from '../../src/briefings/brief.js';
import { significance, topDevelopments } from '../../src/briefings/significance.js';
import { fixtureDossier, realDossier } from '../support/fixtures.js';

const event = (id: string, date: string, goldstein: number) => ({
  id,
  date,
  title: `Event ${id}`,
  coding: { cameo: goldstein < 0 ? '150' : '036', goldstein, plover: 'X' },
});

describe('ranking developments', () => {
  const dossier = fixtureDossier([
    event('old-war', '1945-08-18', -10),
    event('drill-last-year', '2025-11-01', -7.2),
    event('statement-last-month', '2026-10-20', 0),
    event('talks-this-month', '2026-11-10', 4),
    event('drill-three-months', '2026-08-20', -7.2),
    event('future', '2027-01-01', -10),
  ]);
  const day = '2026-11-26';

  it('weighs |Goldstein| by recency: a recent drill outranks an old war and a recent statement', () => {
    expect(significance(dossier.eventsById.get('drill-three-months')!, day)).toBeGreaterThan(significance(dossier.eventsById.get('old-war')!, day));
    expect(significance(dossier.eventsById.get('drill-three-months')!, day)).toBeGreaterThan(significance(dossier.eventsById.get('statement-last-month')!, day));
    expect(significance(dossier.eventsById.get('drill-three-months')!, day)).toBeGreaterThan(significance(dossier.eventsById.get('drill-last-year')!, day));
  });

  it('picks the top ones and lists them newest first', () => {
    // talks 4 × ~0.93 = 3.7; drill 7.2 × ~0.7 = 5.0; last year's drill 7.2 × ~0.22 = 1.6;
    // a plain statement counts as 1 × ~0.87 = 0.87; the 1945 war weighs almost nothing now.
    const top = topDevelopments(dossier.events.filter((e) => e.date.start <= day), day, 3).map((e) => e.id);
    expect(top).toEqual(['talks-this-month', 'drill-three-months', 'drill-last-year']);
  });
});

describe('brief', () => {
  it('leads with the state of the dispute and the most recent developments, all sourced', () => {
    const dossier = realDossier();
    const reply = brief(dossier, new Date('2026-11-26T09:00:00Z'));
    // First how current the record is (its newest event), then the state of the dispute.
    expect(reply.lead).toBe(`Newest event on record: 20 February 2026. ${dossier.status.text}`);
    const developments = reply.sections.find((s) => s.heading === 'Latest developments')!;
    expect(developments.items.length).toBeGreaterThanOrEqual(3);
    expect(developments.items.length).toBeLessThanOrEqual(5);
    // Newest first, and the newest event on record is among them.
    const newest = dossier.events.filter((e) => e.date.start <= '2026-11-26').at(-1)!;
    expect(developments.items[0]?.eventId).toBe(newest.id);
    for (const section of reply.sections) {
      for (const item of section.items) expect(item.sources.length, `${section.heading}: ${item.title}`).toBeGreaterThan(0);
    }
    expect(reply.trend).toBeDefined();
    expect(reply.sections.map((s) => s.heading)).toEqual(['Latest developments', 'Where things stand', 'View from Tokyo', 'View from Moscow', 'What to watch', 'Sources']);
  });

  it('gives the view from Tokyo and from Moscow in each side\'s words, each outlet named once', () => {
    const dossier = realDossier();
    const reply = brief(dossier, new Date('2026-11-26T09:00:00Z'));
    const tokyo = reply.sections.find((s) => s.heading === 'View from Tokyo')!;
    const moscow = reply.sections.find((s) => s.heading === 'View from Moscow')!;
    expect(tokyo.text).toBe(dossier.positions.japan.text);
    expect(moscow.text).toBe(dossier.positions.russia.text);
    // Japan's foreign ministry states Japan's view; Russia's own foreign minister and the Kremlin state Moscow's.
    expect(tokyo.items.flatMap((i) => i.sources.map((s) => s.url))).toContain('https://www.mofa.go.jp/region/europe/russia/territory/index.html');
    expect(moscow.items.some((i) => i.title === 'Rossiyskaya Gazeta (Russian state media)')).toBe(true);
    for (const view of [tokyo, moscow]) {
      const outlets = view.items.map((i) => i.sources[0]!.outlet);
      expect(new Set(outlets).size, view.heading).toBe(outlets.length);
      expect(view.items.every((i) => i.groupedByOutlet && i.sources.every((s) => s.outlet === i.sources[0]!.outlet))).toBe(true);
    }
  });

  it('puts the March 2022 rupture in context', () => {
    const reply = brief(realDossier(), new Date('2026-11-26T09:00:00Z'));
    const context = reply.sections.find((s) => s.heading === 'Where things stand')!;
    expect(context.items.some((i) => i.date === '21 March 2022')).toBe(true);
    expect(reply.lead).toMatch(/21 March 2022/);
  });

  it('as of an earlier day, knows nothing of later events', () => {
    const reply = brief(realDossier(), new Date('2022-03-23T00:00:00Z'));
    const dates = reply.sections[0]!.items.map((i) => i.eventId ?? '');
    expect(dates.every((id) => id.slice(0, 10) <= '2022-03-23')).toBe(true);
    expect(reply.trend?.direction).toBe('deteriorated');
  });

  it('labels unverified claims', () => {
    const reply = brief(realDossier(), new Date('2022-03-28T00:00:00Z'));
    const items = reply.sections[0]!.items;
    const unverified = items.filter((i) => i.verification === 'unverified');
    for (const item of unverified) expect(realDossier().eventsById.get(item.eventId!)?.verification).toBe('unverified');
  });
});
