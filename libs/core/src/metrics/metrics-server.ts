import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Metrics } from './metrics';

/**
 * Serves GET /metrics on its own listener, bound to METRICS_HOST (loopback by default), so it is
 * never reachable through the public port; a Prometheus on another host needs METRICS_HOST set to
 * a private interface. Closed with the app.
 */
@Injectable()
export class MetricsServer implements OnApplicationShutdown {
  private server?: Server;

  constructor(private readonly metrics: Metrics) {}

  /** Returns the URL it serves on (port 0 picks a free one). */
  async listen(port: number, host: string): Promise<string> {
    const server = createServer((request, response) => {
      if (request.method !== 'GET' || request.url !== '/metrics') {
        response.writeHead(404).end();
        return;
      }
      this.metrics.registry
        .metrics()
        .then((body) => response.writeHead(200, { 'content-type': this.metrics.registry.contentType }).end(body))
        .catch((error: Error) => response.writeHead(500, { 'content-type': 'text/plain' }).end(error.message));
    });
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
    this.server = server;
    const { port: bound } = server.address() as AddressInfo;
    return `http://${host.includes(':') ? `[${host}]` : host}:${bound}/metrics`;
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
