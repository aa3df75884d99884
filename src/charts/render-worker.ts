import { parentPort } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import { JAPANESE_FAMILY, LATIN_FAMILY } from './fonts.js';
import { renderPng } from './render-png.js';

/**
 * The chart worker's entry point (started by `renderer.ts`): draws each spec it is sent and posts the
 * PNG back, its bytes transferred rather than copied. Vega and resvg load here, never on the bot's
 * main thread. On start it draws one small picture with Latin and Japanese text, so the code is
 * compiled and both fonts are read before the first chart; a ping is answered once that is done.
 */
export type RenderRequest = { readonly id: number; readonly spec: TopLevelSpec } | { readonly id: number; readonly ping: true };
export type RenderResponse =
  | { readonly id: number; readonly png: Uint8Array; readonly width: number; readonly height: number }
  | { readonly id: number; readonly pong: true }
  | { readonly id: number; readonly error: string };

const WARM_UP: TopLevelSpec = {
  width: 40,
  height: 20,
  autosize: { type: 'none' },
  config: { font: LATIN_FAMILY },
  data: { values: [{ text: 'Kuril Итуруп', x: 0 }, { text: '択捉島', x: 1 }] },
  mark: { type: 'text', font: { expr: `datum.x ? '${JAPANESE_FAMILY}' : '${LATIN_FAMILY}'` } },
  encoding: { text: { field: 'text' }, y: { field: 'x', type: 'ordinal' } },
};
const warm = renderPng(WARM_UP).catch(() => undefined);

parentPort?.on('message', (request: RenderRequest) => {
  const { id } = request;
  if ('ping' in request) {
    void warm.then(() => parentPort!.postMessage({ id, pong: true } satisfies RenderResponse));
    return;
  }
  renderPng(request.spec).then(
    ({ png, width, height }) => parentPort!.postMessage({ id, png, width, height } satisfies RenderResponse, [png.buffer as ArrayBuffer]),
    (error: unknown) => parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies RenderResponse),
  );
});
