import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import Redis from 'ioredis';
import { createApi } from '../apps/api/src/bootstrap';
import { LoginRateLimiter } from '../libs/accounts/src/login-rate-limiter';
import { slowdownDelayMs } from '../libs/accounts/src/login-slowdown';
import { users } from './factories/users';
import { HttpClient, Response } from './support/http';
import { startSystem, System } from './support/system';

const WINDOW_SECONDS = 900;
const PAIR_LIMIT = 3;

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

function expectLoggedIn(response: Response) {
  expect({ status: response.status, code: response.body.code }).toEqual({ status: 200, code: undefined });
  expect(response.body.accessToken).toEqual(expect.any(String));
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
  let api: NestFastifyApplication;
  const extraApps: NestFastifyApplication[] = [];

  beforeAll(async () => {
    system = await startSystem({
      env: {
        LOGIN_LIMIT_PER_EMAIL_IP: String(PAIR_LIMIT),
        LOGIN_LIMIT_PER_IP: '1000',
        LOGIN_LIMIT_WINDOW_SECONDS: String(WINDOW_SECONDS),
        // Slowed down from the 4th failure of an email, by at most 20 ms here: no test waits long.
        LOGIN_SLOWDOWN_AFTER: '4',
        LOGIN_SLOWDOWN_MAX_MS: '20',
      },
    });
    api = system.api;
  });
  afterAll(async () => {
    for (const app of extraApps) await app.close();
    await system.close();
  });

  describe('per (email, client address)', () => {
    const GUESSER = '10.0.1.1';
    const OWNER = '10.0.1.2';
    let victim: { email: string; password: string };

    beforeAll(async () => {
      victim = await register(system);
    });

    it('allows three wrong passwords from one address, then answers that address with 429 RATE_LIMITED and Retry-After', async () => {
      for (let attempt = 1; attempt <= PAIR_LIMIT; attempt++) {
        const response = await loginFrom(api, GUESSER, victim.email, 'wrong-password');
        expect({ attempt, status: response.status, code: response.body.code }).toEqual({ attempt, status: 401, code: 'INVALID_CREDENTIALS' });
      }
      expectRateLimited(await loginFrom(api, GUESSER, victim.email, 'wrong-password'));
    });

    it('refuses even the correct password from the locked address, and issues no token there', async () => {
      const { rows } = await system.db.query('SELECT id FROM users WHERE email = $1', [victim.email]);
      const response = await loginFrom(api, GUESSER, victim.email, victim.password);
      expectRateLimited(response);
      expect(response.body).not.toHaveProperty('accessToken');
      const tokens = await system.db.query('SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = $1', [rows[0].id]);
      expect(tokens.rows[0].n).toBe(0);
    });

    it("lets the person log in with the right password from their own address while the guesser's is locked", async () => {
      expectLoggedIn(await loginFrom(api, OWNER, victim.email, victim.password));
    });

    it('keeps the guesser locked after the person has logged in elsewhere', async () => {
      expectRateLimited(await loginFrom(api, GUESSER, victim.email, victim.password));
    });

    it('counts the email however it is spelled (case, surrounding spaces)', async () => {
      expectRateLimited(await loginFrom(api, GUESSER, `  ${victim.email.toUpperCase()} `, victim.password));
    });

    it('does not lock another email from the same address', async () => {
      const other = await register(system);
      expect((await loginFrom(api, GUESSER, other.email, 'wrong-password')).status).toBe(401);
      expectLoggedIn(await loginFrom(api, GUESSER, other.email, other.password));
    });

    it("never locks the person out when the guesses come from many addresses: each is answered 401, the person's login 200", async () => {
      const target = await register(system);
      for (let i = 1; i <= 4 * PAIR_LIMIT; i++) {
        const response = await loginFrom(api, `10.0.2.${i}`, target.email, 'wrong-password');
        expect({ i, status: response.status }).toEqual({ i, status: 401 });
      }
      expectLoggedIn(await loginFrom(api, '10.0.2.200', target.email, target.password));
    });

    it("counts failures only: correct logins never use up the limit, and one clears the pair's count", async () => {
      const person = await register(system);
      const from = '10.0.3.1';
      for (let attempt = 0; attempt < 5; attempt++) {
        expect((await loginFrom(api, from, person.email, person.password)).status).toBe(200);
      }
      for (let round = 0; round < 2; round++) {
        for (let attempt = 0; attempt < PAIR_LIMIT - 1; attempt++) {
          expect((await loginFrom(api, from, person.email, 'wrong-password')).status).toBe(401);
        }
        expect((await loginFrom(api, from, person.email, person.password)).status).toBe(200);
      }
      // Cleared by the last success: the limit's worth of failures again before the 429.
      for (let attempt = 0; attempt < PAIR_LIMIT; attempt++) {
        expect((await loginFrom(api, from, person.email, 'wrong-password')).status).toBe(401);
      }
      expectRateLimited(await loginFrom(api, from, person.email, person.password));
    });

    it('keeps no email address in Redis, only its hash', async () => {
      const redis = new Redis(process.env.REDIS_URL || 'redis://127.0.0.1:6379');
      try {
        const keys = await redis.keys(`*${system.redisPrefix}*`);
        expect(keys.some((key) => key.includes('login-failures:pair:'))).toBe(true);
        expect(keys.some((key) => key.includes('login-failures:email:'))).toBe(true);
        expect(keys.filter((key) => key.includes('@') || key.includes(victim.email.split('@')[0]))).toEqual([]);
      } finally {
        redis.disconnect();
      }
    });

    it('holds across processes: a second API instance on the same Redis also locks the pair, and only the pair', async () => {
      const second = await anotherApi();
      extraApps.push(second);
      expect(second).not.toBe(system.api);
      expectRateLimited(await loginFrom(second, GUESSER, victim.email, victim.password));
      expectLoggedIn(await loginFrom(second, '10.0.1.3', victim.email, victim.password));
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
      // these counters apart from the cases above.
      limited = await anotherApi({ LOGIN_LIMIT_PER_IP: String(LIMIT), LOGIN_LIMIT_PER_EMAIL_IP: '1000' });
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

  describe('per email, from every address: a growing wait, never a lock', () => {
    // The arithmetic is unit-tested in libs/accounts/src/login-slowdown.spec.ts; here, that real
    // failed logins feed it and that the wait is what an attempt for the email would get.
    const settings = { after: 2, maxMs: 60_000 };
    let slowed: NestFastifyApplication;
    let limiter: LoginRateLimiter;

    beforeAll(async () => {
      slowed = await anotherApi({ LOGIN_SLOWDOWN_AFTER: String(settings.after), LOGIN_SLOWDOWN_MAX_MS: String(settings.maxMs) });
      extraApps.push(slowed);
      limiter = slowed.get(LoginRateLimiter);
    });

    it('counts the failures for an email across addresses, and the wait for it grows with them', async () => {
      const target = await register(system);
      const delays: number[] = [(await limiter.assertAllowed(target.email, '10.0.4.100')).delayMs];
      for (let i = 1; i <= 4; i++) {
        expect((await loginFrom(slowed, `10.0.4.${i}`, target.email, 'wrong-password')).status).toBe(401);
        delays.push((await limiter.assertAllowed(target.email, '10.0.4.100')).delayMs);
      }
      expect(delays).toEqual([0, 1, 2, 3, 4].map((failures) => slowdownDelayMs(failures, settings)));
      expect(delays).toEqual([0, 0, 250, 500, 1000]);

      // The right password, from an address that has not failed, waits and then succeeds.
      expectLoggedIn(await loginFrom(slowed, '10.0.4.100', target.email, target.password));
      // The success clears the pair only: the guessing against the email still slows it down.
      expect((await limiter.assertAllowed(target.email, '10.0.4.101')).delayMs).toBe(1000);
      // Another email is not slowed down.
      expect((await limiter.assertAllowed(users.build().email, '10.0.4.100')).delayMs).toBe(0);
    });
  });
});
