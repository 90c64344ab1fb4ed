import { Client } from 'pg';
import { organizations } from './factories/organizations';
import { calls, programmes } from './factories/programmes';
import { SignedIn, users } from './factories/users';
import { Response } from './support/http';
import { startSystem, System } from './support/system';

type Org = Awaited<ReturnType<typeof organizations.create>>;
const HOUR = 3_600_000;

/**
 * Reads across organizations: the public list of every organization's open calls (no login) and a
 * person's own applications everywhere. Row level security hides other organizations' rows from
 * the app role; both read through SECURITY DEFINER functions that return only their columns.
 */
describe('public calls and my applications across organizations', () => {
  let system: System;
  let a: { owner: SignedIn; org: Org };
  let b: { owner: SignedIn; org: Org };
  const open: Record<string, { id: string; title: string; programme: { id: string; name: string } }> = {};
  let draftId: string;
  let lapsedId: string;

  beforeAll(async () => {
    system = await startSystem();
    const make = async (name: string, timezone: string) => {
      const owner = await users.create(system);
      return { owner, org: await organizations.create(system, owner, { name, timezone }) };
    };
    a = await make('Socratus Startup Studio', 'Asia/Ulaanbaatar');
    b = await make('Ulaanbaatar Innovation HUB', 'Asia/Hovd');
    const openCall = async (who: typeof a, key: string, closesInHours: number) => {
      const programme = await programmes.create(system, who.owner, who.org.slug);
      const call = await calls.create(system, who.owner, who.org.slug, programme.id, { title: `${key} intake`, opensAt: new Date(Date.now() - HOUR).toISOString(), closesAt: new Date(Date.now() + closesInHours * HOUR).toISOString() });
      const published = await system.http.post(`/api/v1/organizations/${who.org.slug}/calls/${call.id}/publish`, {}, who.owner.token);
      expect(published.body.status).toBe('open');
      open[key] = { id: call.id, title: `${key} intake`, programme: { id: programme.id, name: programme.name } };
      return { programme, call };
    };
    const { programme } = await openCall(a, 'a-late', 72);
    await openCall(b, 'b-soon', 24);
    await openCall(b, 'b-middle', 48);
    draftId = (await calls.create(system, a.owner, a.org.slug, programme.id, { title: 'a draft' })).id;
    // Open, but its close time has passed (the worker has not closed it yet): not taking applications.
    const lapsed = await openCall(a, 'a-lapsed', 96);
    lapsedId = lapsed.call.id;
  });
  afterAll(() => system?.close());

  const expectProblem = (response: Response, status: number, code: string) => expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });

  describe('GET /public/calls', () => {
    beforeAll(async () => {
      await system.db.query(`UPDATE calls SET closes_at = now() - interval '1 minute', opens_at = now() - interval '2 hours' WHERE id = $1`, [lapsedId]);
    });

    it('lists every organization’s open calls without login, closing soonest first, public fields only', async () => {
      const listed = await system.http.get('/api/v1/public/calls');
      expect(listed.status).toBe(200);
      expect(listed.body.items.map((c: { title: string }) => c.title)).toEqual(['b-soon intake', 'b-middle intake', 'a-late intake']);
      expect(listed.body.nextCursor).toBeNull();
      expect(listed.body.items[0]).toEqual({
        id: open['b-soon'].id,
        organization: { slug: b.org.slug, name: 'Ulaanbaatar Innovation HUB', timezone: 'Asia/Hovd' },
        programme: open['b-soon'].programme,
        title: 'b-soon intake',
        theme: 'Pollution and traffic',
        opensAt: expect.any(String),
        closesAt: expect.any(String),
        capacity: 10,
      });
      const ids = listed.body.items.map((c: { id: string }) => c.id);
      expect(ids).not.toContain(draftId);
      expect(ids).not.toContain(lapsedId);
    });

    it("narrows to one organization by ?organization=slug (its own timezone on each), also across pages; an unknown slug lists none", async () => {
      const ofA = await system.http.get(`/api/v1/public/calls?organization=${a.org.slug}`);
      expect(ofA.body.items).toEqual([expect.objectContaining({ title: 'a-late intake', organization: { slug: a.org.slug, name: 'Socratus Startup Studio', timezone: 'Asia/Ulaanbaatar' }, programme: open['a-late'].programme })]);
      const first = await system.http.get(`/api/v1/public/calls?organization=${b.org.slug}&limit=1`);
      const second = await system.http.get(`/api/v1/public/calls?organization=${b.org.slug}&limit=1&cursor=${first.body.nextCursor}`);
      expect([...first.body.items, ...second.body.items].map((c: { title: string }) => c.title)).toEqual(['b-soon intake', 'b-middle intake']);
      expect(second.body.nextCursor).toBeNull();
      expect((await system.http.get('/api/v1/public/calls?organization=no-such-park')).body).toEqual({ items: [], nextCursor: null });
    });

    it("an organization's open calls (no login) carry the organization with its timezone and the programme", async () => {
      const listed = await system.http.get(`/api/v1/public/organizations/${b.org.slug}/calls`);
      expect(listed.status).toBe(200);
      expect(listed.body.map((c: { title: string }) => c.title)).toEqual(['b-soon intake', 'b-middle intake']);
      expect(listed.body[0]).toEqual(expect.objectContaining({ organization: { slug: b.org.slug, name: 'Ulaanbaatar Innovation HUB', timezone: 'Asia/Hovd' }, programme: open['b-soon'].programme, questions: expect.any(Array) }));
    });

    it('pages with a cursor', async () => {
      const first = await system.http.get('/api/v1/public/calls?limit=2');
      expect(first.body.items.map((c: { title: string }) => c.title)).toEqual(['b-soon intake', 'b-middle intake']);
      const second = await system.http.get(`/api/v1/public/calls?limit=2&cursor=${first.body.nextCursor}`);
      expect(second.body).toEqual({ items: [expect.objectContaining({ title: 'a-late intake' })], nextCursor: null });
      expectProblem(await system.http.get('/api/v1/public/calls?cursor=not-ours'), 400, 'VALIDATION_FAILED');
    });

    it('the app role still reads no call outside an organization; only the function lists them, and only the app role may run it', async () => {
      const app = new Client({ connectionString: system.urls.app });
      const systemRole = new Client({ connectionString: system.urls.system });
      await app.connect();
      await systemRole.connect();
      try {
        expect((await app.query(`SELECT count(*)::int AS n FROM calls`)).rows[0].n).toBe(0);
        expect((await app.query(`SELECT count(*)::int AS n FROM organizations`)).rows[0].n).toBe(0);
        const listed = await app.query(`SELECT * FROM public_open_calls(now(), NULL, NULL, 100, NULL)`);
        expect(listed.rows.map((r) => r.title).sort()).toEqual(['a-late intake', 'b-middle intake', 'b-soon intake']);
        expect(Object.keys(listed.rows[0]).sort()).toEqual(['capacity', 'closes_at', 'id', 'opens_at', 'organization_name', 'organization_slug', 'organization_timezone', 'programme_id', 'programme_name', 'theme', 'title']);
        await expect(systemRole.query(`SELECT * FROM public_open_calls(now(), NULL, NULL, 100, NULL)`)).rejects.toThrow(/permission denied/);
        await expect(systemRole.query(`SELECT * FROM my_applications(NULL, 100)`)).rejects.toThrow(/permission denied/);
      } finally {
        await app.end();
        await systemRole.end();
      }
    });
  });

  describe('GET /me/applications', () => {
    let applicant: SignedIn;
    let other: SignedIn;
    const apply = async (who: SignedIn, org: Org, callId: string, startupName: string) => {
      const created = await system.http.post(
        `/api/v1/organizations/${org.slug}/calls/${callId}/applications`,
        { startupName, sector: 'cleantech', stage: 'seed', idea: 'Air quality sensors.', teamSize: 1, founders: [{ name: 'Founder', email: who.email, role: 'CEO' }], answers: { team_background: 'Two engineers.', sector: 'Cleantech' } },
        who.token,
      );
      expect(created.status).toBe(201);
      return created.body.id as string;
    };

    beforeAll(async () => {
      applicant = await users.create(system);
      other = await users.create(system);
      const first = await apply(applicant, a.org, open['a-late'].id, 'Clean Air');
      expect((await system.http.post(`/api/v1/organizations/${a.org.slug}/applications/${first}/submit`, {}, applicant.token)).status).toBe(200);
      await apply(applicant, b.org, open['b-soon'].id, 'Smog Map');
      await apply(other, b.org, open['b-middle'].id, 'Not yours');
    });

    it("lists the caller's applications in every organization, newest first, with organization, call, status and dates", async () => {
      const mine = await system.http.get('/api/v1/me/applications', applicant.token);
      expect(mine.status).toBe(200);
      expect(mine.body.nextCursor).toBeNull();
      expect(mine.body.items).toEqual([
        expect.objectContaining({ organization: { id: b.org.id, slug: b.org.slug, name: 'Ulaanbaatar Innovation HUB' }, callId: open['b-soon'].id, callTitle: 'b-soon intake', startupName: 'Smog Map', status: 'draft', submittedAt: null, decidedAt: null }),
        expect.objectContaining({ organization: { id: a.org.id, slug: a.org.slug, name: 'Socratus Startup Studio' }, callId: open['a-late'].id, callTitle: 'a-late intake', startupName: 'Clean Air', status: 'submitted', submittedAt: expect.any(String), decidedAt: null }),
      ]);
      const page = await system.http.get('/api/v1/me/applications?limit=1', applicant.token);
      const next = await system.http.get(`/api/v1/me/applications?limit=1&cursor=${page.body.nextCursor}`, applicant.token);
      expect([...page.body.items, ...next.body.items].map((x: { id: string }) => x.id)).toEqual(mine.body.items.map((x: { id: string }) => x.id));
      expect(next.body.nextCursor).toBeNull();
    });

    it("shows no one else's: another person sees only their own; no token is 401", async () => {
      const theirs = await system.http.get('/api/v1/me/applications', other.token);
      expect(theirs.body.items.map((x: { startupName: string }) => x.startupName)).toEqual(['Not yours']);
      expect((await system.http.get('/api/v1/me/applications', b.owner.token)).body).toEqual({ items: [], nextCursor: null });
      expectProblem(await system.http.get('/api/v1/me/applications'), 401, 'UNAUTHENTICATED');
    });
  });
});
