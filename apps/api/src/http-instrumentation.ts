import cors, { FastifyCorsOptions } from '@fastify/cors';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { closeGracefully, Env, Metrics } from '@hatchery/core';

/**
 * What every response carries and every request feeds: the request id as `X-Request-Id`, its
 * duration by route pattern and status in the metrics, CORS for the listed origins only, and a
 * close that finishes requests in flight without waiting on idle clients.
 */
export async function instrumentHttp(app: NestFastifyApplication, env: Env): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const metrics = app.get(Metrics);
  fastify.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  fastify.addHook('onResponse', async (request, reply) => {
    // The route's pattern, never the raw URL: ids and tokens would make every request its own series.
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpRequests.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });

  closeGracefully(fastify, env.SHUTDOWN_GRACE_MS);

  // A listed origin gets CORS headers with credentials; any other origin gets none at all, so
  // the browser keeps its scripts from reading the answers.
  const origins = new Set(env.CORS_ORIGINS?.split(',') ?? []);
  const listed: FastifyCorsOptions = {
    origin: true,
    credentials: true,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'x-request-id', 'x-hatchery-client'],
    exposedHeaders: ['x-request-id', 'retry-after', 'idempotent-replayed', 'location'],
    maxAge: 600,
  };
  await app.register(cors, {
    delegator: (request, callback) => callback(null, origins.has(request.headers.origin ?? '') ? listed : { origin: false }),
  });
}
