import { users } from './factories/users';
import type { Response } from './support/http';
import { countRows, startSystem, System } from './support/system';

const SESSION = '/api/v1/auth/session';
const REFRESH = '/api/v1/auth/session/refresh';
const WEB = { 'x-hatchery-client': 'web' };
const LISTED_ORIGIN = 'http://localhost:5173';
const THIRTY_DAYS = 30 * 24 * 3600;

/** The one Set-Cookie of a response, split into its value and its attributes. */
function setCookie(response: Response): { name: string; value: string; attributes: string[] } {
  const header = response.headers['set-cookie'];
  const all = Array.isArray(header) ? header : header === undefined ? [] : [String(header)];
  expect(all).toHaveLength(1);
  const [pair, ...attributes] = all[0].split(';').map((part) => part.trim());
  const equals = pair.indexOf('=');
  return { name: pair.slice(0, equals), value: pair.slice(equals + 1), attributes };
}

describe('browser sessions: the refresh token in an httpOnly cookie', () => {
  let system: System;

  beforeAll(async () => {
    system = await startSystem({ env: { CORS_ORIGINS: LISTED_ORIGIN, LOGIN_LIMIT_PER_EMAIL_IP: '5' } });
  });
  afterAll(() => system.close());

  const start = (email: string, password: string, headers: Record<string, string> = WEB) => system.http.post(SESSION, { email, password }, undefined, headers);
  const refresh = (cookie: string | undefined, headers: Record<string, string> = WEB) =>
    system.http.request('POST', REFRESH, { headers: { ...headers, ...(cookie === undefined ? {} : { cookie: `hatchery_refresh=${cookie}` }) } });
  const end = (cookie: string | undefined, headers: Record<string, string> = WEB) =>
    system.http.request('DELETE', SESSION, { headers: { ...headers, ...(cookie === undefined ? {} : { cookie: `hatchery_refresh=${cookie}` }) } });

  async function signedIn() {
    const person = await users.create(system);
    const login = await start(person.email, person.password);
    expect(login.status).toBe(200);
    return { person, cookie: setCookie(login).value, login };
  }

  it('logs in: the refresh token only in an httpOnly, SameSite=Strict cookie scoped to the session path', async () => {
    const { person, login } = await signedIn();
    expect(login.body).toEqual({ accessToken: expect.any(String), tokenType: 'Bearer', expiresIn: 900 });
    expect(login.body).not.toHaveProperty('refreshToken');
    const cookie = setCookie(login);
    expect(cookie.name).toBe('hatchery_refresh');
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cookie.attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/api/v1/auth/session', `Max-Age=${THIRTY_DAYS}`]));
    expect(cookie.attributes).not.toContain('Secure'); // plain http here; over https it is Secure
    expect((await system.http.get('/api/v1/auth/me', login.body.accessToken)).body.id).toBe(person.id);
  });

  it('answers a wrong password as login does, and counts it towards the same limits', async () => {
    const person = await users.create(system);
    const wrong = await start(person.email, 'not-the-password');
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    expect(wrong.headers['set-cookie']).toBeUndefined();
    for (let i = 0; i < 4; i++) expect((await start(person.email, 'not-the-password')).status).toBe(401);
    const limited = await start(person.email, person.password);
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect((await system.http.post('/api/v1/auth/login', { email: person.email, password: person.password })).status).toBe(429);
  });

  it('refreshes with the cookie and rotates it; the old value is then refused and its reuse revokes the login', async () => {
    const { person, cookie } = await signedIn();
    const first = await refresh(cookie);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ accessToken: expect.any(String), tokenType: 'Bearer', expiresIn: 900 });
    const rotated = setCookie(first);
    expect(rotated.value).not.toBe(cookie);
    expect(rotated.attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/api/v1/auth/session', `Max-Age=${THIRTY_DAYS}`]));

    const reused = await refresh(cookie);
    expect(reused.status).toBe(401);
    expect(reused.body.code).toBe('REFRESH_TOKEN_REUSED');
    expect(setCookie(reused).attributes).toContain('Max-Age=0');

    // The cookie issued by the legitimate rotation is revoked too: the whole family is gone.
    const afterReuse = await refresh(rotated.value);
    expect(afterReuse.status).toBe(401);
    expect(afterReuse.body.code).toBe('REFRESH_TOKEN_INVALID');
    // Only the factory's own bearer login (another family) is left.
    expect(await countRows(system, 'refresh_tokens', 'user_id = $1 AND revoked_at IS NULL', [person.id])).toBe(1);
  });

  it('answers a missing or unknown cookie with 401 REFRESH_TOKEN_INVALID and clears it', async () => {
    for (const response of [await refresh(undefined), await refresh('not-a-token'), await system.http.request('POST', REFRESH, { headers: { ...WEB, cookie: 'other=1' } })]) {
      expect(response.status).toBe(401);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.code).toBe('REFRESH_TOKEN_INVALID');
      const cleared = setCookie(response);
      expect(cleared).toMatchObject({ name: 'hatchery_refresh', value: '' });
      expect(cleared.attributes).toEqual(expect.arrayContaining(['Max-Age=0', 'Path=/api/v1/auth/session']));
    }
  });

  describe('cross-site requests are refused before anything is done', () => {
    function expectCsrfRejected(response: Response) {
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.code).toBe('CSRF_REJECTED');
      expect(response.headers['set-cookie']).toBeUndefined();
    }

    it('without X-Hatchery-Client: refresh and logout leave the cookie unused, login issues nothing', async () => {
      const { person, cookie } = await signedIn();
      expectCsrfRejected(await refresh(cookie, {}));
      expectCsrfRejected(await refresh(cookie, { 'x-hatchery-client': 'other' }));
      expectCsrfRejected(await end(cookie, {}));
      const before = await countRows(system, 'refresh_tokens', 'user_id = $1', [person.id]);
      expectCsrfRejected(await start(person.email, person.password, {}));
      expect(await countRows(system, 'refresh_tokens', 'user_id = $1', [person.id])).toBe(before);
      // Not consumed, not revoked: the cookie still refreshes.
      expect((await refresh(cookie)).status).toBe(200);
    });

    it('with a foreign Origin, even with the header', async () => {
      const { person, cookie } = await signedIn();
      const evil = { ...WEB, origin: 'https://evil.example' };
      expectCsrfRejected(await refresh(cookie, evil));
      expectCsrfRejected(await end(cookie, evil));
      expectCsrfRejected(await start(person.email, person.password, evil));
      expectCsrfRejected(await refresh(cookie, { ...WEB, origin: 'null' }));
      expect((await refresh(cookie)).status).toBe(200);
    });

    it('takes the API’s own origin and the origins listed in CORS_ORIGINS', async () => {
      const { cookie } = await signedIn();
      const own = await refresh(cookie, { ...WEB, origin: 'http://app.example.org', host: 'app.example.org' });
      expect(own.status).toBe(200);
      const listed = await refresh(setCookie(own).value, { ...WEB, origin: LISTED_ORIGIN });
      expect(listed.status).toBe(200);
    });
  });

  it('DELETE ends the session: the login is revoked and the cookie cleared', async () => {
    const { person, cookie } = await signedIn();
    const ended = await end(cookie);
    expect(ended.status).toBe(204);
    const cleared = setCookie(ended);
    expect(cleared).toMatchObject({ name: 'hatchery_refresh', value: '' });
    expect(cleared.attributes).toEqual(expect.arrayContaining(['Max-Age=0', 'Path=/api/v1/auth/session', 'HttpOnly', 'SameSite=Strict']));
    const after = await refresh(cookie);
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('REFRESH_TOKEN_INVALID');
    expect(await countRows(system, 'refresh_tokens', 'user_id = $1 AND revoked_at IS NULL', [person.id])).toBe(1); // the factory's own bearer login
  });

  it('DELETE without a cookie still answers 204 and clears it', async () => {
    const ended = await end(undefined);
    expect(ended.status).toBe(204);
    expect(setCookie(ended).attributes).toContain('Max-Age=0');
  });

  it('leaves the bearer API as it was: login still returns the refresh token in the body and sets no cookie', async () => {
    const person = await users.create(system);
    const login = await system.http.post('/api/v1/auth/login', { email: person.email, password: person.password });
    expect(login.body.refreshToken).toEqual(expect.any(String));
    expect(login.headers['set-cookie']).toBeUndefined();
  });
});
