import { createConnection, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { commands } from '../../src/commands/registry.js';
import { FakeDiscord } from '../support/fake-discord/index.js';
import { redisUrl, skipWithoutRedis } from '../support/redis.js';
import { runApp } from '../support/run-app.js';
import { startApp, type StartedApp } from '../support/start-app.js';
import { parsePrometheus } from './prometheus-text.js';

/**
 * /healthz and /metrics over real HTTP from the whole app (run in process, METRICS_PORT=0), with the
 * real discord.js client against the fake Discord, and the real Redis behind a proxy we can cut.
 */

const get = async (app: StartedApp, path: string) => {
  const response = await fetch(`http://127.0.0.1:${app.metricsPort}${path}`);
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
};

/** Polls /healthz until it answers `status` (the app reacts to a drop within a second or so). */
async function healthBecomes(app: StartedApp, status: number, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = { status: 0, body: '' };
  while (Date.now() < deadline) {
    last = await get(app, '/healthz');
    if (last.status === status) return last.body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`/healthz stayed ${last.status} (${last.body.trim()}) instead of ${status}`);
}

describe('with Discord', () => {
  let fake: FakeDiscord;
  let app: StartedApp;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
    app = await startApp({ DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl });
  });
  afterAll(async () => {
    expect(await app?.stop()).toBe(0);
    await fake?.close();
  });

  test('/healthz is 200 once Discord is connected and the store answers', async () => {
    expect(await healthBecomes(app, 200)).toBe('ok\n');
  });

  test('/metrics: Prometheus text with command outcomes, answer latency, shards up and process metrics; no token or typed text', async () => {
    await healthBecomes(app, 200);
    const odd = 'Zq9 "quoted" {braces} \\back\\slash\nnew line ☃ <b>x</b>';
    const sent = [
      fake.chatInput('help'),
      fake.chatInput('ask', { question: `${odd} ${fake.token}` }),
      fake.chatInput(`drop-${'x'.repeat(5)}`, { note: odd }),
      fake.chatInput('timeline', { from: odd }),
    ];
    await fake.waitFor(() => sent.every((i) => i.callbackType !== undefined), 15_000, 'every answer');

    const metrics = await get(app, '/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.type).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = parsePrometheus(metrics.body);
    expect(samples.get('kuril_commands_total{command="help",outcome="answered"}')).toBe(1);
    expect(samples.get('kuril_commands_total{command="unknown",outcome="unknown"}')).toBe(1);
    expect(samples.get('kuril_commands_total{command="timeline",outcome="invalid"}')).toBe(1);
    expect([...samples.keys()].some((k) => k.startsWith('kuril_commands_total{command="ask",'))).toBe(true);
    expect(samples.get('kuril_answer_seconds_count{platform="discord",kind="command"}')).toBe(4);
    expect(samples.get('kuril_gateway_shards_up{platform="discord"}')).toBe(1);
    expect(samples.get('kuril_gateway_shards{platform="discord"}')).toBe(1);
    expect(samples.has('process_cpu_user_seconds_total')).toBe(true);
    // Every command label is a registered command name or "unknown"; nothing typed reached a label.
    const commandLabels = new Set([...samples.keys()].flatMap((k) => /command="([^"]*)"/.exec(k)?.[1] ?? []));
    for (const label of commandLabels) expect([...commands.map((c) => c.name), 'unknown']).toContain(label);
    for (const secret of [fake.token, 'Zq9', 'quoted', 'braces', 'drop-', '☃']) expect(metrics.body).not.toContain(secret);
  });

  test('/healthz is 503 naming the shard while Discord refuses the connection, 200 again once it is back', async () => {
    await healthBecomes(app, 200);
    fake.acceptConnections = false;
    fake.dropConnection();
    const body = await healthBecomes(app, 503);
    expect(body).toMatch(/^discord: shard 0 (connecting|reconnecting|disconnected|idle|identifying|resuming)/);
    fake.acceptConnections = true;
    expect(await healthBecomes(app, 200, 30_000)).toBe('ok\n');
    const samples = parsePrometheus((await get(app, '/metrics')).body);
    expect(samples.get('kuril_gateway_shards_up{platform="discord"}')).toBe(1);
  });

  test('anything else: 404 with a hint', async () => {
    expect(await get(app, '/')).toMatchObject({ status: 404, body: 'not found: try /healthz or /metrics\n' });
  });
});

/** A TCP proxy to Redis that a test can cut (the store "down") and restore on the same port. */
class CuttableProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;
  constructor(private readonly target: URL) {}

  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = createConnection(Number(this.target.port) || 6379, this.target.hostname);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

describe.skipIf(skipWithoutRedis)('with the store on Redis', () => {
  test('/healthz is 503 naming the store while Redis is unreachable, 200 again once it is back', async () => {
    const proxy = new CuttableProxy(new URL(redisUrl()));
    await proxy.open();
    const app = await startApp({ STORE_URL: `redis://127.0.0.1:${proxy.port}` });
    try {
      expect(await healthBecomes(app, 200)).toBe('ok\n');
      await proxy.cut();
      expect(await healthBecomes(app, 503)).toMatch(/^store: /);
      await proxy.open();
      expect(await healthBecomes(app, 200, 30_000)).toBe('ok\n');
    } finally {
      expect(await app.stop()).toBe(0);
      await proxy.cut();
    }
  });
});

test('a METRICS_PORT already in use: one line naming it, exit 1', async () => {
  const taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, resolve));
  try {
    const port = (taken.address() as AddressInfo).port;
    const run = await runApp('', { METRICS_PORT: String(port) });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n').at(-1)).toBe(`kuril-brief: cannot open METRICS_PORT ${port} for /healthz and /metrics (EADDRINUSE).`);
  } finally {
    await new Promise<void>((resolve) => taken.close(() => resolve()));
  }
});
