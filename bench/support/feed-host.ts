import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Serves fixed feed documents on 127.0.0.1 (random port) as a polite news site does: each with an
 * ETag, and 304 Not Modified without a body when the request's If-None-Match names it. Counts the
 * answers, so the benchmark can check that a conditional poll really got 304s.
 */
export interface HostedDocument {
  readonly path: string;
  readonly contentType: string;
  readonly body: string;
}

export interface FeedHost {
  /** e.g. "http://127.0.0.1:43121" (no trailing slash). */
  readonly origin: string;
  readonly answers: { ok: number; notModified: number; notFound: number };
  close(): Promise<void>;
}

export async function startFeedHost(documents: readonly HostedDocument[]): Promise<FeedHost> {
  // The documents never change, so one version tag per path is their whole history.
  const byPath = new Map(documents.map((d, i) => [d.path, { ...d, etag: `"v1-${i}"`, bytes: Buffer.from(d.body) }]));
  const answers = { ok: 0, notModified: 0, notFound: 0 };
  const server = createServer((req, res) => {
    const document = byPath.get(new URL(req.url ?? '/', 'http://host.test').pathname);
    if (!document) {
      answers.notFound++;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (matches(req.headers, document.etag)) {
      answers.notModified++;
      res.writeHead(304, { etag: document.etag }).end();
      return;
    }
    answers.ok++;
    res.writeHead(200, { 'content-type': document.contentType, 'content-length': document.bytes.byteLength, etag: document.etag }).end(document.bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    answers,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function matches(headers: IncomingHttpHeaders, etag: string): boolean {
  return (headers['if-none-match'] ?? '').split(',').some((tag) => tag.trim() === etag);
}
