// A TCP proxy the tests control, put between Stormbell and a server it talks to (PostgreSQL, SMTP): it can drop
// every connection and refuse new ones (an outage or restart, without touching the real server, which other suites
// share), and it can add latency to every chunk (a slow mail server).
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';

export interface TcpProxy {
  /** The port the proxy listens on; it stays the same across down() and up(). */
  readonly port: number;
  /** Connections accepted so far. */
  readonly accepted: number;
  /** Connections open now. */
  readonly open: number;
  /** Delay added to every chunk in either direction, in milliseconds (0: none). */
  latencyMs: number;
  /** Ends every open connection at once and stops listening: new connections are refused (ECONNREFUSED). */
  down(): Promise<void>;
  /** Ends every open connection but keeps accepting (a server restart's dropped clients, or a terminated backend). */
  dropAll(): void;
  /** Listens again on the same port. */
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;
  let accepted = 0;
  const proxy = {
    latencyMs: 0,
    get port() {
      return port;
    },
    get accepted() {
      return accepted;
    },
    get open() {
      return sockets.size / 2;
    },
  } as TcpProxy;

  // Chunks keep their order: each is written once the delay after it arrived has passed.
  const pipe = (from: Socket, to: Socket) => {
    from.on('data', (chunk: Buffer) => {
      if (proxy.latencyMs <= 0) {
        to.write(chunk);
        return;
      }
      from.pause();
      setTimeout(() => {
        if (!to.destroyed) to.write(chunk);
        from.resume();
      }, proxy.latencyMs);
    });
    from.on('end', () => to.end());
  };

  const onConnection = (client: Socket) => {
    accepted++;
    const upstream = connect(target.port, target.host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.setNoDelay(true);
      s.on('error', () => {});
      s.on('close', () => {
        sockets.delete(s);
        client.destroy();
        upstream.destroy();
      });
    }
    pipe(client, upstream);
    pipe(upstream, client);
  };

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = createServer(onConnection);
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        s.off('error', reject);
        port = (s.address() as AddressInfo).port;
        server = s;
        resolve();
      });
    });

  proxy.dropAll = () => {
    for (const s of [...sockets]) s.destroy();
  };
  proxy.down = async () => {
    const s = server;
    server = null;
    const closed = s ? new Promise<void>((resolve) => s.close(() => resolve())) : Promise.resolve();
    proxy.dropAll();
    await closed;
  };
  proxy.up = async () => {
    if (!server) await listen();
  };
  proxy.close = () => proxy.down();

  await listen();
  return proxy;
}
