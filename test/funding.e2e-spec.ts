import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { OutboxRedelivery } from '@hatchery/core';
import { TrancheSweeper } from '@hatchery/funding';
import { cohorts, enrol, startups } from './factories/cohorts';
import { addMember, organizations } from './factories/organizations';
import { programmes } from './factories/programmes';
import { SignedIn, users } from './factories/users';
import { TestClock } from './support/clock';
import { Response } from './support/http';
import { openQueues, Queues, quiet } from './support/quiet';
import { countRows, startSystem, System } from './support/system';
import { until } from './support/wait';

/**
 * Funding on the real stack (api + worker): grants within the programme's range, tranches that sum
 * to the award, payable once when their milestone is approved (also after a Redis wipe) or when
 * their date comes (the test clock and the tranche sweep), disbursement; the perk catalogue and
 * redemptions against the yearly cap, with a race, currencies and rates; tenancy, roles,
 * idempotency. The organization is in Europe/London; the clock only moves forward.
 */
describe('funding: grants, tranches, perks', () => {
  let system: System;
  let queues: Queues;
  const clock = new TestClock('2026-01-01T09:00:00Z');
  jest.setTimeout(60_000);

  let owner: SignedIn;
  let manager: SignedIn;
  let reviewer: SignedIn;
  let mentor: SignedIn;
  let org: { id: string; slug: string };
  let other: { owner: SignedIn; org: { id: string; slug: string }; startupId: string; perkId: string };
  let startup: { id: string; founder: SignedIn };
  let startup2: { id: string; founder: SignedIn };
  let milestones: { id: string }[];
  let milestones2: { id: string }[];
  let grant: any;

  const url = (path: string, slug = org.slug) => `/api/v1/organizations/${slug}${path}`;
  const expectProblem = (response: Response, status: number, code: string) => {
    expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  };
  const counts = () => Promise.all(['grants', 'grant_tranches', 'perks', 'perk_redemptions'].map((t) => countRows(system, t)));
  const trancheStatus = async (id: string) => (await system.db.query(`SELECT status FROM grant_tranches WHERE id = $1`, [id])).rows[0]?.status as string;
  const audits = (action: string, entityId: string) => countRows(system, 'audit_entries', `action = $1 AND entity_id = $2`, [action, entityId]);

  async function wipeRedis(prefix: string): Promise<void> {
    const redis = new Redis(process.env.REDIS_URL || 'redis://127.0.0.1:6379');
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `*${prefix}*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    redis.disconnect();
  }

  beforeAll(async () => {
    system = await startSystem({ worker: true, env: { CLOCK_FILE: clock.file } });
    queues = openQueues(system);
    owner = await users.create(system);
    org = await organizations.create(system, owner, { timezone: 'Europe/London', defaultCurrency: 'GBP' });
    [manager, reviewer, mentor] = await Promise.all([addMember(system, org.id, 'manager'), addMember(system, org.id, 'reviewer'), addMember(system, org.id, 'mentor')]);
    const programme = await programmes.create(system, owner, org.slug, {
      name: `MCS Startup Programme ${randomBytes(3).toString('hex')}`,
      phases: [
        {
          name: 'Incubation',
          durationValue: 6,
          durationUnit: 'months',
          milestones: [
            { title: 'Validation', offsetDays: 14, evidenceRequired: false },
            { title: 'Pilot', offsetDays: 60, evidenceRequired: false },
          ],
        },
      ],
      grantPolicy: { minAmountMinor: 800_000, maxAmountMinor: 1_000_000, currency: 'USD' },
      perkCap: { amountMinor: 3_500_000, currency: 'GBP' },
    });
    const cohort = await cohorts.create(system, owner, org.slug, { programmeId: programme.id, startsOn: '2026-01-05' });
    startup = await startups.create(system, owner, org);
    startup2 = await startups.create(system, owner, org);
    const enrolled = await enrol(system, owner, org.slug, cohort.id, [startup.id, startup2.id]);
    const enrolmentOf = (id: string) => enrolled.enrolments.find((e) => e.startupId === id)!.id;
    milestones = (await system.db.query(`SELECT id FROM milestones WHERE enrolment_id = $1 ORDER BY due_on`, [enrolmentOf(startup.id)])).rows;
    milestones2 = (await system.db.query(`SELECT id FROM milestones WHERE enrolment_id = $1 ORDER BY due_on`, [enrolmentOf(startup2.id)])).rows;

    const otherOwner = await users.create(system);
    const otherOrg = await organizations.create(system, otherOwner);
    const otherStartup = await startups.create(system, otherOwner, otherOrg);
    const otherPerk = await system.http.post(url('/perks', otherOrg.slug), { partner: 'Elsewhere', description: 'Not yours', value: { amountMinor: 100, currency: 'GBP' } }, otherOwner.token);
    other = { owner: otherOwner, org: otherOrg, startupId: otherStartup.id, perkId: otherPerk.body.id };
  });
  afterAll(async () => {
    await Promise.all([queues?.milestones.close(), queues?.notifications.close(), queues?.events.close()]);
    await system?.close();
    clock.remove();
  });

  const award = (body: Record<string, unknown>, by = owner, headers?: Record<string, string>, startupId = startup.id) => system.http.post(url(`/startups/${startupId}/grants`), body, by.token, headers);
  const tranches = () => [
    { amountMinor: 500_000, milestoneId: milestones[0].id },
    { amountMinor: 500_000, dueOn: '2026-03-01' },
  ];

  describe('grants: refused input writes nothing', () => {
    it('an award outside the range, or in another currency: 400 GRANT_OUT_OF_RANGE', async () => {
      const before = await counts();
      expectProblem(await award({ amount: { amountMinor: 700_000, currency: 'USD' }, tranches: [{ amountMinor: 700_000, dueOn: '2026-03-01' }] }), 400, 'GRANT_OUT_OF_RANGE');
      expectProblem(await award({ amount: { amountMinor: 1_000_001, currency: 'USD' }, tranches: [{ amountMinor: 1_000_001, dueOn: '2026-03-01' }] }), 400, 'GRANT_OUT_OF_RANGE');
      expectProblem(await award({ amount: { amountMinor: 900_000, currency: 'EUR' }, tranches: [{ amountMinor: 900_000, dueOn: '2026-03-01' }] }), 400, 'GRANT_OUT_OF_RANGE');
      expect(await counts()).toEqual(before);
    });

    it('tranches that do not sum to the award: 400 TRANCHES_DO_NOT_SUM', async () => {
      const before = await counts();
      const response = await award({ amount: { amountMinor: 1_000_000, currency: 'USD' }, tranches: [{ amountMinor: 500_000, milestoneId: milestones[0].id }, { amountMinor: 499_999, dueOn: '2026-03-01' }] });
      expectProblem(response, 400, 'TRANCHES_DO_NOT_SUM');
      expect(await counts()).toEqual(before);
    });

    it("a tranche tied to another enrolment's milestone: 400 TRANCHE_MILESTONE_NOT_IN_ENROLMENT; both or neither trigger: 400", async () => {
      const before = await counts();
      expectProblem(await award({ amount: { amountMinor: 1_000_000, currency: 'USD' }, tranches: [{ amountMinor: 1_000_000, milestoneId: milestones2[0].id }] }), 400, 'TRANCHE_MILESTONE_NOT_IN_ENROLMENT');
      expectProblem(await award({ amount: { amountMinor: 1_000_000, currency: 'USD' }, tranches: [{ amountMinor: 1_000_000 }] }), 400, 'VALIDATION_FAILED');
      expectProblem(await award({ amount: { amountMinor: 1_000_000, currency: 'USD' }, tranches: [{ amountMinor: 1_000_000, milestoneId: milestones[0].id, dueOn: '2026-03-01' }] }), 400, 'VALIDATION_FAILED');
      expect(await counts()).toEqual(before);
    });

    it('a founder writing is 403; reviewers and mentors read nothing; another organization is 404', async () => {
      const before = await counts();
      const body = { amount: { amountMinor: 1_000_000, currency: 'USD' }, tranches: tranches() };
      expectProblem(await award(body, startup.founder), 403, 'FORBIDDEN');
      expectProblem(await system.http.get(url(`/startups/${startup.id}/grants`), reviewer.token), 403, 'FORBIDDEN');
      expectProblem(await system.http.get(url(`/startups/${startup.id}/grants`), mentor.token), 403, 'FORBIDDEN');
      expectProblem(await system.http.get(url('/perks'), mentor.token), 403, 'FORBIDDEN');
      expectProblem(await system.http.get(url(`/startups/${startup.id}/perk-redemptions`), reviewer.token), 403, 'FORBIDDEN');
      // Another organization's startup through our slug, and our slug by a non-member.
      expectProblem(await award({ ...body, tranches: [{ amountMinor: 1_000_000, dueOn: '2026-03-01' }] }, owner, undefined, other.startupId), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(url(`/startups/${startup.id}/grants`), other.owner.token), 404, 'NOT_FOUND');
      expect(await counts()).toEqual(before);
    });
  });

  describe('grants: award, payable, disbursed', () => {
    it('awards once under one Idempotency-Key; both tranches scheduled', async () => {
      const body = { amount: { amountMinor: 1_000_000, currency: 'USD' }, tranches: tranches(), purpose: 'Prototype and pilot' };
      const key = `grant-${randomBytes(4).toString('hex')}`;
      const first = await award(body, manager, { 'Idempotency-Key': key });
      expect(first.status).toBe(201);
      const replay = await award(body, manager, { 'Idempotency-Key': key });
      expect(replay.status).toBe(201);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(replay.body.id).toBe(first.body.id);
      expectProblem(await award({ ...body, purpose: 'changed' }, manager, { 'Idempotency-Key': key }), 422, 'IDEMPOTENCY_KEY_REUSED');
      expect(await countRows(system, 'grants', 'startup_id = $1', [startup.id])).toBe(1);
      grant = first.body;
      expect(grant).toMatchObject({ state: 'awarded', amount: { amountMinor: 1_000_000, currency: 'USD' }, disbursed: { amountMinor: 0, currency: 'USD' } });
      expect(grant.tranches.map((t: any) => [t.status, t.amount.amountMinor, t.dueOn])).toEqual([
        ['scheduled', 500_000, null],
        ['scheduled', 500_000, '2026-03-01'],
      ]);
      expect(grant.tranches[1].payableAt).toBe('2026-03-01T00:00:00.000Z'); // local midnight in London (GMT)
      expect(await audits('grant.awarded', grant.id)).toBe(1);
    });

    it("founders read their startup's grants, not another startup's", async () => {
      const own = await system.http.get(url(`/grants/${grant.id}`), startup.founder.token);
      expect(own.status).toBe(200);
      expect(own.body.tranches).toHaveLength(2);
      expect((await system.http.get(url(`/startups/${startup.id}/grants`), startup.founder.token)).body.items).toHaveLength(1);
      expectProblem(await system.http.get(url(`/grants/${grant.id}`), startup2.founder.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(url(`/startups/${startup.id}/grants`), startup2.founder.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(url(`/grants/${grant.id}`, other.org.slug), other.owner.token), 404, 'NOT_FOUND');
    });

    it('a scheduled tranche cannot be disbursed: 409 TRANCHE_NOT_PAYABLE', async () => {
      const response = await system.http.post(url(`/grants/${grant.id}/tranches/${grant.tranches[0].id}/disburse`), { disbursedOn: '2026-01-10', bankReference: 'TRX-1' }, owner.token);
      expectProblem(response, 409, 'TRANCHE_NOT_PAYABLE');
      expect(await trancheStatus(grant.tranches[0].id)).toBe('scheduled');
    });

    it('becomes payable once its milestone is approved (through the event and the worker), and not before', async () => {
      // Another milestone's approval changes nothing.
      expect((await system.http.post(url(`/milestones/${milestones[1].id}/review`), { decision: 'approve' }, owner.token)).status).toBe(200);
      await quiet(system, queues);
      expect(await trancheStatus(grant.tranches[0].id)).toBe('scheduled');

      expect((await system.http.post(url(`/milestones/${milestones[0].id}/review`), { decision: 'approve' }, owner.token)).status).toBe(200);
      await until('the milestone tranche to be payable', async () => (await trancheStatus(grant.tranches[0].id)) === 'payable');
      await quiet(system, queues);
      expect(await trancheStatus(grant.tranches[1].id)).toBe('scheduled');
      expect(await audits('grant.tranche-payable', grant.id)).toBe(1);
      expect(await countRows(system, 'event_deliveries', `subscriber = 'funding.tranches-payable-on-milestone'`)).toBe(2);
    });

    it('a delivery lost in a Redis wipe still happens, once', async () => {
      const g2 = await award({ amount: { amountMinor: 800_000, currency: 'USD' }, tranches: [{ amountMinor: 800_000, milestoneId: milestones2[0].id }] }, owner, undefined, startup2.id);
      expect(g2.status).toBe(201);
      const trancheId = g2.body.tranches[0].id;
      const events = system.worker!.get<Queue>(getQueueToken('events'), { strict: false });
      await events.pause();
      expect((await system.http.post(url(`/milestones/${milestones2[0].id}/review`), { decision: 'approve' }, owner.token)).status).toBe(200);
      await until('the event to be relayed to Redis', async () => (await countRows(system, 'outbox_messages', `job_name = 'event.publish' AND payload->'payload'->>'milestoneId' = $1 AND relayed_at IS NOT NULL AND completed_at IS NULL`, [milestones2[0].id])) === 1);
      await wipeRedis(system.redisPrefix); // the job, and the pause, are gone
      expect(await trancheStatus(trancheId)).toBe('scheduled');

      const report = await system.worker!.get(OutboxRedelivery).sweep();
      expect(report.redelivered).toBeGreaterThanOrEqual(1);
      await until('the tranche to be payable', async () => (await trancheStatus(trancheId)) === 'payable');
      await quiet(system, queues);
      expect(await system.worker!.get(OutboxRedelivery).sweep()).toMatchObject({ redelivered: 0 });
      expect(await audits('grant.tranche-payable', g2.body.id)).toBe(1);
      expect(await countRows(system, 'event_deliveries', `subscriber = 'funding.tranches-payable-on-milestone'`)).toBe(3);
    });

    it('a date tranche becomes payable at local midnight of its date, by the clock and the sweep, once', async () => {
      const sweeper = system.worker!.get(TrancheSweeper);
      clock.set('2026-02-28T23:59:00Z');
      expect(await sweeper.sweep()).toEqual({ due: 0 });
      expect(await trancheStatus(grant.tranches[1].id)).toBe('scheduled');

      clock.set('2026-03-01T00:00:01Z');
      expect(await sweeper.sweep()).toEqual({ due: 1 });
      await until('the date tranche to be payable', async () => (await trancheStatus(grant.tranches[1].id)) === 'payable');
      await quiet(system, queues);
      expect(await sweeper.sweep()).toEqual({ due: 0 });
      expect(await audits('grant.tranche-payable', grant.id)).toBe(2);
    });

    it('staff disburse a payable tranche once, with a date and a bank reference', async () => {
      const path = url(`/grants/${grant.id}/tranches/${grant.tranches[0].id}/disburse`);
      expectProblem(await system.http.post(path, { disbursedOn: '2026-03-02', bankReference: 'TRX-1' }, startup.founder.token), 403, 'FORBIDDEN');
      expectProblem(await system.http.post(path, { disbursedOn: '2026-02-30', bankReference: 'TRX-1' }, owner.token), 400, 'VALIDATION_FAILED');
      const paid = await system.http.post(path, { disbursedOn: '2026-03-02', bankReference: 'TRX-2026-0001' }, owner.token);
      expect(paid.status).toBe(200);
      expect(paid.body).toMatchObject({ state: 'partly_disbursed', disbursed: { amountMinor: 500_000, currency: 'USD' }, payable: { amountMinor: 500_000, currency: 'USD' } });
      expect(paid.body.tranches[0]).toMatchObject({ status: 'disbursed', disbursedOn: '2026-03-02', bankReference: 'TRX-2026-0001' });
      expectProblem(await system.http.post(path, { disbursedOn: '2026-03-03', bankReference: 'TRX-again' }, owner.token), 409, 'TRANCHE_NOT_PAYABLE');
      expect(await audits('grant.tranche-disbursed', grant.id)).toBe(1);
      expectProblem(await system.http.post(url(`/grants/${grant.id}/tranches/${grant.tranches[0].id}/disburse`, other.org.slug), { disbursedOn: '2026-03-03', bankReference: 'x' }, other.owner.token), 404, 'NOT_FOUND');
    });
  });

  describe('perks', () => {
    let big: any;
    let small: any;
    let dollars: any;

    it('staff keep a catalogue; founders read it; a founder writing is 403', async () => {
      expectProblem(await system.http.post(url('/perks'), { partner: 'X', description: 'Y', value: { amountMinor: 1, currency: 'GBP' } }, startup.founder.token), 403, 'FORBIDDEN');
      big = (await system.http.post(url('/perks'), { partner: 'Cloud Co', description: 'Cloud credits', value: { amountMinor: 3_000_000, currency: 'GBP' } }, owner.token)).body;
      small = (await system.http.post(url('/perks'), { partner: 'Legal LLP', description: 'Legal hours', value: { amountMinor: 400_000, currency: 'GBP' } }, manager.token)).body;
      dollars = (await system.http.post(url('/perks'), { partner: 'Design Inc', description: 'Design tools', value: { amountMinor: 100_000, currency: 'USD' } }, owner.token)).body;
      expect(big).toMatchObject({ partner: 'Cloud Co', value: { amountMinor: 3_000_000, currency: 'GBP' }, active: true });
      const listed = await system.http.get(url('/perks'), startup.founder.token);
      expect(listed.status).toBe(200);
      expect(listed.body.items.map((p: any) => p.id)).toEqual(expect.arrayContaining([big.id, small.id, dollars.id]));
      expect(listed.body.items.map((p: any) => p.id)).not.toContain(other.perkId);
      expect(await audits('perk.created', big.id)).toBe(1);
    });

    const redeem = (body: Record<string, unknown>, by = owner, headers?: Record<string, string>, startupId = startup.id) => system.http.post(url(`/startups/${startupId}/perk-redemptions`), body, by.token, headers);

    it('redeems against the yearly cap (once under one Idempotency-Key) and shows the usage', async () => {
      const key = `perk-${randomBytes(4).toString('hex')}`;
      const first = await redeem({ perkId: big.id }, owner, { 'Idempotency-Key': key });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ charged: { amountMinor: 3_000_000, currency: 'GBP' }, year: 1, yearStartsOn: '2026-01-05', yearEndsOn: '2027-01-04', redeemedOn: '2026-03-01', rate: null });
      expect((await redeem({ perkId: big.id }, owner, { 'Idempotency-Key': key })).body.id).toBe(first.body.id);
      expect(await countRows(system, 'perk_redemptions', 'startup_id = $1', [startup.id])).toBe(1);
      const usage = await system.http.get(url(`/startups/${startup.id}/perk-redemptions`), startup.founder.token);
      expect(usage.status).toBe(200);
      expect(usage.body.usage).toEqual([
        expect.objectContaining({ year: 1, current: true, cap: { amountMinor: 3_500_000, currency: 'GBP' }, used: { amountMinor: 3_000_000, currency: 'GBP' }, remaining: { amountMinor: 500_000, currency: 'GBP' } }),
      ]);
      expectProblem(await system.http.get(url(`/startups/${startup.id}/perk-redemptions`), startup2.founder.token), 404, 'NOT_FOUND');
    });

    it('a perk in another currency: 409 PERK_CURRENCY_MISMATCH without a rate; with one, converted half up and kept exactly', async () => {
      const before = await counts();
      expectProblem(await redeem({ perkId: dollars.id }), 409, 'PERK_CURRENCY_MISMATCH');
      expectProblem(await redeem({ perkId: dollars.id, rate: '0.78655' }), 400, 'VALIDATION_FAILED'); // no source or date
      expectProblem(await redeem({ perkId: small.id, rate: '1.1', rateSource: 'x', rateOn: '2026-03-01' }), 400, 'VALIDATION_FAILED'); // same currency
      expectProblem(await redeem({ perkId: dollars.id, rate: '1e3', rateSource: 'x', rateOn: '2026-03-01' }), 400, 'VALIDATION_FAILED');
      expect(await counts()).toEqual(before);
      const converted = await redeem({ perkId: dollars.id, rate: '0.786550', rateSource: 'Bank of England', rateOn: '2026-02-27' });
      expect(converted.status).toBe(201);
      // USD 1,000.00 × 0.786550 = GBP 786.55 exactly.
      expect(converted.body).toMatchObject({ value: { amountMinor: 100_000, currency: 'USD' }, rate: '0.786550', rateSource: 'Bank of England', rateOn: '2026-02-27', charged: { amountMinor: 78_655, currency: 'GBP' } });
      const { rows } = await system.db.query(`SELECT rate::text AS rate FROM perk_redemptions WHERE id = $1`, [converted.body.id]);
      expect(rows[0].rate).toBe('0.786550');
    });

    it('two redemptions at once that together exceed the cap: one succeeds, the other is 409 PERK_CAP_EXCEEDED', async () => {
      // Used 3,078,655 of 3,500,000: 421,345 left; one 400,000 perk fits, two do not.
      const [a, b] = await Promise.all([redeem({ perkId: small.id }), redeem({ perkId: small.id }, manager)]);
      expect([a.status, b.status].sort()).toEqual([201, 409]);
      expectProblem([a, b].find((r) => r.status === 409)!, 409, 'PERK_CAP_EXCEEDED');
      const before = await counts();
      const over = await redeem({ perkId: small.id });
      expectProblem(over, 409, 'PERK_CAP_EXCEEDED');
      expect(over.body).toMatchObject({ used: { amountMinor: 3_478_655, currency: 'GBP' }, requested: { amountMinor: 400_000, currency: 'GBP' } });
      expect(await counts()).toEqual(before);
      const usage = (await system.http.get(url(`/startups/${startup.id}/perk-redemptions`), owner.token)).body.usage;
      expect(usage[0]).toMatchObject({ year: 1, used: { amountMinor: 3_478_655 }, remaining: { amountMinor: 21_345 } });
    });

    it("refuses another organization's perk or startup (404), an inactive perk (409), a founder redeeming (403)", async () => {
      const before = await counts();
      expectProblem(await redeem({ perkId: other.perkId }, owner, undefined, startup2.id), 404, 'NOT_FOUND');
      expectProblem(await redeem({ perkId: small.id }, owner, undefined, other.startupId), 404, 'NOT_FOUND');
      expectProblem(await redeem({ perkId: small.id }, startup2.founder, undefined, startup2.id), 403, 'FORBIDDEN');
      expectProblem(await system.http.patch(url(`/perks/${other.perkId}`), { active: false }, owner.token), 404, 'NOT_FOUND');
      const off = await system.http.patch(url(`/perks/${small.id}`), { active: false }, manager.token);
      expect(off.body.active).toBe(false);
      expectProblem(await redeem({ perkId: small.id }, owner, undefined, startup2.id), 409, 'PERK_INACTIVE');
      expect(await counts()).toEqual(before);
      expect(await audits('perk.updated', small.id)).toBe(1);
    });

    it('the cap starts again on the enrolment anniversary', async () => {
      clock.set('2027-01-05T00:30:00Z');
      const next = await redeem({ perkId: big.id });
      expect(next.status).toBe(201);
      expect(next.body).toMatchObject({ year: 2, yearStartsOn: '2027-01-05', yearEndsOn: '2028-01-04' });
      const usage = (await system.http.get(url(`/startups/${startup.id}/perk-redemptions`), owner.token)).body.usage;
      expect(usage.map((u: any) => [u.year, u.current, u.used.amountMinor])).toEqual([
        [2, true, 3_000_000],
        [1, false, 3_478_655],
      ]);
    });
  });
});
