import { Worker } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import type { RenderedChart } from './render-png.js';
import type { RenderRequest, RenderResponse } from './render-worker.js';

/**
 * Draws charts on a worker thread, so the CPU a chart takes never holds up other replies or Discord's
 * 3-second deadline. One worker (the machine has few cores, and charts are rare), started by
 * `startRenderer` (the app calls it once the platforms are connected) or else by the first chart, and
 * kept; it does not keep the process alive, and `closeRenderer` ends it on shutdown. If it dies, the
 * charts it was drawing fail with a reason and the next chart starts a new worker.
 */
interface ChartWorker {
  readonly thread: Worker;
  readonly pending: Map<number, { resolve: (response: RenderResponse) => void; reject: (error: Error) => void }>;
}

let current: ChartWorker | undefined;
let nextId = 0;

export async function renderInWorker(spec: TopLevelSpec): Promise<RenderedChart> {
  const response = await ask((id) => ({ id, spec }));
  if ('error' in response) throw new Error(`chart drawing failed: ${response.error}`);
  if (!('png' in response)) throw new Error('chart drawing failed: the worker answered with no picture');
  return { png: response.png, width: response.width, height: response.height };
}

/**
 * Starts the worker if it is not running, and resolves once it has loaded Vega, resvg and the fonts
 * and drawn its warm-up picture. Once warm, the same call is a bare round trip to the worker.
 */
export async function startRenderer(): Promise<void> {
  await ask((id) => ({ id, ping: true }));
}

function ask(request: (id: number) => RenderRequest): Promise<RenderResponse> {
  const { thread, pending } = (current ??= startWorker());
  const id = nextId++;
  const answered = new Promise<RenderResponse>((resolve, reject) => pending.set(id, { resolve, reject }));
  thread.postMessage(request(id));
  return answered;
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
    request?.resolve(response);
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
