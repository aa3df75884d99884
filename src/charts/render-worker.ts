import { parentPort } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import { renderPng } from './render-png.js';

/**
 * The chart worker's entry point (started by `renderer.ts`): draws each spec it is sent and posts the
 * PNG back, its bytes transferred rather than copied. Vega and resvg load here, never on the bot's
 * main thread.
 */
export interface RenderRequest {
  readonly id: number;
  readonly spec: TopLevelSpec;
}
export type RenderResponse =
  | { readonly id: number; readonly png: Uint8Array; readonly width: number; readonly height: number }
  | { readonly id: number; readonly error: string };

parentPort?.on('message', ({ id, spec }: RenderRequest) => {
  renderPng(spec).then(
    ({ png, width, height }) => parentPort!.postMessage({ id, png, width, height } satisfies RenderResponse, [png.buffer as ArrayBuffer]),
    (error: unknown) => parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies RenderResponse),
  );
});
