import { Worker } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import type { RenderedChart } from './render-png.js';
import type { RenderRequest, RenderResponse } from './render-worker.js';

/**
 * Draws charts on a worker thread, so the CPU a chart takes (a second or more on a busy machine) never
 * holds up other replies or Discord's 3-second deadline. One worker (the machine has few cores, and
 * charts are rare), started on the first chart and kept; it does not keep the process alive, and
 * `closeRenderer` ends it on shutdown. If it dies, the charts it was drawing fail with a reason and the
 * next chart starts a new worker.
 */
interface ChartWorker {
  readonly thread: Worker;
  readonly pending: Map<number, { resolve: (chart: RenderedChart) => void; reject: (error: Error) => void }>;
}

let current: ChartWorker | undefined;
let nextId = 0;

export function renderInWorker(spec: TopLevelSpec): Promise<RenderedChart> {
  const { thread, pending } = (current ??= startWorker());
  const id = nextId++;
  const drawn = new Promise<RenderedChart>((resolve, reject) => pending.set(id, { resolve, reject }));
  thread.postMessage({ id, spec } satisfies RenderRequest);
  return drawn;
}

export async function closeRenderer(): Promise<void> {
  const ending = current;
  current = undefined;
  await ending?.thread.terminate();
}

function startWorker(): ChartWorker {
  // Compiled, the worker is a .js file beside this one; under tsx or vitest it is TypeScript, which a
  // worker loads only once tsx's loader is registered in it.
  const entry = new URL('./render-worker.js', import.meta.url);
  const thread = import.meta.url.endsWith('.ts')
    ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry.href.replace(/\.js$/, '.ts'))}); });`, { eval: true })
    : new Worker(entry);
  thread.unref();
  const started: ChartWorker = { thread, pending: new Map() };
  thread.on('message', (response: RenderResponse) => {
    const request = started.pending.get(response.id);
    started.pending.delete(response.id);
    if ('error' in response) request?.reject(new Error(`chart drawing failed: ${response.error}`));
    else request?.resolve({ png: response.png, width: response.width, height: response.height });
  });
  const failAll = (error: Error) => {
    if (current === started) current = undefined;
    for (const request of started.pending.values()) request.reject(error);
    started.pending.clear();
  };
  thread.on('error', failAll);
  thread.on('exit', (code) => failAll(new Error(`the chart worker stopped (exit code ${code})`)));
  return started;
}
