import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { dropDatabase, ensureDatabase } from '../scripts/db';
import { databaseUrls, templateDatabase } from './support/databases';

/**
 * app_enter_organization(user, slug), the request's tenancy prologue in one statement: it must
 * behave exactly as the three statements it replaced (set_config(app.user_id), the membership by
 * slug under row level security, set_config(app.organization_id, app.role)), all transaction-local.
 */
describe('request prologue: app_enter_organization', () => {
  const database = `hatchery_t_${randomBytes(5).toString('hex')}`;
  const urls = databaseUrls(database);
  let superuser: Client;
  let app: Client;
  const alice = randomUUID();
  const bob = randomUUID();
  const orgA = { id: randomUUID(), slug: `alpha-${randomBytes(3).toString('hex')}` };
  const orgB = { id: randomUUID(), slug: `beta-${randomBytes(3).toString('hex')}` };

  const settings = async (db: Client) =>
    (
      await db.query<{ user_id: string | null; organization_id: string | null; role: string | null }>(
        `SELECT current_setting('app.user_id', true) AS user_id, current_setting('app.organization_id', true) AS organization_id, current_setting('app.role', true) AS role`,
      )
    ).rows[0];
  const enter = async (userId: string, slug: string) =>
    (await app.query<{ member_organization_id: string | null; member_role: string | null }>(`SELECT * FROM app_enter_organization($1, $2)`, [userId, slug])).rows;

  beforeAll(async () => {
    await ensureDatabase(urls.superuser, urls.owner, templateDatabase());
    superuser = new Client({ connectionString: urls.inspect });
    await superuser.connect();
    await superuser.query(`INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, 'Alice', 'x'), ($3, $4, 'Bob', 'x')`, [alice, `${alice}@example.test`, bob, `${bob}@example.test`]);
    for (const org of [orgA, orgB]) {
      await superuser.query(`INSERT INTO organizations (id, slug, name, kind, ownership, timezone, default_currency) VALUES ($1, $2, $2, 'science_innovation_park', 'ppp', 'UTC', 'EUR')`, [org.id, org.slug]);
    }
    // Alice: manager in A only. Bob: owner in B only.
    await superuser.query(`INSERT INTO memberships (id, organization_id, user_id, role) VALUES ($1, $2, $3, 'manager'), ($4, $5, $6, 'owner')`, [randomUUID(), orgA.id, alice, randomUUID(), orgB.id, bob]);
    app = new Client({ connectionString: urls.app });
    await app.connect();
  });

  afterAll(async () => {
    await app?.end();
    await superuser?.end();
    await dropDatabase(urls.superuser, database);
  });

  afterEach(async () => {
    await app.query('ROLLBACK').catch(() => undefined);
  });

  it("a member enters their organization with their role: one statement sets all three settings, and RLS then shows that organization's rows", async () => {
    await app.query('BEGIN');
    expect(await enter(alice, orgA.slug)).toEqual([{ member_organization_id: orgA.id, member_role: 'manager' }]);
    expect(await settings(app)).toEqual({ user_id: alice, organization_id: orgA.id, role: 'manager' });
    const visible = await app.query<{ organization_id: string }>(`SELECT DISTINCT organization_id FROM memberships`);
    expect(visible.rows).toEqual([{ organization_id: orgA.id }]);
    await app.query('COMMIT');
  });

  it('settings are transaction-local: the next transaction on the same connection starts with none', async () => {
    await app.query('BEGIN');
    await enter(alice, orgA.slug);
    await app.query('COMMIT');
    const after = await settings(app);
    expect([after.user_id ?? '', after.organization_id ?? '', after.role ?? '']).toEqual(['', '', '']);
    expect((await app.query(`SELECT count(*)::int AS n FROM memberships`)).rows[0].n).toBe(0);
  });

  it("a non-member of an existing organization gets no row values and no organization: nothing of that organization is visible", async () => {
    await app.query('BEGIN');
    expect(await enter(alice, orgB.slug)).toEqual([{ member_organization_id: null, member_role: null }]);
    const now = await settings(app);
    expect(now.user_id).toBe(alice);
    expect(now.organization_id ?? '').toBe('');
    expect(now.role ?? '').toBe('');
    const visible = await app.query<{ organization_id: string }>(`SELECT DISTINCT organization_id FROM memberships`);
    expect(visible.rows).toEqual([{ organization_id: orgA.id }]); // only Alice's own membership
    expect((await app.query(`SELECT count(*)::int AS n FROM organizations WHERE id = $1`, [orgB.id])).rows[0].n).toBe(0);
  });

  it('an unknown slug, or one that tries to break out of its parameter, finds nothing', async () => {
    for (const slug of ['no-such-org', `${orgA.slug}' OR '1'='1`, `${orgA.slug}%`, '']) {
      await app.query('BEGIN');
      expect(await enter(alice, slug)).toEqual([{ member_organization_id: null, member_role: null }]);
      expect((await settings(app)).organization_id ?? '').toBe('');
      await app.query('ROLLBACK');
    }
  });

  it('does not replace a stale organization setting with another organization: a non-member after a member is refused in a new transaction', async () => {
    await app.query('BEGIN');
    await enter(bob, orgB.slug);
    await app.query('COMMIT');
    await app.query('BEGIN');
    expect(await enter(bob, orgA.slug)).toEqual([{ member_organization_id: null, member_role: null }]);
    expect((await settings(app)).organization_id ?? '').toBe('');
  });

  it('only the app role may call it (revoked from PUBLIC)', async () => {
    const system = new Client({ connectionString: urls.system });
    await system.connect();
    try {
      await expect(system.query(`SELECT * FROM app_enter_organization($1, $2)`, [alice, orgA.slug])).rejects.toThrow(/permission denied/);
    } finally {
      await system.end();
    }
  });
});
