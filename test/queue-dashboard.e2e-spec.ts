import { organizations } from './factories/organizations';
import { users } from './factories/users';
import { grantPlatformAdmin } from '../scripts/db';
import { startSystem, System } from './support/system';

const OPERATOR = 'ops@hatchery.test';

describe('the queue dashboard at /admin/queues: platform operators only', () => {
  let system: System;

  beforeAll(async () => {
    system = await startSystem();
  });
  afterAll(() => system.close());

  it('answers 401 without a token or with an invalid one', async () => {
    const none = await system.http.get('/admin/queues');
    expect(none.status).toBe(401);
    expect(none.body.code).toBe('UNAUTHENTICATED');
    expect((await system.http.get('/admin/queues', 'not.a.token')).status).toBe(401);
  });

  it('keeps the operator flag out of the app role’s reach: only the owner role grants it', async () => {
    const person = await users.create(system);
    const { Client } = await import('pg');
    const app = new Client({ connectionString: system.urls.app });
    await app.connect();
    try {
      await expect(app.query('UPDATE users SET platform_admin = true WHERE id = $1', [person.id])).rejects.toMatchObject({ code: '42501' });
    } finally {
      await app.end();
    }
    expect((await system.db.query('SELECT platform_admin FROM users WHERE id = $1', [person.id])).rows[0].platform_admin).toBe(false);
  });

  it('refuses an organization owner who is not a platform operator: the queues hold every organization’s jobs', async () => {
    const owner = await users.create(system);
    await organizations.create(system, owner);
    const page = await system.http.get('/admin/queues', owner.token);
    expect(page.status).toBe(403);
    expect(page.body.code).toBe('FORBIDDEN');
    expect((await system.http.get('/admin/queues/api/queues', owner.token)).status).toBe(403);
    const pause = await system.http.request('PUT', '/admin/queues/api/queues/notifications/pause', { token: owner.token });
    expect(pause.status).toBe(403);
  });

  it('serves the dashboard and its API to an operator, by bearer token or cookie', async () => {
    const operator = await users.create(system, { email: OPERATOR });
    expect((await system.http.get('/admin/queues', operator.token)).status).toBe(403); // registering an email grants nothing
    expect(await grantPlatformAdmin(system.urls.owner, OPERATOR)).toBe(true);
    const page = await system.http.get('/admin/queues', operator.token);
    expect(page.status).toBe(200);
    expect(String(page.headers['content-type'])).toMatch(/text\/html/);
    const api = await system.http.get('/admin/queues/api/queues', operator.token);
    expect(api.status).toBe(200);
    expect(JSON.stringify(api.body)).toContain('notifications');
    const cookie = await system.http.request('GET', '/admin/queues', { headers: { cookie: `hatchery_access_token=${operator.token}` } });
    expect(cookie.status).toBe(200);
  });

  it('refuses a cross-site write made with the cookie, and allows it from the same origin', async () => {
    const operator = await system.http.post('/api/v1/auth/login', { email: OPERATOR, password: users.build().password });
    const cookie = `hatchery_access_token=${operator.body.accessToken}`;
    const crossSite = await system.http.request('PUT', '/admin/queues/api/queues/notifications/resume', {
      headers: { cookie, origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    const sameSite = await system.http.request('PUT', '/admin/queues/api/queues/notifications/resume', {
      headers: { cookie, origin: 'http://localhost:3000', host: 'localhost:3000' },
    });
    expect(sameSite.status).toBe(200);
  });
});
