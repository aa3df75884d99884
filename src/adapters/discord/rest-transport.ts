import { DefaultRestOptions, type RESTOptions } from 'discord.js';

/**
 * How every discord.js REST client of ours sends a request: discord.js's own strategy (undici's
 * `request`, with its retries and errors), except that a multipart body (a reply with files) is
 * encoded to bytes first.
 *
 * Why: discord.js builds that body as a global FormData and hands it to the process-wide undici
 * dispatcher, which belongs to whichever copy of undici loaded first. Slack's socket mode brings
 * undici 7, and undici 7 cannot encode a FormData it did not make itself ("action is not a
 * function"; nodejs/undici#5520, discordjs/discord.js#10946), so in a process that loaded Slack
 * before Discord every chart and export on Discord failed. Bytes go through any dispatcher. The cost
 * is one copy of the files in memory, which are already there and at most 8 MiB (DISCORD_LIMITS).
 */
export const restTransport = {
  async makeRequest(url, init) {
    const response = await DefaultRestOptions.makeRequest(url, await withEncodedForm(init));
    return response.status === 429 && response.headers.get('x-ratelimit-global') ? withExactRetryAfter(response) : response;
  },
} satisfies Partial<RESTOptions>;

type RequestInit = Parameters<RESTOptions['makeRequest']>[1];
type ResponseLike = Awaited<ReturnType<RESTOptions['makeRequest']>>;

/**
 * A global 429 with the wait its body states. Discord's Retry-After header is whole seconds, rounded
 * up (`Retry-After: 1` with `"retry_after": 0.02`), and discord.js reads the header: it then refused
 * every request of the process for a second when the limit allowed the next one in a few
 * milliseconds, and when two processes of the bot got a 429 together nothing was posted for that
 * second (docs/benchmarks.md). The body's value only ever shortens the header's.
 */
async function withExactRetryAfter(response: ResponseLike): Promise<ResponseLike> {
  const text = await response.text();
  const headers = new Headers(response.headers);
  let exact: unknown;
  try {
    exact = (JSON.parse(text) as { retry_after?: unknown }).retry_after;
  } catch {
    exact = undefined;
  }
  const header = Number(headers.get('retry-after'));
  if (typeof exact === 'number' && Number.isFinite(exact) && exact >= 0 && (!Number.isFinite(header) || exact < header)) headers.set('retry-after', String(exact));
  return new Response(text, { status: response.status, statusText: response.statusText, headers });
}

async function withEncodedForm(init: RequestInit): Promise<RequestInit> {
  if (!(init.body instanceof FormData)) return init;
  // Response encodes the form with the same implementation that built it: boundary and header agree.
  const encoded = new Response(init.body);
  const headers = new Headers(init.headers);
  headers.set('content-type', encoded.headers.get('content-type')!);
  return { ...init, body: new Uint8Array(await encoded.arrayBuffer()), headers: Object.fromEntries(headers) };
}
