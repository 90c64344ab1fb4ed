import type { Job } from 'bullmq';
import { BillingSweeper } from '@hatchery/billing';
import { JobDispatcher } from '@hatchery/core';
import { startups } from './factories/cohorts';
import { addMember, organizations } from './factories/organizations';
import { SignedIn, users } from './factories/users';
import { TestClock } from './support/clock';
import { Response } from './support/http';
import { countRows, startSystem, System } from './support/system';
import { until } from './support/wait';

/**
 * Payments, allocation, credit balances, arrears aging, revenue by month and dunning on the real
 * stack (api and in-process worker on the TestClock). Europe/London (BST from 29 March), GBP,
 * payment terms 14 days. Every lease runs from 1 January at 100 % of market:
 *   s1: Room A 100,000 GBP a month and Lab 50,000 USD a month (two founders);
 *   s2: Room B 80,000 GBP; s3: Room C 60,000 GBP; s4: Room D 40,000 GBP.
 * January is invoiced on 2 February (due 16 February), February on 2 March (due 16 March), March
 * at 00:30 on 1 April local (due 15 April), April at 00:30 on 1 May.
 */
describe('billing: payments, allocation, arrears, revenue, dunning', () => {
  let system: System;
  const clock = new TestClock('2026-01-10T10:00:00Z');
  jest.setTimeout(120_000);

  let owner: SignedIn, manager: SignedIn, reviewer: SignedIn, f1b: SignedIn;
  let org: { id: string; slug: string };
  let other: { owner: SignedIn; org: { id: string; slug: string }; startupId: string; invoiceId: string; paymentId: string };
  let s1: { id: string; founder: SignedIn }, s2: { id: string; founder: SignedIn }, s3: { id: string; founder: SignedIn }, s4: { id: string; founder: SignedIn };
  const payment: Record<string, string> = {};
  /** What the test expects collected (payments received) per month and currency, and credited per month. */
  const collected: Record<string, number> = {};
  const credited: Record<string, number> = {};
  let s4CreditWon = false;

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
  const pay = (body: Record<string, unknown>, by = owner, slug?: string) => system.http.post(url('/payments', slug), body, by.token);
  const gbp = (amountMinor: number) => ({ amountMinor, currency: 'GBP' });
  const tally = (month: string, currency: string, amountMinor: number, into = collected) => {
    into[`${month} ${currency}`] = (into[`${month} ${currency}`] ?? 0) + amountMinor;
  };
  /** The invoice of a startup for a period in a currency. */
  const invoice = async (startupId: string, period: string, currency = 'GBP') =>
    (await query(`SELECT id FROM invoices WHERE organization_id = $1 AND kind = 'invoice' AND startup_id = $2 AND period = $3::date AND currency = $4`, [org.id, startupId, `${period}-01`, currency]))[0]?.id as string;
  const balance = async (invoiceId: string) => (await system.http.get(url(`/invoices/${invoiceId}`), owner.token)).body.balance.amountMinor as number;
  const run = async (period: string) => {
    const response = await system.http.post(url('/invoices/run'), { period }, owner.token);
    expect(response.status).toBe(200);
    expect(response.body.periodsRun).toEqual([period]);
  };
  const tables = ['payments', 'payment_allocations', 'invoices', 'invoice_reminders', 'audit_entries'];
  const counts = () => Promise.all(tables.map((t) => countRows(system, t, 'organization_id = $1', [org.id])));
  const monthEnd = (id: string) => system.worker!.get(JobDispatcher).dispatch({ id, name: 'billing.month-end', data: { organizationId: org.id }, attemptsMade: 0 } as Job);
  const reminders = async () =>
    (await query(`SELECT r.invoice_id, r.level FROM invoice_reminders r WHERE r.organization_id = $1 ORDER BY r.invoice_id, r.level`, [org.id])).map((r) => `${r.invoice_id}:${r.level}`);
  const overdueMails = (email: string) => system.mailbox.messages.filter((m) => m.to.includes(email) && /overdue/.test(m.subject));
  const allEmailsSent = () => until('the emails sent', async () => (await countRows(system, 'notifications', `organization_id = $1 AND email_status = 'pending'`, [org.id])) === 0);

  beforeAll(async () => {
    // No automatic sweeps: the tests drive the month-end job.
    system = await startSystem({ worker: true, env: { CLOCK_FILE: clock.file, RECONCILE_INTERVAL_MS: '3600000' } });
    owner = await users.create(system);
    org = await organizations.create(system, owner, { timezone: 'Europe/London', defaultCurrency: 'GBP' });
    [manager, reviewer] = await Promise.all([addMember(system, org.id, 'manager'), addMember(system, org.id, 'reviewer')]);
    [s1, s2, s3, s4] = await Promise.all([1, 2, 3, 4].map(() => startups.create(system, owner, org)));
    f1b = await addMember(system, org.id, 'founder');
    expect((await system.http.post(url(`/startups/${s1.id}/founders`), { email: f1b.email }, owner.token)).status).toBe(204);

    const site = await post201('/sites', { name: 'Innovation HUB, floor 3' });
    const plan = await post201('/rent-plans', { name: 'Market', kind: 'share_of_market', noticeDays: 0, terms: { effectiveFrom: '2026-01-01', shareBps: 10_000 } });
    for (const [startup, name, amountMinor, currency] of [
      [s1, 'Room A', 100_000, 'GBP'],
      [s1, 'Lab', 50_000, 'USD'],
      [s2, 'Room B', 80_000, 'GBP'],
      [s3, 'Room C', 60_000, 'GBP'],
      [s4, 'Room D', 40_000, 'GBP'],
    ] as const) {
      const space = await post201('/spaces', { siteId: site.id, name, kind: 'office', areaM2: 20, capacity: 4 });
      await post201(`/spaces/${space.id}/rates`, { effectiveFrom: '2026-01-01', basis: 'per_month', amount: { amountMinor, currency } });
      await post201('/leases', { startupId: startup.id, spaceId: space.id, planId: plan.id, startsOn: '2026-01-01' });
    }

    // Another organization with an invoice and a payment of its own.
    const otherOwner = await users.create(system);
    const otherOrg = await organizations.create(system, otherOwner, { timezone: 'Europe/London', defaultCurrency: 'GBP' });
    const theirs = async (path: string, body: object) => {
      const response = await system.http.post(url(path, otherOrg.slug), body, otherOwner.token);
      if (response.status !== 201) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body;
    };
    const otherSite = await theirs('/sites', { name: 'Elsewhere' });
    const otherSpace = await theirs('/spaces', { siteId: otherSite.id, name: 'Theirs', kind: 'office', areaM2: 10, capacity: 2 });
    await theirs(`/spaces/${otherSpace.id}/rates`, { effectiveFrom: '2026-01-01', basis: 'per_month', amount: { amountMinor: 10_000, currency: 'GBP' } });
    const otherPlan = await theirs('/rent-plans', { name: 'Market', kind: 'share_of_market', noticeDays: 0, terms: { effectiveFrom: '2026-01-01', shareBps: 10_000 } });
    const otherStartup = await startups.create(system, otherOwner, otherOrg);
    await theirs('/leases', { startupId: otherStartup.id, spaceId: otherSpace.id, planId: otherPlan.id, startsOn: '2026-01-01' });
    clock.set('2026-02-02T10:00:00Z');
    expect((await system.http.post(url('/invoices/run', otherOrg.slug), { period: '2026-01' }, otherOwner.token)).status).toBe(200);
    const otherInvoice = (await query(`SELECT id FROM invoices WHERE organization_id = $1`, [otherOrg.id]))[0].id;
    const otherPayment = await theirs('/payments', { startupId: otherStartup.id, receivedOn: '2026-02-02', amount: gbp(1_000), bankReference: 'OTHER-1' });
    other = { owner: otherOwner, org: otherOrg, startupId: otherStartup.id, invoiceId: otherInvoice, paymentId: otherPayment.id };
  });
  afterAll(async () => {
    await system?.close();
    clock.remove();
  });

  it('January is invoiced; a payment in full pays its invoice (oldest first), recorded once per bank reference', async () => {
    await run('2026-01');
    const paid = await pay({ startupId: s3.id, receivedOn: '2026-02-02', amount: gbp(60_000), bankReference: ' S3-JAN ', note: 'January rent' });
    expect(paid.status).toBe(201);
    const januaryS3 = await invoice(s3.id, '2026-01');
    expect(paid.body).toMatchObject({
      startupId: s3.id,
      receivedOn: '2026-02-02',
      bankReference: 'S3-JAN',
      note: 'January rent',
      amount: gbp(60_000),
      allocated: gbp(60_000),
      unallocated: gbp(0),
      allocations: [{ invoiceId: januaryS3, amount: gbp(60_000), manual: false }],
    });
    tally('2026-02', 'GBP', 60_000);
    expect(await balance(januaryS3)).toBe(0);
    expect((await system.http.get(url(`/invoices/${januaryS3}`), owner.token)).body).toMatchObject({ status: 'paid', paid: gbp(60_000) });
    expect(await countRows(system, 'audit_entries', `action = 'payment.recorded' AND entity_id = $1`, [paid.body.id])).toBe(1);
  });

  describe('dunning', () => {
    it('6 days overdue: nothing; 7 days: one reminder per founder and unpaid invoice, in the app and by email; the job delivered twice sends once; a paid invoice gets none', async () => {
      clock.set('2026-02-22T12:00:00Z');
      await monthEnd('dunning-6');
      expect(await reminders()).toEqual([]);

      clock.set('2026-02-23T12:00:00Z'); // 16 February + 7
      await Promise.all([monthEnd('dunning-7a'), monthEnd('dunning-7b')]);
      const january = { s1: await invoice(s1.id, '2026-01'), s1usd: await invoice(s1.id, '2026-01', 'USD'), s2: await invoice(s2.id, '2026-01'), s3: await invoice(s3.id, '2026-01'), s4: await invoice(s4.id, '2026-01') };
      expect(await reminders()).toEqual([`${january.s1}:7`, `${january.s1usd}:7`, `${january.s2}:7`, `${january.s4}:7`].sort());
      const notes = await query(`SELECT user_id, dedupe_key, title, body FROM notifications WHERE organization_id = $1 AND kind = 'invoice.overdue' ORDER BY user_id, dedupe_key`, [org.id]);
      expect(notes).toHaveLength(6); // s1: two founders × two invoices; s2 and s4: one each; s3 paid
      expect(notes.filter((n) => n.dedupe_key === `invoice.${january.s3}.reminder-7`)).toEqual([]);
      expect(notes.filter((n) => n.dedupe_key === `invoice.${january.s1}.reminder-7`).map((n) => n.user_id).sort()).toEqual([s1.founder.id, f1b.id].sort());
      expect(notes.find((n) => n.dedupe_key === `invoice.${january.s1usd}.reminder-7` && n.user_id === s1.founder.id)?.body).toMatch(/due 2026-02-16 \(7 days ago\)/);

      await allEmailsSent();
      await until('the reminder emails', async () => overdueMails(s1.founder.email).length === 2 && overdueMails(f1b.email).length === 2 && overdueMails(s2.founder.email).length === 1 && overdueMails(s4.founder.email).length === 1);
      expect(overdueMails(s3.founder.email)).toEqual([]);

      // Again (the next sweep round, a redelivery): nothing more.
      await monthEnd('dunning-7c');
      expect(await reminders()).toHaveLength(4);
      expect(await countRows(system, 'notifications', `organization_id = $1 AND kind = 'invoice.overdue'`, [org.id])).toBe(6);
      await allEmailsSent();
      expect(overdueMails(s1.founder.email)).toHaveLength(2);
    });

    it('30 days overdue: the 30-day reminder, through the sweep and the queue; February (2 days overdue) gets nothing yet', async () => {
      clock.set('2026-03-02T10:00:00Z');
      await run('2026-02');
      clock.set('2026-03-18T12:00:00Z'); // 16 February + 30; 16 March + 2
      await system.worker!.get(BillingSweeper).sweep();
      await until('the 30-day reminders', async () => (await countRows(system, 'invoice_reminders', 'organization_id = $1 AND level = 30', [org.id])) === 4);
      const thirty = await query(`SELECT i.period::text AS period FROM invoice_reminders r JOIN invoices i ON i.id = r.invoice_id WHERE r.organization_id = $1 AND r.level = 30`, [org.id]);
      expect(thirty.map((r) => r.period)).toEqual(['2026-01-01', '2026-01-01', '2026-01-01', '2026-01-01']);
      await until('the 30-day notifications', async () => (await countRows(system, 'notifications', `organization_id = $1 AND kind = 'invoice.overdue' AND dedupe_key LIKE '%reminder-30'`, [org.id])) === 6);
      await allEmailsSent();
      await until('the 30-day emails', async () => overdueMails(s1.founder.email).filter((m) => /30 days overdue/.test(m.subject)).length === 2);
      expect(await countRows(system, 'invoice_reminders', 'organization_id = $1', [org.id])).toBe(8);
    });
  });

  describe('payments and allocation', () => {
    it('March is invoiced at local midnight; a partial payment goes oldest first: January in full, part of February, March untouched, USD untouched', async () => {
      clock.set('2026-03-31T23:30:00Z'); // 00:30 on 1 April in London (still 31 March in UTC)
      await run('2026-03');
      const response = await pay({ startupId: s1.id, receivedOn: '2026-04-01', amount: gbp(150_000), bankReference: 'S1-APR-1' }, manager);
      expect(response.status).toBe(201);
      payment.s1 = response.body.id;
      const [jan, feb, mar] = [await invoice(s1.id, '2026-01'), await invoice(s1.id, '2026-02'), await invoice(s1.id, '2026-03')];
      expect(response.body.allocations.map((a: any) => [a.invoiceId, a.amount.amountMinor, a.manual])).toEqual([
        [jan, 100_000, false],
        [feb, 50_000, false],
      ]);
      expect(response.body.unallocated).toEqual(gbp(0));
      tally('2026-04', 'GBP', 150_000);
      expect([await balance(jan), await balance(feb), await balance(mar)]).toEqual([0, 50_000, 100_000]);
      expect(await balance(await invoice(s1.id, '2026-01', 'USD'))).toBe(50_000);
      const detail = await system.http.get(url(`/invoices/${feb}`), owner.token);
      expect(detail.body.allocations).toEqual([{ paymentId: payment.s1, bankReference: 'S1-APR-1', receivedOn: '2026-04-01', amount: gbp(50_000), manual: false }]);
    });

    it('refuses, writing nothing: another currency, beyond a balance, beyond the payment, a duplicate reference, another startup or organization, a credit note, a future day, zero, a founder, a reviewer', async () => {
      const [janUsd, feb, mar] = [await invoice(s1.id, '2026-01', 'USD'), await invoice(s1.id, '2026-02'), await invoice(s1.id, '2026-03')];
      const base = { startupId: s1.id, receivedOn: '2026-04-01', amount: gbp(20_000), bankReference: 'S1-BAD' };
      const before = await counts();
      expectProblem(await pay({ ...base, allocations: [{ invoiceId: janUsd, amountMinor: 10_000 }] }), 409, 'CURRENCY_MISMATCH');
      const exceeds = await pay({ ...base, amount: gbp(60_000), allocations: [{ invoiceId: feb, amountMinor: 50_001 }] });
      expectProblem(exceeds, 409, 'ALLOCATION_EXCEEDS_BALANCE');
      expect(exceeds.body).toMatchObject({ invoiceId: feb, balanceMinor: 50_000 });
      const beyond = await pay({ ...base, allocations: [{ invoiceId: feb, amountMinor: 10_000 }, { invoiceId: mar, amountMinor: 10_001 }] });
      expectProblem(beyond, 409, 'ALLOCATION_EXCEEDS_PAYMENT');
      expect(beyond.body.unallocatedMinor).toBe(20_000);
      const duplicate = await pay({ ...base, bankReference: 'S1-APR-1' });
      expectProblem(duplicate, 409, 'PAYMENT_DUPLICATE');
      expect(duplicate.body.paymentId).toBe(payment.s1);
      expectProblem(await pay({ ...base, startupId: other.startupId }), 404, 'NOT_FOUND');
      expectProblem(await pay({ ...base, allocations: [{ invoiceId: other.invoiceId, amountMinor: 1 }] }), 404, 'NOT_FOUND');
      expectProblem(await pay({ ...base, allocations: [{ invoiceId: await invoice(s2.id, '2026-03'), amountMinor: 1 }] }), 404, 'NOT_FOUND');
      expectProblem(await pay({ ...base, allocations: [{ invoiceId: feb, amountMinor: 1 }, { invoiceId: feb, amountMinor: 1 }] }), 400, 'VALIDATION_FAILED');
      expectProblem(await pay({ ...base, receivedOn: '2026-04-02' }), 400, 'VALIDATION_FAILED');
      expectProblem(await pay({ ...base, amount: gbp(0) }), 400, 'VALIDATION_FAILED');
      expectProblem(await pay({ ...base, amount: gbp(-5) }), 400, 'VALIDATION_FAILED');
      expectProblem(await pay({ ...base, bankReference: '   ' }), 400, 'VALIDATION_FAILED');
      expectProblem(await pay({ ...base, bankReference: 'x'.repeat(101) }), 400, 'VALIDATION_FAILED');
      expectProblem(await pay(base, s1.founder), 403, 'FORBIDDEN');
      expectProblem(await pay(base, reviewer), 403, 'FORBIDDEN');
      expectProblem(await system.http.post(url(`/payments/${payment.s1}/allocations`), {}, s1.founder.token), 403, 'FORBIDDEN');
      expectProblem(await system.http.post(url(`/payments/${other.paymentId}/allocations`), {}, owner.token), 404, 'NOT_FOUND');
      expect(await counts()).toEqual(before);
    });

    it("a bank reference is per organization: another organization's reference is free here", async () => {
      const response = await pay({ startupId: s1.id, receivedOn: '2026-04-01', amount: { amountMinor: 10_000, currency: 'EUR' }, bankReference: 'OTHER-1' });
      expect(response.status).toBe(201);
      // No EUR invoice: all of it is a credit balance.
      expect(response.body).toMatchObject({ allocations: [], unallocated: { amountMinor: 10_000, currency: 'EUR' } });
      tally('2026-04', 'EUR', 10_000);
    });

    it("a manual allocation overrides oldest first (after a credit note); a USD payment pays the USD invoices", async () => {
      const [feb, mar] = [await invoice(s1.id, '2026-02'), await invoice(s1.id, '2026-03')];
      expect((await system.http.post(url(`/invoices/${mar}/credit-notes`), { amountMinor: 20_000, reason: 'Heating out for a week' }, owner.token)).status).toBe(201);
      tally('2026-04', 'GBP', 20_000, credited);
      const creditNote = (await query(`SELECT id FROM invoices WHERE credits_invoice_id = $1`, [mar]))[0].id;
      const before = await counts();
      const onCreditNote = await pay({ startupId: s1.id, receivedOn: '2026-04-01', amount: gbp(1_000), bankReference: 'S1-CN', allocations: [{ invoiceId: creditNote, amountMinor: 1_000 }] });
      expectProblem(onCreditNote, 409, 'NOT_AN_INVOICE');
      expect(await counts()).toEqual(before);
      const response = await pay({ startupId: s1.id, receivedOn: '2026-04-01', amount: gbp(30_000), bankReference: 'S1-APR-2', allocations: [{ invoiceId: mar, amountMinor: 30_000 }] });
      expect(response.status).toBe(201);
      expect(response.body.allocations).toEqual([expect.objectContaining({ invoiceId: mar, amount: gbp(30_000), manual: true })]);
      tally('2026-04', 'GBP', 30_000);
      expect([await balance(feb), await balance(mar)]).toEqual([50_000, 50_000]);

      const usd = await pay({ startupId: s1.id, receivedOn: '2026-04-01', amount: { amountMinor: 50_000, currency: 'USD' }, bankReference: 'S1-USD-1' });
      expect(usd.body.allocations.map((a: any) => [a.invoiceId, a.amount])).toEqual([[await invoice(s1.id, '2026-01', 'USD'), { amountMinor: 50_000, currency: 'USD' }]]);
      tally('2026-04', 'USD', 50_000);
      expect(await balance(await invoice(s1.id, '2026-02'))).toBe(50_000); // GBP untouched
    });

    it('an over-payment pays everything open and leaves a credit balance; allocating it with nothing open changes nothing', async () => {
      const response = await pay({ startupId: s2.id, receivedOn: '2026-03-30', amount: gbp(300_000), bankReference: 'S2-BIG' });
      expect(response.status).toBe(201);
      payment.s2 = response.body.id;
      expect(response.body.allocations.map((a: any) => a.amount.amountMinor)).toEqual([80_000, 80_000, 80_000]);
      expect(response.body.unallocated).toEqual(gbp(60_000));
      tally('2026-03', 'GBP', 300_000);
      const credits = await system.http.get(url('/billing/credit-balances'), manager.token);
      expect(credits.body.items.filter((c: any) => c.startupId === s2.id)).toEqual([expect.objectContaining({ credit: gbp(60_000), payments: 1 })]);
      expect(credits.body.items.find((c: any) => c.startupId === s1.id)).toMatchObject({ credit: { amountMinor: 10_000, currency: 'EUR' } });

      const before = await counts();
      const again = await system.http.post(url(`/payments/${payment.s2}/allocations`), {}, owner.token);
      expect(again.status).toBe(200);
      expect(again.body.unallocated).toEqual(gbp(60_000));
      expect(await counts()).toEqual(before);
    });

    it('two payments at once for one startup never take an invoice below zero', async () => {
      // s3: January paid; February and March 60,000 each open.
      const [feb, mar] = [await invoice(s3.id, '2026-02'), await invoice(s3.id, '2026-03')];
      const results = await Promise.all([
        pay({ startupId: s3.id, receivedOn: '2026-04-01', amount: gbp(70_000), bankReference: 'S3-RACE-A' }),
        pay({ startupId: s3.id, receivedOn: '2026-04-01', amount: gbp(70_000), bankReference: 'S3-RACE-B' }, manager),
      ]);
      expect(results.map((r) => r.status)).toEqual([201, 201]);
      tally('2026-04', 'GBP', 140_000);
      const allocated = await query(`SELECT invoice_id, sum(amount_minor)::int AS paid FROM payment_allocations WHERE invoice_id = ANY($1) GROUP BY invoice_id ORDER BY invoice_id`, [[feb, mar]]);
      expect(Object.fromEntries(allocated.map((a) => [a.invoice_id, a.paid]))).toEqual({ [feb]: 60_000, [mar]: 60_000 });
      expect(results.map((r) => r.body.unallocated.amountMinor).sort((a, b) => a - b)).toEqual([0, 20_000]);
      expect([await balance(feb), await balance(mar)]).toEqual([0, 0]);
    });

    it('the same bank reference twice at once (two startups): one payment, one 409 PAYMENT_DUPLICATE naming it', async () => {
      const before = await countRows(system, 'payments', 'organization_id = $1', [org.id]);
      const results = await Promise.all([
        pay({ startupId: s2.id, receivedOn: '2026-04-01', amount: gbp(5_000), bankReference: 'DUP-RACE' }),
        pay({ startupId: s3.id, receivedOn: '2026-04-01', amount: gbp(5_000), bankReference: 'DUP-RACE' }, manager),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      const winner = results.find((r) => r.status === 201)!;
      const loser = results.find((r) => r.status === 409)!;
      expectProblem(loser, 409, 'PAYMENT_DUPLICATE');
      expect(loser.body.paymentId).toBe(winner.body.id);
      expect(await countRows(system, 'payments', 'organization_id = $1', [org.id])).toBe(before + 1);
      tally('2026-04', 'GBP', 5_000);
      // An Idempotency-Key replays the first answer instead.
      const key = { 'Idempotency-Key': 'pay-idem-1' };
      const body = { startupId: s2.id, receivedOn: '2026-04-01', amount: gbp(1_000), bankReference: 'IDEM-1' };
      const first = await system.http.post(url('/payments'), body, owner.token, key);
      const replay = await system.http.post(url('/payments'), body, owner.token, key);
      expect([first.status, replay.status]).toEqual([201, 201]);
      expect(replay.body.id).toBe(first.body.id);
      tally('2026-04', 'GBP', 1_000);
    });

    it('a credit note and a payment for the same invoice at once: one of them, never more than the invoice', async () => {
      const mar = await invoice(s4.id, '2026-03'); // 40,000 open
      const [credit, paid] = await Promise.all([
        system.http.post(url(`/invoices/${mar}/credit-notes`), { amountMinor: 30_000, reason: 'Moved rooms' }, owner.token),
        pay({ startupId: s4.id, receivedOn: '2026-04-01', amount: gbp(40_000), bankReference: 'S4-MAR', allocations: [{ invoiceId: mar, amountMinor: 40_000 }] }, manager),
      ]);
      expect([credit.status, paid.status].sort()).toEqual([201, 409]);
      s4CreditWon = credit.status === 201;
      if (s4CreditWon) {
        expectProblem(paid, 409, 'ALLOCATION_EXCEEDS_BALANCE');
        tally('2026-04', 'GBP', 30_000, credited);
        expect(await balance(mar)).toBe(10_000);
      } else {
        expectProblem(credit, 409, 'CREDIT_EXCEEDS_BALANCE');
        tally('2026-04', 'GBP', 40_000);
        expect(await balance(mar)).toBe(0);
      }
      const [settled] = await query(
        `SELECT (SELECT COALESCE(sum(total_minor), 0) FROM invoices WHERE credits_invoice_id = $1)::int + (SELECT COALESCE(sum(amount_minor), 0) FROM payment_allocations WHERE invoice_id = $1)::int AS settled`,
        [mar],
      );
      expect(settled.settled).toBeLessThanOrEqual(40_000);
    });

    it('founders read their startups’ payments only; staff list and filter; a payment shows its allocations', async () => {
      const mine = await system.http.get(url('/payments'), f1b.token);
      expect(mine.status).toBe(200);
      expect(new Set(mine.body.items.map((p: any) => p.startupId))).toEqual(new Set([s1.id]));
      expect(mine.body.items).toHaveLength(4); // S1-APR-1, OTHER-1 (EUR), S1-APR-2, S1-USD-1
      expect((await system.http.get(url(`/payments?startupId=${s2.id}`), f1b.token)).body.items).toEqual([]);
      expectProblem(await system.http.get(url(`/payments/${payment.s2}`), f1b.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(url(`/payments/${other.paymentId}`), owner.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(url('/payments'), reviewer.token), 403, 'FORBIDDEN');
      const one = await system.http.get(url(`/payments/${payment.s1}`), s1.founder.token);
      expect(one.body).toMatchObject({ id: payment.s1, bankReference: 'S1-APR-1', allocated: gbp(150_000), unallocated: gbp(0) });
      expect(one.body.allocations.map((a: any) => a.invoiceNumber)).toEqual([expect.stringMatching(/-2026-\d{6}$/), expect.stringMatching(/-2026-\d{6}$/)]);
      const page = await system.http.get(url(`/payments?startupId=${s1.id}&limit=3`), manager.token);
      expect(page.body.items).toHaveLength(3);
      const rest = await system.http.get(url(`/payments?startupId=${s1.id}&limit=3&cursor=${page.body.nextCursor}`), manager.token);
      expect(rest.body).toMatchObject({ items: [expect.objectContaining({ id: payment.s1 })], nextCursor: null });
      const founderCredit = await system.http.get(url('/billing/credit-balances'), s1.founder.token);
      expect(founderCredit.body.items.map((c: any) => [c.startupId, c.credit])).toEqual([[s1.id, { amountMinor: 10_000, currency: 'EUR' }]]);
    });
  });

  describe('arrears aging', () => {
    const aging = async (asOf: string, startupId = s1.id, by = owner) => {
      const response = await system.http.get(url(`/billing/arrears?asOf=${asOf}&startupId=${startupId}`), by.token);
      expect(response.status).toBe(200);
      return response.body;
    };
    const buckets = (row: any) => (row ? [row.notDue, row.days0To30, row.days31To60, row.days61To90, row.days90Plus].map((m: any) => m.amountMinor) : null);
    const s1Gbp = async (asOf: string) => buckets((await aging(asOf)).startups.find((r: any) => r.currency === 'GBP'));

    it('as of days across the bucket boundaries (0, 1, 30, 31, 60, 61, 90, 91 days past due), per currency', async () => {
      expect(await aging('2026-02-01')).toEqual({ asOf: '2026-02-01', startups: [], totals: [], invoices: [] }); // nothing issued yet
      const dueDay = await aging('2026-02-16'); // January: due today
      expect(dueDay.startups.map((r: any) => [r.currency, ...buckets(r)!])).toEqual([
        ['GBP', 100_000, 0, 0, 0, 0],
        ['USD', 50_000, 0, 0, 0, 0],
      ]);
      expect(await s1Gbp('2026-02-17')).toEqual([0, 100_000, 0, 0, 0]); // 1 day
      expect(await s1Gbp('2026-03-18')).toEqual([0, 200_000, 0, 0, 0]); // January 30 days, February 2
      expect(await s1Gbp('2026-03-19')).toEqual([0, 100_000, 100_000, 0, 0]); // January 31
      // Before the payments of 1 April: the old balances.
      const march = await aging('2026-03-31');
      expect(buckets(march.startups.find((r: any) => r.currency === 'GBP'))).toEqual([0, 100_000, 100_000, 0, 0]);
      expect(march.startups.map((r: any) => r.currency)).toEqual(['GBP', 'USD']); // no EUR credit yet
      expect(march.invoices.map((i: any) => [i.period, i.daysOverdue, i.bucket, i.balance.amountMinor])).toEqual([
        ['2026-01', 43, '31_60', 100_000],
        ['2026-01', 43, '31_60', 50_000],
        ['2026-02', 15, '0_30', 100_000],
        ['2026-02', 15, '0_30', 50_000],
      ]);
      // 1 April: January paid, February 50,000 left, March issued (100,000 − 20,000 credited − 30,000 paid) and not due.
      const april = await aging('2026-04-01');
      expect(april.startups.map((r: any) => [r.currency, ...buckets(r)!, r.creditBalance.amountMinor, r.openInvoices, r.overdueInvoices])).toEqual([
        ['EUR', 0, 0, 0, 0, 0, 10_000, 0, 0],
        ['GBP', 50_000, 50_000, 0, 0, 0, 0, 2, 1],
        ['USD', 50_000, 50_000, 0, 0, 0, 0, 2, 1],
      ]);
      expect(april.totals.map((t: any) => [t.currency, t.outstanding.amountMinor, t.overdue.amountMinor, t.startups])).toEqual([
        ['EUR', 0, 0, 1],
        ['GBP', 100_000, 50_000, 1],
        ['USD', 100_000, 50_000, 1],
      ]);
      // February is due 16 March, March 15 April.
      expect(await s1Gbp('2026-05-15')).toEqual([0, 50_000, 50_000, 0, 0]); // 60 and 30 days
      expect(await s1Gbp('2026-05-16')).toEqual([0, 0, 50_000, 50_000, 0]); // 61 and 31
      expect(await s1Gbp('2026-06-14')).toEqual([0, 0, 50_000, 50_000, 0]); // 90 and 60
      expect(await s1Gbp('2026-06-15')).toEqual([0, 0, 0, 50_000, 50_000]); // 91 and 61
    });

    it('for the organization: per startup and per currency, never summed across currencies', async () => {
      const response = await system.http.get(url('/billing/arrears?asOf=2026-03-31'), manager.token);
      expect(response.status).toBe(200);
      expect(response.body.invoices).toEqual([]);
      // GBP: s1 January (43 days) and February (15); s2 paid on 30 March; s3 February; s4 January and February.
      expect(response.body.totals.map((t: any) => [t.currency, ...buckets(t)!, t.overdue.amountMinor, t.openInvoices, t.startups, t.creditBalance.amountMinor])).toEqual([
        ['GBP', 0, 200_000, 140_000, 0, 0, 340_000, 5, 4, 140_000],
        ['USD', 0, 50_000, 50_000, 0, 0, 100_000, 2, 1, 0],
      ]);
      // s2 paid 300,000 on 30 March against 160,000 invoiced by then: its allocation to March (issued 1 April) is not yet counted, so 140,000 is credit on that day.
      expect(response.body.startups.filter((r: any) => r.startupId === s2.id).map((r: any) => [r.currency, r.outstanding.amountMinor, r.creditBalance.amountMinor])).toEqual([['GBP', 0, 140_000]]);
      const today = await system.http.get(url('/billing/arrears'), owner.token);
      expect(today.body.asOf).toBe('2026-04-01'); // the organization's today, not UTC's
      for (const total of today.body.totals) {
        const rows = today.body.startups.filter((r: any) => r.currency === total.currency);
        expect(total.outstanding.amountMinor).toBe(rows.reduce((sum: number, r: any) => sum + r.outstanding.amountMinor, 0));
        expect(total.creditBalance.amountMinor).toBe(rows.reduce((sum: number, r: any) => sum + r.creditBalance.amountMinor, 0));
      }
      expect(today.body.totals.map((t: any) => t.currency)).toEqual(['EUR', 'GBP', 'USD']);
    });

    it("a founder reads their own startup's arrears only, and only by naming it", async () => {
      expect((await aging('2026-04-01', s1.id, f1b)).startups.map((r: any) => r.startupId)).toEqual([s1.id, s1.id, s1.id]);
      expectProblem(await system.http.get(url('/billing/arrears'), f1b.token), 403, 'FORBIDDEN');
      expectProblem(await system.http.get(url(`/billing/arrears?startupId=${s2.id}`), f1b.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(url(`/billing/arrears?startupId=${other.startupId}`), owner.token), 404, 'NOT_FOUND');
      expectProblem(await system.http.get(url('/billing/arrears?asOf=2026-02-30'), owner.token), 400, 'VALIDATION_FAILED');
      expectProblem(await system.http.get(url('/billing/arrears'), reviewer.token), 403, 'FORBIDDEN');
    });
  });

  it('revenue by month: invoiced for the month, credited and collected in it, per currency (never summed)', async () => {
    const response = await system.http.get(url('/billing/revenue?from=2026-01&to=2026-04'), manager.token);
    expect(response.status).toBe(200);
    const rows = response.body.rows.map((r: any) => [r.month, r.stream, r.currency, r.invoiced.amountMinor, r.credited.amountMinor, r.netInvoiced.amountMinor, r.collected.amountMinor, r.invoices]);
    const row = (month: string, currency: string, invoiced: number, invoices: number) => {
      const c = credited[`${month} ${currency}`] ?? 0;
      return [month, 'rent', currency, invoiced, c, invoiced - c, collected[`${month} ${currency}`] ?? 0, invoices];
    };
    expect(rows).toEqual([
      row('2026-01', 'GBP', 280_000, 4),
      row('2026-01', 'USD', 50_000, 1),
      row('2026-02', 'GBP', 280_000, 4),
      row('2026-02', 'USD', 50_000, 1),
      row('2026-03', 'GBP', 280_000, 4),
      row('2026-03', 'USD', 50_000, 1),
      row('2026-04', 'EUR', 0, 0),
      row('2026-04', 'GBP', 0, 0),
      row('2026-04', 'USD', 0, 0),
    ]);
    expect(collected['2026-04 GBP']).toBe(150_000 + 30_000 + 140_000 + 5_000 + 1_000 + (s4CreditWon ? 0 : 40_000));
    expect((await system.http.get(url('/billing/revenue?from=2026-02&to=2026-02'), owner.token)).body.rows.map((r: any) => r.currency)).toEqual(['GBP', 'USD']);
    expect((await system.http.get(url('/billing/revenue'), owner.token)).body).toMatchObject({ from: '2025-05', to: '2026-04' });
    expectProblem(await system.http.get(url('/billing/revenue?from=2026-05&to=2026-04'), owner.token), 400, 'VALIDATION_FAILED');
    expectProblem(await system.http.get(url('/billing/revenue?from=2010-01&to=2026-04'), owner.token), 400, 'VALIDATION_FAILED');
    expectProblem(await system.http.get(url('/billing/revenue'), s1.founder.token), 403, 'FORBIDDEN');
  });

  it('April: a credit balance is allocated to the newly issued invoice later; more than is unallocated is refused', async () => {
    clock.set('2026-04-30T23:30:00Z'); // 00:30 on 1 May in London
    await run('2026-04');
    const april = await invoice(s2.id, '2026-04');
    const before = await counts();
    const tooMuch = await system.http.post(url(`/payments/${payment.s2}/allocations`), { allocations: [{ invoiceId: april, amountMinor: 60_001 }] }, owner.token);
    expectProblem(tooMuch, 409, 'ALLOCATION_EXCEEDS_PAYMENT'); // April has 80,000 open; the payment 60,000 unallocated
    expectProblem(await system.http.post(url(`/payments/${payment.s2}/allocations`), { allocations: [] }, owner.token), 400, 'VALIDATION_FAILED');
    expectProblem(await system.http.post(url(`/payments/${payment.s2}/allocations`), { allocations: [{ invoiceId: await invoice(s1.id, '2026-04'), amountMinor: 1 }] }, owner.token), 404, 'NOT_FOUND');
    expect(await counts()).toEqual(before);

    const later = await system.http.post(url(`/payments/${payment.s2}/allocations`), {}, manager.token);
    expect(later.status).toBe(200);
    expect(later.body.unallocated).toEqual(gbp(0));
    expect(later.body.allocations.map((a: any) => [a.invoiceId, a.amount.amountMinor, a.manual]).slice(-1)).toEqual([[april, 60_000, false]]);
    expect(await balance(april)).toBe(20_000);
    expect(await countRows(system, 'audit_entries', `action = 'payment.allocated' AND entity_id = $1`, [payment.s2])).toBe(1);
    const none = await system.http.post(url(`/payments/${payment.s2}/allocations`), { allocations: [{ invoiceId: april, amountMinor: 1 }] }, owner.token);
    expectProblem(none, 409, 'ALLOCATION_EXCEEDS_PAYMENT');
    expect(none.body.unallocatedMinor).toBe(0);
  });

  it('dunning after a missed week: February (46 days overdue) gets only the 30-day reminder, March (16 days) the 7-day one; paid invoices none', async () => {
    const before = new Set(await reminders());
    await monthEnd('dunning-may');
    const added = (await reminders()).filter((r) => !before.has(r));
    const expected = [
      `${await invoice(s1.id, '2026-02')}:30`,
      `${await invoice(s1.id, '2026-02', 'USD')}:30`,
      `${await invoice(s4.id, '2026-02')}:30`,
      `${await invoice(s1.id, '2026-03')}:7`,
      `${await invoice(s1.id, '2026-03', 'USD')}:7`,
      ...(s4CreditWon ? [`${await invoice(s4.id, '2026-03')}:7`] : []),
    ];
    expect(added.sort()).toEqual(expected.sort());
    const feb = [await invoice(s1.id, '2026-02'), await invoice(s1.id, '2026-02', 'USD'), await invoice(s4.id, '2026-02'), await invoice(s2.id, '2026-02'), await invoice(s3.id, '2026-02')];
    expect(await countRows(system, 'invoice_reminders', 'invoice_id = ANY($1) AND level = 7', [feb])).toBe(0);
    await monthEnd('dunning-may-again');
    expect((await reminders()).length).toBe(before.size + expected.length);
  });

  it("a credit balance pays the next month's invoice when the month-end job issues it, once", async () => {
    const april = await invoice(s2.id, '2026-04');
    const open = await balance(april);
    expect(open).toBeGreaterThan(0);
    const over = await pay({ startupId: s2.id, receivedOn: '2026-05-01', amount: gbp(50_000), bankReference: 'S2-MAY-OVER' });
    expect(over.status).toBe(201);
    const credit = 50_000 - open;
    expect(over.body.unallocated).toEqual(gbp(credit)); // what April had open is paid; the rest is credit
    expect(await balance(april)).toBe(0);

    clock.set('2026-05-31T23:30:00Z'); // 00:30 on 1 June in London
    await Promise.all([monthEnd('june-1'), monthEnd('june-1-again')]);
    const may = await invoice(s2.id, '2026-05');
    const total = (await system.http.get(url(`/invoices/${may}`), owner.token)).body.total.amountMinor as number;
    expect(total).toBeGreaterThan(credit);
    expect(await balance(may)).toBe(total - credit);
    const detail = await system.http.get(url(`/payments/${over.body.id}`), owner.token);
    expect(detail.body).toMatchObject({ unallocated: gbp(0) });
    expect(detail.body.allocations.map((a: any) => [a.invoiceId, a.amount.amountMinor, a.manual])).toEqual([
      [april, open, false],
      [may, credit, false],
    ]);
    const credits = await system.http.get(url(`/billing/credit-balances?startupId=${s2.id}`), owner.token);
    expect(credits.body.items).toEqual([]);
  });
});
