import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Answers `status` with `body` as JSON (and any extra headers). */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** A benchmark fake's HTTP server on 127.0.0.1: its port, and a close that drops kept-alive connections. */
export interface LocalServer {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Serves `handle` (given each request's whole body as text) on a free port of 127.0.0.1. Connections
 * stay open 30 s between requests, as the platforms' do, so the clients under test reuse them.
 */
export async function serveLocal(handle: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<LocalServer> {
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => handle(req, res, body));
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
