import { organizations } from './factories/organizations';
import { calls, programmes } from './factories/programmes';
import { SignedIn, users } from './factories/users';
import { countRows, startSystem, System } from './support/system';

/** Inputs and moments that once reached a 500 or slipped past a rule. */
describe('guards: null for an optional field, and steps out of order', () => {
  let system: System;
  let owner: SignedIn;
  let slug: string;
  let programmeId: string;

  beforeAll(async () => {
    system = await startSystem();
    owner = await users.create(system);
    slug = (await organizations.create(system, owner)).slug;
    programmeId = (await programmes.create(system, owner, slug)).id;
  });
  afterAll(() => system.close());

  const expectRefused = (response: { status: number; body: { code: string; errors: { field: string }[] } }, field: string) => {
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors.map((e) => e.field)).toContain(field);
  };

  it.each([['name'], ['phases'], ['rubric'], ['equityPolicy'], ['type']])('refuses null for the programme field %s with 400, not a 500', async (field) => {
    const before = (await system.db.query('SELECT * FROM programmes WHERE id = $1', [programmeId])).rows[0];
    expectRefused(await system.http.patch(`/api/v1/organizations/${slug}/programmes/${programmeId}`, { [field]: null }, owner.token), field);
    expect((await system.db.query('SELECT * FROM programmes WHERE id = $1', [programmeId])).rows[0]).toEqual(before);
  });

  it('still lets null remove the grant policy and the perk cap (null means "none" there)', async () => {
    const response = await system.http.patch(`/api/v1/organizations/${slug}/programmes/${programmeId}`, { grantPolicy: null, perkCap: null }, owner.token);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ grantPolicy: null, perkCap: null });
  });

  it.each([['title'], ['questions'], ['capacity'], ['blindReview']])('refuses null for the call field %s with 400', async (field) => {
    const call = await calls.create(system, owner, slug, programmeId);
    expectRefused(await system.http.patch(`/api/v1/organizations/${slug}/calls/${call.id}`, { [field]: null }, owner.token), field);
  });

  it('refuses null for the organization name', async () => {
    expectRefused(await system.http.patch(`/api/v1/organizations/${slug}`, { name: null }, owner.token), 'name');
  });

  it('refuses null founders or answers on an application, writing nothing', async () => {
    const open = await calls.create(system, owner, slug, programmeId, { opensAt: new Date(Date.now() - 3600_000).toISOString() });
    expect((await system.http.post(`/api/v1/organizations/${slug}/calls/${open.id}/publish`, {}, owner.token)).body.status).toBe('open');
    const applicant = await users.create(system);
    const before = await countRows(system, 'applications');
    for (const field of ['founders', 'answers']) {
      expectRefused(await system.http.post(`/api/v1/organizations/${slug}/calls/${open.id}/applications`, { [field]: null }, applicant.token), field);
    }
    expect(await countRows(system, 'applications')).toBe(before);
  });

  it('refuses to shortlist a round before the call has closed (it would freeze the round)', async () => {
    const call = await calls.create(system, owner, slug, programmeId, { rounds: [{ key: 'screening', name: 'Screening', shortlistSize: 1 }, { key: 'pitch', name: 'Pitch' }] });
    const response = await system.http.post(`/api/v1/organizations/${slug}/calls/${call.id}/rounds/screening/shortlist`, {}, owner.token);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('CALL_NOT_CLOSED');
    expect((await system.db.query('SELECT finalized_rounds FROM calls WHERE id = $1', [call.id])).rows[0].finalized_rounds).toEqual([]);
  });
});
