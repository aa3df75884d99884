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
    return DefaultRestOptions.makeRequest(url, await withEncodedForm(init));
  },
} satisfies Partial<RESTOptions>;

type RequestInit = Parameters<RESTOptions['makeRequest']>[1];

async function withEncodedForm(init: RequestInit): Promise<RequestInit> {
  if (!(init.body instanceof FormData)) return init;
  // Response encodes the form with the same implementation that built it: boundary and header agree.
  const encoded = new Response(init.body);
  const headers = new Headers(init.headers);
  headers.set('content-type', encoded.headers.get('content-type')!);
  return { ...init, body: new Uint8Array(await encoded.arrayBuffer()), headers: Object.fromEntries(headers) };
}
