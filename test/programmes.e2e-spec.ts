import { randomUUID } from 'node:crypto';
import { addMember, organizations } from './factories/organizations';
import { programmes, SOCRATUS_RUBRIC } from './factories/programmes';
import { SignedIn, users } from './factories/users';
import { countRows, startSystem, System } from './support/system';

type Org = Awaited<ReturnType<typeof organizations.create>>;

describe('programmes: create, list, read and change a programme', () => {
  let system: System;
  let owner: SignedIn;
  let manager: SignedIn;
  let reviewer: SignedIn;
  let founder: SignedIn;
  let mentor: SignedIn;
  let outsider: SignedIn;
  let org: Org;
  let otherOwner: SignedIn;
  let otherOrg: Org;

  beforeAll(async () => {
    system = await startSystem();
    owner = await users.create(system);
    org = await organizations.create(system, owner);
    manager = await addMember(system, org.id, 'manager');
    reviewer = await addMember(system, org.id, 'reviewer');
    founder = await addMember(system, org.id, 'founder');
    mentor = await addMember(system, org.id, 'mentor');
    outsider = await users.create(system);
    otherOwner = await users.create(system);
    otherOrg = await organizations.create(system, otherOwner);
  });
  afterAll(() => system.close());

  const programmesUrl = (slug = org.slug) => `/api/v1/organizations/${slug}/programmes`;
  const programmeUrl = (id: string, slug = org.slug) => `${programmesUrl(slug)}/${id}`;
  const create = (body: unknown, by: SignedIn = owner, slug = org.slug, headers?: Record<string, string>) => system.http.post(programmesUrl(slug), body, by.token, headers);
  const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);

  /** What must not move when a request is refused. */
  const writes = async () => ({
    programmes: await countRows(system, 'programmes'),
    audit: await countRows(system, 'audit_entries', `entity_type = 'programme'`),
    idempotency: await countRows(system, 'idempotency_records'),
  });

  describe('creating', () => {
    it('lets the owner create one: 201 with the whole programme, default scales filled, money as integer minor units', async () => {
      const body = programmes.build({
        name: '  MCS Startup Programme  ',
        grantPolicy: { minAmountMinor: 800_000, maxAmountMinor: 1_000_000, currency: 'usd' },
        perkCap: { amountMinor: 3_500_000, currency: 'GBP' },
      });
      const response = await create(body);
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'MCS Startup Programme',
        type: 'incubation',
        description: 'Six months of incubation.',
        phases: [
          {
            name: 'Onboarding and validation',
            durationValue: 2,
            durationUnit: 'months',
            milestones: [{ title: 'Customer discovery interviews', description: null, offsetDays: 14, evidenceRequired: true }],
          },
        ],
        rubric: SOCRATUS_RUBRIC.map((c) => ({ ...c, scaleMin: 1, scaleMax: 5 })),
        equityPolicy: { kind: 'none' },
        grantPolicy: { minAmountMinor: 800_000, maxAmountMinor: 1_000_000, currency: 'USD' },
        perkCap: { amountMinor: 3_500_000, currency: 'GBP' },
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      const { rows } = await system.db.query('SELECT organization_id, grant_min_minor, grant_max_minor, grant_currency, perk_cap_minor, perk_cap_currency FROM programmes WHERE id = $1', [
        response.body.id,
      ]);
      expect(rows).toEqual([
        { organization_id: org.id, grant_min_minor: '800000', grant_max_minor: '1000000', grant_currency: 'USD', perk_cap_minor: '3500000', perk_cap_currency: 'GBP' },
      ]);
    });

    it('writes a programme.created audit entry by the caller, in the organization', async () => {
      const created = await programmes.create(system, owner, org.slug);
      const { rows } = await system.db.query(`SELECT organization_id, actor_user_id, changes FROM audit_entries WHERE action = 'programme.created' AND entity_type = 'programme' AND entity_id = $1`, [
        created.id,
      ]);
      expect(rows).toHaveLength(1);
      expect(rows[0].organization_id).toBe(org.id);
      expect(rows[0].actor_user_id).toBe(owner.id);
      expect(rows[0].changes.name).toEqual({ before: null, after: created.name });
    });

    it('lets a manager create one; an amount near 2^53 minor units comes back exact', async () => {
      const response = await create(programmes.build({ grantPolicy: { minAmountMinor: 0, maxAmountMinor: Number.MAX_SAFE_INTEGER, currency: 'MNT' } }), manager);
      expect(response.status).toBe(201);
      expect(response.body.grantPolicy).toEqual({ minAmountMinor: 0, maxAmountMinor: Number.MAX_SAFE_INTEGER, currency: 'MNT' });
      const read = await system.http.get(programmeUrl(response.body.id), manager.token);
      expect(read.body.grantPolicy.maxAmountMinor).toBe(Number.MAX_SAFE_INTEGER);
    });

    it.each([
      ['none', { kind: 'none' }, { kind: 'none' }, { equity_kind: 'none', equity_min_bps: null, equity_max_bps: null, equity_never_majority: false, equity_fixed_bps: null, equity_after_months: null }],
      [
        'a range, never a majority',
        { kind: 'range', minBps: 1500, maxBps: 4900, neverMajority: true },
        { kind: 'range', minBps: 1500, maxBps: 4900, neverMajority: true },
        { equity_kind: 'range', equity_min_bps: 1500, equity_max_bps: 4900, equity_never_majority: true, equity_fixed_bps: null, equity_after_months: null },
      ],
      [
        'a range that may be a majority',
        { kind: 'range', minBps: 0, maxBps: 10000 },
        { kind: 'range', minBps: 0, maxBps: 10000, neverMajority: false },
        { equity_kind: 'range', equity_min_bps: 0, equity_max_bps: 10000, equity_never_majority: false, equity_fixed_bps: null, equity_after_months: null },
      ],
      [
        'fixed after (MCS: 10 % after 6 months)',
        { kind: 'fixed_after', bps: 1000, afterMonths: 6 },
        { kind: 'fixed_after', bps: 1000, afterMonths: 6 },
        { equity_kind: 'fixed_after', equity_min_bps: null, equity_max_bps: null, equity_never_majority: false, equity_fixed_bps: 1000, equity_after_months: 6 },
      ],
    ])('round-trips the equity policy %s', async (_what, policy, view, columns) => {
      const response = await create(programmes.build({ equityPolicy: policy }));
      expect(response.status).toBe(201);
      expect(response.body.equityPolicy).toEqual(view);
      const read = await system.http.get(programmeUrl(response.body.id), reviewer.token);
      expect(read.status).toBe(200);
      expect(read.body.equityPolicy).toEqual(view);
      const { rows } = await system.db.query(
        'SELECT equity_kind, equity_min_bps, equity_max_bps, equity_never_majority, equity_fixed_bps, equity_after_months FROM programmes WHERE id = $1',
        [response.body.id],
      );
      expect(rows[0]).toEqual(columns);
    });

    it('accepts a never-majority range up to 4999 basis points', async () => {
      const response = await create(programmes.build({ equityPolicy: { kind: 'range', minBps: 0, maxBps: 4999, neverMajority: true } }));
      expect(response.status).toBe(201);
      expect(response.body.equityPolicy).toEqual({ kind: 'range', minBps: 0, maxBps: 4999, neverMajority: true });
    });

    it('refuses a never-majority range reaching 5000 basis points: 400 EQUITY_MAJORITY_FORBIDDEN, nothing written', async () => {
      const before = await writes();
      const response = await create(programmes.build({ equityPolicy: { kind: 'range', minBps: 1000, maxBps: 5000, neverMajority: true } }));
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.code).toBe('EQUITY_MAJORITY_FORBIDDEN');
      expect(fieldsOf(response.body)).toEqual(['equityPolicy.maxBps']);
      expect(await writes()).toEqual(before);
    });

    const phase = programmes.build().phases[0];
    const criterion = SOCRATUS_RUBRIC[0];
    const invalid: Array<[string, Record<string, unknown>, string[]]> = [
      ['no phases', { phases: [] }, ['phases']],
      ['phases missing', { phases: undefined }, ['phases']],
      ['a phase lasting 0', { phases: [{ ...phase, durationValue: 0 }] }, ['phases.0.durationValue']],
      ['a phase in weeks', { phases: [{ ...phase, durationUnit: 'weeks' }] }, ['phases.0.durationUnit']],
      ['a milestone with a negative offset', { phases: [{ ...phase, milestones: [{ title: 'x', offsetDays: -1, evidenceRequired: false }] }] }, ['phases.0.milestones.0.offsetDays']],
      ['no rubric', { rubric: [] }, ['rubric']],
      ['a criterion weighing 0', { rubric: [{ ...criterion, weight: 0 }] }, ['rubric.0.weight']],
      ['a criterion with a negative weight', { rubric: [SOCRATUS_RUBRIC[1], { ...criterion, weight: -1 }] }, ['rubric.1.weight']],
      ['a criterion key used twice', { rubric: [...SOCRATUS_RUBRIC, { key: 'leadership', label: 'Leadership (again)', weight: 2 }] }, ['rubric.4.key']],
      ['a criterion key in capitals', { rubric: [{ ...criterion, key: 'Innovative Idea' }] }, ['rubric.0.key']],
      ['a scale whose minimum equals its maximum', { rubric: [{ ...criterion, scaleMin: 3, scaleMax: 3 }] }, ['rubric.0.scaleMax']],
      ['a scale running downwards', { rubric: [{ ...criterion, scaleMin: 5, scaleMax: 1 }] }, ['rubric.0.scaleMax']],
      ['a fixed stake above 10000 basis points', { equityPolicy: { kind: 'fixed_after', bps: 10001, afterMonths: 6 } }, ['equityPolicy.bps']],
      ['a fixed stake with no months', { equityPolicy: { kind: 'fixed_after', bps: 1000 } }, ['equityPolicy.afterMonths']],
      ['a range reaching above 10000 basis points', { equityPolicy: { kind: 'range', minBps: 0, maxBps: 10001 } }, ['equityPolicy.maxBps']],
      ['a range with a negative minimum', { equityPolicy: { kind: 'range', minBps: -1, maxBps: 100 } }, ['equityPolicy.minBps']],
      ['a range with no minimum', { equityPolicy: { kind: 'range', maxBps: 100 } }, ['equityPolicy.minBps']],
      ['a range whose minimum exceeds its maximum', { equityPolicy: { kind: 'range', minBps: 3000, maxBps: 2000 } }, ['equityPolicy.minBps']],
      ['a fractional basis point', { equityPolicy: { kind: 'range', minBps: 0.5, maxBps: 100 } }, ['equityPolicy.minBps']],
      ['an unknown equity kind', { equityPolicy: { kind: 'shares' } }, ['equityPolicy.kind']],
      ['a grant whose minimum exceeds its maximum', { grantPolicy: { minAmountMinor: 1_000_001, maxAmountMinor: 1_000_000, currency: 'USD' } }, ['grantPolicy.minAmountMinor']],
      ['a grant in fractional minor units', { grantPolicy: { minAmountMinor: 800_000.5, maxAmountMinor: 1_000_000, currency: 'USD' } }, ['grantPolicy.minAmountMinor']],
      ['a grant amount as a string', { grantPolicy: { minAmountMinor: '800000', maxAmountMinor: 1_000_000, currency: 'USD' } }, ['grantPolicy.minAmountMinor']],
      ['a negative grant', { grantPolicy: { minAmountMinor: -1, maxAmountMinor: 1_000_000, currency: 'USD' } }, ['grantPolicy.minAmountMinor']],
      ['a grant with no currency', { grantPolicy: { minAmountMinor: 1, maxAmountMinor: 2 } }, ['grantPolicy.currency']],
      ['a grant in a made-up currency', { grantPolicy: { minAmountMinor: 1, maxAmountMinor: 2, currency: 'ABC' } }, ['grantPolicy.currency']],
      ['a perk cap in a currency that is not a code', { perkCap: { amountMinor: 1, currency: 'dollars' } }, ['perkCap.currency']],
      ['an unknown programme type', { type: 'bootcamp' }, ['type']],
      ['an unknown field', { budget: 5 }, ['budget']],
      ['an unknown field inside a criterion', { rubric: [{ ...criterion, colour: 'red' }] }, ['rubric.0.colour']],
      ['an unknown field inside the equity policy', { equityPolicy: { kind: 'none', vesting: true } }, ['equityPolicy.vesting']],
    ];

    it.each(invalid)('refuses %s: 400 VALIDATION_FAILED naming the field, nothing written', async (_what, overrides, fields) => {
      const before = await writes();
      const response = await create(programmes.build(overrides), owner, org.slug, { 'Idempotency-Key': randomUUID() });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(fieldsOf(response.body)).toEqual(expect.arrayContaining(fields));
      expect(await writes()).toEqual(before);
    });
  });

  describe('Idempotency-Key', () => {
    it('replays the first answer for the same key and body, without a second programme or audit entry', async () => {
      const body = programmes.build();
      const key = randomUUID();
      const first = await create(body, owner, org.slug, { 'Idempotency-Key': key });
      expect(first.status).toBe(201);
      expect(first.headers['idempotent-replayed']).toBeUndefined();

      const again = await create(body, owner, org.slug, { 'Idempotency-Key': key });
      expect(again.status).toBe(201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toEqual(first.body);

      expect(await countRows(system, 'programmes', 'name = $1', [body.name])).toBe(1);
      expect(await countRows(system, 'audit_entries', `action = 'programme.created' AND entity_id = $1`, [first.body.id])).toBe(1);
    });

    it('refuses the same key with another body: 422 IDEMPOTENCY_KEY_REUSED, nothing written', async () => {
      const key = randomUUID();
      expect((await create(programmes.build(), owner, org.slug, { 'Idempotency-Key': key })).status).toBe(201);
      const before = await writes();
      const other = await create(programmes.build(), owner, org.slug, { 'Idempotency-Key': key });
      expect(other.status).toBe(422);
      expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await writes()).toEqual(before);
    });
  });

  describe('listing', () => {
    let paged: Org;
    let pagedOwner: SignedIn;
    const created: string[] = [];

    beforeAll(async () => {
      pagedOwner = await users.create(system);
      paged = await organizations.create(system, pagedOwner);
      for (let i = 0; i < 5; i++) created.push((await programmes.create(system, pagedOwner, paged.slug, { name: `Programme ${i}` })).id);
    });

    it('pages newest first with an opaque cursor until nextCursor is null, each programme once', async () => {
      const pages: Array<{ items: Array<{ id: string; name: string }>; nextCursor: string | null }> = [];
      let cursor: string | null = null;
      do {
        const url: string = `${programmesUrl(paged.slug)}?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const response = await system.http.get(url, pagedOwner.token);
        expect(response.status).toBe(200);
        pages.push(response.body);
        cursor = response.body.nextCursor;
      } while (cursor && pages.length < 10);
      expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1]);
      expect(pages.flatMap((p) => p.items.map((i) => i.id))).toEqual([...created].reverse());
      expect(pages[0].items[0].name).toBe('Programme 4');
      expect(pages[0].nextCursor).not.toContain(pages[0].items[1].id);
    });

    it('defaults to 20 a page and lists only the organization\'s own programmes', async () => {
      const mine = await system.http.get(programmesUrl(paged.slug), pagedOwner.token);
      expect(mine.body.items.map((i: { id: string }) => i.id)).toEqual([...created].reverse());
      expect(mine.body.nextCursor).toBeNull();

      const theirs = await system.http.get(programmesUrl(), owner.token);
      expect(theirs.status).toBe(200);
      expect(theirs.body.items.length).toBeGreaterThan(0);
      expect(theirs.body.items.length).toBeLessThanOrEqual(20);
      expect(theirs.body.items.some((i: { id: string }) => created.includes(i.id))).toBe(false);
    });

    it('refuses a cursor it did not issue and a limit out of range (400)', async () => {
      const badCursor = await system.http.get(`${programmesUrl(paged.slug)}?cursor=not-a-cursor`, pagedOwner.token);
      expect(badCursor.status).toBe(400);
      expect(fieldsOf(badCursor.body)).toEqual(['cursor']);
      expect((await system.http.get(`${programmesUrl(paged.slug)}?limit=0`, pagedOwner.token)).status).toBe(400);
      expect((await system.http.get(`${programmesUrl(paged.slug)}?limit=101`, pagedOwner.token)).status).toBe(400);
    });
  });

  describe('who may do what', () => {
    let programme: { id: string; name: string };
    let foreign: { id: string };

    beforeAll(async () => {
      programme = await programmes.create(system, owner, org.slug);
      foreign = await programmes.create(system, otherOwner, otherOrg.slug);
    });

    it('lets owner, manager and reviewer list and read', async () => {
      for (const person of [owner, manager, reviewer]) {
        const list = await system.http.get(programmesUrl(), person.token);
        expect(list.status).toBe(200);
        const read = await system.http.get(programmeUrl(programme.id), person.token);
        expect(read.status).toBe(200);
        expect(read.body).toMatchObject({ id: programme.id, name: programme.name });
      }
    });

    it('refuses founders and mentors everything (403), and a reviewer creating or changing (403), writing nothing', async () => {
      const before = await writes();
      for (const person of [founder, mentor]) {
        expect((await system.http.get(programmesUrl(), person.token)).status).toBe(403);
        expect((await system.http.get(programmeUrl(programme.id), person.token)).status).toBe(403);
      }
      for (const person of [founder, mentor, reviewer]) {
        const created = await create(programmes.build(), person);
        expect(created.status).toBe(403);
        expect(created.body.code).toBe('FORBIDDEN');
        expect((await system.http.patch(programmeUrl(programme.id), { name: 'Taken over' }, person.token)).status).toBe(403);
      }
      expect(await writes()).toEqual(before);
      const { rows } = await system.db.query('SELECT name FROM programmes WHERE id = $1', [programme.id]);
      expect(rows[0].name).toBe(programme.name);
    });

    it('answers 404 to someone who is not a member, whatever they try', async () => {
      const before = await writes();
      expect((await system.http.get(programmesUrl(), outsider.token)).status).toBe(404);
      expect((await system.http.get(programmeUrl(programme.id), outsider.token)).status).toBe(404);
      expect((await create(programmes.build(), outsider)).status).toBe(404);
      expect((await system.http.patch(programmeUrl(programme.id), { name: 'x y' }, outsider.token)).status).toBe(404);
      expect(await writes()).toEqual(before);
    });

    it('needs a token (401)', async () => {
      expect((await system.http.get(programmesUrl())).status).toBe(401);
      expect((await system.http.post(programmesUrl(), programmes.build())).status).toBe(401);
    });

    it("answers 404 for another organization's programme, read or changed through this one", async () => {
      const read = await system.http.get(programmeUrl(foreign.id), owner.token);
      expect(read.status).toBe(404);
      expect(read.body.code).toBe('NOT_FOUND');
      const patched = await system.http.patch(programmeUrl(foreign.id), { name: 'Hijacked' }, owner.token);
      expect(patched.status).toBe(404);
      const { rows } = await system.db.query('SELECT name FROM programmes WHERE id = $1', [foreign.id]);
      expect(rows[0].name).not.toBe('Hijacked');
      // And the other organization's list does not show ours.
      const theirs = await system.http.get(programmesUrl(otherOrg.slug), otherOwner.token);
      expect(theirs.body.items.map((i: { id: string }) => i.id)).toEqual([foreign.id]);
    });

    it('answers 404 for an unknown id and for one that is not a uuid', async () => {
      expect((await system.http.get(programmeUrl(randomUUID()), owner.token)).status).toBe(404);
      expect((await system.http.get(programmeUrl('not-a-uuid'), owner.token)).status).toBe(404);
    });
  });

  describe('changing', () => {
    it('lets a manager rename it and replace the rubric; audit programme.updated records what changed', async () => {
      const programme = await programmes.create(system, owner, org.slug);
      const rubric = [
        { key: 'innovative_idea', label: 'Innovative idea', weight: 2 },
        { key: 'market', label: 'Market', weight: 1, scaleMin: 0, scaleMax: 10 },
      ];
      const response = await system.http.patch(programmeUrl(programme.id), { name: 'Renamed programme', rubric }, manager.token);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        id: programme.id,
        name: 'Renamed programme',
        rubric: [
          { key: 'innovative_idea', label: 'Innovative idea', weight: 2, scaleMin: 1, scaleMax: 5 },
          { key: 'market', label: 'Market', weight: 1, scaleMin: 0, scaleMax: 10 },
        ],
        phases: programme.phases,
        equityPolicy: { kind: 'none' },
      });
      expect(Date.parse(response.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(programme.updatedAt));

      const read = await system.http.get(programmeUrl(programme.id), owner.token);
      expect(read.body).toEqual(response.body);

      const { rows } = await system.db.query(`SELECT actor_user_id, changes FROM audit_entries WHERE action = 'programme.updated' AND entity_id = $1`, [programme.id]);
      expect(rows).toHaveLength(1);
      expect(rows[0].actor_user_id).toBe(manager.id);
      expect(rows[0].changes.name).toEqual({ before: programme.name, after: 'Renamed programme' });
      expect(rows[0].changes).toHaveProperty('rubric');
      expect(rows[0].changes).not.toHaveProperty('phases');
    });

    it('switches the equity policy from one kind to another, clearing the old columns', async () => {
      const programme = await programmes.create(system, owner, org.slug, { equityPolicy: { kind: 'range', minBps: 1000, maxBps: 4000, neverMajority: true } });
      const response = await system.http.patch(programmeUrl(programme.id), { equityPolicy: { kind: 'fixed_after', bps: 1000, afterMonths: 6 } }, owner.token);
      expect(response.status).toBe(200);
      expect(response.body.equityPolicy).toEqual({ kind: 'fixed_after', bps: 1000, afterMonths: 6 });
      const { rows } = await system.db.query('SELECT equity_kind, equity_min_bps, equity_max_bps, equity_never_majority, equity_fixed_bps, equity_after_months FROM programmes WHERE id = $1', [
        programme.id,
      ]);
      expect(rows[0]).toEqual({ equity_kind: 'fixed_after', equity_min_bps: null, equity_max_bps: null, equity_never_majority: false, equity_fixed_bps: 1000, equity_after_months: 6 });
    });

    it('removes the grant policy and the perk cap with null', async () => {
      const programme = await programmes.create(system, owner, org.slug, {
        grantPolicy: { minAmountMinor: 1, maxAmountMinor: 2, currency: 'EUR' },
        perkCap: { amountMinor: 5, currency: 'EUR' },
      });
      const response = await system.http.patch(programmeUrl(programme.id), { grantPolicy: null, perkCap: null }, owner.token);
      expect(response.status).toBe(200);
      expect(response.body.grantPolicy).toBeNull();
      expect(response.body.perkCap).toBeNull();
    });

    it('leaves no audit entry for a change that changes nothing', async () => {
      const programme = await programmes.create(system, owner, org.slug);
      const response = await system.http.patch(programmeUrl(programme.id), { name: programme.name, equityPolicy: { kind: 'none' } }, owner.token);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ name: programme.name, equityPolicy: { kind: 'none' } });
      // As for organizations: AuditService skips an entry whose before and after are equal.
      const { rows } = await system.db.query(`SELECT changes FROM audit_entries WHERE action = 'programme.updated' AND entity_id = $1`, [programme.id]);
      expect(rows).toEqual([]);
    });

    it.each([
      ['no phases', 'VALIDATION_FAILED', { phases: [] }, 'phases'],
      ['a criterion key used twice', 'VALIDATION_FAILED', { rubric: [SOCRATUS_RUBRIC[0], SOCRATUS_RUBRIC[0]] }, 'rubric.1.key'],
      ['a never-majority range at 5000', 'EQUITY_MAJORITY_FORBIDDEN', { equityPolicy: { kind: 'range', minBps: 0, maxBps: 5000, neverMajority: true } }, 'equityPolicy.maxBps'],
      ['a grant whose minimum exceeds its maximum', 'VALIDATION_FAILED', { grantPolicy: { minAmountMinor: 3, maxAmountMinor: 2, currency: 'USD' } }, 'grantPolicy.minAmountMinor'],
      ['an unknown field', 'VALIDATION_FAILED', { status: 'archived' }, 'status'],
    ])('refuses a change with %s (400 %s) and leaves the programme as it was', async (_what, code, patch, field) => {
      const programme = await programmes.create(system, owner, org.slug, { equityPolicy: { kind: 'range', minBps: 100, maxBps: 200 } });
      const before = (await system.db.query('SELECT * FROM programmes WHERE id = $1', [programme.id])).rows[0];
      const response = await system.http.patch(programmeUrl(programme.id), { name: 'Should not stick', ...patch }, owner.token);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe(code);
      expect(fieldsOf(response.body)).toContain(field);
      expect((await system.db.query('SELECT * FROM programmes WHERE id = $1', [programme.id])).rows[0]).toEqual(before);
      expect(await countRows(system, 'audit_entries', `action = 'programme.updated' AND entity_id = $1`, [programme.id])).toBe(0);
    });
  });
});
