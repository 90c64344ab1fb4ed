import { createHmac } from 'node:crypto';
import { users } from './factories/users';
import { countRows, startSystem, System } from './support/system';

function signWith(hash: 'sha256' | 'sha512', header: object, payload: object, secret: string): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode(header)}.${encode(payload)}`;
  return `${unsigned}.${createHmac(hash, secret).update(unsigned).digest('base64url')}`;
}

function sign(header: object, payload: object, secret: string): string {
  return signWith('sha256', header, payload, secret);
}

describe('accounts: register, login, refresh, logout, me', () => {
  let system: System;

  beforeAll(async () => {
    system = await startSystem();
  });
  afterAll(() => system.close());

  it('registers with a normalized email and stores an argon2id hash with OWASP parameters', async () => {
    const response = await system.http.post('/api/v1/auth/register', { email: '  Ada.L@Example.ORG ', password: 'correct horse battery', name: 'Ada' });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ id: expect.any(String), email: 'ada.l@example.org', name: 'Ada', createdAt: expect.any(String) });
    expect(response.body).not.toHaveProperty('passwordHash');
    const { rows } = await system.db.query('SELECT password_hash FROM users WHERE email = $1', ['ada.l@example.org']);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('refuses a second account for the same email, whatever its case, and writes nothing', async () => {
    const input = users.build();
    expect((await system.http.post('/api/v1/auth/register', input)).status).toBe(201);
    const again = await system.http.post('/api/v1/auth/register', { ...input, email: input.email.toUpperCase() });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('EMAIL_TAKEN');
    expect(await countRows(system, 'users', 'email = $1', [input.email])).toBe(1);
  });

  it('rejects invalid input with field errors and writes nothing', async () => {
    const before = await countRows(system, 'users');
    const response = await system.http.post('/api/v1/auth/register', { email: 'not-an-email', password: 'short', name: 'X', admin: true });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const fields = response.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'password', 'admin']));
    expect(await countRows(system, 'users')).toBe(before);
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const person = await users.create(system);
    const wrongPassword = await system.http.post('/api/v1/auth/login', { email: person.email, password: 'not-the-password' });
    const unknownEmail = await system.http.post('/api/v1/auth/login', { email: 'nobody@example.org', password: 'not-the-password' });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
    expect(strip(wrongPassword.body)).toEqual(strip(unknownEmail.body));
    expect(wrongPassword.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('logs in with any case of the email and reads me', async () => {
    const person = await users.create(system);
    const login = await system.http.post('/api/v1/auth/login', { email: ` ${person.email.toUpperCase()}`, password: person.password });
    expect(login.status).toBe(200);
    expect(login.body).toEqual({ accessToken: expect.any(String), refreshToken: expect.any(String), tokenType: 'Bearer', expiresIn: 900 });
    const me = await system.http.get('/api/v1/auth/me', login.body.accessToken);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: person.id, email: person.email, organizations: [] });
  });

  it('rotates the refresh token on every use; reusing one revokes the whole family', async () => {
    const person = await users.create(system);
    const first = await system.http.post('/api/v1/auth/refresh', { refreshToken: person.refreshToken });
    expect(first.status).toBe(200);
    expect(first.body.refreshToken).not.toBe(person.refreshToken);

    const reused = await system.http.post('/api/v1/auth/refresh', { refreshToken: person.refreshToken });
    expect(reused.status).toBe(401);
    expect(reused.body.code).toBe('REFRESH_TOKEN_REUSED');

    // The token issued by the legitimate rotation is revoked too: the family is gone.
    const afterReuse = await system.http.post('/api/v1/auth/refresh', { refreshToken: first.body.refreshToken });
    expect(afterReuse.status).toBe(401);
    expect(afterReuse.body.code).toBe('REFRESH_TOKEN_INVALID');
    expect(await countRows(system, 'refresh_tokens', 'user_id = $1 AND revoked_at IS NULL', [person.id])).toBe(0);

    // Another login of the same person is another family, untouched.
    const other = await system.http.post('/api/v1/auth/login', { email: person.email, password: person.password });
    expect((await system.http.post('/api/v1/auth/refresh', { refreshToken: other.body.refreshToken })).status).toBe(200);
  });

  it('lets only one of two concurrent refreshes with the same token through', async () => {
    const person = await users.create(system);
    const results = await Promise.all([
      system.http.post('/api/v1/auth/refresh', { refreshToken: person.refreshToken }),
      system.http.post('/api/v1/auth/refresh', { refreshToken: person.refreshToken }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
  });

  it('logout revokes the login', async () => {
    const person = await users.create(system);
    const logout = await system.http.post('/api/v1/auth/logout', { refreshToken: person.refreshToken });
    expect(logout.status).toBe(204);
    const refresh = await system.http.post('/api/v1/auth/refresh', { refreshToken: person.refreshToken });
    expect(refresh.status).toBe(401);
    expect(refresh.body.code).toBe('REFRESH_TOKEN_INVALID');
  });

  describe('access tokens', () => {
    const secret = process.env.JWT_SECRET ?? 'hatchery-development-secret-change-me-0123456789';
    let person: Awaited<ReturnType<typeof users.create>>;
    const now = () => Math.floor(Date.now() / 1000);

    beforeAll(async () => {
      person = await users.create(system);
    });

    it.each([
      ['missing', undefined],
      ['garbage', 'not.a.token'],
      ['signed with another secret', () => sign({ alg: 'HS256', typ: 'JWT' }, { sub: person.id, iss: 'hatchery', aud: 'hatchery-api', exp: now() + 60 }, 'another-secret-another-secret-another')],
      ['expired', () => sign({ alg: 'HS256', typ: 'JWT' }, { sub: person.id, iss: 'hatchery', aud: 'hatchery-api', exp: now() - 1 }, secret)],
      ['for another audience', () => sign({ alg: 'HS256', typ: 'JWT' }, { sub: person.id, iss: 'hatchery', aud: 'other', exp: now() + 60 }, secret)],
      ['from another issuer', () => sign({ alg: 'HS256', typ: 'JWT' }, { sub: person.id, iss: 'evil', aud: 'hatchery-api', exp: now() + 60 }, secret)],
      [
        'alg none',
        () =>
          `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(
            JSON.stringify({ sub: person.id, iss: 'hatchery', aud: 'hatchery-api', iat: now(), exp: now() + 60 }),
          ).toString('base64url')}.`,
      ],
    ])('refuses a %s token with 401', async (_label, make) => {
      const token = typeof make === 'function' ? make() : make;
      const response = await system.http.get('/api/v1/auth/me', token);
      expect(response.status).toBe(401);
      expect(['UNAUTHENTICATED', 'TOKEN_INVALID']).toContain(response.body.code);
    });

    // Signed with the right secret, right issuer and audience: each lacks exactly one thing.
    const claims = () => ({ sub: person.id, iss: 'hatchery', aud: 'hatchery-api', iat: now(), exp: now() + 60 });
    const hs256 = { alg: 'HS256', typ: 'JWT' };
    it.each([
      ['without exp (it would never expire)', () => sign(hs256, { ...claims(), exp: undefined }, secret)],
      ['with a non-numeric exp', () => sign(hs256, { ...claims(), exp: String(now() + 60) }, secret)],
      ['without iat', () => sign(hs256, { ...claims(), iat: undefined }, secret)],
      ['with a non-numeric iat', () => sign(hs256, { ...claims(), iat: 'yesterday' }, secret)],
      ['signed HS512 with the right secret', () => signWith('sha512', { alg: 'HS512', typ: 'JWT' }, claims(), secret)],
      [
        'alg none with every claim',
        () => `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify(claims())).toString('base64url')}.`,
      ],
    ])('refuses a token %s with 401 TOKEN_INVALID', async (_label, make) => {
      const response = await system.http.get('/api/v1/auth/me', make());
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('TOKEN_INVALID');
    });

    it('accepts a well-formed token signed with the server secret (so the cases above fail for their defect)', async () => {
      const token = sign({ alg: 'HS256', typ: 'JWT' }, claims(), secret);
      expect((await system.http.get('/api/v1/auth/me', token)).status).toBe(200);
    });

    it('accepts the tokens it issues (they carry iat and exp)', async () => {
      const login = await system.http.post('/api/v1/auth/login', { email: person.email, password: person.password });
      const [, payload] = login.body.accessToken.split('.');
      const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString());
      expect(decoded).toMatchObject({ iat: expect.any(Number), exp: decoded.iat + 900 });
      expect((await system.http.get('/api/v1/auth/me', login.body.accessToken)).status).toBe(200);
    });
  });
});
