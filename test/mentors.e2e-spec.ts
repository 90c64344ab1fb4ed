import { randomBytes } from 'node:crypto';
import { cohorts, enrol, startups } from './factories/cohorts';
import { addMember, organizations } from './factories/organizations';
import { programmes } from './factories/programmes';
import { SignedIn, users } from './factories/users';
import { TestClock } from './support/clock';
import { Response } from './support/http';
import { countRows, startSystem, System } from './support/system';

/**
 * Mentors on the real stack: the tag vocabulary, profiles (the shared mentor's two), effective-dated
 * rates, fee terms, conflicts, suggestions, assignments (the lead race, capacity), sessions (every
 * refusal with nothing written, founders' answers, staff review, the double-approval race, the
 * statement lock) and hours; tenancy and roles. The organization is in Asia/Ulaanbaatar (UTC+8);
 * the clock stands at 2026-11-20 noon there.
 */
describe('mentors: pool, matching, sessions', () => {
  let system: System;
  const clock = new TestClock('2026-11-20T04:00:00Z');
  jest.setTimeout(60_000);

  let owner: SignedIn, manager: SignedIn, reviewer: SignedIn;
  let mentorA: SignedIn, mentorB: SignedIn, mentorC: SignedIn, mentorD: SignedIn, mentorF: SignedIn, shared: SignedIn;
  let org: { id: string; slug: string };
  let other: { owner: SignedIn; org: { id: string; slug: string }; startupId: string; profileId: string };
  let programmeId: string;
  let s1: { id: string; founder: SignedIn }, s2: { id: string; founder: SignedIn }, s3: { id: string; founder: SignedIn }, s4: { id: string; founder: SignedIn };
  const profile: Record<string, string> = {};

  const url = (path: string, slug = org.slug) => `/api/v1/organizations/${slug}${path}`;
  const expectProblem = (response: Response, status: number, code: string) => {
    expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  };
  const TABLES = ['mentor_tags', 'mentor_profiles', 'mentor_rates', 'mentor_fee_terms', 'mentor_conflicts', 'mentor_assignments', 'mentor_sessions', 'startup_mentoring_needs'];
  const counts = () => Promise.all(TABLES.map((t) => countRows(system, t)));
  const audits = (action: string, entityId?: string) => countRows(system, 'audit_entries', entityId ? `action = $1 AND entity_id = $2` : `action = $1`, entityId ? [action, entityId] : [action]);
  const put = (path: string, body: unknown, token: string) => (system.http as any).request('PUT', path, { body, token }) as Promise<Response>;

  beforeAll(async () => {
    system = await startSystem({ env: { CLOCK_FILE: clock.file } });
    owner = await users.create(system);
    org = await organizations.create(system, owner, { timezone: 'Asia/Ulaanbaatar', defaultCurrency: 'MNT' });
    [manager, reviewer, mentorA, mentorB, mentorC, mentorD, mentorF, shared] = await Promise.all([
      addMember(system, org.id, 'manager'),
      addMember(system, org.id, 'reviewer'),
      ...Array.from({ length: 6 }, () => addMember(system, org.id, 'mentor')),
    ]);
    const programme = await programmes.create(system, owner, org.slug, { name: `Socratus Incubation ${randomBytes(3).toString('hex')}` });
    programmeId = programme.id;
    const cohort = await cohorts.create(system, owner, org.slug, { programmeId, startsOn: '2026-10-05' });
    s1 = await startups.create(system, owner, org);
    s2 = await startups.create(system, owner, org);
    s3 = await startups.create(system, owner, org, mentorF);
    s4 = await startups.create(system, owner, org);
    await system.db.query(`UPDATE startups SET sector = 'Fintech' WHERE id = $1`, [s1.id]);
    await enrol(system, owner, org.slug, cohort.id, [s1.id, s2.id, s3.id]);

    const otherOwner = await users.create(system);
    const otherOrg = await organizations.create(system, otherOwner);
    await addMember(system, otherOrg.id, 'mentor', shared);
    const otherStartup = await startups.create(system, otherOwner, otherOrg);
    await system.http.post(url('/mentor-tags', otherOrg.slug), { key: 'fintech', label: 'Fintech' }, otherOwner.token);
    const otherProfile = await system.http.post(url('/mentor-profiles', otherOrg.slug), { userId: shared.id, kind: 'expert', tags: ['fintech'], bio: 'At the other park', capacity: 4 }, otherOwner.token);
    expect(otherProfile.status).toBe(201);
    other = { owner: otherOwner, org: otherOrg, startupId: otherStartup.id, profileId: otherProfile.body.id };
  });
  afterAll(async () => {
    await system?.close();
    clock.remove();
  });

  describe('the vocabulary and profiles', () => {
    it('staff add tags; a second with the same key is 409 TAG_EXISTS', async () => {
      for (const [key, label] of [['fintech', 'Fintech'], ['cleantech', 'Cleantech'], ['go-to-market', 'Go to market'], ['fundraising', 'Fundraising']]) {
        expect((await system.http.post(url('/mentor-tags'), { key, label }, manager.token)).status).toBe(201);
      }
      const before = await counts();
      expectProblem(await system.http.post(url('/mentor-tags'), { key: 'Fintech', label: 'Again' }, owner.token), 409, 'TAG_EXISTS');
      expectProblem(await system.http.post(url('/mentor-tags'), { key: 'bad key!', label: 'x' }, owner.token), 400, 'VALIDATION_FAILED');
      expectProblem(await system.http.post(url('/mentor-tags'), { key: 'legal', label: 'Legal' }, mentorA.token), 403, 'FORBIDDEN');
      expect(await counts()).toEqual(before);
      const list = await system.http.get(url('/mentor-tags'), mentorA.token);
      expect(list.body.items.map((t: any) => t.key)).toEqual(['cleantech', 'fintech', 'fundraising', 'go-to-market']);
    });

    it('creates profiles for members with the mentor role', async () => {
      const make = async (who: SignedIn, kind: string, tags: string[], capacity: number) => {
        const response = await system.http.post(url('/mentor-profiles'), { userId: who.id, kind, tags, bio: `Mentor ${kind}`, capacity }, owner.token);
        expect(response.status).toBe(201);
        return response.body.id as string;
      };
      profile.A = await make(mentorA, 'lead', ['fundraising', 'fintech'], 3);
      profile.B = await make(mentorB, 'lead', ['cleantech'], 1);
      profile.C = await make(mentorC, 'expert', ['fintech', 'go-to-market'], 3);
      profile.D = await make(mentorD, 'expert', ['go-to-market'], 1);
      profile.F = await make(mentorF, 'lead', ['fintech'], 5);
      profile.shared = await make(shared, 'lead', ['cleantech'], 2);
      expect(await audits('mentor-profile.created', profile.A)).toBe(1);
      const detail = await system.http.get(url(`/mentor-profiles/${profile.A}`), manager.token);
      expect(detail.body).toMatchObject({ kind: 'lead', tags: ['fintech', 'fundraising'], capacity: 3, activeAssignments: 0, currentRate: null, rates: [], feeTerms: [] });
    });

    it('refuses unknown tags, a member who is not a mentor, a second profile, bad capacity; nothing written', async () => {
      const before = await counts();
      const extra = await addMember(system, org.id, 'mentor');
      expectProblem(await system.http.post(url('/mentor-profiles'), { userId: extra.id, kind: 'lead', tags: ['astrology'], capacity: 2 }, owner.token), 400, 'UNKNOWN_TAG');
      expectProblem(await system.http.post(url('/mentor-profiles'), { userId: s1.founder.id, kind: 'lead', tags: [], capacity: 2 }, owner.token), 409, 'NOT_A_MENTOR');
      expectProblem(await system.http.post(url('/mentor-profiles'), { userId: mentorA.id, kind: 'lead', tags: [], capacity: 2 }, owner.token), 409, 'MENTOR_PROFILE_EXISTS');
      expectProblem(await system.http.post(url('/mentor-profiles'), { userId: extra.id, kind: 'lead', tags: [], capacity: 0 }, owner.token), 400, 'VALIDATION_FAILED');
      expectProblem(await system.http.post(url('/mentor-profiles'), { userId: other.owner.id, kind: 'lead', tags: [], capacity: 2 }, owner.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.post(url('/mentor-profiles'), { userId: extra.id, kind: 'lead', tags: [], capacity: 2 }, reviewer.token), 403, 'FORBIDDEN');
      expect(await counts()).toEqual(before);
    });

    it('a mentor reads and edits their own bio and tags, not their capacity, and never another profile', async () => {
      const mine = await system.http.get(url('/me/mentor-profile'), mentorA.token);
      expect(mine.body.id).toBe(profile.A);
      expectProblem(await system.http.get(url(`/mentor-profiles/${profile.B}`), mentorA.token), 404, 'NOT_FOUND');
      const edited = await system.http.patch(url(`/mentor-profiles/${profile.A}`), { bio: 'Ex-CFO, payments', tags: ['fintech', 'fundraising', 'go-to-market'] }, mentorA.token);
      expect(edited.status).toBe(200);
      expect(edited.body.tags).toEqual(['fintech', 'fundraising', 'go-to-market']);
      expectProblem(await system.http.patch(url(`/mentor-profiles/${profile.A}`), { capacity: 50 }, mentorA.token), 403, 'FORBIDDEN');
      expectProblem(await system.http.patch(url(`/mentor-profiles/${profile.B}`), { bio: 'mine now' }, mentorA.token), 404, 'NOT_FOUND');
      expect((await system.http.patch(url(`/mentor-profiles/${profile.A}`), { tags: ['fundraising', 'fintech'] }, manager.token)).body.tags).toEqual(['fintech', 'fundraising']);
      expect(await audits('mentor-profile.updated', profile.A)).toBe(2);
      expectProblem(await system.http.get(url('/mentor-profiles'), reviewer.token), 403, 'FORBIDDEN');
      expectProblem(await system.http.get(url('/mentor-profiles'), mentorA.token), 403, 'FORBIDDEN');
    });

    it('the shared mentor has two independent profiles; each organization sees only its own', async () => {
      expect(profile.shared).not.toBe(other.profileId);
      const here = await system.http.get(url('/me/mentor-profile'), shared.token);
      const there = await system.http.get(url('/me/mentor-profile', other.org.slug), shared.token);
      expect([here.body.id, here.body.kind, here.body.capacity]).toEqual([profile.shared, 'lead', 2]);
      expect([there.body.id, there.body.kind, there.body.capacity]).toEqual([other.profileId, 'expert', 4]);
      const list = await system.http.get(url('/mentor-profiles?limit=100'), owner.token);
      expect(list.body.items.map((p: any) => p.id)).not.toContain(other.profileId);
      expectProblem(await system.http.get(url(`/mentor-profiles/${other.profileId}`), owner.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(url(`/mentor-profiles/${profile.A}`, other.org.slug), other.owner.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(url(`/mentor-profiles/${profile.A}`), other.owner.token), 404, 'NOT_FOUND');
    });
  });

  describe('rates and fee terms', () => {
    const rate = (amountMinor: number, effectiveFrom: string, headers?: Record<string, string>, id = profile.A) => system.http.post(url(`/mentor-profiles/${id}/rates`), { rate: { amountMinor, currency: 'MNT' }, effectiveFrom }, owner.token, headers);

    it('keeps every rate, each from its date: a change from the 15th applies from the 15th', async () => {
      expect((await rate(5_000_000, '2026-11-01')).status).toBe(201);
      expect((await rate(6_000_000, '2026-11-15')).status).toBe(201);
      const detail = await system.http.get(url(`/mentor-profiles/${profile.A}`), owner.token);
      expect(detail.body.rates.map((r: any) => [r.effectiveFrom, r.effectiveTo, r.rate.amountMinor])).toEqual([
        ['2026-11-01', '2026-11-14', 5_000_000],
        ['2026-11-15', null, 6_000_000],
      ]);
      expect(detail.body.currentRate.rate).toEqual({ amountMinor: 6_000_000, currency: 'MNT' });
      const inForce = await system.db.query(
        `SELECT d::date::text AS day, (SELECT amount_minor::int FROM mentor_rates WHERE profile_id = $1 AND effective_from <= d::date ORDER BY effective_from DESC LIMIT 1) AS amount
           FROM unnest(ARRAY['2026-10-31', '2026-11-14', '2026-11-15']::date[]) d`,
        [profile.A],
      );
      expect(inForce.rows).toEqual([{ day: '2026-10-31', amount: null }, { day: '2026-11-14', amount: 5_000_000 }, { day: '2026-11-15', amount: 6_000_000 }]);
    });

    it('a second rate for the same date is 409 RATE_OVERLAPS, also when two arrive at once; nothing overwritten', async () => {
      const before = await counts();
      expectProblem(await rate(7_000_000, '2026-11-15'), 409, 'RATE_OVERLAPS');
      expectProblem(await rate(0, '2026-12-01'), 400, 'VALIDATION_FAILED');
      expectProblem(await rate(-5, '2026-12-01'), 400, 'VALIDATION_FAILED');
      expectProblem(await system.http.post(url(`/mentor-profiles/${profile.A}/rates`), { rate: { amountMinor: 1, currency: 'MNT' }, effectiveFrom: '2026-12-01' }, mentorA.token), 403, 'FORBIDDEN');
      expectProblem(await rate(1, '2026-12-01', undefined, other.profileId), 404, 'NOT_FOUND');
      expect(await counts()).toEqual(before);
      const raced = await Promise.all([rate(7_000_000, '2027-01-01'), rate(8_000_000, '2027-01-01')]);
      expect(raced.map((r) => r.status).sort()).toEqual([201, 409]);
      expect(await countRows(system, 'mentor_rates', 'profile_id = $1', [profile.A])).toBe(3);
      expect((await system.db.query(`SELECT amount_minor::int AS a FROM mentor_rates WHERE profile_id = $1 AND effective_from = '2026-11-15'`, [profile.A])).rows).toEqual([{ a: 6_000_000 }]);
    });

    it('replays a rate sent twice with one Idempotency-Key', async () => {
      const key = { 'idempotency-key': `rate-${randomBytes(4).toString('hex')}` };
      const first = await rate(4_000_000, '2026-10-01', key, profile.C);
      const again = await rate(4_000_000, '2026-10-01', key, profile.C);
      expect([first.status, again.status]).toEqual([201, 201]);
      expect(again.body.id).toBe(first.body.id);
      expect(await countRows(system, 'mentor_rates', 'profile_id = $1', [profile.C])).toBe(1);
    });

    it('success-fee terms: general and per programme, once each', async () => {
      const terms = (body: object) => system.http.post(url(`/mentor-profiles/${profile.A}/fee-terms`), body, manager.token);
      expect((await terms({ amount: { amountMinor: 100_000_000, currency: 'MNT' } })).status).toBe(201);
      expect((await terms({ amount: { amountMinor: 150_000_000, currency: 'MNT' }, programmeId })).status).toBe(201);
      const before = await counts();
      expectProblem(await terms({ amount: { amountMinor: 1, currency: 'MNT' } }), 409, 'FEE_TERMS_EXIST');
      expectProblem(await terms({ amount: { amountMinor: 1, currency: 'MNT' }, programmeId }), 409, 'FEE_TERMS_EXIST');
      expectProblem(await terms({ amount: { amountMinor: 1, currency: 'MNT' }, programmeId: '0190a000-0000-7000-8000-000000000001' }), 404, 'NOT_FOUND');
      expect(await counts()).toEqual(before);
      const detail = await system.http.get(url(`/mentor-profiles/${profile.A}`), owner.token);
      expect(detail.body.feeTerms.map((t: any) => [t.programmeId, t.amount.amountMinor])).toEqual([[null, 100_000_000], [programmeId, 150_000_000]]);
    });
  });

  describe('suggestions and assignments', () => {
    const assign = (startupId: string, body: object, by = owner) => system.http.post(url(`/startups/${startupId}/mentor-assignments`), body, by.token);

    it("ranks by overlap with the startup's sector and needs, then free capacity; founders and declared conflicts are left out", async () => {
      const needs = await put(url(`/startups/${s1.id}/mentoring-needs`), { tags: ['fundraising'] }, s1.founder.token);
      expect(needs.body.tags).toEqual(['fundraising']);
      expectProblem(await put(url(`/startups/${s1.id}/mentoring-needs`), { tags: ['astrology'] }, owner.token), 400, 'UNKNOWN_TAG');
      expectProblem(await put(url(`/startups/${s1.id}/mentoring-needs`), { tags: [] }, s2.founder.token), 404, 'NOT_FOUND');
      const ranked = await system.http.get(url(`/startups/${s1.id}/mentor-suggestions`), manager.token);
      expect(ranked.body.matchedAgainst).toEqual(['fintech', 'fundraising']);
      // A: fintech + fundraising; F (free 5) before C (free 3), both fintech; then D, shared, B (none) by free capacity.
      expect(ranked.body.items.map((s: any) => [s.mentorProfileId, s.matchedTags.length, s.freeCapacity])).toEqual([
        [profile.A, 2, 3],
        [profile.F, 1, 5],
        [profile.C, 1, 3],
        [profile.shared, 0, 2],
        ...[[profile.B, 0, 1], [profile.D, 0, 1]].sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : 1)),
      ]);
      const conflict = await system.http.post(url(`/mentor-profiles/${profile.C}/conflicts`), { startupId: s1.id, reason: 'Advises a competitor' }, mentorC.token);
      expect(conflict.status).toBe(201);
      expectProblem(await system.http.post(url(`/mentor-profiles/${profile.C}/conflicts`), { startupId: s1.id, reason: 'again' }, owner.token), 409, 'CONFLICT_EXISTS');
      expectProblem(await system.http.post(url(`/mentor-profiles/${profile.C}/conflicts`), { startupId: other.startupId, reason: 'x' }, owner.token), 404, 'NOT_FOUND');
      const after = await system.http.get(url(`/startups/${s1.id}/mentor-suggestions`), manager.token);
      expect(after.body.items.map((s: any) => s.mentorProfileId)).not.toContain(profile.C);
      const forS3 = await system.http.get(url(`/startups/${s3.id}/mentor-suggestions?needs=fintech`), manager.token);
      expect(forS3.body.items.map((s: any) => s.mentorProfileId)).not.toContain(profile.F);
      expectProblem(await system.http.get(url(`/startups/${s1.id}/mentor-suggestions`), mentorA.token), 403, 'FORBIDDEN');
      expectProblem(await system.http.get(url(`/startups/${other.startupId}/mentor-suggestions`), owner.token), 404, 'NOT_FOUND');
    });

    it('assigns a lead; refuses an expert as lead, a conflict, a founder, a second lead, an unenrolled or foreign startup; nothing written', async () => {
      const lead = await assign(s1.id, { mentorProfileId: profile.A, role: 'lead', startsOn: '2026-10-05' });
      expect(lead.status).toBe(201);
      expect(lead.body).toMatchObject({ role: 'lead', startsOn: '2026-10-05', endsOn: null, current: true, mentorProfileId: profile.A });
      const before = await counts();
      expectProblem(await assign(s2.id, { mentorProfileId: profile.C, role: 'lead', startsOn: '2026-10-05' }), 409, 'MENTOR_NOT_LEAD');
      expectProblem(await assign(s1.id, { mentorProfileId: profile.C, role: 'expert', startsOn: '2026-10-05' }), 409, 'MENTOR_CONFLICT');
      expectProblem(await assign(s3.id, { mentorProfileId: profile.F, role: 'lead', startsOn: '2026-10-05' }), 409, 'MENTOR_CONFLICT');
      expectProblem(await assign(s1.id, { mentorProfileId: profile.B, role: 'lead', startsOn: '2026-11-01' }), 409, 'LEAD_ALREADY_ASSIGNED');
      expectProblem(await assign(s1.id, { mentorProfileId: profile.A, role: 'expert', startsOn: '2026-11-01' }), 409, 'ALREADY_ASSIGNED');
      expectProblem(await assign(s4.id, { mentorProfileId: profile.B, role: 'lead', startsOn: '2026-10-05' }), 409, 'STARTUP_NOT_ENROLLED');
      expectProblem(await assign(s1.id, { mentorProfileId: profile.B, role: 'expert', startsOn: '2026-10-05', endsOn: '2026-10-01' }), 400, 'VALIDATION_FAILED');
      expectProblem(await assign(other.startupId, { mentorProfileId: profile.B, role: 'lead', startsOn: '2026-10-05' }), 404, 'NOT_FOUND');
      expectProblem(await assign(s2.id, { mentorProfileId: other.profileId, role: 'expert', startsOn: '2026-10-05' }), 404, 'NOT_FOUND');
      expectProblem(await assign(s2.id, { mentorProfileId: profile.B, role: 'lead', startsOn: '2026-10-05' }, s2.founder), 403, 'FORBIDDEN');
      expectProblem(await assign(s2.id, { mentorProfileId: profile.B, role: 'lead', startsOn: '2026-10-05' }, reviewer), 403, 'FORBIDDEN');
      expect(await counts()).toEqual(before);
    });

    it('two leads for one startup at once: one is assigned', async () => {
      const raced = await Promise.all([
        assign(s2.id, { mentorProfileId: profile.B, role: 'lead', startsOn: '2026-10-05' }),
        assign(s2.id, { mentorProfileId: profile.shared, role: 'lead', startsOn: '2026-10-10' }, manager),
      ]);
      expect(raced.map((r) => r.status).sort()).toEqual([201, 409]);
      expect(raced.find((r) => r.status === 409)!.body.code).toBe('LEAD_ALREADY_ASSIGNED');
      expect(await countRows(system, 'mentor_assignments', `startup_id = $1 AND role = 'lead'`, [s2.id])).toBe(1);
    });

    it('respects capacity over time: 409 MENTOR_AT_CAPACITY while full, free again after the end', async () => {
      const first = await assign(s1.id, { mentorProfileId: profile.D, role: 'expert', startsOn: '2026-10-05' });
      expect(first.status).toBe(201);
      const before = await counts();
      expectProblem(await assign(s2.id, { mentorProfileId: profile.D, role: 'expert', startsOn: '2027-01-01' }), 409, 'MENTOR_AT_CAPACITY');
      expect(await counts()).toEqual(before);
      const ended = await system.http.patch(url(`/mentor-assignments/${first.body.id}`), { endsOn: '2026-12-31' }, manager.token);
      expect(ended.body.endsOn).toBe('2026-12-31');
      expect(await audits('mentor-assignment.ended', s1.id)).toBe(1);
      expect((await assign(s2.id, { mentorProfileId: profile.D, role: 'expert', startsOn: '2027-01-01' })).status).toBe(201);
      expectProblem(await system.http.patch(url(`/mentor-assignments/${first.body.id}`), { endsOn: '2027-02-01' }, manager.token), 409, 'MENTOR_AT_CAPACITY');
      expectProblem(await system.http.patch(url(`/mentor-assignments/${first.body.id}`), { endsOn: '2026-10-01' }, manager.token), 400, 'VALIDATION_FAILED');
    });

    it("mentors see their startups and those startups' timelines; founders see their startup's mentors", async () => {
      const mine = await system.http.get(url('/me/mentor-assignments'), mentorA.token);
      expect(mine.body.items.map((a: any) => [a.startupId, a.role, a.current])).toEqual([[s1.id, 'lead', true]]);
      const timeline = await system.http.get(url(`/me/mentored-startups/${s1.id}/timeline`), mentorA.token);
      expect(timeline.status).toBe(200);
      expect(timeline.body.startup.id).toBe(s1.id);
      expect(timeline.body.enrolments).toHaveLength(1);
      expectProblem(await system.http.get(url(`/me/mentored-startups/${s2.id}/timeline`), mentorA.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(url(`/startups/${s1.id}/timeline`), mentorA.token), 403, 'FORBIDDEN');
      const forFounder = await system.http.get(url(`/startups/${s1.id}/mentor-assignments`), s1.founder.token);
      expect(forFounder.body.items.map((a: any) => a.mentorProfileId).sort()).toEqual([profile.A, profile.D].sort());
      expectProblem(await system.http.get(url(`/startups/${s1.id}/mentor-assignments`), s2.founder.token), 404, 'NOT_FOUND');
    });
  });

  describe('sessions', () => {
    const log = (body: object, by = mentorA) => system.http.post(url('/mentor-sessions'), body, by.token);
    const valid = () => ({ startupId: s1.id, sessionOn: '2026-11-18', minutes: 90, topic: 'Pricing for the pilot', notes: 'Two price points.', attendeeUserIds: [s1.founder.id] });
    const ids: Record<string, string> = {};

    it('a mentor logs a session for an assigned startup', async () => {
      const logged = await log(valid());
      expect(logged.status).toBe(201);
      expect(logged.body).toMatchObject({ status: 'logged', minutes: 90, approvedMinutes: null, startupId: s1.id, programmeId, editable: true, locked: false, attendeeUserIds: [s1.founder.id] });
      ids.first = logged.body.id;
      expect(await audits('mentor-session.logged', ids.first)).toBe(1);
    });

    it('refuses zero, negative and over-12-hour minutes, a future day, a day outside the assignment, an unassigned startup, strangers as attendees; nothing written', async () => {
      const before = await counts();
      expectProblem(await log({ ...valid(), minutes: 0 }), 400, 'VALIDATION_FAILED');
      expectProblem(await log({ ...valid(), minutes: -30 }), 400, 'VALIDATION_FAILED');
      expectProblem(await log({ ...valid(), minutes: 721 }), 400, 'SESSION_TOO_LONG');
      expectProblem(await log({ ...valid(), sessionOn: '2026-11-21' }), 400, 'SESSION_IN_FUTURE');
      expectProblem(await log({ ...valid(), sessionOn: '2026-10-04' }), 409, 'SESSION_OUTSIDE_ASSIGNMENT');
      expectProblem(await log({ ...valid(), startupId: s2.id }), 409, 'MENTOR_NOT_ASSIGNED');
      expectProblem(await log({ ...valid(), startupId: other.startupId }), 409, 'MENTOR_NOT_ASSIGNED');
      expectProblem(await log(valid(), mentorC), 409, 'MENTOR_NOT_ASSIGNED');
      expectProblem(await log({ ...valid(), attendeeUserIds: [s2.founder.id] }), 400, 'ATTENDEE_NOT_FOUNDER');
      expectProblem(await log(valid(), owner), 403, 'FORBIDDEN');
      expectProblem(await log(valid(), s1.founder), 403, 'FORBIDDEN');
      expect(await counts()).toEqual(before);
    });

    it("'today' is the organization's: at 01:00 on the 21st in Ulaanbaatar (17:00 UTC on the 20th) the 21st may be logged", async () => {
      clock.set('2026-11-20T17:00:00Z');
      try {
        const logged = await log({ ...valid(), sessionOn: '2026-11-21', minutes: 30 });
        expect(logged.status).toBe(201);
        ids.late = logged.body.id;
        expectProblem(await log({ ...valid(), sessionOn: '2026-11-22' }), 400, 'SESSION_IN_FUTURE');
      } finally {
        clock.set('2026-11-20T04:00:00Z');
      }
    });

    it('founders of the startup see and confirm or dispute; others see nothing; founders and mentors never approve', async () => {
      ids.second = (await log({ ...valid(), sessionOn: '2026-11-10', minutes: 60 })).body.id;
      ids.third = (await log({ ...valid(), sessionOn: '2026-11-12', minutes: 45 })).body.id;
      const seen = await system.http.get(url(`/mentor-sessions?startupId=${s1.id}`), s1.founder.token);
      expect(seen.body.items.map((s: any) => s.id)).toEqual(expect.arrayContaining([ids.first, ids.second, ids.third]));
      expect((await system.http.get(url('/mentor-sessions'), s2.founder.token)).body.items).toEqual([]);
      expectProblem(await system.http.get(url(`/mentor-sessions/${ids.first}`), s2.founder.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.post(url(`/mentor-sessions/${ids.first}/confirm`), {}, s2.founder.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(url(`/mentor-sessions/${ids.first}`), mentorB.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(url('/mentor-sessions'), reviewer.token), 403, 'FORBIDDEN');
      expectProblem(await system.http.post(url(`/mentor-sessions/${ids.first}/approve`), {}, s1.founder.token), 403, 'FORBIDDEN');
      expectProblem(await system.http.post(url(`/mentor-sessions/${ids.first}/approve`), {}, mentorA.token), 403, 'FORBIDDEN');
      expectProblem(await system.http.post(url(`/mentor-sessions/${ids.first}/confirm`), {}, owner.token), 403, 'FORBIDDEN');

      const confirmed = await system.http.post(url(`/mentor-sessions/${ids.first}/confirm`), {}, s1.founder.token);
      expect(confirmed.body.status).toBe('confirmed');
      expectProblem(await system.http.post(url(`/mentor-sessions/${ids.first}/dispute`), { reason: 'changed my mind' }, s1.founder.token), 409, 'SESSION_TRANSITION_NOT_ALLOWED');
      expectProblem(await system.http.post(url(`/mentor-sessions/${ids.second}/dispute`), {}, s1.founder.token), 400, 'VALIDATION_FAILED');
      const disputed = await system.http.post(url(`/mentor-sessions/${ids.second}/dispute`), { reason: 'We met for 30 minutes.' }, s1.founder.token);
      expect(disputed.body).toMatchObject({ status: 'disputed', disputeReason: 'We met for 30 minutes.' });
      expect(await audits('mentor-session.disputed', ids.second)).toBe(1);
    });

    it('the mentor edits a logged session only: not an answered one, not another mentor\'s, not a locked one', async () => {
      const edited = await system.http.patch(url(`/mentor-sessions/${ids.third}`), { minutes: 50, topic: 'Pricing, second round' }, mentorA.token);
      expect(edited.body).toMatchObject({ minutes: 50, topic: 'Pricing, second round', status: 'logged' });
      expectProblem(await system.http.patch(url(`/mentor-sessions/${ids.third}`), { minutes: 800 }, mentorA.token), 400, 'SESSION_TOO_LONG');
      expectProblem(await system.http.patch(url(`/mentor-sessions/${ids.third}`), { sessionOn: '2026-10-01' }, mentorA.token), 409, 'SESSION_OUTSIDE_ASSIGNMENT');
      expectProblem(await system.http.patch(url(`/mentor-sessions/${ids.first}`), { minutes: 10 }, mentorA.token), 409, 'SESSION_NOT_EDITABLE');
      expectProblem(await system.http.patch(url(`/mentor-sessions/${ids.third}`), { minutes: 10 }, mentorD.token), 404, 'NOT_FOUND');
      // The statement engineer's lock: the month's statement was issued.
      await system.db.query(`UPDATE mentor_sessions SET locked_at = now() WHERE id = $1`, [ids.third]);
      expectProblem(await system.http.patch(url(`/mentor-sessions/${ids.third}`), { minutes: 10 }, mentorA.token), 409, 'SESSION_LOCKED');
      expect((await system.db.query(`SELECT minutes FROM mentor_sessions WHERE id = $1`, [ids.third])).rows[0].minutes).toBe(50);
      expect((await system.http.get(url(`/mentor-sessions/${ids.third}`), mentorA.token)).body).toMatchObject({ locked: true, editable: false });
    });

    it('two approvals at once make one', async () => {
      const raced = await Promise.all([
        system.http.post(url(`/mentor-sessions/${ids.first}/approve`), {}, owner.token),
        system.http.post(url(`/mentor-sessions/${ids.first}/approve`), { approvedMinutes: 60 }, manager.token),
      ]);
      expect(raced.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(raced.find((r) => r.status === 409)!.body.code).toBe('SESSION_TRANSITION_NOT_ALLOWED');
      expect(await audits('mentor-session.approved', ids.first)).toBe(1);
      const row = (await system.db.query(`SELECT status, approved_minutes FROM mentor_sessions WHERE id = $1`, [ids.first])).rows[0];
      expect(row.status).toBe('approved');
      expect([90, 60]).toContain(row.approved_minutes);
    });

    it('staff approve a disputed session with fewer minutes, reject only with a reason, and never change a decided or paid one', async () => {
      expectProblem(await system.http.post(url(`/mentor-sessions/${ids.second}/approve`), { approvedMinutes: 61 }, owner.token), 400, 'APPROVED_MINUTES_TOO_MANY');
      const approved = await system.http.post(url(`/mentor-sessions/${ids.second}/approve`), { approvedMinutes: 30, comment: 'Agreed with the founder: 30 minutes.' }, owner.token);
      expect(approved.body).toMatchObject({ status: 'approved', minutes: 60, approvedMinutes: 30 });
      expectProblem(await system.http.post(url(`/mentor-sessions/${ids.late}/reject`), {}, owner.token), 400, 'VALIDATION_FAILED');
      const rejected = await system.http.post(url(`/mentor-sessions/${ids.late}/reject`), { reason: 'Logged twice.' }, manager.token);
      expect(rejected.body).toMatchObject({ status: 'rejected', reviewComment: 'Logged twice.' });
      expectProblem(await system.http.post(url(`/mentor-sessions/${ids.late}/approve`), {}, owner.token), 409, 'SESSION_TRANSITION_NOT_ALLOWED');
      expectProblem(await system.http.post(url(`/mentor-sessions/${ids.late}/confirm`), {}, s1.founder.token), 409, 'SESSION_TRANSITION_NOT_ALLOWED');
      // A logged session may be approved straight away, unless a statement paid it already.
      await system.db.query(`UPDATE mentor_sessions SET locked_statement_id = gen_random_uuid() WHERE id = $1`, [ids.third]);
      expectProblem(await system.http.post(url(`/mentor-sessions/${ids.third}/approve`), {}, owner.token), 409, 'SESSION_LOCKED');
      expect((await system.db.query(`SELECT status FROM mentor_sessions WHERE id = $1`, [ids.third])).rows[0].status).toBe('logged');
    });

    it('an assignment does not end before its sessions', async () => {
      const assignment = (await system.http.get(url('/me/mentor-assignments'), mentorA.token)).body.items[0];
      expectProblem(await system.http.patch(url(`/mentor-assignments/${assignment.id}`), { endsOn: '2026-11-15' }, owner.token), 409, 'SESSIONS_AFTER_END');
    });

    it('other organizations see none of it', async () => {
      expectProblem(await system.http.get(url(`/mentor-sessions/${ids.first}`, other.org.slug), other.owner.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.post(url(`/mentor-sessions/${ids.first}/approve`, other.org.slug), {}, other.owner.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(url(`/mentor-sessions/${ids.first}`), other.owner.token), 404, 'NOT_FOUND');
      expect((await system.http.get(url('/mentor-sessions', other.org.slug), other.owner.token)).body.items).toEqual([]);
      expect((await system.http.get(url('/me/mentor-assignments', other.org.slug), shared.token)).body.items).toEqual([]);
    });

    it('counts approved hours per month by mentor, startup and programme', async () => {
      const hours = (groupBy: string, by = owner) => system.http.get(url(`/mentor-hours?groupBy=${groupBy}&from=2026-10-01&to=2026-11-30`), by.token);
      const first = (await system.db.query(`SELECT approved_minutes FROM mentor_sessions WHERE id = $1`, [ids.first])).rows[0].approved_minutes as number;
      const byMentor = await hours('mentor');
      expect(byMentor.body.rows).toEqual([{ month: '2026-11', id: profile.A, name: expect.any(String), minutes: first + 30, sessions: 2 }]);
      expect((await hours('startup')).body.rows).toEqual([{ month: '2026-11', id: s1.id, name: expect.stringMatching(/^Startup /), minutes: first + 30, sessions: 2 }]);
      expect((await hours('programme')).body.rows).toEqual([{ month: '2026-11', id: programmeId, name: expect.stringMatching(/^Socratus Incubation/), minutes: first + 30, sessions: 2 }]);
      expectProblem(await hours('mentor', reviewer), 403, 'FORBIDDEN');
      expectProblem(await hours('mentor', mentorA), 403, 'FORBIDDEN');
      expectProblem(await hours('everyone'), 400, 'VALIDATION_FAILED');
    });
  });
});
