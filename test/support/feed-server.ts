import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local feed server on 127.0.0.1 (random port) for the intake tests: real HTTP, no mocks.
 *
 *   /rss.xml, /atom.xml, /ja.rdf, /ru.xml   RSS 2.0 (English), Atom (English), RDF (Japanese), RSS (Russian)
 *   /ru-cp1251.xml                          the Russian feed encoded windows-1251, declared only in the XML declaration
 *   /outlet-a.xml, /outlet-b.xml            the same story told by two outlets
 *   /malformed.xml                          a feed cut off mid-tag
 *   /not-a-feed.html                        a bot-check page served with 200
 *   /conditional.xml                        ETag and Last-Modified; 304 when the request's validators match
 *   /slow.xml                               answers after `slowMs`
 *   /stall.xml                              sends half the feed, then waits `slowMs` before the rest
 *   /huge.xml                               a feed over 2 MB, streamed without a Content-Length
 *   /redirect/N                             N redirects (mixed 301/302/303/307/308, relative Locations), then /rss.xml
 *   /redirect-to?url=U                      one 302 to U
 *   anything else                           404
 */

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
}

export interface FeedServer {
  /** e.g. "http://127.0.0.1:43121" (no trailing slash). */
  readonly origin: string;
  readonly port: number;
  readonly url: (path: string) => string;
  /** Every request received, oldest first. */
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

export interface FeedServerOptions {
  /** How long /slow.xml and /stall.xml keep the client waiting; tests use a fetch timeout well below it. */
  readonly slowMs?: number;
}

export const CONDITIONAL_ETAG = '"kuril-v1"';
export const CONDITIONAL_LAST_MODIFIED = 'Tue, 03 Mar 2026 09:00:00 GMT';
export const HUGE_FEED_BYTES = 2 * 1024 * 1024 + 300 * 1024;

const fixture = (name: string): string => readFileSync(new URL(`./feeds/${name}`, import.meta.url), 'utf8');

const FILES: Record<string, { readonly file: string; readonly type: string }> = {
  '/rss.xml': { file: 'rss.xml', type: 'application/rss+xml; charset=utf-8' },
  '/atom.xml': { file: 'atom.xml', type: 'application/atom+xml; charset=utf-8' },
  '/ja.rdf': { file: 'ja.rdf', type: 'application/rdf+xml; charset=utf-8' },
  '/ru.xml': { file: 'ru.xml', type: 'application/rss+xml; charset=utf-8' },
  '/outlet-a.xml': { file: 'outlet-a.xml', type: 'application/rss+xml' },
  '/outlet-b.xml': { file: 'outlet-b.xml', type: 'application/rss+xml' },
  '/malformed.xml': { file: 'malformed.xml', type: 'application/xml' },
  '/not-a-feed.html': { file: 'not-a-feed.html', type: 'text/html; charset=utf-8' },
};

const REDIRECT_STATUSES = [301, 302, 303, 307, 308] as const;

export async function startFeedServer(options: FeedServerOptions = {}): Promise<FeedServer> {
  const slowMs = options.slowMs ?? 2_000;
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://feeds.test');
    requests.push({ method: req.method ?? 'GET', path: url.pathname + url.search, headers: req.headers });
    const path = url.pathname;

    const file = FILES[path];
    if (file) return send(res, 200, file.type, fixture(file.file));

    if (path === '/ru-cp1251.xml') {
      const xml = fixture('ru.xml').replace('encoding="UTF-8"', 'encoding="windows-1251"');
      return send(res, 200, 'application/rss+xml', encodeSingleByte(xml, 'windows-1251'));
    }

    if (path === '/conditional.xml') {
      const validators = { etag: CONDITIONAL_ETAG, 'last-modified': CONDITIONAL_LAST_MODIFIED };
      if (notModified(req.headers)) {
        res.writeHead(304, validators).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', ...validators }).end(fixture('rss.xml'));
      return;
    }

    if (path === '/slow.xml') return later(slowMs, () => send(res, 200, 'application/rss+xml', fixture('rss.xml')));

    if (path === '/stall.xml') {
      const xml = fixture('rss.xml');
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write(xml.slice(0, xml.length / 2));
      return later(slowMs, () => res.end(xml.slice(xml.length / 2)));
    }

    if (path === '/huge.xml') return streamHugeFeed(res);

    const hops = /^\/redirect\/(\d+)$/.exec(path);
    if (hops) {
      const left = Number(hops[1]);
      const status = REDIRECT_STATUSES[left % REDIRECT_STATUSES.length]!;
      res.writeHead(status, { location: left > 1 ? `/redirect/${left - 1}` : '/rss.xml' }).end();
      return;
    }

    if (path === '/redirect-to') {
      res.writeHead(302, { location: url.searchParams.get('url') ?? '/' }).end();
      return;
    }

    send(res, 404, 'text/plain', 'not found');
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (path) => `${origin}${path}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  res.writeHead(status, { 'content-type': type }).end(body);
}

/** RFC 9110: If-None-Match decides when present; If-Modified-Since only without it. */
function notModified(headers: IncomingHttpHeaders): boolean {
  const noneMatch = headers['if-none-match'];
  if (noneMatch !== undefined) return noneMatch.split(',').some((tag) => tag.trim() === CONDITIONAL_ETAG || tag.trim() === '*');
  const since = Date.parse(headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && since >= Date.parse(CONDITIONAL_LAST_MODIFIED);
}

/** A valid RSS feed past the 2 MB cap, written in chunks with no Content-Length, as a runaway server would. */
function streamHugeFeed(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/rss+xml' });
  res.write('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Huge</title>');
  const item = '<item><title>Filler</title><link>https://huge.example.com/</link><description>' + 'x'.repeat(1_000) + '</description></item>';
  const chunk = item.repeat(64);
  let written = 0;
  const writeMore = (): void => {
    while (written < HUGE_FEED_BYTES) {
      written += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', writeMore); // a client that stops reading (as fetchFeed does at the cap) never drains it
        return;
      }
    }
    res.end('</channel></rss>');
  };
  writeMore();
}

/** Encodes text in a single-byte charset such as windows-1251, using the platform's decoder as the table. */
function encodeSingleByte(text: string, charset: string): Uint8Array {
  const decoder = new TextDecoder(charset);
  const byteOf = new Map<string, number>();
  for (let byte = 255; byte >= 0; byte--) byteOf.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Uint8Array.from(text, (char) => byteOf.get(char) ?? 0x3f); // "?" for a character the charset lacks
}
