import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import Redis from 'ioredis';
import { createApi } from '../apps/api/src/bootstrap';
import { users } from './factories/users';
import { HttpClient, Response } from './support/http';
import { startSystem, System } from './support/system';

const WINDOW_SECONDS = 900;

/** Registers without logging in, so no attempt has been counted for the email yet. */
async function register(system: System): Promise<{ email: string; password: string }> {
  const input = users.build();
  const response = await system.http.post('/api/v1/auth/register', input);
  if (response.status !== 201) throw new Error(`register failed: ${JSON.stringify(response.body)}`);
  return { email: input.email, password: input.password };
}

/** A login from a given client address (Fastify inject's remoteAddress is what request.ip reads). */
async function loginFrom(app: NestFastifyApplication, remoteAddress: string, email: string, password: string, headers: Record<string, string> = {}): Promise<Response> {
  const fastify: FastifyInstance = app.getHttpAdapter().getInstance();
  const response = await fastify.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress,
    headers: { 'content-type': 'application/json', ...headers },
    payload: JSON.stringify({ email, password }),
  });
  return { status: response.statusCode, body: response.json(), headers: response.headers };
}

function expectRateLimited(response: Response) {
  expect(response.status).toBe(429);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body.code).toBe('RATE_LIMITED');
  const retryAfter = String(response.headers['retry-after']);
  expect(retryAfter).toMatch(/^[1-9]\d*$/);
  expect(Number(retryAfter)).toBeLessThanOrEqual(WINDOW_SECONDS);
}

/** Builds another API process's worth of app on the same database and Redis prefix, with env overrides. */
async function anotherApi(overrides: Record<string, string> = {}): Promise<NestFastifyApplication> {
  const saved = Object.fromEntries(Object.keys(overrides).map((key) => [key, process.env[key]]));
  Object.assign(process.env, overrides);
  try {
    const app = await createApi({ logs: false });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    return app;
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

describe('login rate limits (Redis-backed, shared by every API process)', () => {
  let system: System;
  const extraApps: NestFastifyApplication[] = [];

  beforeAll(async () => {
    system = await startSystem({
      env: { LOGIN_LIMIT_PER_EMAIL: '3', LOGIN_LIMIT_PER_IP: '1000', LOGIN_LIMIT_WINDOW_SECONDS: String(WINDOW_SECONDS) },
    });
  });
  afterAll(async () => {
    for (const app of extraApps) await app.close();
    await system.close();
  });

  describe('per email', () => {
    let blocked: { email: string; password: string };

    beforeAll(async () => {
      blocked = await register(system);
    });

    it('allows three wrong passwords, then answers the fourth with 429 RATE_LIMITED and Retry-After', async () => {
      for (let attempt = 1; attempt <= 3; attempt++) {
        const response = await system.http.post('/api/v1/auth/login', { email: blocked.email, password: 'wrong-password' });
        expect({ attempt, status: response.status, code: response.body.code }).toEqual({ attempt, status: 401, code: 'INVALID_CREDENTIALS' });
      }
      expectRateLimited(await system.http.post('/api/v1/auth/login', { email: blocked.email, password: 'wrong-password' }));
    });

    it('refuses even the correct password while the email is blocked, and issues no token', async () => {
      const { rows } = await system.db.query('SELECT id FROM users WHERE email = $1', [blocked.email]);
      const response = await system.http.post('/api/v1/auth/login', { email: blocked.email, password: blocked.password });
      expectRateLimited(response);
      expect(response.body).not.toHaveProperty('accessToken');
      const tokens = await system.db.query('SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = $1', [rows[0].id]);
      expect(tokens.rows[0].n).toBe(0);
    });

    it('counts the email however it is spelled (case, surrounding spaces)', async () => {
      expectRateLimited(await system.http.post('/api/v1/auth/login', { email: `  ${blocked.email.toUpperCase()} `, password: blocked.password }));
    });

    it('does not block another email', async () => {
      const other = await register(system);
      const wrong = await system.http.post('/api/v1/auth/login', { email: other.email, password: 'wrong-password' });
      expect(wrong.status).toBe(401);
      const right = await system.http.post('/api/v1/auth/login', { email: other.email, password: other.password });
      expect(right.status).toBe(200);
      expect(right.body.accessToken).toEqual(expect.any(String));
    });

    it('counts failures only: correct logins never use up the limit, and one clears the count', async () => {
      const person = await register(system);
      for (let attempt = 0; attempt < 5; attempt++) {
        expect((await system.http.post('/api/v1/auth/login', { email: person.email, password: person.password })).status).toBe(200);
      }
      for (let round = 0; round < 2; round++) {
        for (let attempt = 0; attempt < 2; attempt++) {
          expect((await system.http.post('/api/v1/auth/login', { email: person.email, password: 'wrong-password' })).status).toBe(401);
        }
        expect((await system.http.post('/api/v1/auth/login', { email: person.email, password: person.password })).status).toBe(200);
      }
    });

    it('keeps no email address in Redis, only its hash', async () => {
      const redis = new Redis(process.env.REDIS_URL || 'redis://127.0.0.1:6379');
      try {
        const keys = await redis.keys(`${system.redisPrefix}:*`);
        expect(keys.some((key) => key.includes('login-failures:email:'))).toBe(true);
        expect(keys.filter((key) => key.includes('@') || key.includes(blocked.email.split('@')[0]))).toEqual([]);
      } finally {
        redis.disconnect();
      }
    });

    it('holds across processes: a second API instance on the same Redis also answers 429', async () => {
      const second = await anotherApi();
      extraApps.push(second);
      expect(second).not.toBe(system.api);
      const response = await new HttpClient(second).post('/api/v1/auth/login', { email: blocked.email, password: blocked.password });
      expectRateLimited(response);
      // …and the second instance is otherwise serving normally.
      const fresh = await register(system);
      expect((await new HttpClient(second).post('/api/v1/auth/login', fresh)).status).toBe(200);
    });
  });

  describe('per client address', () => {
    const LIMIT = 3;
    let limited: NestFastifyApplication;

    beforeAll(async () => {
      // Same database and Redis prefix; only the per-IP limit differs. Distinct addresses keep
      // these counters apart from the per-email cases above.
      limited = await anotherApi({ LOGIN_LIMIT_PER_IP: String(LIMIT), LOGIN_LIMIT_PER_EMAIL: '1000' });
      extraApps.push(limited);
    });

    it('blocks an address after the limit, whatever email it tries next', async () => {
      for (let attempt = 1; attempt <= LIMIT; attempt++) {
        const response = await loginFrom(limited, '10.0.0.9', `nobody-${attempt}@example.org`, 'wrong-password');
        expect({ attempt, status: response.status }).toEqual({ attempt, status: 401 });
      }
      expectRateLimited(await loginFrom(limited, '10.0.0.9', 'someone-else@example.org', 'wrong-password'));
      const person = await register(system);
      expectRateLimited(await loginFrom(limited, '10.0.0.9', person.email, person.password));
    });

    it('does not block another address', async () => {
      const person = await register(system);
      expect((await loginFrom(limited, '10.0.0.10', person.email, person.password)).status).toBe(200);
    });

    it('cannot be dodged with X-Forwarded-For (proxy headers are not trusted by default)', async () => {
      for (let attempt = 1; attempt <= LIMIT; attempt++) {
        await loginFrom(limited, '10.0.0.11', `spoof-${attempt}@example.org`, 'wrong-password', { 'x-forwarded-for': `203.0.113.${attempt}` });
      }
      expectRateLimited(await loginFrom(limited, '10.0.0.11', 'spoof-x@example.org', 'wrong-password', { 'x-forwarded-for': '203.0.113.99' }));
    });
  });
});
