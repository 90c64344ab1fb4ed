import { AddressInfo, connect, createServer, Server, Socket } from 'node:net';

/**
 * A TCP proxy to a real service. `stop()` is an outage: the port refuses connections and every
 * open connection is cut. `start()` brings it back on the same port. `delayMs` holds each new
 * connection that long before it reaches the service (a slow network or TLS handshake).
 */
export class TcpProxy {
  port = 0;
  delayMs = 0;
  private server?: Server;
  private readonly sockets = new Set<Socket>();

  constructor(private readonly targetPort: number) {}

  async start(): Promise<void> {
    const server = createServer((client) => {
      this.track(client);
      client.pause();
      const open = () => {
        if (client.destroyed) return;
        const upstream = this.track(connect(this.targetPort, '127.0.0.1'));
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
        client.on('close', () => upstream.destroy());
        client.pipe(upstream).pipe(client);
        client.resume();
      };
      if (this.delayMs > 0) setTimeout(open, this.delayMs).unref();
      else open();
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  get running(): boolean {
    return this.server !== undefined;
  }

  /** Open sockets, both sides counted. */
  get connections(): number {
    return this.sockets.size;
  }

  private track(socket: Socket): Socket {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    return socket;
  }
}
