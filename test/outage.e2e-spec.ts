import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '../apps/api/src/bootstrap';
import { users } from './factories/users';
import { HttpClient, Response } from './support/http';
import { startSystem, System } from './support/system';
import { TcpProxy } from './support/tcp-proxy';

jest.setTimeout(20_000);


/** Polls until `check` passes or `timeoutMs` runs out (then fails with the last response). */
async function eventually(probe: () => Promise<Response>, check: (response: Response) => boolean, timeoutMs = 8000): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  let last = await probe();
  while (!check(last)) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last response: ${last.status} ${JSON.stringify(last.body)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await probe();
  }
  return last;
}

function expectUnavailableWithoutInternals(response: Response) {
  expect(response.status).toBe(503);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE', requestId: expect.any(String), detail: expect.any(String) });
  expect(response.headers['retry-after']).toMatch(/^\d+$/);
  const text = JSON.stringify(response.body);
  expect(text).not.toMatch(/\bat \S+ \(|\.ts:\d+|\.js:\d+|stack/i);
  expect(text).not.toMatch(/ECONNREFUSED|ECONNRESET|127\.0\.0\.1|5432|6379|hatchery_app|QueryFailedError|TypeORM|ioredis/i);
}

describe('outages: Postgres or Redis down', () => {
  const postgres = new TcpProxy(5432);
  const redis = new TcpProxy(6379);
  let system: System;
  let http: HttpClient;
  let signedIn: Awaited<ReturnType<typeof users.create>>;
  const extraApps: NestFastifyApplication[] = [];
  const savedDatabaseUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    await postgres.start();
    await redis.start();
    // The harness derives this file's app URL from DATABASE_URL (only the database name
    // changes), so pointing the base URL at the proxy makes the API connect through it.
    const base = new URL(process.env.DATABASE_URL || 'postgres://hatchery_app:hatchery_app@127.0.0.1:5432/hatchery');
    base.port = String(postgres.port);
    process.env.DATABASE_URL = base.toString();
    system = await startSystem({ env: { REDIS_URL: `redis://127.0.0.1:${redis.port}` } });
    http = system.http;
    signedIn = await users.create(system);
  });

  afterAll(async () => {
    // Bring both back so every connection can close cleanly, then tear down.
    if (!postgres.running) await postgres.start();
    if (!redis.running) await redis.start();
    for (const app of extraApps) await app.close();
    await system?.close();
    await postgres.stop();
    await redis.stop();
    if (savedDatabaseUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = savedDatabaseUrl;
  });

  it('the API really goes through both proxies', async () => {
    expect(new URL(system.urls.app).port).toBe(String(postgres.port));
    expect((await http.get('/health')).status).toBe(200);
    expect(postgres.connections).toBeGreaterThan(0);
    expect(redis.connections).toBeGreaterThan(0);
  });

  describe('Postgres', () => {
    afterEach(async () => {
      if (!postgres.running) await postgres.start();
    });

    it('/health answers 503 while the database is down, and 200 once it is back', async () => {
      expect((await http.get('/health')).status).toBe(200);
      await postgres.stop();

      const down = await eventually(() => http.get('/health'), (r) => r.status !== 200);
      expect(down.status).toBe(503);
      expect(down.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(down.body.code).toBe('SERVICE_UNAVAILABLE');

      await postgres.start();
      const up = await eventually(() => http.get('/health'), (r) => r.status === 200);
      expect(up.body).toMatchObject({ status: 'ok', details: { database: { status: 'up' }, redis: { status: 'up' } } });
    });

    it('/health names the database, and only it, as the failing dependency', async () => {
      await postgres.stop();
      const down = await eventually(() => http.get('/health'), (r) => r.status !== 200);
      expect(down.status).toBe(503);
      expect(down.body.detail).toMatch(/database/);
      expect(down.body.detail).not.toMatch(/redis/);
      expect(down.body.checks).toMatchObject({ database: { status: 'down' }, redis: { status: 'up' } });
    });

    it('an API request while it is down answers a problem+json 503 that reveals nothing, then works again', async () => {
      await postgres.stop();
      const started = Date.now();
      expectUnavailableWithoutInternals(await http.get('/api/v1/auth/me', signedIn.token));
      expectUnavailableWithoutInternals(await http.post('/api/v1/auth/register', users.build()));
      expectUnavailableWithoutInternals(await http.get('/api/v1/organizations', signedIn.token));
      expect(Date.now() - started).toBeLessThan(10_000);

      await postgres.start();
      const me = await eventually(() => http.get('/api/v1/auth/me', signedIn.token), (r) => r.status !== 503);
      expect(me.status).toBe(200);
      expect(me.body.id).toBe(signedIn.id);
    });
  });

  describe('Redis', () => {
    afterEach(async () => {
      if (!redis.running) await redis.start();
    });

    it('/health answers 503 while redis is down, and 200 once it is back', async () => {
      expect((await http.get('/health')).status).toBe(200);
      await redis.stop();

      const down = await eventually(() => http.get('/health'), (r) => r.status !== 200);
      expect(down.status).toBe(503);
      expect(down.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(down.body.code).toBe('SERVICE_UNAVAILABLE');

      await redis.start();
      const up = await eventually(() => http.get('/health'), (r) => r.status === 200);
      expect(up.body).toMatchObject({ status: 'ok', details: { database: { status: 'up' }, redis: { status: 'up' } } });
    });

    it('/health names redis, and only it, as the failing dependency', async () => {
      await redis.stop();
      const down = await eventually(() => http.get('/health'), (r) => r.status !== 200);
      expect(down.status).toBe(503);
      expect(down.body.detail).toMatch(/redis/);
      expect(down.body.detail).not.toMatch(/database/);
      expect(down.body.checks).toMatchObject({ database: { status: 'up' }, redis: { status: 'down' } });
    });

    it('a login while it is down fails closed (503, no tokens), then works again', async () => {
      await redis.stop();
      await eventually(() => http.get('/health'), (r) => r.status === 503);
      const refused = await http.post('/api/v1/auth/login', { email: signedIn.email, password: signedIn.password });
      expectUnavailableWithoutInternals(refused);
      expect(refused.body).not.toHaveProperty('accessToken');

      await redis.start();
      const login = await eventually(
        () => http.post('/api/v1/auth/login', { email: signedIn.email, password: signedIn.password }),
        (r) => r.status !== 503,
      );
      expect(login.status).toBe(200);
    });

    it('an API request that does not need Redis still works while it is down', async () => {
      await redis.stop();
      await eventually(() => http.get('/health'), (r) => r.status === 503);
      expect((await http.get('/api/v1/auth/me', signedIn.token)).status).toBe(200);
    });
  });

  describe('startup', () => {
    it('a new API instance whose Redis connection is slow to open does not answer 503 once initialised', async () => {
      // A slow link (remote Redis, TLS): every new connection takes 500 ms to get through.
      const slowRedis = new TcpProxy(6379);
      slowRedis.delayMs = 500;
      await slowRedis.start();
      const savedRedisUrl = process.env.REDIS_URL;
      process.env.REDIS_URL = `redis://127.0.0.1:${slowRedis.port}`;
      let app: NestFastifyApplication | undefined;
      try {
        app = await createApi({ logs: false });
        extraApps.push(app);
        await app.init();
        await app.getHttpAdapter().getInstance().ready();
        // main.ts listens right after init: this is the first request a fresh process serves.
        const first = await new HttpClient(app).post('/api/v1/auth/login', { email: 'nobody@example.org', password: 'not-the-password' });
        expect({ status: first.status, code: first.body.code }).toEqual({ status: 401, code: 'INVALID_CREDENTIALS' });
      } finally {
        process.env.REDIS_URL = savedRedisUrl;
        if (app) {
          extraApps.splice(extraApps.indexOf(app), 1);
          await app.close();
        }
        await slowRedis.stop();
      }
    });
  });
});
