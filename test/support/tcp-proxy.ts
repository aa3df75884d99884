import { createServer, connect, type Socket } from 'node:net';

/**
 * A TCP proxy in front of a real server (Redis), to cut it off without stopping it:
 *   forward    passes bytes both ways (the normal state)
 *   refuse     closes every connection, open or new (the server is down)
 *   blackhole  keeps connections open but drops every byte (a network partition: no answer, no error)
 */
export type ProxyMode = 'forward' | 'refuse' | 'blackhole';

export interface TcpProxy {
  readonly port: number;
  readonly url: string;
  set(mode: ProxyMode): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }, mode: ProxyMode = 'forward'): Promise<TcpProxy> {
  let current = mode;
  const open = new Set<Socket>();
  const server = createServer((client) => {
    if (current === 'refuse') return void client.destroy();
    const upstream = connect(target.port, target.host);
    open.add(client).add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on('data', (chunk) => current === 'forward' && upstream.write(chunk));
    upstream.on('data', (chunk) => current === 'forward' && client.write(chunk));
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    set(next) {
      current = next;
      if (next === 'refuse') for (const socket of open) socket.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
