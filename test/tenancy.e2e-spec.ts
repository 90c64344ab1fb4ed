import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { TransactionHost } from '@nestjs-cls/transactional';
import { ClsService } from 'nestjs-cls';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AuditService, Tenancy, Tx } from '@hatchery/core';
import { addMember, organizations } from './factories/organizations';
import { SignedIn, users } from './factories/users';
import { Response } from './support/http';
import { countRows, startSystem, System } from './support/system';

/** Every table row level security must scope to a tenant (or, for idempotency_records, to a user). */
const TENANT_TABLES = ['organizations', 'memberships', 'invitations', 'audit_entries', 'outbox_messages', 'idempotency_records'];
/** The tables with an organization_id column: the app must see only the current organization's rows. */
const ORGANIZATION_SCOPED = ['memberships', 'invitations', 'audit_entries', 'outbox_messages'];
const SETTINGS = ['name', 'slug', 'kind', 'ownership', 'timezone', 'defaultCurrency'];

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
interface Call {
  method: Method;
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Org {
  id: string;
  slug: string;
  name: string;
}

/** The millisecond timestamp a UUIDv7 carries in its first 48 bits. */
const uuidV7Time = (id: string) => parseInt(id.replace(/-/g, '').slice(0, 12), 16);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Two answers compared for equality, the per-request id aside. */
const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });

describe('tenancy: organizations are isolated from each other', () => {
  let system: System;
  let ownerA: SignedIn;
  let ownerB: SignedIn;
  let orgA: Org;
  let orgB: Org;
  let manager: SignedIn;
  const rolesInA: Record<'founder' | 'mentor' | 'reviewer', SignedIn> = {} as never;
  let invitationB: { id: string };

  const send = (call: Call, token: string): Promise<Response> =>
    system.http.request(call.method, call.url, { token, body: call.body, headers: call.headers });

  async function invite(slug: string, token: string, role = 'mentor') {
    const response = await system.http.post(`/api/v1/organizations/${slug}/invitations`, { email: users.build().email, role }, token);
    if (response.status !== 201) throw new Error(`invite failed: ${JSON.stringify(response.body)}`);
    return response.body as { id: string };
  }

  /** Everything stored about one organization, read by the superuser. */
  async function snapshot(organizationId: string) {
    const rows = async (sql: string) => (await system.db.query(sql, [organizationId])).rows;
    return {
      organization: await rows('SELECT * FROM organizations WHERE id = $1'),
      memberships: await rows('SELECT * FROM memberships WHERE organization_id = $1 ORDER BY id'),
      invitations: await rows('SELECT * FROM invitations WHERE organization_id = $1 ORDER BY id'),
      audit: await rows('SELECT * FROM audit_entries WHERE organization_id = $1 ORDER BY id'),
      outbox: await rows('SELECT * FROM outbox_messages WHERE organization_id = $1 ORDER BY id'),
    };
  }

  /** One plain connection as the app role, outside the API: what the policies alone allow. */
  async function asApp<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: system.urls.app });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    system = await startSystem();
    [ownerA, ownerB] = await Promise.all([users.create(system), users.create(system)]);

    // A is created with an Idempotency-Key so idempotency_records holds a row too.
    const created = await system.http.post('/api/v1/organizations', organizations.build(), ownerA.token, { 'idempotency-key': `create-${randomUUID()}` });
    expect(created.status).toBe(201);
    orgA = created.body;
    orgB = await organizations.create(system, ownerB);

    manager = await addMember(system, orgA.id, 'manager');
    rolesInA.founder = await addMember(system, orgA.id, 'founder');
    rolesInA.mentor = await addMember(system, orgA.id, 'mentor');
    rolesInA.reviewer = await addMember(system, orgA.id, 'reviewer');
    await addMember(system, orgB.id, 'mentor');

    // Invitations write invitation, outbox and audit rows in each organization.
    for (let i = 0; i < 4; i++) await invite(orgA.slug, ownerA.token);
    invitationB = await invite(orgB.slug, ownerB.token);
  });
  afterAll(() => system?.close());

  describe('through the API', () => {
    const missingSlug = `no-such-park-${randomBytes(4).toString('hex')}`;
    const prefix = (slug: string) => `/api/v1/organizations/${slug}`;

    /** Every organization route, aimed at `slug`, touching `memberId` and `invitationId` there. */
    function routes(slug: string, memberId: string, invitationId: string, email: string, idempotencyKey: string): Call[] {
      return [
        { method: 'GET', url: prefix(slug) },
        { method: 'PATCH', url: prefix(slug), body: { name: 'Taken Over' } },
        { method: 'GET', url: `${prefix(slug)}/members` },
        { method: 'PATCH', url: `${prefix(slug)}/members/${memberId}`, body: { role: 'founder' } },
        { method: 'DELETE', url: `${prefix(slug)}/members/${memberId}` },
        { method: 'GET', url: `${prefix(slug)}/invitations` },
        { method: 'POST', url: `${prefix(slug)}/invitations`, body: { email, role: 'owner' }, headers: { 'idempotency-key': idempotencyKey } },
        { method: 'DELETE', url: `${prefix(slug)}/invitations/${invitationId}` },
        { method: 'GET', url: `${prefix(slug)}/audit` },
        { method: 'GET', url: `${prefix(slug)}/audit?limit=1` },
      ];
    }

    it("gives A's owner 404 NOT_FOUND on every route of B, exactly as for a slug that does not exist, and leaves B untouched", async () => {
      const before = await snapshot(orgB.id);
      const email = users.build().email;
      const key = `steal-${randomUUID()}`;
      const intoB = routes(orgB.slug, ownerB.id, invitationB.id, email, key);
      const intoNowhere = routes(missingSlug, ownerB.id, invitationB.id, email, key);

      for (const [i, call] of intoB.entries()) {
        const response = await send(call, ownerA.token);
        const label = `${call.method} ${call.url}`;
        expect({ label, status: response.status, code: response.body.code }).toEqual({ label, status: 404, code: 'NOT_FOUND' });
        const missing = await send(intoNowhere[i], ownerA.token);
        expect({ label, status: missing.status, body: strip(missing.body) }).toEqual({ label, status: response.status, body: strip(response.body) });
      }

      expect(await snapshot(orgB.id)).toEqual(before);
      expect(before.memberships.map((m) => m.user_id)).toContain(ownerB.id);
      expect(before.invitations.find((row) => row.id === invitationB.id)?.revoked_at).toBeNull();
      expect(await countRows(system, 'invitations', 'email = $1', [email])).toBe(0);
      expect(await countRows(system, 'idempotency_records', 'key = $1', [key])).toBe(0);
    });

    it("answers the same requests against A (so the 404s above come from tenancy, not from a wrong route)", async () => {
      const member = await addMember(system, orgA.id, 'mentor');
      const invitation = await invite(orgA.slug, ownerA.token);
      const statuses: Record<string, number> = {};
      for (const call of routes(orgA.slug, member.id, invitation.id, users.build().email, `own-${randomUUID()}`)) {
        statuses[`${call.method} ${call.url}`] = (await send(call, ownerA.token)).status;
      }
      expect(Object.values(statuses)).toEqual([200, 200, 200, 200, 204, 200, 201, 204, 200, 200]);
      // Put A's name back under a unique value, for the listings below.
      expect((await system.http.patch(prefix(orgA.slug), { name: orgA.name }, ownerA.token)).status).toBe(200);
    });

    it('lists only the organizations the caller belongs to, in GET /organizations and in /auth/me', async () => {
      for (const [owner, org] of [[ownerA, orgA], [ownerB, orgB]] as const) {
        const list = await system.http.get('/api/v1/organizations', owner.token);
        expect(list.status).toBe(200);
        expect(list.body.map((o: Org) => o.id)).toEqual([org.id]);
        expect(list.body[0]).toMatchObject({ slug: org.slug, role: 'owner' });

        const me = await system.http.get('/api/v1/auth/me', owner.token);
        expect(me.status).toBe(200);
        expect(me.body.organizations.map((o: Org) => o.id)).toEqual([org.id]);
      }
    });
  });

  describe('row level security, for the app role on a plain connection', () => {
    it('sees no row of any tenant table without app.organization_id, although the superuser sees rows there', async () => {
      for (const table of TENANT_TABLES) expect({ table, some: (await countRows(system, table)) > 0 }).toEqual({ table, some: true });

      await asApp(async (client) => {
        for (const table of TENANT_TABLES) {
          const { rowCount } = await client.query(`SELECT * FROM ${table}`);
          expect({ table, rowCount }).toEqual({ table, rowCount: 0 });
        }
      });
    });

    it('with app.organization_id set to A sees only A, and cannot write a row into B (42501)', async () => {
      await asApp(async (client) => {
        await client.query('BEGIN');
        await client.query(`SELECT set_config('app.organization_id', $1, true)`, [orgA.id]);
        for (const table of ORGANIZATION_SCOPED) {
          const ofA = await countRows(system, table, 'organization_id = $1', [orgA.id]);
          const ofOthers = await countRows(system, table, 'organization_id <> $1', [orgA.id]);
          expect({ table, ofA: ofA > 0, ofOthers: ofOthers > 0 }).toEqual({ table, ofA: true, ofOthers: true });
          const { rows } = await client.query(`SELECT organization_id FROM ${table}`);
          expect({ table, seen: rows.length, foreign: rows.filter((r) => r.organization_id !== orgA.id).length }).toEqual({ table, seen: ofA, foreign: 0 });
        }
        const organizationsSeen = await client.query('SELECT id FROM organizations');
        expect(organizationsSeen.rows.map((r) => r.id)).toEqual([orgA.id]);

        // The WITH CHECK lets a row into A (savepoint, rolled back)...
        await client.query('SAVEPOINT into_a');
        await client.query(`INSERT INTO memberships (id, organization_id, user_id, role) VALUES (gen_random_uuid(), $1, $2, 'founder')`, [orgA.id, ownerB.id]);
        await client.query('ROLLBACK TO SAVEPOINT into_a');
        // ...and refuses the same row into B.
        await expect(
          client.query(`INSERT INTO memberships (id, organization_id, user_id, role) VALUES (gen_random_uuid(), $1, $2, 'owner')`, [orgB.id, ownerA.id]),
        ).rejects.toMatchObject({ code: '42501', message: expect.stringMatching(/row-level security/) });
        await client.query('ROLLBACK');
      });
      expect(await countRows(system, 'memberships', 'organization_id = $1 AND user_id = $2', [orgB.id, ownerA.id])).toBe(0);
      expect(await countRows(system, 'memberships', 'organization_id = $1 AND user_id = $2', [orgA.id, ownerB.id])).toBe(0);
    });

    it('keeps the setting transaction-local: after COMMIT the same connection sees nothing again', async () => {
      await asApp(async (client) => {
        await client.query('BEGIN');
        await client.query(`SELECT set_config('app.organization_id', $1, true)`, [orgA.id]);
        const inside = await client.query('SELECT count(*)::int AS n FROM memberships');
        expect(inside.rows[0].n).toBe(await countRows(system, 'memberships', 'organization_id = $1', [orgA.id]));
        expect(inside.rows[0].n).toBeGreaterThan(0);
        await client.query('COMMIT');

        const setting = await client.query(`SELECT current_setting('app.organization_id', true) AS value`);
        expect(setting.rows[0].value ?? '').toBe('');
        for (const table of TENANT_TABLES) {
          const { rowCount } = await client.query(`SELECT * FROM ${table}`);
          expect({ table, rowCount }).toEqual({ table, rowCount: 0 });
        }
      });

      // The API's own pooled connections, after all the requests above, carry no leftover either.
      const dataSource = system.api.get(DataSource);
      const poolSize: number = (dataSource.driver as any).master.options.max;
      expect(poolSize).toBeGreaterThan(1);
      const leftovers = await Promise.all(
        Array.from({ length: poolSize }, () =>
          dataSource.query(
            `SELECT pg_backend_pid() AS pid, current_setting('app.organization_id', true) AS org, current_setting('app.user_id', true) AS usr,
                    (SELECT count(*)::int FROM memberships) AS memberships, pg_sleep(0.1)::text AS slept`,
          ),
        ),
      );
      const rows = leftovers.map((result) => result[0]);
      expect(new Set(rows.map((r) => r.pid)).size).toBe(poolSize);
      expect(rows.filter((r) => (r.org ?? '') !== '' || (r.usr ?? '') !== '' || r.memberships !== 0)).toEqual([]);
    });

    it("matches no row when app.organization_id is ''", async () => {
      await asApp(async (client) => {
        await client.query('BEGIN');
        await client.query(`SELECT set_config('app.organization_id', '', true)`);
        for (const table of TENANT_TABLES) {
          const { rowCount } = await client.query(`SELECT * FROM ${table}`);
          expect({ table, rowCount }).toEqual({ table, rowCount: 0 });
        }
        await client.query('ROLLBACK');
      });
    });
  });

  describe("calendar feeds: one person's rows", () => {
    const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
    const tokenOf = (url: string) => new URL(url).pathname.replace(/^.*\/calendar\//, '').replace(/\.ics$/, '');

    it("lets the app role read and change only the caller's own feed rows; the token's hash reveals that one feed, read-only", async () => {
      const [a, b] = await Promise.all([users.create(system), users.create(system)]);
      const feedA = await system.http.post('/api/v1/me/calendar-feed', {}, a.token);
      const feedB = await system.http.post('/api/v1/me/calendar-feed', {}, b.token);
      expect([feedA.status, feedB.status]).toEqual([201, 201]);
      const all = await countRows(system, 'calendar_feeds', 'user_id = ANY($1::uuid[])', [[a.id, b.id]]);
      expect(all).toBe(2);

      await asApp(async (client) => {
        const inTransaction = async <T>(settings: Record<string, string>, work: () => Promise<T>): Promise<T> => {
          await client.query('BEGIN');
          try {
            for (const [name, value] of Object.entries(settings)) await client.query(`SELECT set_config($1, $2, true)`, [name, value]);
            return await work();
          } finally {
            await client.query('ROLLBACK');
          }
        };
        const visible = () => client.query(`SELECT user_id FROM calendar_feeds WHERE user_id = ANY($1::uuid[])`, [[a.id, b.id]]).then((r) => r.rows.map((row) => row.user_id));

        // A sees A's feed and not B's, even asking for B's by user id.
        expect(await inTransaction({ 'app.user_id': a.id }, visible)).toEqual([a.id]);
        expect(await inTransaction({ 'app.user_id': a.id }, () => client.query(`SELECT * FROM calendar_feeds WHERE user_id = $1`, [b.id]).then((r) => r.rowCount))).toBe(0);
        // Fails closed: no one, or an empty setting, sees nothing.
        expect(await inTransaction({}, visible)).toEqual([]);
        expect(await inTransaction({ 'app.user_id': '', 'app.calendar_token_hash': '' }, visible)).toEqual([]);
        // A cannot revoke B's feed, nor write a feed in B's name.
        expect(await inTransaction({ 'app.user_id': a.id }, () => client.query(`UPDATE calendar_feeds SET revoked_at = now() WHERE user_id = $1`, [b.id]).then((r) => r.rowCount))).toBe(0);
        await expect(
          inTransaction({ 'app.user_id': a.id }, () => client.query(`INSERT INTO calendar_feeds (id, user_id, token_hash) VALUES (gen_random_uuid(), $1, 'x')`, [b.id])),
        ).rejects.toMatchObject({ code: '42501', message: expect.stringMatching(/row-level security/) });
        // The public route's setting: B's token hash shows B's feed alone, and writes nothing.
        const hashB = sha256(tokenOf(feedB.body.url));
        expect(await inTransaction({ 'app.calendar_token_hash': hashB }, visible)).toEqual([b.id]);
        expect(await inTransaction({ 'app.calendar_token_hash': hashB }, () => client.query(`UPDATE calendar_feeds SET revoked_at = now() WHERE token_hash = $1`, [hashB]).then((r) => r.rowCount))).toBe(0);
      });
      expect(await countRows(system, 'calendar_feeds', 'user_id = ANY($1::uuid[]) AND revoked_at IS NULL', [[a.id, b.id]])).toBe(2);

      // Through the API: the public feed route still finds each feed by its token alone.
      for (const feed of [feedA, feedB]) {
        const response = await system.http.get(new URL(feed.body.url).pathname);
        expect(response.status).toBe(200);
        expect(response.headers['content-type']).toMatch(/^text\/calendar/);
      }
    });
  });

  describe('schema', () => {
    /**
     * The only tables in public without row level security, and why. Each reason is checked
     * below or holds in the code named here.
     */
    const EXEMPT_FROM_ROW_LEVEL_SECURITY: Record<string, string> = {
      // AccountsService.login finds the person by email before anyone is known; staff read other
      // people's names and emails (MembersService.list); the worker reads a recipient's email.
      users: 'login must find a person by email before anyone is known; members lists show other people',
      // AccountsService.refresh and logout find the token by its hash on unauthenticated routes.
      refresh_tokens: 'refresh and logout must find a login by the token hash before anyone is known',
      // TypeORM's bookkeeping: only the owner role (migrations) may read or write it.
      migrations: "TypeORM's bookkeeping; the app and system roles have no privilege on it",
    };

    it('forces row level security, with a policy, on every table in public but the few exempt ones', async () => {
      const { rows } = await system.db.query<{ table: string; enabled: boolean; forced: boolean; policies: number }>(
        `SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
                (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
          ORDER BY c.relname`,
      );
      const tables = rows.map((r) => r.table);
      expect(tables).toEqual(expect.arrayContaining([...TENANT_TABLES, 'calendar_feeds', 'notifications', ...Object.keys(EXEMPT_FROM_ROW_LEVEL_SECURITY)]));
      const covered = rows.filter((r) => !(r.table in EXEMPT_FROM_ROW_LEVEL_SECURITY));
      expect(covered.filter((r) => !r.enabled || !r.forced || r.policies === 0)).toEqual([]);
    });

    it('gives the app and system roles no privilege at all on the migrations table', async () => {
      const roles = [system.urls.app, system.urls.system].map((url) => decodeURIComponent(new URL(url).username));
      for (const role of roles) {
        const { rows } = await system.db.query(
          `SELECT has_table_privilege($1, 'migrations', 'SELECT') OR has_table_privilege($1, 'migrations', 'INSERT')
               OR has_table_privilege($1, 'migrations', 'UPDATE') OR has_table_privilege($1, 'migrations', 'DELETE') AS any`,
          [role],
        );
        expect({ role, any: rows[0].any }).toEqual({ role, any: false });
      }
    });

    it('connects the app as a role with no superuser, no BYPASSRLS, owning no table in public', async () => {
      const appRole = decodeURIComponent(new URL(system.urls.app).username);
      const role = await system.db.query('SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1', [appRole]);
      expect(role.rows).toEqual([{ rolsuper: false, rolbypassrls: false }]);

      const owners = await system.db.query<{ tableowner: string; member: boolean }>(
        `SELECT DISTINCT tableowner, pg_has_role($1, tableowner, 'MEMBER') AS member FROM pg_tables WHERE schemaname = 'public'`,
        [appRole],
      );
      expect(owners.rows.length).toBeGreaterThan(0);
      expect(owners.rows.map((r) => r.tableowner)).not.toContain(appRole);
      // Nor may it act as an owner through role membership (an owner may turn row level security off).
      expect(owners.rows.filter((r) => r.member)).toEqual([]);
    });
  });

  describe('audit', () => {
    async function auditRows(where: string, params: unknown[]) {
      return (await system.db.query(`SELECT * FROM audit_entries WHERE ${where} ORDER BY id`, params)).rows;
    }

    it('creating an organization writes one entry: actor, action, entity, request id, every setting as after', async () => {
      const owner = await users.create(system);
      const input = organizations.build();
      const t0 = Date.now();
      const response = await system.http.post('/api/v1/organizations', input, owner.token);
      const t1 = Date.now();
      expect(response.status).toBe(201);

      const entries = await auditRows('entity_id = $1', [response.body.id]);
      expect(entries).toHaveLength(1);
      const [entry] = entries;
      expect(entry).toMatchObject({
        organization_id: response.body.id,
        actor_user_id: owner.id,
        action: 'organization.created',
        entity_type: 'organization',
        entity_id: response.body.id,
      });
      expect(entry.request_id).toMatch(UUID);
      expect(uuidV7Time(entry.request_id)).toBeGreaterThanOrEqual(t0);
      expect(uuidV7Time(entry.request_id)).toBeLessThanOrEqual(t1);
      expect(Object.keys(entry.changes).sort()).toEqual([...SETTINGS].sort());
      for (const field of SETTINGS) {
        expect(entry.changes[field]).toEqual({ before: null, after: (input as unknown as Record<string, string>)[field] });
      }
    });

    it('PATCH of the name alone records the name only, before and after, under a new request id', async () => {
      const owner = await users.create(system);
      const org = await organizations.create(system, owner);
      const [creation] = await auditRows('entity_id = $1', [org.id]);
      const name = `Renamed ${randomBytes(3).toString('hex')}`;

      const t0 = Date.now();
      const response = await system.http.patch(`/api/v1/organizations/${org.slug}`, { name }, owner.token);
      const t1 = Date.now();
      expect(response.status).toBe(200);
      expect(response.body.name).toBe(name);

      const updates = await auditRows('entity_id = $1 AND action = $2', [org.id, 'organization.updated']);
      expect(updates).toHaveLength(1);
      expect(updates[0]).toMatchObject({ organization_id: org.id, actor_user_id: owner.id, entity_type: 'organization', entity_id: org.id });
      expect(updates[0].changes).toEqual({ name: { before: org.name, after: name } });
      expect(updates[0].request_id).toMatch(UUID);
      expect(updates[0].request_id).not.toBe(creation.request_id);
      expect(uuidV7Time(updates[0].request_id)).toBeGreaterThanOrEqual(t0);
      expect(uuidV7Time(updates[0].request_id)).toBeLessThanOrEqual(t1);
    });

    it('a member role change records the role only, on the membership', async () => {
      const member = await addMember(system, orgA.id, 'mentor');
      const { rows } = await system.db.query('SELECT id FROM memberships WHERE organization_id = $1 AND user_id = $2', [orgA.id, member.id]);
      const t0 = Date.now();
      const response = await system.http.patch(`/api/v1/organizations/${orgA.slug}/members/${member.id}`, { role: 'reviewer' }, ownerA.token);
      const t1 = Date.now();
      expect(response.status).toBe(200);
      expect(response.body.role).toBe('reviewer');

      const entries = await auditRows('entity_id = $1', [rows[0].id]);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        organization_id: orgA.id,
        actor_user_id: ownerA.id,
        action: 'member.role-changed',
        entity_type: 'membership',
        changes: { role: { before: 'mentor', after: 'reviewer' } },
      });
      expect(Object.keys(entries[0].changes)).toEqual(['role']);
      expect(uuidV7Time(entries[0].request_id)).toBeGreaterThanOrEqual(t0);
      expect(uuidV7Time(entries[0].request_id)).toBeLessThanOrEqual(t1);
    });

    it('a PATCH with an invalid timezone is a 400 VALIDATION_FAILED, writes no entry and changes nothing', async () => {
      const before = await snapshot(orgA.id);
      const response = await system.http.patch(`/api/v1/organizations/${orgA.slug}`, { name: 'Should Not Stick', timezone: 'Mars/Olympus_Mons' }, ownerA.token);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['timezone']);
      const after = await snapshot(orgA.id);
      expect(after.audit).toEqual(before.audit);
      expect(after.organization).toEqual(before.organization);
    });

    it("AuditService.record writes in the caller's transaction: a throw rolls it back, a commit keeps it", async () => {
      const cls = system.api.get(ClsService);
      const txHost: Tx = system.api.get(TransactionHost);
      const tenancy = system.api.get(Tenancy);
      const audit = system.api.get(AuditService);

      /** Records an entry, looks at it from inside and outside the transaction, then throws or commits. */
      const attempt = async (entityId: string, fail: boolean) => {
        const seen = { inside: -1, outsideBeforeCommit: -1 };
        const outcome = await cls
          .run(() =>
            txHost.withTransaction(async () => {
              await tenancy.enterOrganization(orgA.id);
              await audit.record({ action: 'test.recorded', entityType: 'organization', entityId, before: { name: 'x' }, after: { name: 'y' } });
              seen.inside = (await txHost.tx.query('SELECT count(*)::int AS n FROM audit_entries WHERE entity_id = $1', [entityId]))[0].n;
              seen.outsideBeforeCommit = await countRows(system, 'audit_entries', 'entity_id = $1', [entityId]);
              if (fail) throw new Error('the work after the audit failed');
            }),
          )
          .then(
            () => 'committed',
            (error: Error) => error.message,
          );
        return { ...seen, outcome, afterwards: await countRows(system, 'audit_entries', 'entity_id = $1', [entityId]) };
      };

      // Written in the caller's transaction: visible inside it, invisible outside until it commits.
      const rolledBack = randomUUID();
      expect(await attempt(rolledBack, true)).toEqual({ inside: 1, outsideBeforeCommit: 0, outcome: 'the work after the audit failed', afterwards: 0 });

      const committed = randomUUID();
      expect(await attempt(committed, false)).toEqual({ inside: 1, outsideBeforeCommit: 0, outcome: 'committed', afterwards: 1 });
      const rows = await auditRows('entity_id = $1', [committed]);
      expect(rows[0]).toMatchObject({ organization_id: orgA.id, action: 'test.recorded', changes: { name: { before: 'x', after: 'y' } } });
    });
  });

  describe('GET /organizations/:slug/audit', () => {
    const url = () => `/api/v1/organizations/${orgA.slug}/audit`;

    async function allPages(token: string, limit: number) {
      const pages: { ids: string[]; createdAt: string[]; nextCursor: string | null }[] = [];
      let cursor: string | null = null;
      do {
        const response: Response = await system.http.get(`${url()}?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, token);
        expect(response.status).toBe(200);
        pages.push({
          ids: response.body.items.map((item: { id: string }) => item.id),
          createdAt: response.body.items.map((item: { createdAt: string }) => item.createdAt),
          nextCursor: response.body.nextCursor,
        });
        cursor = response.body.nextCursor;
      } while (cursor && pages.length < 100);
      return pages;
    }

    it.each([
      ['owner', () => ownerA],
      ['manager', () => manager],
    ])('lets the %s page through it newest first, pages not overlapping, the last with nextCursor null', async (_role, who) => {
      const expected = (await system.db.query('SELECT id FROM audit_entries WHERE organization_id = $1 ORDER BY id DESC', [orgA.id])).rows.map((r) => r.id);
      expect(expected.length).toBeGreaterThanOrEqual(5);

      const pages = await allPages(who().token, 2);
      expect(pages.length).toBe(Math.ceil(expected.length / 2));
      for (const page of pages.slice(0, -1)) {
        expect(page.ids).toHaveLength(2);
        expect(page.nextCursor).toEqual(expect.any(String));
      }
      expect(pages[pages.length - 1].nextCursor).toBeNull();
      const ids = pages.flatMap((p) => p.ids);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(expected);
      const times = pages.flatMap((p) => p.createdAt).map((t) => Date.parse(t));
      expect(times).toEqual([...times].sort((a, b) => b - a));

      const firstPage = await system.http.get(url(), who().token);
      expect(firstPage.body.items[0]).toMatchObject({ id: expected[0], entityId: expect.any(String), changes: expect.any(Object) });
    });

    it.each(['founder', 'mentor', 'reviewer'] as const)('refuses a %s with 403 FORBIDDEN', async (role) => {
      const response = await system.http.get(url(), rolesInA[role].token);
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('FORBIDDEN');
    });

    it.each([
      ['not base64 of an id', 'not-a-cursor'],
      ['an encoded non-id', Buffer.from("' OR 1=1 --").toString('base64url')],
    ])('answers a cursor that is %s with 400', async (_label, cursor) => {
      const response = await system.http.get(`${url()}?cursor=${encodeURIComponent(cursor)}`, ownerA.token);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['cursor']);
    });
  });
});
