import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { healthProblems, type HealthPart } from './health.js';

export interface MetricsServerOptions {
  /** METRICS_PORT; 0 picks a free port (tests). */
  readonly port: number;
  readonly host?: string;
  readonly registry: Registry;
  readonly health: readonly HealthPart[];
  /** How long /healthz waits for each part (default 2 s). */
  readonly healthBudgetMs?: number;
}

export interface MetricsServer {
  /** The port it listens on (the chosen one when asked for 0). */
  readonly port: number;
  close(): Promise<void>;
}

/**
 * The operators' endpoints on their own port (METRICS_PORT), apart from Slack's public one:
 *   GET /healthz  200 "ok" when every part is well, else 503 with one line per problem;
 *   GET /metrics  the Prometheus text format.
 * Rejects when the port cannot be opened (in use, not allowed).
 */
export async function startMetricsServer(options: MetricsServerOptions): Promise<MetricsServer> {
  const budgetMs = options.healthBudgetMs ?? 2_000;
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const send = (status: number, body: string, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'GET only\n');
    if (path === '/healthz') {
      void healthProblems(options.health, budgetMs).then((problems) => (problems.length ? send(503, `${problems.join('\n')}\n`) : send(200, 'ok\n')));
      return;
    }
    if (path === '/metrics') {
      options.registry.metrics().then(
        (text) => send(200, text, options.registry.contentType),
        () => send(500, 'metrics could not be collected\n'),
      );
      return;
    }
    send(404, 'not found: try /healthz or /metrics\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
