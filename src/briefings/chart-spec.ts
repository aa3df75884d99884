import type { TopLevelSpec } from 'vega-lite';
import type { ChartData } from './chart.js';
import { TREND_WINDOW_DAYS } from './trend.js';

/**
 * The trend chart as a Vega-Lite spec (a plain object: drawing it is src/charts' job). Layers, back
 * to front: the trend windows, the bars, the zero line, the labelled events; the caption under it.
 *
 * What changes from one query to the next is in named `datasets` and in `params` (the y domain and
 * the caption), never in the rest of the spec: charts of one shape (per year or per month) then
 * compile to the same Vega program, which src/charts compiles once and feeds each chart's data.
 */

export const CHART_WIDTH = 900;
export const CHART_HEIGHT = 360;

const COLOURS = { cooperative: '#2e8b57', conflictual: '#c0392b', window: '#f3e3b5', text: '#222222' } as const;
const KINDS = ['Cooperative (above zero)', 'Conflictual (below zero)'] as const;

export function chartSpec(data: ChartData, font: string): TopLevelSpec {
  const bars = data.periods.flatMap((p) => [
    { start: p.start, end: p.end, kind: KINDS[0], value: p.cooperation, events: p.events },
    { start: p.start, end: p.end, kind: KINDS[1], value: p.conflict, events: p.events },
  ]);
  const tip = (date: string, goldstein: number) => {
    const period = data.periods.find((p) => p.start <= date && date <= p.end);
    return goldstein < 0 ? (period?.conflict ?? goldstein) : (period?.cooperation ?? goldstein);
  };
  // A label leans away from the nearer edge, so it stays inside the picture.
  const middle = Date.parse(data.span.from) + (Date.parse(data.span.to) - Date.parse(data.span.from)) * 0.6;
  const labels = data.labels.map((l) => ({ date: l.date, title: l.title, value: tip(l.date, l.goldstein), up: l.goldstein >= 0, left: Date.parse(l.date) > middle }));
  // Room above and below the tallest bars for the labels.
  const high = Math.max(1, ...data.periods.map((p) => p.cooperation));
  const low = Math.min(-1, ...data.periods.map((p) => p.conflict));
  const domain = { low: Math.floor(low * 1.5), high: Math.ceil(high * 1.5) };
  // The axis is declared once, on the first layer; the others share it. The bars span every period, so they set the domain.
  const format = data.unit === 'year' ? '%Y' : '%b %Y';
  const axisX = { type: 'temporal' as const, title: null, axis: { format, labelOverlap: true, grid: false } };
  const x = { type: 'temporal' as const };
  const last = data.windows.at(-1);
  const labelLayer = (up: boolean, left: boolean) => ({
    transform: [{ filter: `${up ? '' : '!'}datum.up && ${left ? '' : '!'}datum.left` }],
    mark: { type: 'text' as const, align: left ? ('right' as const) : ('left' as const), baseline: up ? ('bottom' as const) : ('top' as const), dx: left ? -4 : 4, dy: up ? -4 : 4, angle: up === left ? 20 : 340, fontSize: 10, color: COLOURS.text },
    encoding: { x: { field: 'date', ...x }, y: { field: 'value', type: 'quantitative' as const }, text: { field: 'title' } },
  });

  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    background: 'white',
    // A fixed size: Vega's estimate of text widths (there is no canvas to measure them) would otherwise widen the picture.
    autosize: { type: 'none' },
    padding: { left: 64, top: 44, right: 24, bottom: 84 },
    params: [
      { name: 'low', value: domain.low },
      { name: 'high', value: domain.high },
      { name: 'caption', value: [...data.caption] },
    ],
    datasets: {
      windows: data.windows.map((w) => ({ ...w })),
      windowLabel: last ? [{ to: last.to, label: `trend: last ${TREND_WINDOW_DAYS} days vs the ${TREND_WINDOW_DAYS} before` }] : [],
      bars,
      labels,
    },
    config: { font, view: { stroke: '#cccccc' }, axis: { labelFontSize: 11, titleFontSize: 12, labelColor: COLOURS.text }, legend: { labelFontSize: 11 } },
    title: { text: { expr: 'caption' }, orient: 'bottom', anchor: 'start', fontSize: 12, fontWeight: 'normal', color: COLOURS.text, offset: 30 },
    layer: [
      {
        data: { name: 'windows' },
        mark: { type: 'rect', color: COLOURS.window, opacity: 0.8 },
        encoding: { x: { field: 'from', ...axisX }, x2: { field: 'to' } },
      },
      {
        data: { name: 'windowLabel' },
        mark: { type: 'text', align: 'right', baseline: 'top', dx: -3, dy: 3, fontSize: 10, color: '#7a5c00' },
        encoding: { x: { field: 'to', ...x }, y: { value: 0 }, text: { field: 'label' } },
      },
      {
        data: { name: 'bars' },
        mark: { type: 'bar', stroke: 'white', strokeWidth: data.periods.length > 120 ? 0 : 0.5 },
        encoding: {
          x: { field: 'start', ...x },
          x2: { field: 'end' },
          y: { field: 'value', type: 'quantitative', scale: { domain: [{ expr: 'low' }, { expr: 'high' }] }, title: 'Goldstein total', axis: { grid: true, gridColor: '#eeeeee' } },
          y2: { datum: 0 },
          color: { field: 'kind', type: 'nominal', scale: { domain: [...KINDS], range: [COLOURS.cooperative, COLOURS.conflictual] }, legend: { title: null, orient: 'top', direction: 'horizontal', labelLimit: 320, offset: 8 } },
        },
      },
      { mark: { type: 'rule', color: '#555555' }, encoding: { y: { datum: 0, type: 'quantitative' } } },
      {
        data: { name: 'labels' },
        layer: [
          { mark: { type: 'point', filled: true, size: 18, color: COLOURS.text }, encoding: { x: { field: 'date', ...x }, y: { field: 'value', type: 'quantitative' } } },
          labelLayer(true, false),
          labelLayer(true, true),
          labelLayer(false, false),
          labelLayer(false, true),
        ],
      },
    ],
  };
}
