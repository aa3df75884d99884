import { afterAll, describe, expect, test } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { LATIN_FAMILY } from '../../src/charts/fonts.js';
import { closeRenderer, renderInWorker, startRenderer } from '../../src/charts/renderer.js';
import { inkPixels, readPng } from '../support/png.js';

const sized = (width: number, height: number, text: string): TopLevelSpec => ({
  width,
  height,
  autosize: { type: 'none' },
  padding: 0,
  config: { font: LATIN_FAMILY, view: { stroke: null } },
  data: { values: [{ text }] },
  mark: { type: 'text', fontSize: 20, align: 'left', baseline: 'middle', x: 5, y: height / 2 },
  encoding: { text: { field: 'text' } },
});

afterAll(closeRenderer);

describe('charts drawn on a worker thread', () => {
  test('charts asked for together each come back as their own PNG', { timeout: 60_000 }, async () => {
    const [small, wide] = await Promise.all([renderInWorker(sized(120, 40, 'one')), renderInWorker(sized(300, 50, 'two'))]);
    expect([small.width, small.height, wide.width, wide.height]).toEqual([120, 40, 300, 50]);
    const png = readPng(wide.png);
    expect([png.width, png.height]).toEqual([300, 50]);
    expect(inkPixels(png)).toBeGreaterThan(20);
  });

  test('a spec the worker cannot draw is a failure with its reason, and the worker goes on drawing', { timeout: 60_000 }, async () => {
    await expect(renderInWorker({ mark: 'no-such-mark' } as unknown as TopLevelSpec)).rejects.toThrow(/^chart drawing failed: ./);
    expect((await renderInWorker(sized(80, 30, 'ok'))).width).toBe(80);
  });

  test('startRenderer starts the worker ahead of the first chart, which it then draws', { timeout: 60_000 }, async () => {
    await closeRenderer();
    await startRenderer();
    expect((await renderInWorker(sized(110, 30, 'warm'))).width).toBe(110);
  });

  test('after closeRenderer the next chart starts a new worker', { timeout: 60_000 }, async () => {
    await renderInWorker(sized(60, 30, 'a'));
    await closeRenderer();
    expect((await renderInWorker(sized(70, 30, 'b'))).width).toBe(70);
  });

  test('a chart still being drawn when the worker ends fails with a reason instead of waiting for ever', { timeout: 60_000 }, async () => {
    const drawing = renderInWorker(sized(90, 30, 'late'));
    await closeRenderer();
    await expect(drawing).rejects.toThrow(/the chart worker stopped/);
  });
});
