import { randomBytes } from 'node:crypto';
import { BillingSweeper, InvoicesService } from '@hatchery/billing';
import { Tenancy } from '@hatchery/core';
import { cohorts, enrol, startups } from './factories/cohorts';
import { addMember, organizations } from './factories/organizations';
import { programmes } from './factories/programmes';
import { SignedIn, users } from './factories/users';
import { TestClock } from './support/clock';
import { Response } from './support/http';
import { countRows, startSystem, System } from './support/system';
import { until } from './support/wait';
import { WorkerProcess } from './support/worker-process';

/**
 * Rent invoices on the real stack (api, the in-process worker and, for April, a second spawned
 * worker, all reading the TestClock): the month's run after local midnight on the 1st, a missed
 * month caught up, exactly once under races, gapless numbers, proration by day with splits on a rate
 * or terms change, half-up rounding, zero invoices for free plans, the period lock, credit notes,
 * founders' access and emails, graduation switching the plan mid-month. The organization is in
 * Europe/London (BST from 29 March), currency GBP; payment terms 14 days.
 */
describe('billing: monthly rent invoices', () => {
  let system: System;
  const clock = new TestClock('2026-03-10T09:00:00Z');
  jest.setTimeout(120_000);

  let owner: SignedIn, manager: SignedIn, reviewer: SignedIn;
  let org: { id: string; slug: string };
  let other: { owner: SignedIn; org: { id: string; slug: string } };
  let s: { id: string; founder: SignedIn }[];
  let enrolments: { id: string; startupId: string }[];
  const lease: Record<string, string> = {};
  const space: Record<string, string> = {};
  const plan: Record<string, string> = {};

  const url = (path: string, slug = org.slug) => `/api/v1/organizations/${slug}${path}`;
  const expectProblem = (response: Response, status: number, code: string) => {
    expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  };
  const query = async (sql: string, params: unknown[] = []) => (await system.db.query(sql, params)).rows;
  const post201 = async (path: string, body: object, by = owner) => {
    const response = await system.http.post(url(path), body, by.token);
    if (response.status !== 201) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const inWorker = <T>(work: (invoices: InvoicesService) => Promise<T>) => system.worker!.get(Tenancy).runInOrganization(org.id, () => work(system.worker!.get(InvoicesService)));
  const run = (period: string, by = owner) => system.http.post(url('/invoices/run'), { period }, by.token);
  const invoicesOf = (period: string) =>
    query(`SELECT id, number, lease_id, startup_id, total_minor::int AS total, market_minor::int AS market, due_on::text AS due_on FROM invoices WHERE organization_id = $1 AND kind = 'invoice' AND period = $2::date ORDER BY number`, [org.id, `${period}-01`]);
  const invoiceOf = async (leaseKey: string, period: string) => (await invoicesOf(period)).find((i) => i.lease_id === lease[leaseKey])!;
  const lines = (invoiceId: string) =>
    query(`SELECT starts_on::text AS "from", ends_on::text AS "to", days, days_in_month AS dim, amount_minor::int AS amount, market_minor::int AS market FROM invoice_lines WHERE invoice_id = $1 ORDER BY starts_on`, [invoiceId]);
  const numbers = async () => (await query(`SELECT number FROM invoices WHERE organization_id = $1 AND kind = 'invoice' ORDER BY sequence`, [org.id])).map((r) => r.number);
  const expected = (n: number, series = '') => Array.from({ length: n }, (_, i) => `ITP-${series}2026-${String(i + 1).padStart(6, '0')}`);
  const tables = ['invoices', 'invoice_lines', 'invoice_runs', 'leases'];
  const counts = () => Promise.all(tables.map((t) => countRows(system, t, 'organization_id = $1', [org.id])));

  beforeAll(async () => {
    // No automatic sweeps in this process: the tests drive them (a spawned worker sweeps on its own).
    system = await startSystem({ worker: true, env: { CLOCK_FILE: clock.file, RECONCILE_INTERVAL_MS: '3600000' } });
    owner = await users.create(system);
    org = await organizations.create(system, owner, { timezone: 'Europe/London', defaultCurrency: 'GBP' });
    [manager, reviewer] = await Promise.all([addMember(system, org.id, 'manager'), addMember(system, org.id, 'reviewer')]);
    const programme = await programmes.create(system, owner, org.slug, { name: `IT Park incubation ${randomBytes(3).toString('hex')}` });
    const cohort = await cohorts.create(system, owner, org.slug, { programmeId: programme.id, startsOn: '2026-01-05' });
    s = [];
    for (let i = 0; i < 4; i++) s.push(await startups.create(system, owner, org));
    enrolments = (await enrol(system, owner, org.slug, cohort.id, s.map((x) => x.id))).enrolments;

    const site = await post201('/sites', { name: 'IT Park, floors 1–2' });
    space.a = (await post201('/spaces', { siteId: site.id, name: 'Room 101', kind: 'office', areaM2: 20, capacity: 4 })).id;
    space.b = (await post201('/spaces', { siteId: site.id, name: 'Room 102', kind: 'incubation_room', areaM2: 30, capacity: 6 })).id;
    space.desks = (await post201('/spaces', { siteId: site.id, name: 'Open space', kind: 'desk_area', areaM2: 100, capacity: 10 })).id;
    space.meeting = (await post201('/spaces', { siteId: site.id, name: 'Meeting room', kind: 'meeting_room', areaM2: 10, capacity: 8 })).id;
    const rate = (key: string, effectiveFrom: string, basis: string, amountMinor: number) => post201(`/spaces/${space[key]}/rates`, { effectiveFrom, basis, amount: { amountMinor, currency: 'GBP' } });
    await rate('a', '2026-01-01', 'per_month', 100_000);
    await rate('a', '2026-03-16', 'per_month', 124_000); // a rate change inside March
    await rate('b', '2026-01-01', 'per_m2_month', 3_000); // 30 m²: 90,000 a month
    await rate('desks', '2026-01-01', 'per_m2_month', 1_000); // 100 m² for 10 desks: 10,000 a desk
    await rate('meeting', '2026-01-01', 'per_month', 50_000);
    plan.free = (await post201('/rent-plans', { name: 'Incubation (free)', kind: 'free', noticeDays: 0, terms: { effectiveFrom: '2026-01-01' } })).id;
    plan.quarter = (await post201('/rent-plans', { name: 'Quarter of market', kind: 'share_of_market', noticeDays: 0, terms: { effectiveFrom: '2026-01-01', shareBps: 2500 } })).id;
    plan.fixed = (await post201('/rent-plans', { name: 'Fixed', kind: 'fixed', noticeDays: 0, terms: { effectiveFrom: '2026-01-01', amount: { amountMinor: 50_000, currency: 'GBP' } } })).id;
    await post201(`/rent-plans/${plan.fixed}/terms`, { effectiveFrom: '2026-03-10', amount: { amountMinor: 60_000, currency: 'GBP' } }); // a terms change inside March
    plan.hire = (await post201('/rent-plans', { name: 'Room hire', kind: 'fixed', noticeDays: 0, terms: { effectiveFrom: '2026-01-01', amount: { amountMinor: 150_015, currency: 'GBP' } } })).id;
    expect((await system.http.request('PUT', url(`/programmes/${programme.id}/rent-plans`), { body: { incubationPlanId: plan.free, postIncubationPlanId: plan.quarter }, token: owner.token })).status).toBe(200);

    lease.l1 = (await post201('/leases', { startupId: s[0].id, spaceId: space.a, planId: plan.quarter, startsOn: '2026-02-10' })).id;
    lease.l2 = (await post201('/leases', { startupId: s[1].id, spaceId: space.desks, planId: plan.fixed, startsOn: '2026-03-05', endsOn: '2026-03-20', desks: 3 })).id;
    lease.l3 = (await post201('/leases', { startupId: s[2].id, spaceId: space.b, planId: plan.free, startsOn: '2026-01-01' })).id;
    lease.l4 = (await post201('/leases', { startupId: s[3].id, spaceId: space.meeting, planId: plan.hire, startsOn: '2026-04-30', endsOn: '2026-04-30' })).id;

    const otherOwner = await users.create(system);
    other = { owner: otherOwner, org: await organizations.create(system, otherOwner) };
  });
  afterAll(async () => {
    await system?.close();
    clock.remove();
  });

  it('settings: the owner sets the prefix and terms; a manager 403; a bad prefix 400', async () => {
    expect((await system.http.get(url('/billing/settings'), manager.token)).body).toMatchObject({ paymentTermsDays: 14 });
    expectProblem(await system.http.request('PUT', url('/billing/settings'), { body: { invoicePrefix: 'ITP' }, token: manager.token }), 403, 'FORBIDDEN');
    expectProblem(await system.http.request('PUT', url('/billing/settings'), { body: { invoicePrefix: 'it-p' }, token: owner.token }), 400, 'VALIDATION_FAILED');
    const set = await system.http.request('PUT', url('/billing/settings'), { body: { invoicePrefix: 'ITP', firstPeriod: '2025-10' }, token: owner.token });
    expect(set.body).toEqual({ invoicePrefix: 'ITP', paymentTermsDays: 14, firstPeriod: '2025-10' });
    expectProblem(await system.http.request('PUT', url('/billing/settings'), { body: { firstPeriod: '2026-13' }, token: owner.token }), 400, 'VALIDATION_FAILED');
  });

  it('a month is not invoiced before local midnight on the 1st (409 PERIOD_NOT_ENDED); nothing written', async () => {
    expectProblem(await run('2026-03'), 409, 'PERIOD_NOT_ENDED');
    clock.set('2026-03-31T22:59:00Z'); // 23:59 on 31 March in London (BST)
    const before = await counts();
    expectProblem(await run('2026-03'), 409, 'PERIOD_NOT_ENDED');
    expect(await inWorker((i) => i.issueDue())).toMatchObject({ period: '2026-02', invoicesIssued: 3 }); // February had ended: January and February caught up
    await expect(inWorker((i) => i.issueDue('2026-03'))).rejects.toMatchObject({ code: 'PERIOD_NOT_ENDED' });
    expect((await counts())[0]).toBe(before[0] + 3);
    expect(await invoicesOf('2026-03')).toEqual([]);
  });

  it("billing starts at the organization's first period, not at a lease's first month; it cannot move back into invoiced months", async () => {
    const theirs = (path: string, body: object) => system.http.post(url(path, other.org.slug), body, other.owner.token);
    const site = (await theirs('/sites', { name: 'Hub floor' })).body;
    const room = (await theirs('/spaces', { siteId: site.id, name: 'Studio', kind: 'office', areaM2: 12, capacity: 3 })).body;
    const currency = (await system.http.get(`/api/v1/organizations/${other.org.slug}`, other.owner.token)).body.defaultCurrency;
    expect((await theirs(`/spaces/${room.id}/rates`, { effectiveFrom: '2025-01-01', basis: 'per_month', amount: { amountMinor: 40_000, currency } })).status).toBe(201);
    const free = (await theirs('/rent-plans', { name: 'Free', kind: 'free', noticeDays: 0, terms: { effectiveFrom: '2025-01-01' } })).body;
    const startup = await startups.create(system, other.owner, other.org);
    expect((await theirs('/leases', { startupId: startup.id, spaceId: room.id, planId: free.id, startsOn: '2025-06-01' })).status).toBe(201);
    const settings = await system.http.request('PUT', url('/billing/settings', other.org.slug), { body: { firstPeriod: '2026-02' }, token: other.owner.token });
    expect(settings.body.firstPeriod).toBe('2026-02');
    const issued = await system.http.post(url('/invoices/run', other.org.slug), { period: '2026-02' }, other.owner.token);
    expect(issued.body).toMatchObject({ periodsRun: ['2026-02'], invoicesIssued: 1 });
    expectProblem(await system.http.request('PUT', url('/billing/settings', other.org.slug), { body: { firstPeriod: '2026-01' }, token: other.owner.token }), 409, 'PERIOD_LOCKED');
    expect((await system.http.get(url('/billing/settings', other.org.slug), other.owner.token)).body.firstPeriod).toBe('2026-02');
  });

  it('at local midnight March is issued: one invoice per lease, prorated by day, split at a rate or terms change, rounded half up; free leases get a zero invoice with their market value', async () => {
    clock.set('2026-03-31T23:00:30Z'); // 00:00:30 on 1 April in London
    const response = await run('2026-03', manager);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ period: '2026-03', periodsRun: ['2026-03'], invoicesIssued: 3, invoicesInPeriod: 3, unpricedLeaseIds: [] });
    expect(await numbers()).toEqual(expected(6)); // January 1, February 2, March 3: gapless

    const l1 = await invoiceOf('l1', '2026-03');
    expect(l1).toMatchObject({ total: 28_097, market: 112_387, due_on: '2026-04-15' });
    expect(await lines(l1.id)).toEqual([
      { from: '2026-03-01', to: '2026-03-15', days: 15, dim: 31, amount: 12_097, market: 48_387 }, // 25,000 × 15/31 = 12,096.77
      { from: '2026-03-16', to: '2026-03-31', days: 16, dim: 31, amount: 16_000, market: 64_000 }, // the new rate: 31,000 × 16/31
    ]);
    const l2 = await invoiceOf('l2', '2026-03');
    expect(await lines(l2.id)).toEqual([
      { from: '2026-03-05', to: '2026-03-09', days: 5, dim: 31, amount: 8_065, market: 4_839 }, // 50,000 × 5/31 = 8,064.52; 3 of 10 desks of 100,000
      { from: '2026-03-10', to: '2026-03-20', days: 11, dim: 31, amount: 21_290, market: 10_645 }, // the new terms: 60,000 × 11/31 = 21,290.32
    ]);
    expect(l2.total).toBe(29_355);
    const l1Feb = await invoiceOf('l1', '2026-02');
    expect(await lines(l1Feb.id)).toEqual([{ from: '2026-02-10', to: '2026-02-28', days: 19, dim: 28, amount: 16_964, market: 67_857 }]);
    const l3Jan = await invoiceOf('l3', '2026-01');
    expect(l3Jan).toMatchObject({ total: 0, market: 90_000 });

    const detail = await system.http.get(url(`/invoices/${l3Jan.id}`), manager.token);
    expect(detail.body).toMatchObject({
      kind: 'invoice',
      number: l3Jan.number,
      period: '2026-01',
      status: 'no_charge',
      total: { amountMinor: 0, currency: 'GBP' },
      market: { amountMinor: 90_000, currency: 'GBP' },
      balance: { amountMinor: 0, currency: 'GBP' },
      lines: [expect.objectContaining({ planKind: 'free', description: 'Room 102, Incubation (free)', days: 31, amount: { amountMinor: 0, currency: 'GBP' }, market: { amountMinor: 90_000, currency: 'GBP' } })],
    });
    const open = await system.http.get(url(`/invoices/${l2.id}`), manager.token);
    expect(open.body).toMatchObject({ status: 'open', balance: { amountMinor: 29_355, currency: 'GBP' }, dueOn: '2026-04-15', issuedOn: '2026-04-01' });
    expect(open.body.lines[0].description).toBe('Open space (3 desks), Fixed');
  });

  it('a period runs once: again by hand, twice at once and by the worker, nothing more; the period stays locked', async () => {
    const before = await counts();
    const again = await Promise.all([run('2026-03'), run('2026-03', manager), inWorker((i) => i.issueDue()), inWorker((i) => i.issueDue('2026-03'))]);
    expect(again[0].body).toMatchObject({ periodsRun: [], invoicesIssued: 0, invoicesInPeriod: 3 });
    expect(await counts()).toEqual(before);
    expect(await countRows(system, 'invoice_runs', 'organization_id = $1', [org.id])).toBe(3);
  });

  it('April under two workers, sweeps and a job delivered twice: each lease once, numbers go on without a gap; 5,000.5 rounds up to 5,001', async () => {
    const second = new WorkerProcess({ RECONCILE_INTERVAL_MS: '300' });
    await second.start();
    try {
      clock.set('2026-04-30T23:00:30Z'); // 00:00:30 on 1 May in London
      const sweeper = system.worker!.get(BillingSweeper);
      await Promise.all([sweeper.sweep(), sweeper.sweep(), inWorker((i) => i.issueDue()), inWorker((i) => i.issueDue()), run('2026-04')]);
      await until('April invoices', async () => (await invoicesOf('2026-04')).length === 3);
    } finally {
      await second.stop();
    }
    expect(await invoicesOf('2026-04')).toHaveLength(3);
    expect(await numbers()).toEqual(expected(9));
    const hire = await invoiceOf('l4', '2026-04');
    expect(await lines(hire.id)).toEqual([{ from: '2026-04-30', to: '2026-04-30', days: 1, dim: 30, amount: 5_001, market: 1_667 }]); // 150,015 / 30 = 5,000.5
    expect(await countRows(system, 'invoice_runs', 'organization_id = $1 AND period = $2', [org.id, '2026-04-01'])).toBe(1);
  });

  it("graduation on 15 May (a graduation review resolved by staff) splits May: the incubation lease free to the 14th, the post-incubation plan from the 15th", async () => {
    const enrolmentId = enrolments.find((e) => e.startupId === s[2].id)!.id;
    const [{ id: actionId }] = await query(
      `INSERT INTO programme_actions (id, organization_id, enrolment_id, startup_id, kind, due_at, created_at) VALUES (gen_random_uuid(), $1, $2, $3, 'graduation_review', now(), now()) RETURNING id`,
      [org.id, enrolmentId, s[2].id],
    );
    const resolved = await system.http.post(url(`/programme-actions/${actionId}/resolve`), { resolution: 'graduated', reason: 'Ten paying customers', effectiveOn: '2026-05-15' }, owner.token);
    expect(resolved.status).toBe(200);
    const continued = await until('the post-incubation lease', async () => (await query(`SELECT id, plan_id, starts_on::text AS starts_on FROM leases WHERE continues_lease_id = $1`, [lease.l3]))[0]);
    expect(continued).toMatchObject({ plan_id: plan.quarter, starts_on: '2026-05-15' });

    clock.set('2026-05-31T23:00:30Z'); // 00:00:30 on 1 June in London
    expect((await run('2026-05')).body).toMatchObject({ periodsRun: ['2026-05'], invoicesIssued: 3 });
    const incubation = await invoiceOf('l3', '2026-05');
    const post = (await invoicesOf('2026-05')).find((i) => i.lease_id === continued.id)!;
    expect(await lines(incubation.id)).toEqual([{ from: '2026-05-01', to: '2026-05-14', days: 14, dim: 31, amount: 0, market: 40_645 }]);
    expect(await lines(post.id)).toEqual([{ from: '2026-05-15', to: '2026-05-31', days: 17, dim: 31, amount: 12_339, market: 49_355 }]); // 22,500 × 17/31 = 12,338.71
    expect(post.startup_id).toBe(s[2].id);
  });

  it('an invoiced period is locked: a lease may not gain or lose a day in it (409 PERIOD_LOCKED); nothing written', async () => {
    const before = await counts();
    expectProblem(await system.http.post(url('/leases'), { startupId: s[3].id, spaceId: space.meeting, planId: plan.hire, startsOn: '2026-04-10', endsOn: '2026-04-12' }, owner.token), 409, 'PERIOD_LOCKED');
    const ending = await system.http.patch(url(`/leases/${lease.l1}`), { endsOn: '2026-03-25', reason: 'Moved out early' }, owner.token);
    expectProblem(ending, 409, 'PERIOD_LOCKED');
    expect(ending.body.period).toBe('2026-05');
    expect(await counts()).toEqual(before);
    // From the first open month on, the same changes are fine.
    expect((await system.http.patch(url(`/leases/${lease.l1}`), { endsOn: '2026-06-30', reason: 'Moving to a bigger room' }, owner.token)).status).toBe(200);
  });

  it('an issued invoice never changes, not even for the table owner; corrections are credit notes, numbered in their own gapless series', async () => {
    const l2 = await invoiceOf('l2', '2026-03');
    await expect(query(`UPDATE invoices SET total_minor = 1 WHERE id = $1`, [l2.id])).rejects.toThrow(/frozen/);
    await expect(query(`DELETE FROM invoice_lines WHERE invoice_id = $1`, [l2.id])).rejects.toThrow(/frozen/);

    const before = await counts();
    expectProblem(await system.http.post(url(`/invoices/${l2.id}/credit-notes`), { amountMinor: 29_356, reason: 'Too much' }, owner.token), 409, 'CREDIT_EXCEEDS_BALANCE');
    expectProblem(await system.http.post(url(`/invoices/${l2.id}/credit-notes`), { amountMinor: 100 }, owner.token), 400, 'VALIDATION_FAILED');
    expectProblem(await system.http.post(url(`/invoices/${l2.id}/credit-notes`), { amountMinor: 100, reason: 'x' }, s[1].founder.token), 403, 'FORBIDDEN');
    expect(await counts()).toEqual(before);

    const note = await post201(`/invoices/${l2.id}/credit-notes`, { amountMinor: 5_000, reason: 'Desks unusable 18–20 March' }, manager);
    expect(note).toMatchObject({ kind: 'credit_note', number: 'ITP-CN-2026-000001', creditsInvoiceId: l2.id, creditsInvoiceNumber: l2.number, total: { amountMinor: 5_000, currency: 'GBP' }, status: 'credit_note', reason: 'Desks unusable 18–20 March' });
    expectProblem(await system.http.post(url(`/invoices/${note.id}/credit-notes`), { amountMinor: 1, reason: 'x' }, owner.token), 409, 'NOT_AN_INVOICE');
    const after = await system.http.get(url(`/invoices/${l2.id}`), owner.token);
    expect(after.body).toMatchObject({ credited: { amountMinor: 5_000 }, balance: { amountMinor: 24_355 }, status: 'overdue' }); // due 15 April; today 1 June
    expect(after.body.creditNotes.map((c: any) => c.number)).toEqual(['ITP-CN-2026-000001']);

    // Four at once against one invoice with 24,355 open: three of 8,000 fit, the fourth is refused; numbers 2–4, no gap.
    const results = await Promise.all([1, 2, 3, 4].map(() => system.http.post(url(`/invoices/${l2.id}/credit-notes`), { amountMinor: 8_000, reason: 'Goodwill' }, owner.token)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 201, 409]);
    expect((await query(`SELECT number FROM invoices WHERE organization_id = $1 AND kind = 'credit_note' ORDER BY sequence`, [org.id])).map((r) => r.number)).toEqual(expected(4, 'CN-'));
    expect((await system.http.get(url(`/invoices/${l2.id}`), owner.token)).body).toMatchObject({ balance: { amountMinor: 355 }, status: 'overdue' });
  });

  it("founders read their own startup's invoices (list, detail, PDF) and nobody else's; reviewers 403; another organization 404", async () => {
    const mine = await system.http.get(url('/invoices?limit=100'), s[0].founder.token);
    expect(mine.status).toBe(200);
    expect(new Set(mine.body.items.map((i: any) => i.startupId))).toEqual(new Set([s[0].id]));
    expect(mine.body.items.map((i: any) => i.period)).toEqual(['2026-05', '2026-04', '2026-03', '2026-02']);
    const theirs = await invoiceOf('l2', '2026-03');
    expectProblem(await system.http.get(url(`/invoices/${theirs.id}`), s[0].founder.token), 404, 'NOT_FOUND');
    expectProblem(await system.http.get(url(`/invoices/${theirs.id}?format=pdf`), s[0].founder.token), 404, 'NOT_FOUND');
    expectProblem(await system.http.post(url('/invoices/run'), { period: '2026-04' }, s[0].founder.token), 403, 'FORBIDDEN');
    expectProblem(await system.http.get(url('/invoices'), reviewer.token), 403, 'FORBIDDEN');
    expectProblem(await system.http.get(url(`/invoices/${theirs.id}`, other.org.slug), other.owner.token), 404, 'NOT_FOUND');
    const ours = new Set(s.map((x) => x.id));
    expect((await system.http.get(url('/invoices?limit=100', other.org.slug), other.owner.token)).body.items.filter((i: any) => ours.has(i.startupId))).toEqual([]);

    const own = await invoiceOf('l1', '2026-03');
    const pdf = await system.http.get(url(`/invoices/${own.id}?format=pdf`), s[0].founder.token);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="${own.number}.pdf"`);
    expect(String(pdf.body).startsWith('%PDF-')).toBe(true);
  });

  it("each founder hears of each invoice once, in the app and by email (a job delivered twice sends nothing more)", async () => {
    const invoices = await countRows(system, 'invoices', `organization_id = $1 AND kind = 'invoice'`, [org.id]);
    await until('the notifications', async () => (await countRows(system, 'notifications', `organization_id = $1 AND kind = 'invoice.issued'`, [org.id])) === invoices);
    expect(await inWorker((i) => i.notifyIssued('2026-03'))).toBe(3);
    expect(await countRows(system, 'notifications', `organization_id = $1 AND kind = 'invoice.issued'`, [org.id])).toBe(invoices);
    await until('the emails sent', async () => (await countRows(system, 'notifications', `organization_id = $1 AND kind = 'invoice.issued' AND email_status = 'sent'`, [org.id])) === invoices);
    const toFounder = system.mailbox.messages.filter((m) => m.to.includes(s[2].founder.email) && /^Invoice ITP-2026-/.test(m.subject));
    expect(toFounder).toHaveLength(6); // January to April one a month, May two (before and after graduation)
  });

  it('numbers past 999,999 in a year keep every digit', async () => {
    await query(`UPDATE invoice_counters SET last_number = 999998 WHERE organization_id = $1 AND series = 'invoice' AND year = 2026`, [org.id]);
    clock.set('2026-06-30T23:00:30Z'); // 00:00:30 on 1 July in London
    expect((await run('2026-06')).body).toMatchObject({ periodsRun: ['2026-06'] });
    const june = (await invoicesOf('2026-06')).map((i) => i.number);
    expect(june).toEqual(expect.arrayContaining(['ITP-2026-999999', 'ITP-2026-1000000']));
  });

  it("a lease the run could not price is named, then invoiced late once its rate is added (once, also twice at once)", async () => {
    const site = (await system.http.get(url('/sites'), owner.token)).body.items[0];
    const room = await post201('/spaces', { siteId: site.id, name: 'Room 103', kind: 'office', areaM2: 12, capacity: 2 });
    const unpriced = (await post201('/leases', { startupId: s[3].id, spaceId: room.id, planId: plan.quarter, startsOn: '2026-07-01' })).id;
    clock.set('2026-07-31T23:00:30Z'); // 00:00:30 on 1 August in London
    const july = await run('2026-07');
    expect(july.body.unpricedLeaseIds).toEqual([unpriced]);
    const late = (body: object, by = owner) => system.http.post(url('/invoices/late'), body, by.token);
    expectProblem(await late({ leaseId: unpriced, period: '2026-07' }), 409, 'LEASE_UNPRICED');
    expectProblem(await late({ leaseId: unpriced, period: '2026-08' }), 409, 'PERIOD_NOT_INVOICED');
    expectProblem(await late({ leaseId: unpriced, period: '2026-07' }, s[3].founder), 403, 'FORBIDDEN');
    expectProblem(await system.http.post(url('/invoices/late', other.org.slug), { leaseId: unpriced, period: '2026-07' }, other.owner.token), 404, 'NOT_FOUND');
    const before = await counts();

    await post201(`/spaces/${room.id}/rates`, { effectiveFrom: '2026-07-01', basis: 'per_month', amount: { amountMinor: 40_000, currency: 'GBP' } });
    const last = (await numbers()).length;
    const [a, b] = await Promise.all([late({ leaseId: unpriced, period: '2026-07' }), late({ leaseId: unpriced, period: '2026-07' }, manager)]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const issued = a.status === 201 ? a.body : b.body;
    expectProblem(a.status === 409 ? a : b, 409, 'INVOICE_EXISTS');
    expect(issued).toMatchObject({ period: '2026-07', leaseId: unpriced, total: { amountMinor: 10_000, currency: 'GBP' }, lines: [expect.objectContaining({ days: 31, daysInMonth: 31 })] });
    expect((await numbers()).length).toBe(last + 1);
    expect((await counts())[0]).toBe(before[0] + 1);
    expectProblem(await late({ leaseId: lease.l1, period: '2026-07' }), 409, 'LEASE_NOT_IN_PERIOD'); // ended on 30 June
  });
});
