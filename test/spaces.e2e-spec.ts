import { randomBytes } from 'node:crypto';
import type { Job } from 'bullmq';
import { EventBus, JobDispatcher, Tenancy } from '@hatchery/core';
import { LeasesService } from '@hatchery/spaces';
import { cohorts, enrol, startups } from './factories/cohorts';
import { addMember, organizations } from './factories/organizations';
import { programmes } from './factories/programmes';
import { SignedIn, users } from './factories/users';
import { TestClock } from './support/clock';
import { Response } from './support/http';
import { countRows, startSystem, System } from './support/system';
import { until } from './support/wait';

/**
 * Spaces on the real stack (api + worker): sites, spaces and their market rates, rent plans and
 * their terms, a programme's plans, leases (an exclusive space never twice on a day, desks never
 * over capacity: both raced), the notice rule, graduation moving a lease to the post-incubation
 * plan once, a failed startup's leases ending after the notice, occupancy; tenancy and roles.
 * The organization is in Europe/London; today is 2026-03-10.
 */
describe('spaces: sites, spaces, rent plans, leases', () => {
  let system: System;
  const clock = new TestClock('2026-03-10T09:00:00Z');
  jest.setTimeout(60_000);

  let owner: SignedIn;
  let manager: SignedIn;
  let reviewer: SignedIn;
  let mentor: SignedIn;
  let org: { id: string; slug: string };
  let other: { owner: SignedIn; org: { id: string; slug: string }; spaceId: string; planId: string; startupId: string };
  let s1: { id: string; founder: SignedIn };
  let s2: { id: string; founder: SignedIn };
  let s3: { id: string; founder: SignedIn };
  let programmeId: string;
  let site: { id: string };
  let office: { id: string };
  let office2: { id: string };
  let deskArea: { id: string };
  let free: { id: string };
  let post: { id: string };

  const url = (path: string, slug = org.slug) => `/api/v1/organizations/${slug}${path}`;
  const expectProblem = (response: Response, status: number, code: string) => {
    expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  };
  const tables = ['sites', 'spaces', 'space_rates', 'rent_plans', 'rent_plan_terms', 'programme_rent_plans', 'leases'];
  const counts = () => Promise.all(tables.map((t) => countRows(system, t)));
  const post201 = async (path: string, body: object, by = owner) => {
    const response = await system.http.post(url(path), body, by.token);
    if (response.status !== 201) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const lease = (body: Record<string, unknown>, by = owner, headers?: Record<string, string>) => system.http.post(url('/leases'), body, by.token, headers);
  const inWorker = <T>(work: (leases: LeasesService) => Promise<T>) => system.worker!.get(Tenancy).runInOrganization(org.id, () => work(system.worker!.get(LeasesService)));
  const publishOutcome = (startupId: string, status: string, on: string) =>
    system.worker!.get(Tenancy).runInOrganization(org.id, () => system.worker!.get(EventBus).publish('startup.outcome-changed', org.id, { startupId, status: status as any, previousStatus: 'incubating' as any, reason: 'Review', on }));

  beforeAll(async () => {
    system = await startSystem({ worker: true, env: { CLOCK_FILE: clock.file } });
    owner = await users.create(system);
    org = await organizations.create(system, owner, { timezone: 'Europe/London', defaultCurrency: 'GBP' });
    [manager, reviewer, mentor] = await Promise.all([addMember(system, org.id, 'manager'), addMember(system, org.id, 'reviewer'), addMember(system, org.id, 'mentor')]);
    const programme = await programmes.create(system, owner, org.slug, { name: `IT Park incubation ${randomBytes(3).toString('hex')}` });
    programmeId = programme.id;
    const cohort = await cohorts.create(system, owner, org.slug, { programmeId, startsOn: '2026-01-05' });
    [s1, s2, s3] = [await startups.create(system, owner, org), await startups.create(system, owner, org), await startups.create(system, owner, org)];
    await enrol(system, owner, org.slug, cohort.id, [s1.id, s2.id, s3.id]);

    const otherOwner = await users.create(system);
    const otherOrg = await organizations.create(system, otherOwner);
    const otherSite = (await system.http.post(url('/sites', otherOrg.slug), { name: 'Elsewhere' }, otherOwner.token)).body;
    const otherSpace = (await system.http.post(url('/spaces', otherOrg.slug), { siteId: otherSite.id, name: 'Theirs', kind: 'office', areaM2: 10, capacity: 2 }, otherOwner.token)).body;
    const otherPlan = (await system.http.post(url('/rent-plans', otherOrg.slug), { name: 'Theirs', kind: 'free', noticeDays: 0, terms: { effectiveFrom: '2026-01-01' } }, otherOwner.token)).body;
    const otherStartup = await startups.create(system, otherOwner, otherOrg);
    other = { owner: otherOwner, org: otherOrg, spaceId: otherSpace.id, planId: otherPlan.id, startupId: otherStartup.id };
  });
  afterAll(async () => {
    await system?.close();
    clock.remove();
  });

  describe('sites, spaces, rates, plans', () => {
    it('a site takes the organization timezone; spaces of every kind; exclusive follows the kind', async () => {
      site = await post201('/sites', { name: 'IT Park, floor 2', address: 'Chinggis Avenue 15' });
      expect(site).toMatchObject({ name: 'IT Park, floor 2', timezone: 'Europe/London' });
      office = await post201('/spaces', { siteId: site.id, name: 'Room 201', kind: 'office', areaM2: 20.5, capacity: 4 });
      office2 = await post201('/spaces', { siteId: site.id, name: 'Room 202', kind: 'incubation_room', areaM2: 30, capacity: 6 }, manager);
      deskArea = await post201('/spaces', { siteId: site.id, name: 'Open space', kind: 'desk_area', areaM2: 100, capacity: 10 });
      expect(office).toMatchObject({ kind: 'office', areaM2: '20.50', capacity: 4, exclusive: true, rates: [] });
      expect(deskArea).toMatchObject({ kind: 'desk_area', areaM2: '100.00', exclusive: false });
    });

    it('market rates are effective-dated: one per space and date (409 RATE_EXISTS); a negative rate is 400; nothing written', async () => {
      await post201(`/spaces/${office.id}/rates`, { effectiveFrom: '2026-01-01', basis: 'per_month', amount: { amountMinor: 100_000, currency: 'GBP' } });
      const space = await post201(`/spaces/${office.id}/rates`, { effectiveFrom: '2026-07-01', basis: 'per_m2_month', amount: { amountMinor: 6_000, currency: 'GBP' } });
      expect(space.rates.map((r: any) => [r.effectiveFrom, r.basis, r.amount.amountMinor])).toEqual([['2026-01-01', 'per_month', 100_000], ['2026-07-01', 'per_m2_month', 6_000]]);
      const before = await counts();
      expectProblem(await system.http.post(url(`/spaces/${office.id}/rates`), { effectiveFrom: '2026-07-01', basis: 'per_month', amount: { amountMinor: 1, currency: 'GBP' } }, owner.token), 409, 'RATE_EXISTS');
      expectProblem(await system.http.post(url(`/spaces/${office.id}/rates`), { effectiveFrom: '2026-08-01', basis: 'per_month', amount: { amountMinor: 1, currency: 'EUR' } }, owner.token), 409, 'RATE_CURRENCY_CHANGED');
      expectProblem(await system.http.post(url(`/spaces/${office.id}/rates`), { effectiveFrom: '2026-08-01', basis: 'per_month', amount: { amountMinor: -1, currency: 'GBP' } }, owner.token), 400, 'VALIDATION_FAILED');
      expectProblem(await system.http.post(url(`/spaces/${office.id}/rates`), { effectiveFrom: '2026-02-30', basis: 'per_month', amount: { amountMinor: 1, currency: 'GBP' } }, owner.token), 400, 'VALIDATION_FAILED');
      expectProblem(await system.http.post(url('/spaces'), { siteId: site.id, name: 'Bad', kind: 'office', areaM2: 0, capacity: 1 }, owner.token), 400, 'VALIDATION_FAILED');
      expect(await counts()).toEqual(before);
      // A rate readable by date in SQL (what the invoice run will do).
      const { rows } = await system.db.query(`SELECT amount_minor FROM space_rates WHERE space_id = $1 AND effective_from <= $2 ORDER BY effective_from DESC LIMIT 1`, [office.id, '2026-06-30']);
      expect(rows[0].amount_minor).toBe('100000');
    });

    it('rent plans: terms carry what the kind needs; effective-dated (409 TERMS_EXIST); a programme names its plans', async () => {
      free = await post201('/rent-plans', { name: 'Incubation (free)', kind: 'free', noticeDays: 30, terms: { effectiveFrom: '2026-01-01' } });
      post = await post201('/rent-plans', { name: 'Post-incubation', kind: 'share_of_market', noticeDays: 60, terms: { effectiveFrom: '2026-01-01', shareBps: 6000 } });
      const fixed = await post201('/rent-plans', { name: 'Fixed', kind: 'fixed', noticeDays: 0, terms: { effectiveFrom: '2026-01-01', amount: { amountMinor: 50_000, currency: 'GBP' } } });
      const plan = await post201(`/rent-plans/${post.id}/terms`, { effectiveFrom: '2026-09-01', shareBps: 7500 });
      expect(plan.terms.map((t: any) => [t.effectiveFrom, t.shareBps])).toEqual([['2026-01-01', 6000], ['2026-09-01', 7500]]);
      expect(fixed.terms[0].amount).toEqual({ amountMinor: 50_000, currency: 'GBP' });
      const before = await counts();
      expectProblem(await system.http.post(url(`/rent-plans/${post.id}/terms`), { effectiveFrom: '2026-09-01', shareBps: 1 }, owner.token), 409, 'TERMS_EXIST');
      expectProblem(await system.http.post(url(`/rent-plans/${fixed.id}/terms`), { effectiveFrom: '2026-09-01', amount: { amountMinor: 1, currency: 'EUR' } }, owner.token), 409, 'TERMS_CURRENCY_CHANGED');
      expectProblem(await system.http.post(url(`/rent-plans/${post.id}/terms`), { effectiveFrom: '2026-10-01', amount: { amountMinor: 1, currency: 'GBP' } }, owner.token), 400, 'VALIDATION_FAILED');
      expectProblem(await system.http.post(url('/rent-plans'), { name: 'x', kind: 'fixed', noticeDays: 0, terms: { effectiveFrom: '2026-01-01' } }, owner.token), 400, 'VALIDATION_FAILED');
      expectProblem(await system.http.post(url('/rent-plans'), { name: 'x', kind: 'share_of_market', noticeDays: -1, terms: { effectiveFrom: '2026-01-01', shareBps: 100 } }, owner.token), 400, 'VALIDATION_FAILED');
      expect(await counts()).toEqual(before);

      const set = await system.http.request('PUT', url(`/programmes/${programmeId}/rent-plans`), { body: { incubationPlanId: free.id, postIncubationPlanId: post.id }, token: owner.token });
      expect(set.status).toBe(200);
      expect((await system.http.get(url(`/programmes/${programmeId}/rent-plans`), manager.token)).body).toEqual({ programmeId, incubationPlanId: free.id, postIncubationPlanId: post.id });
      expectProblem(await system.http.request('PUT', url(`/programmes/${programmeId}/rent-plans`), { body: { incubationPlanId: other.planId, postIncubationPlanId: null }, token: owner.token }), 404, 'NOT_FOUND');
      expect(await countRows(system, 'audit_entries', `action = 'programme.rent-plans-set' AND entity_id = $1`, [programmeId])).toBe(1);
    });
  });

  describe('leases', () => {
    it('two requests for overlapping leases of an exclusive space at once: one 201, one 409 SPACE_ALREADY_LEASED', async () => {
      const before = await countRows(system, 'leases');
      const [a, b] = await Promise.all([
        lease({ startupId: s1.id, spaceId: office.id, planId: free.id, startsOn: '2026-02-01' }),
        lease({ startupId: s2.id, spaceId: office.id, planId: free.id, startsOn: '2026-06-01', endsOn: '2026-08-31' }, manager),
      ]);
      expect([a.status, b.status].sort()).toEqual([201, 409]);
      expectProblem([a, b].find((r) => r.status === 409)!, 409, 'SPACE_ALREADY_LEASED');
      expect(await countRows(system, 'leases')).toBe(before + 1);
      if (b.status === 201) {
        // s2 won the race: make the state the rest of the suite expects.
        await system.db.query(`DELETE FROM leases WHERE id = $1`, [b.body.id]);
        expect((await lease({ startupId: s1.id, spaceId: office.id, planId: free.id, startsOn: '2026-02-01' })).status).toBe(201);
      }
      // Back to back is fine: the day after a lease ends.
      const r = await lease({ startupId: s2.id, spaceId: office2.id, planId: free.id, startsOn: '2026-02-01', endsOn: '2026-03-31' });
      expect(r.status).toBe(201);
      expect((await lease({ startupId: s3.id, spaceId: office2.id, planId: free.id, startsOn: '2026-04-01', endsOn: '2026-04-30' })).status).toBe(201);
      expectProblem(await lease({ startupId: s3.id, spaceId: office2.id, planId: free.id, startsOn: '2026-03-31', endsOn: '2026-03-31' }), 409, 'SPACE_ALREADY_LEASED');
    });

    it('desks never exceed capacity on any day: concurrent requests for the last desks, one wins (409 DESKS_OVER_CAPACITY)', async () => {
      expect((await lease({ startupId: s2.id, spaceId: deskArea.id, planId: free.id, startsOn: '2026-03-01', endsOn: '2026-03-31', desks: 6 })).status).toBe(201);
      // Another 4 later in the month: on 2026-03-20 that makes 10 of 10.
      const before = await countRows(system, 'leases');
      const results = await Promise.all([
        lease({ startupId: s3.id, spaceId: deskArea.id, planId: free.id, startsOn: '2026-03-20', desks: 4 }),
        lease({ startupId: s1.id, spaceId: deskArea.id, planId: free.id, startsOn: '2026-03-25', endsOn: '2026-04-10', desks: 3 }, manager),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      expectProblem(results.find((r) => r.status === 409)!, 409, 'DESKS_OVER_CAPACITY');
      expect(await countRows(system, 'leases')).toBe(before + 1);
      const { rows } = await system.db.query(`SELECT d::date, (SELECT sum(desks) FROM leases l WHERE l.space_id = $1 AND l.starts_on <= d AND (l.ends_on IS NULL OR l.ends_on >= d))::int AS taken FROM generate_series('2026-03-01'::date, '2026-04-30', '1 day') d`, [deskArea.id]);
      expect(Math.max(...rows.map((r) => r.taken ?? 0))).toBeLessThanOrEqual(10);
      // A desk area needs desks; an office refuses them; dates backwards: 400; nothing written.
      const n = await counts();
      expectProblem(await lease({ startupId: s3.id, spaceId: deskArea.id, planId: free.id, startsOn: '2026-05-01' }), 400, 'VALIDATION_FAILED');
      expectProblem(await lease({ startupId: s3.id, spaceId: office.id, planId: free.id, startsOn: '2030-05-01', desks: 1 }), 400, 'VALIDATION_FAILED');
      expectProblem(await lease({ startupId: s3.id, spaceId: office2.id, planId: free.id, startsOn: '2027-05-01', endsOn: '2027-04-30' }), 400, 'VALIDATION_FAILED');
      expect(await counts()).toEqual(n);
    });

    it('moving an end later re-checks: desks over capacity (409 DESKS_OVER_CAPACITY), an exclusive space leased after (409 SPACE_ALREADY_LEASED)', async () => {
      const june = (await lease({ startupId: s2.id, spaceId: deskArea.id, planId: free.id, startsOn: '2026-06-01', endsOn: '2026-06-30', desks: 6 })).body;
      expect((await lease({ startupId: s2.id, spaceId: deskArea.id, planId: free.id, startsOn: '2026-07-01', endsOn: '2026-07-31', desks: 6 })).status).toBe(201);
      const before = await counts();
      expectProblem(await system.http.patch(url(`/leases/${june.id}`), { endsOn: '2026-07-15' }, owner.token), 409, 'DESKS_OVER_CAPACITY');
      const march = (await system.http.get(url(`/leases?spaceId=${office2.id}&activeOn=2026-03-15`), owner.token)).body.items[0];
      expect(march).toMatchObject({ startupId: s2.id, endsOn: '2026-03-31' });
      expectProblem(await system.http.patch(url(`/leases/${march.id}`), { endsOn: '2026-04-02' }, owner.token), 409, 'SPACE_ALREADY_LEASED');
      expect(await counts()).toEqual(before);
      expect((await system.db.query(`SELECT ends_on::text FROM leases WHERE id = $1`, [june.id])).rows[0].ends_on).toBe('2026-06-30');
    });

    it('Idempotency-Key replays a lease creation', async () => {
      const body = { startupId: s3.id, spaceId: office2.id, planId: free.id, startsOn: '2027-01-01', endsOn: '2027-01-31' };
      const key = { 'Idempotency-Key': `lease-${randomBytes(4).toString('hex')}` };
      const first = await lease(body, owner, key);
      const again = await lease(body, owner, key);
      expect(first.status).toBe(201);
      expect(again.body.id).toBe(first.body.id);
      expect(await countRows(system, 'leases', 'space_id = $1 AND starts_on = $2', [office2.id, '2027-01-01'])).toBe(1);
    });

    it('ending: earlier than today + notice needs a reason (409 NOTICE_REQUIRED); with one it is recorded; before the start is 400', async () => {
      const l = (await lease({ startupId: s3.id, spaceId: office2.id, planId: free.id, startsOn: '2027-03-01' })).body;
      const patch = (body: object, by = owner) => system.http.patch(url(`/leases/${l.id}`), body, by.token);
      const refused = await patch({ endsOn: '2027-03-31' }); // notice 30 days from 2026-03-10 is fine
      expect(refused.status).toBe(200);
      const short = await system.http.post(url('/leases'), { startupId: s1.id, spaceId: deskArea.id, planId: free.id, startsOn: '2026-01-01', endsOn: '2026-03-15', desks: 1 }, owner.token);
      expect(short.status).toBe(201);
      const early = await system.http.patch(url(`/leases/${short.body.id}`), { endsOn: '2026-03-12' }, owner.token);
      expectProblem(early, 409, 'NOTICE_REQUIRED');
      expect(early.body.earliestEndsOn).toBe('2026-04-09');
      const ok = await system.http.patch(url(`/leases/${short.body.id}`), { endsOn: '2026-03-12', reason: 'Moved out by agreement' }, manager.token);
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ endsOn: '2026-03-12', endReason: 'Moved out by agreement' });
      expectProblem(await patch({ endsOn: '2027-02-28', reason: 'x backwards' }), 400, 'VALIDATION_FAILED');
      expectProblem(await patch({ endsOn: '2027-04-30' }, s3.founder), 403, 'FORBIDDEN');
      expect(await countRows(system, 'audit_entries', `action = 'lease.end-set' AND entity_id = $1`, [short.body.id])).toBe(1);
    });

    it('occupancy on a date: area and desks leased over available, per site and in total', async () => {
      const response = await system.http.get(url('/occupancy?asOf=2026-03-21'), manager.token);
      expect(response.status).toBe(200);
      // Room 201 (s1, open-ended) and Room 202 (s2 until 03-31) leased; desks: 6 (s2) + 4 or 3 (the race winner).
      const winner = Number((await system.db.query(`SELECT coalesce(sum(desks), 0)::int AS n FROM leases WHERE space_id = $1 AND starts_on BETWEEN '2026-03-20' AND '2026-03-21'`, [deskArea.id])).rows[0].n);
      const desks = 6 + winner;
      const expected = { areaM2: '150.50', leasedAreaM2: (20.5 + 30 + (100 * desks) / 10).toFixed(2), desks: 10, leasedDesks: desks, spaces: 3, leasedSpaces: 2 };
      expect(response.body.sites).toEqual([{ siteId: site.id, siteName: 'IT Park, floor 2', ...expected }]);
      expect(response.body.total).toEqual(expected);
      expectProblem(await system.http.get(url('/occupancy?asOf=2026-13-01'), owner.token), 400, 'VALIDATION_FAILED');
    });

    it('graduation moves the incubation lease to the post-incubation plan from the date, once (event delivered twice)', async () => {
      const eventId = await publishOutcome(s1.id, 'graduated_successful', '2026-03-16');
      await until('the delivery', async () => (await countRows(system, 'event_deliveries', `subscriber = 'spaces.leases-follow-outcome' AND event_id = $1`, [eventId])) === 1);
      // The same delivery job again, twice at once (a redelivered job), and the same outcome published again.
      const delivery = (await system.db.query(`SELECT job_id, payload FROM outbox_messages WHERE job_id = $1`, [`event.deliver.${eventId}.spaces.leases-follow-outcome`])).rows[0];
      expect(delivery).toBeDefined();
      const again = { id: `${delivery.job_id}-again`, name: 'event.deliver', data: delivery.payload, attemptsMade: 0 } as Job;
      await Promise.all([system.worker!.get(JobDispatcher).dispatch(again), system.worker!.get(JobDispatcher).dispatch(again)]);
      expect(await countRows(system, 'event_deliveries', `subscriber = 'spaces.leases-follow-outcome' AND event_id = $1`, [eventId])).toBe(1);
      const second = await publishOutcome(s1.id, 'graduated_successful', '2026-03-16');
      await until('the second delivery', async () => (await countRows(system, 'event_deliveries', `subscriber = 'spaces.leases-follow-outcome' AND event_id = $1`, [second])) === 1);
      const { rows } = await system.db.query(`SELECT space_id, plan_id, starts_on::text, ends_on::text, continues_lease_id, desks FROM leases WHERE startup_id = $1 AND space_id = $2 ORDER BY starts_on`, [s1.id, office.id]);
      expect(rows).toEqual([
        { space_id: office.id, plan_id: free.id, starts_on: '2026-02-01', ends_on: '2026-03-15', continues_lease_id: null, desks: null },
        { space_id: office.id, plan_id: post.id, starts_on: '2026-03-16', ends_on: null, continues_lease_id: expect.any(String), desks: null },
      ]);
      expect(await inWorker((l) => l.graduated(s1.id, '2026-03-16'))).toBe(0);
      expect(await countRows(system, 'leases', 'startup_id = $1 AND space_id = $2', [s1.id, office.id])).toBe(2);
      // The desk lease that ended before graduation is left alone; none of s1's leases runs on the incubation plan after it.
      expect(await countRows(system, 'leases', `startup_id = $1 AND space_id = $2 AND ends_on = '2026-03-12' AND plan_id = $3`, [s1.id, deskArea.id, free.id])).toBe(1);
      expect(await countRows(system, 'leases', `startup_id = $1 AND plan_id = $2 AND (ends_on IS NULL OR ends_on >= '2026-03-16')`, [s1.id, free.id])).toBe(0);
    });

    it("a failed startup's leases end after the plan's notice, once", async () => {
      await publishOutcome(s3.id, 'failed', '2026-03-20');
      await until('the leases to end', async () => (await countRows(system, 'leases', `startup_id = $1 AND starts_on = '2027-03-01' AND ends_on = '2027-03-01'`, [s3.id])) === 1);
      expect(await countRows(system, 'leases', `startup_id = $1 AND ends_on IS NULL`, [s3.id])).toBe(0);
      const { rows } = await system.db.query(`SELECT starts_on::text, ends_on::text FROM leases WHERE startup_id = $1 ORDER BY starts_on`, [s3.id]);
      // notice 30 days: 2026-04-19; a lease ending earlier keeps its end; a lease not started ends on its first day.
      for (const r of rows) expect(r.ends_on <= (r.starts_on > '2026-04-19' ? r.starts_on : '2026-04-19')).toBe(true);
      expect(rows.some((r) => r.ends_on === '2026-04-19')).toBe(true);
      expect(await inWorker((l) => l.endedByOutcome(s3.id, 'failed', '2026-03-20', 'again'))).toBe(0);
    });

    it('every write is audited', async () => {
      const n = (action: string) => countRows(system, 'audit_entries', `action = $1 AND organization_id = $2`, [action, org.id]);
      expect(await Promise.all(['site.created', 'space.created', 'space.rate-added', 'rent-plan.created', 'rent-plan.terms-added'].map(n))).toEqual([1, 3, 2, 3, 1]);
      // Every lease has its creation on record (graduation's too).
      expect(await countRows(system, 'leases l', `l.organization_id = $1 AND NOT EXISTS (SELECT 1 FROM audit_entries a WHERE a.action = 'lease.created' AND a.entity_id = l.id)`, [org.id])).toBe(0);
    });
  });

  describe('roles and tenancy', () => {
    it('founders read only their own leases; reviewers and mentors nothing; founders write nothing', async () => {
      const mine = await system.http.get(url('/leases'), s2.founder.token);
      expect(mine.status).toBe(200);
      expect(mine.body.items.length).toBeGreaterThan(0);
      expect(mine.body.items.every((l: any) => l.startupId === s2.id)).toBe(true);
      const others = (await system.http.get(url(`/leases?startupId=${s1.id}`), owner.token)).body.items;
      expectProblem(await system.http.get(url(`/leases/${others[0].id}`), s2.founder.token), 404, 'NOT_FOUND');
      expect((await system.http.get(url(`/leases/${mine.body.items[0].id}`), s2.founder.token)).status).toBe(200);
      const before = await counts();
      expectProblem(await lease({ startupId: s2.id, spaceId: office.id, planId: free.id, startsOn: '2031-01-01' }, s2.founder), 403, 'FORBIDDEN');
      expectProblem(await system.http.post(url('/sites'), { name: 'x' }, s2.founder.token), 403, 'FORBIDDEN');
      for (const who of [reviewer, mentor]) {
        expectProblem(await system.http.get(url('/leases'), who.token), 403, 'FORBIDDEN');
        expectProblem(await system.http.get(url('/spaces'), who.token), 403, 'FORBIDDEN');
        expectProblem(await system.http.get(url('/occupancy?asOf=2026-03-01'), who.token), 403, 'FORBIDDEN');
      }
      expectProblem(await system.http.get(url('/sites'), s2.founder.token), 403, 'FORBIDDEN');
      expect(await counts()).toEqual(before);
    });

    it("another organization's space, plan, startup or lease: 404, nothing written", async () => {
      const before = await counts();
      expectProblem(await lease({ startupId: s2.id, spaceId: other.spaceId, planId: free.id, startsOn: '2031-01-01' }), 404, 'NOT_FOUND');
      expectProblem(await lease({ startupId: s2.id, spaceId: office2.id, planId: other.planId, startsOn: '2031-01-01' }), 404, 'NOT_FOUND');
      expectProblem(await lease({ startupId: other.startupId, spaceId: office2.id, planId: free.id, startsOn: '2031-01-01' }), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(url(`/spaces/${other.spaceId}`), owner.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.post(url(`/spaces/${other.spaceId}/rates`), { effectiveFrom: '2026-01-01', basis: 'per_month', amount: { amountMinor: 1, currency: 'GBP' } }, owner.token), 404, 'NOT_FOUND');
      const theirs = (await system.http.post(url('/leases', other.org.slug), { startupId: other.startupId, spaceId: other.spaceId, planId: other.planId, startsOn: '2026-01-01' }, other.owner.token)).body;
      expectProblem(await system.http.get(url(`/leases/${theirs.id}`), owner.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.patch(url(`/leases/${theirs.id}`), { endsOn: '2026-12-31', reason: 'not mine' }, owner.token), 404, 'NOT_FOUND');
      expect(await counts()).toEqual([...before.slice(0, 6), before[6] + 1]); // only the other organization's own lease
      expect(await countRows(system, 'audit_entries', `action = 'lease.created' AND organization_id = $1`, [org.id])).toBeGreaterThan(0);
    });

    it("a withdrawn startup's leases end after the notice; one not started yet ends on its first day", async () => {
      await publishOutcome(s2.id, 'withdrawn', '2026-03-20');
      await until('the June lease to end', async () => (await countRows(system, 'leases', `startup_id = $1 AND starts_on = '2026-06-01' AND ends_on = '2026-06-01'`, [s2.id])) === 1);
      const { rows } = await system.db.query(`SELECT starts_on::text, ends_on::text, end_reason FROM leases WHERE startup_id = $1 ORDER BY starts_on, space_id`, [s2.id]);
      expect(rows.map((r) => [r.starts_on, r.ends_on])).toEqual([['2026-02-01', '2026-03-31'], ['2026-03-01', '2026-03-31'], ['2026-06-01', '2026-06-01'], ['2026-07-01', '2026-07-01']]);
      expect(rows[2].end_reason).toBe('startup withdrawn: Review');
    });
  });
});
