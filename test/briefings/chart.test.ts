import { describe, expect, it } from 'vitest';
import { chartData, chartReply, shortTitle, sparkline, type ChartData } from '../../src/briefings/chart.js';
import { chartSpec } from '../../src/briefings/chart-spec.js';
import type { Reply } from '../../src/briefings/reply.js';
import { parsePartialDate } from '../../src/dossier/dates.js';
import { fixtureDossier } from '../support/fixtures.js';

const event = (id: string, date: string, goldstein: number) => ({ id, date, kind: 'statement', title: `Event ${id} with a title long enough to be cut short`, coding: { cameo: '010', goldstein, plover: 'n/a' } });
const NOW = new Date('2026-11-26T09:00:00Z');
const year = (text: string) => parsePartialDate(text)!;

function data(result: ChartData | Reply): ChartData {
  if ('kind' in result) throw new Error(`expected chart data, got the reply "${result.title}: ${result.lead}"`);
  return result;
}

describe('chartData', () => {
  const dossier = fixtureDossier([event('a', '2022-03-01', -7), event('b', '2022-03-20', 4), event('c', '2022-03-25', -2), event('d', '2022-06-10', 3.4), event('e', '2026-11-01', -1)]);

  it('sums conflictual and cooperative scores per month, every month of the span present', () => {
    const chart = data(chartData(dossier, { from: year('2022'), to: year('2022') }, NOW));
    expect(chart.unit).toBe('month');
    expect(chart.periods.map((p) => p.period)).toEqual(Array.from({ length: 12 }, (_, i) => `2022-${String(i + 1).padStart(2, '0')}`));
    expect(chart.periods[2]).toEqual({ period: '2022-03', start: '2022-03-01', end: '2022-03-31', conflict: -9, cooperation: 4, events: 3 });
    expect(chart.periods[5]).toMatchObject({ conflict: 0, cooperation: 3.4, events: 1 });
    expect(chart.eventCount).toBe(4);
    // The trend's windows (autumn 2026) fall outside 2022.
    expect(chart.windows).toEqual([]);
  });

  it('goes per year over ten years, runs to today without to:, and marks both trend windows', () => {
    const chart = data(chartData(fixtureDossier([event('old', '1956-10-19', 8), event('e', '2026-11-01', -1)]), {}, NOW));
    expect(chart.unit).toBe('year');
    expect(chart.periods).toHaveLength(2026 - 1956 + 1);
    expect(chart.span).toEqual({ from: '1956-10-19', to: '2026-11-26' });
    expect(chart.windows.map((w) => [w.from, w.to])).toEqual([['2026-05-31', '2026-08-28'], ['2026-08-29', '2026-11-26']]);
    expect(chart.caption.join(' ')).toBe(
      'Goldstein scores per year, conflictual below zero and cooperative above; shaded: the 90-day windows the trend compares. 19 October 1956 – 26 November 2026 · as of 26 November 2026 · Source: Kuril Brief event set, 2 events.',
    );
  });

  it('labels the strongest events, not two on top of each other', () => {
    const chart = data(chartData(dossier, { from: year('2022'), to: year('2022') }, NOW));
    // a (-7) and b (+4) are 19 days apart, within a twelfth of the year: only the stronger one.
    expect(chart.labels.map((l) => l.eventId)).toEqual(['a', 'd']);
    expect(chart.labels[0]!.title).toBe('Event a with a title long enough…');
  });

  it.each([
    [{ from: year('2030') }, 'from: 2030 is after today (26 November 2026)'],
    [{ from: year('2023'), to: year('2025') }, 'No events on record in that range.'],
  ])('refuses a range with nothing to draw, in words: %j', (query, lead) => {
    const result = chartData(dossier, query, NOW);
    expect(result).toMatchObject({ kind: 'error', visibility: 'ephemeral' });
    expect((result as Reply).lead).toContain(lead);
  });
});

describe('sparkline and labels', () => {
  it('draws the net score of each period from ▁ (lowest) to █ (highest)', () => {
    const periods = [-9, 0, 4, -2].map((net, i) => ({ period: String(i), start: '', end: '', conflict: Math.min(net, 0), cooperation: Math.max(net, 0), events: 1 }));
    expect(sparkline(periods)).toBe('▁▆█▅');
  });

  it('cuts a title at a word with an ellipsis', () => {
    expect(shortTitle('Russia suspends peace treaty talks with Japan over sanctions', 30)).toBe('Russia suspends peace treaty…');
    expect(shortTitle('Short title')).toBe('Short title');
  });
});

describe('chartReply', () => {
  const chart = data(chartData(fixtureDossier([event('a', '2022-03-01', -7)]), { from: year('2022'), to: year('2022') }, NOW));

  it('carries the PNG as a file named after the span, with the caption as its description and the sparkline as its preview', () => {
    const reply = chartReply(chart, new Uint8Array([1, 2, 3]));
    expect(reply).toMatchObject({ kind: 'briefing', title: 'Trend chart, 2022', visibility: 'public' });
    expect(reply.files).toHaveLength(1);
    expect(reply.files![0]).toMatchObject({ name: 'kuril-chart-2022.png', contentType: 'image/png', description: chart.caption.join(' ') });
    expect(reply.files![0]!.preview).toMatch(/^Net Goldstein per month, 1 January 2022 – 31 December 2022 \(▁ most conflictual, █ most cooperative\): [▁-█]{12}$/);
  });

  it('refuses an image over 1 MB rather than sending it', () => {
    expect(chartReply(chart, new Uint8Array(1_000_001))).toMatchObject({ kind: 'error', title: 'Chart too large' });
  });

  it('the spec draws from the data it is given: bars for each period, the caption under the chart', () => {
    const spec = JSON.stringify(chartSpec(chart, 'DejaVu Sans'));
    expect(spec).toContain('"orient":"bottom"');
    expect(spec).toContain(chart.caption[1]);
    expect(spec).toContain('"2022-03-01"');
  });
});
