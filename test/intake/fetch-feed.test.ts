import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchFeed, USER_AGENT, type FetchFeedResult } from '../../src/intake/fetch-feed.js';
import type { LookupAll } from '../../src/intake/public-url.js';
import { CONDITIONAL_ETAG, CONDITIONAL_LAST_MODIFIED, startFeedServer, type FeedServer } from '../support/feed-server.js';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer({ slowMs: 3_000 });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const requested = (path: string) => server.requests.filter((r) => r.path === path);

function messageOf(result: FetchFeedResult): string {
  if (result.status !== 'error') throw new Error(`expected an error, got ${result.status}`);
  return result.message;
}

describe('fetchFeed', () => {
  it('fetches a feed, saying who it is and what it accepts', async () => {
    const result = await fetchFeed(server.url('/rss.xml'));
    expect(result).toMatchObject({ status: 'ok', finalUrl: server.url('/rss.xml') });
    expect(result.status === 'ok' && result.body).toContain('Japan protests Russian artillery drills on Etorofu');
    const [request] = requested('/rss.xml');
    expect(request?.headers['user-agent']).toBe(USER_AGENT);
    expect(request?.headers.accept).toContain('application/rss+xml');
    expect(request?.headers['if-none-match']).toBeUndefined();
  });

  it('sends the previous ETag and Last-Modified back, and reports a 304 as no change', async () => {
    const first = await fetchFeed(server.url('/conditional.xml'));
    expect(first).toMatchObject({ status: 'ok', etag: CONDITIONAL_ETAG, lastModified: CONDITIONAL_LAST_MODIFIED });
    if (first.status !== 'ok') return;

    const second = await fetchFeed(server.url('/conditional.xml'), { previous: first });
    expect(second).toEqual({ status: 'not-modified' });
    const conditional = requested('/conditional.xml')[1];
    expect(conditional?.headers['if-none-match']).toBe(CONDITIONAL_ETAG);
    expect(conditional?.headers['if-modified-since']).toBe(CONDITIONAL_LAST_MODIFIED);
  });

  it('uses Last-Modified alone when the feed gave no ETag, and gets the feed again when the ETag is stale', async () => {
    expect(await fetchFeed(server.url('/conditional.xml'), { previous: { lastModified: CONDITIONAL_LAST_MODIFIED } })).toEqual({ status: 'not-modified' });
    expect(await fetchFeed(server.url('/conditional.xml'), { previous: { etag: '"kuril-v0"' } })).toMatchObject({ status: 'ok' });
  });

  it('reports an HTTP error status', async () => {
    expect(await fetchFeed(server.url('/no-such-feed.xml'))).toEqual({ status: 'error', message: 'HTTP 404 Not Found' });
  });

  it('gives up on a server that does not answer in time', async () => {
    const started = Date.now();
    expect(await fetchFeed(server.url('/slow.xml'), { timeoutMs: 150 })).toEqual({ status: 'error', message: 'timed out after 150 ms' });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('gives up on a server that stops halfway through the body', async () => {
    expect(await fetchFeed(server.url('/stall.xml'), { timeoutMs: 150 })).toEqual({ status: 'error', message: 'timed out after 150 ms' });
  });

  it('stops reading a body past 2 MB', async () => {
    expect(await fetchFeed(server.url('/huge.xml'))).toEqual({ status: 'error', message: 'feed larger than 2 MB' });
  });

  it('follows up to five redirects, by hand, to the final URL', async () => {
    const result = await fetchFeed(server.url('/redirect/5'));
    expect(result).toMatchObject({ status: 'ok', finalUrl: server.url('/rss.xml') });
    expect(server.requests.map((r) => r.path)).toEqual(['/redirect/5', '/redirect/4', '/redirect/3', '/redirect/2', '/redirect/1', '/rss.xml']);
  });

  it('refuses a sixth redirect without following it', async () => {
    expect(await fetchFeed(server.url('/redirect/6'))).toEqual({ status: 'error', message: 'too many redirects (more than 5)' });
    expect(server.requests.map((r) => r.path)).toEqual(['/redirect/6', '/redirect/5', '/redirect/4', '/redirect/3', '/redirect/2', '/redirect/1']);
  });

  it('sends the conditional headers along a redirect', async () => {
    const redirecting = server.url(`/redirect-to?url=${encodeURIComponent('/conditional.xml')}`);
    expect(await fetchFeed(redirecting, { previous: { etag: CONDITIONAL_ETAG } })).toEqual({ status: 'not-modified' });
  });

  it('refuses a redirect to something other than http(s)', async () => {
    const result = await fetchFeed(server.url(`/redirect-to?url=${encodeURIComponent('file:///etc/passwd')}`));
    expect(result).toEqual({ status: 'error', message: 'a redirect is not http(s): file:///etc/passwd' });
  });

  it('says when a page is not a feed', async () => {
    expect(await fetchFeed(server.url('/not-a-feed.html'))).toEqual({ status: 'error', message: 'not a feed: got an HTML page (text/html)' });
  });

  it('decodes a feed in the charset its XML declaration names', async () => {
    const result = await fetchFeed(server.url('/ru-cp1251.xml'));
    expect(result.status === 'ok' && result.body).toContain('На Кунашире открылся новый причал');
  });

  it('reports a refused connection on one line', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));

    const result = await fetchFeed(`http://127.0.0.1:${port}/feed.xml`);
    expect(messageOf(result)).toMatch(/^network error: .*ECONNREFUSED/);
  });

  it('refuses a URL with a password without repeating it (fetch’s own message would)', async () => {
    expect(await fetchFeed(`http://reader:s3cret@127.0.0.1:${server.port}/rss.xml`)).toEqual({
      status: 'error',
      message: 'the feed URL contains a user name or password',
    });
  });

  it('refuses a URL that is not http(s)', async () => {
    expect(await fetchFeed('ftp://feeds.example.com/rss')).toEqual({ status: 'error', message: 'the feed URL is not http(s): ftp://feeds.example.com/rss' });
  });
});

describe('fetchFeed with publicOnly (links people propose)', () => {
  /** Pretends "localhost" is a public host, so the test server can play a public site; everything else is private. */
  const lookup: LookupAll = (host) => Promise.resolve([{ address: host === 'localhost' ? '203.0.113.10' : '10.0.0.7', family: 4 }]);
  const publicUrl = (path: string) => `http://localhost:${server.port}${path}`;

  it('refuses a local address without requesting it', async () => {
    const result = await fetchFeed(server.url('/rss.xml'), { publicOnly: true, lookup });
    expect(messageOf(result)).toBe('That link points to a private or local address (127.0.0.1); only public web pages can be proposed.');
    expect(server.requests).toEqual([]);
  });

  it('follows a public site to a public redirect target', async () => {
    const result = await fetchFeed(publicUrl(`/redirect-to?url=${encodeURIComponent(publicUrl('/rss.xml'))}`), { publicOnly: true, lookup });
    expect(result).toMatchObject({ status: 'ok', finalUrl: publicUrl('/rss.xml') });
  });

  it('refuses a public site that redirects to a loopback address, before requesting it', async () => {
    const target = server.url('/rss.xml');
    const result = await fetchFeed(publicUrl(`/redirect-to?url=${encodeURIComponent(target)}`), { publicOnly: true, lookup });
    expect(result).toEqual({
      status: 'error',
      message: `redirected to ${target}: That link points to a private or local address (127.0.0.1); only public web pages can be proposed.`,
    });
    expect(requested('/rss.xml')).toEqual([]);
  });

  it('refuses a redirect to a name that resolves to a private address', async () => {
    const result = await fetchFeed(publicUrl(`/redirect-to?url=${encodeURIComponent('http://intranet.example/feed')}`), { publicOnly: true, lookup });
    expect(messageOf(result)).toBe(
      'redirected to http://intranet.example/feed: That link points to a private or local address (10.0.0.7); only public web pages can be proposed.',
    );
  });

  it('is off by default, so an operator can poll a feed on their own network', async () => {
    expect(await fetchFeed(server.url('/rss.xml'))).toMatchObject({ status: 'ok' });
  });
});
