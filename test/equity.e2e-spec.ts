import { randomBytes } from 'node:crypto';
import { Tenancy } from '@hatchery/core';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { EquityService } from '@hatchery/equity';
import { cohorts, enrol, startups } from './factories/cohorts';
import { addMember, organizations } from './factories/organizations';
import { programmes } from './factories/programmes';
import { SignedIn, users } from './factories/users';
import { TestClock } from './support/clock';
import { Response } from './support/http';
import { countRows, startSystem, System } from './support/system';

type Org = Awaited<ReturnType<typeof organizations.create>>;

/**
 * Cap tables, stake rules, the confirmed stake, investments, write-offs and the portfolio on the
 * real stack (api and worker). Startups are created at the real time; the clock stands 60 days
 * later, so entries can be dated across those days (the organizations are in Asia/Ulaanbaatar).
 */
describe('equity: cap tables, stake rules, investments, write-offs, portfolio', () => {
  let system: System;
  const clock = new TestClock(new Date(Date.now() + 60 * 86_400_000));
  jest.setTimeout(60_000);

  beforeAll(async () => {
    system = await startSystem({ worker: true, env: { CLOCK_FILE: clock.file } });
  });
  afterAll(async () => {
    await system?.close();
    clock.remove();
  });

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await sleep(100);
    }
  }
  const expectProblem = (response: Response, status: number, code: string) => {
    expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  };
  /** Runs the equity service in the worker, in the organization, as an event subscriber does. */
  const inWorker = <T>(organizationId: string, work: (equity: EquityService) => Promise<T>) => system.worker!.get(Tenancy).runInOrganization(organizationId, () => work(system.worker!.get(EquityService)));
  const query = async (sql: string, params: unknown[] = []) => (await system.db.query(sql, params)).rows;
  const day = (from: string, days: number) => new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const ubDate = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
  // Audit entries made by requests only: the worker's (no actor) land whenever its jobs finish, whatever this request did.
  const counts = () =>
    Promise.all([
      ...['equity_entries', 'holders', 'share_classes', 'investments', 'write_offs', 'proceeds', 'stake_bookings'].map((t) => countRows(system, t)),
      countRows(system, 'audit_entries', 'actor_user_id IS NOT NULL'),
    ]);

  interface Ctx {
    owner: SignedIn;
    org: Org;
    startup: { id: string; founder: SignedIn; createdAt: string };
    startedOn: string;
    base: string;
    orgHolder: string;
    founderHolder: string;
    common: string;
    enrolmentId?: string;
  }

  /** An organization, a programme with this equity policy, a startup enrolled in its cohort, its common class and founder holder. */
  async function setup(equityPolicy: Record<string, unknown> = { kind: 'none' }, enrolled = true): Promise<Ctx> {
    const owner = await users.create(system);
    const org = await organizations.create(system, owner);
    const made = await startups.create(system, owner, org);
    const profile = await system.http.get(`/api/v1/organizations/${org.slug}/startups/${made.id}`, owner.token);
    const startup = { id: made.id, founder: made.founder, createdAt: profile.body.createdAt as string };
    let enrolmentId: string | undefined;
    if (enrolled) {
      const programme = await programmes.create(system, owner, org.slug, { equityPolicy });
      const cohort = await cohorts.create(system, owner, org.slug, { programmeId: programme.id, startsOn: ubDate(clock.now().toISOString()) });
      enrolmentId = (await enrol(system, owner, org.slug, cohort.id, [made.id])).enrolments[0].id;
    }
    const base = `/api/v1/organizations/${org.slug}/startups/${made.id}`;
    const holders = await system.http.get(`${base}/holders`, owner.token);
    expect(holders.status).toBe(200);
    const orgHolder = holders.body.find((h: any) => h.kind === 'organization').id;
    const common = (await system.http.post(`${base}/share-classes`, { name: 'Common', kind: 'common' }, owner.token)).body.id;
    const founderHolder = (await system.http.post(`${base}/holders`, { kind: 'founder', name: 'Founder', userId: made.founder.id }, owner.token)).body.id;
    return { owner, org, startup, startedOn: ubDate(startup.createdAt), base, orgHolder, founderHolder, common, enrolmentId };
  }
  const post = (ctx: Ctx, path: string, body: unknown, who: SignedIn = ctx.owner, headers: Record<string, string> = {}) => system.http.post(`${ctx.base}${path}`, body, who.token, headers);
  const issue = (ctx: Ctx, to: string, shares: number | string, extra: Record<string, unknown> = {}) =>
    post(ctx, '/equity/entries', { kind: 'issuance', date: ctx.startedOn, shareClassId: ctx.common, toHolderId: to, shares, ...extra });
  const holder = async (ctx: Ctx, kind: string, name: string) => (await post(ctx, '/holders', { kind, name })).body.id as string;
  const capTable = async (ctx: Ctx, params = '', who: SignedIn = ctx.owner) => system.http.get(`${ctx.base}/cap-table${params}`, who.token);

  describe('the ledger and the cap table', () => {
    let ctx: Ctx;
    beforeAll(async () => {
      ctx = await setup({ kind: 'none' }, false);
    });

    it('derives the cap table as of any date, with exact fractions and a bps column summing to 10000', async () => {
      const cofounder = await holder(ctx, 'founder', 'Co-founder');
      const third = await holder(ctx, 'investor', 'Angel');
      expect((await issue(ctx, ctx.founderHolder, 1000)).status).toBe(201);
      expect((await issue(ctx, cofounder, '1000', { date: day(ctx.startedOn, 1) })).status).toBe(201);
      expect((await issue(ctx, third, 1000, { date: day(ctx.startedOn, 2), pricePerShare: { amountMinor: 150, currency: 'USD' } })).status).toBe(201);
      const first = await capTable(ctx, `?asOf=${ctx.startedOn}`);
      expect(first.status).toBe(200);
      expect(first.body.rows.map((r: any) => [r.holderName, r.shares, r.bps])).toEqual([['Founder', '1000', 10000]]);
      const now = await capTable(ctx);
      expect(now.body.totalShares).toBe('3000');
      expect(now.body.rows.map((r: any) => [r.shares, r.fraction, r.bps])).toEqual([
        ['1000', { numerator: '1', denominator: '3' }, 3334],
        ['1000', { numerator: '1', denominator: '3' }, 3333],
        ['1000', { numerator: '1', denominator: '3' }, 3333],
      ]);
      const csv = await capTable(ctx, '?format=csv');
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      expect(String(csv.body)).toContain('33.34');
    });

    it('corrects by a reversing entry, once; the ledger refuses UPDATE and DELETE even to the owner role', async () => {
      const wrong = await issue(ctx, ctx.founderHolder, 7, { date: day(ctx.startedOn, 3) });
      const reversal = await post(ctx, `/equity/entries/${wrong.body.id}/reversal`, { date: day(ctx.startedOn, 3), note: 'Booked by mistake' });
      expect(reversal.status).toBe(201);
      expect(reversal.body).toMatchObject({ kind: 'cancellation', fromHolderId: ctx.founderHolder, shares: '7', reversesEntryId: wrong.body.id });
      expectProblem(await post(ctx, `/equity/entries/${wrong.body.id}/reversal`, { date: day(ctx.startedOn, 3), note: 'Booked by mistake' }), 409, 'ENTRY_ALREADY_REVERSED');
      expect((await capTable(ctx)).body.totalShares).toBe('3000');
      await expect(query(`UPDATE equity_entries SET shares = 1 WHERE id = $1`, [wrong.body.id])).rejects.toThrow(/append-only/);
      await expect(query(`DELETE FROM equity_entries WHERE id = $1`, [wrong.body.id])).rejects.toThrow(/append-only/);
    });

    it('refuses bad input with a code and writes nothing', async () => {
      const before = await counts();
      const tomorrowOfStart = day(ctx.startedOn, 3);
      expectProblem(await issue(ctx, ctx.founderHolder, 0), 400, 'VALIDATION_FAILED');
      expectProblem(await issue(ctx, ctx.founderHolder, -5), 400, 'VALIDATION_FAILED');
      expectProblem(await issue(ctx, ctx.founderHolder, 1.5), 400, 'VALIDATION_FAILED');
      expectProblem(await issue(ctx, ctx.founderHolder, '12abc'), 400, 'VALIDATION_FAILED');
      expectProblem(await issue(ctx, ctx.founderHolder, 1, { date: day(ctx.startedOn, -1) }), 400, 'ENTRY_BEFORE_STARTUP');
      expectProblem(await issue(ctx, ctx.founderHolder, 1, { date: day(ubDate(clock.now().toISOString()), 1) }), 400, 'ENTRY_IN_FUTURE');
      expectProblem(await issue(ctx, ctx.founderHolder, 1, { date: ctx.startedOn }), 409, 'ENTRY_OUT_OF_ORDER');
      expectProblem(await issue(ctx, ctx.founderHolder, 1, { date: tomorrowOfStart, shareClassId: '0195f3a2-0000-7000-8000-000000000001' }), 400, 'UNKNOWN_SHARE_CLASS');
      expectProblem(await issue(ctx, '0195f3a2-0000-7000-8000-000000000001', 1, { date: tomorrowOfStart }), 400, 'UNKNOWN_HOLDER');
      expectProblem(
        await post(ctx, '/equity/entries', { kind: 'transfer', date: tomorrowOfStart, shareClassId: ctx.common, fromHolderId: ctx.founderHolder, toHolderId: ctx.orgHolder, shares: 1001 }),
        409,
        'INSUFFICIENT_SHARES',
      );
      expectProblem(await post(ctx, '/equity/entries', { kind: 'cancellation', date: tomorrowOfStart, shareClassId: ctx.common, toHolderId: ctx.orgHolder, shares: 1 }), 400, 'VALIDATION_FAILED');
      // A founder may read the cap table of their startup but write nothing.
      expect((await post(ctx, '/equity/entries', { kind: 'issuance', date: tomorrowOfStart, shareClassId: ctx.common, toHolderId: ctx.founderHolder, shares: 1 }, ctx.startup.founder)).status).toBe(403);
      expect(await counts()).toEqual(before);
    });

    it('roles: founders read their own cap table only; reviewers and mentors nothing; another organization 404', async () => {
      expect((await capTable(ctx, '', ctx.startup.founder)).status).toBe(200);
      expect((await system.http.get(`${ctx.base}/equity/entries`, ctx.startup.founder.token)).status).toBe(403);
      const other = await startups.create(system, ctx.owner, ctx.org);
      expect((await system.http.get(`/api/v1/organizations/${ctx.org.slug}/startups/${other.id}/cap-table`, ctx.startup.founder.token)).status).toBe(404);
      for (const role of ['reviewer', 'mentor'] as const) {
        const member = await addMember(system, ctx.org.id, role);
        expect((await capTable(ctx, '', member)).status).toBe(403);
        expect((await system.http.get(`/api/v1/organizations/${ctx.org.slug}/portfolio`, member.token)).status).toBe(403);
      }
      const stranger = await setup({ kind: 'none' }, false);
      const foreign = `/api/v1/organizations/${stranger.org.slug}/startups/${ctx.startup.id}`;
      const before = await counts();
      expect((await system.http.get(`${foreign}/cap-table`, stranger.owner.token)).status).toBe(404);
      expect((await system.http.post(`${foreign}/equity/entries`, { kind: 'issuance', date: ctx.startedOn, shareClassId: ctx.common, toHolderId: ctx.founderHolder, shares: 1 }, stranger.owner.token)).status).toBe(404);
      expect((await system.http.post(`${foreign}/investments`, { investorHolderId: ctx.orgHolder, instrument: 'safe', amount: { amountMinor: 100, currency: 'USD' }, preMoneyValuation: { amountMinor: 1000, currency: 'USD' }, date: ctx.startedOn }, stranger.owner.token)).status).toBe(404);
      expect(await counts()).toEqual(before);
    });

    it('replays an entry with the same Idempotency-Key, refuses the key with another body', async () => {
      const body = { kind: 'issuance', date: day(ctx.startedOn, 4), shareClassId: ctx.common, toHolderId: ctx.founderHolder, shares: 5 };
      const key = { 'Idempotency-Key': `eq-${randomBytes(4).toString('hex')}` };
      const first = await post(ctx, '/equity/entries', body, ctx.owner, key);
      const again = await post(ctx, '/equity/entries', body, ctx.owner, key);
      expect(first.status).toBe(201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body.id).toBe(first.body.id);
      expect(await countRows(system, 'equity_entries', 'id = $1', [first.body.id])).toBe(1);
      expectProblem(await post(ctx, '/equity/entries', { ...body, shares: 6 }, ctx.owner, key), 422, 'IDEMPOTENCY_KEY_REUSED');
      expect(await countRows(system, 'audit_entries', `entity_type = 'equity_entry' AND entity_id = $1`, [first.body.id])).toBe(1);
    });
  });

  describe('range and never-majority (Socratus: 15–49 %, never a majority)', () => {
    const SOCRATUS = { kind: 'range', minBps: 1500, maxBps: 4900, neverMajority: true };
    let ctx: Ctx;
    beforeAll(async () => {
      ctx = await setup(SOCRATUS);
      expect((await issue(ctx, ctx.founderHolder, 8000)).status).toBe(201);
    });

    it('the first booking must land in the range; then dilution by an investor is allowed, other moves out of it need a reason', async () => {
      const d = day(ctx.startedOn, 1);
      expectProblem(await issue(ctx, ctx.orgHolder, 800, { date: d }), 409, 'EQUITY_OUT_OF_RANGE'); // 9 %
      expect((await issue(ctx, ctx.orgHolder, 2000, { date: d })).status).toBe(201); // 20 %
      const vc = await holder(ctx, 'investor', 'Steppe Ventures');
      expect((await issue(ctx, vc, 4000, { date: d })).status).toBe(201); // diluted to 2000/14000 = 14.3 %
      expectProblem(await issue(ctx, ctx.founderHolder, 1000, { date: d }), 409, 'EQUITY_OUT_OF_RANGE');
      const overridden = await issue(ctx, ctx.founderHolder, 1000, { date: d, overrideReason: 'Board-approved founder top-up' });
      expect(overridden.status).toBe(201);
      expect(overridden.body.overrideReason).toBe('Board-approved founder top-up');
      expectProblem(await post(ctx, '/equity/entries', { kind: 'transfer', date: d, shareClassId: ctx.common, fromHolderId: ctx.orgHolder, toHolderId: vc, shares: 100 }), 409, 'EQUITY_OUT_OF_RANGE');
    });

    it('never a majority, even with a reason; eight issuances at once, each fine alone, are serialized: exactly the four that fit are booked', async () => {
      const fresh = await setup(SOCRATUS);
      expect((await issue(fresh, fresh.founderHolder, 6000)).status).toBe(201);
      expect((await issue(fresh, fresh.orgHolder, 2000)).status).toBe(201); // 25 %
      expectProblem(await issue(fresh, fresh.orgHolder, 4000, { overrideReason: 'We want control' }), 409, 'EQUITY_MAJORITY_FORBIDDEN');
      // Each issuance of 800 alone keeps it below 50 %; at most four together do (2000 + 4·800 = 5200 of 11200; a fifth makes 6000 of 12000).
      const before = await countRows(system, 'equity_entries', 'startup_id = $1', [fresh.startup.id]);
      const results = await Promise.all(Array.from({ length: 8 }, () => issue(fresh, fresh.orgHolder, 800, { overrideReason: 'Converted loan' })));
      expect(results.filter((r) => r.status === 201)).toHaveLength(4);
      expect(results.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(Array(4).fill('EQUITY_MAJORITY_FORBIDDEN'));
      expect(await countRows(system, 'equity_entries', 'startup_id = $1', [fresh.startup.id])).toBe(before + 4);
    });

    it('of any class: 50 % of the preferred class is refused though the overall stake is small', async () => {
      const preferred = (await post(ctx, '/share-classes', { name: 'Series Seed', kind: 'preferred' })).body.id;
      const d = day(ctx.startedOn, 2);
      const vc2 = await holder(ctx, 'investor', 'Khan Capital');
      expect((await issue(ctx, vc2, 100, { date: d, shareClassId: preferred })).status).toBe(201);
      expectProblem(await issue(ctx, ctx.orgHolder, 100, { date: d, shareClassId: preferred, overrideReason: 'Pro rata' }), 409, 'EQUITY_MAJORITY_FORBIDDEN');
    });

    it('the fully diluted view counts the option pool and instruments with conversion shares; lists the others', async () => {
      const d = day(ctx.startedOn, 3);
      const pool = await holder(ctx, 'option_pool', 'ESOP 2026');
      expect((await issue(ctx, pool, 1500, { date: d })).status).toBe(201);
      const angel = await holder(ctx, 'investor', 'Angel');
      const safe = { investorHolderId: angel, instrument: 'safe', amount: { amountMinor: 5_000_000, currency: 'USD' }, preMoneyValuation: { amountMinor: 100_000_000, currency: 'USD' }, date: d };
      expect((await post(ctx, '/investments', { ...safe, conversionShares: '700' })).status).toBe(201);
      expect((await post(ctx, '/investments', { ...safe, instrument: 'convertible_note' })).status).toBe(201);
      const outstanding = await capTable(ctx);
      const diluted = await capTable(ctx, '?view=fully-diluted');
      expect(BigInt(diluted.body.totalShares) - BigInt(outstanding.body.totalShares)).toBe(2200n);
      expect(diluted.body.instruments.map((i: any) => [i.instrument, i.counted])).toEqual([['safe', true], ['convertible_note', false]]);
      expect(diluted.body.rows.reduce((s: number, r: any) => s + r.bps, 0)).toBe(10000);
      expect(diluted.body.rows.find((r: any) => r.holderId === angel)).toMatchObject({ shares: '700', instrumentShares: '700' });
    });
    it("a SAFE converted by an issuance stops counting from that day, once, for good: its shares are not counted twice", async () => {
      const d = day(ctx.startedOn, 4);
      const converts = day(ctx.startedOn, 5);
      const seedAngel = await holder(ctx, 'investor', 'Seed angel');
      const money = { amount: { amountMinor: 2_000_000, currency: 'USD' }, preMoneyValuation: { amountMinor: 100_000_000, currency: 'USD' }, date: d };
      const safe = (await post(ctx, '/investments', { investorHolderId: seedAngel, instrument: 'safe', conversionShares: '500', ...money })).body;
      const equity = (await post(ctx, '/investments', { investorHolderId: seedAngel, instrument: 'equity', shares: '10', ...money })).body;
      const dilutedBefore = await capTable(ctx, '?view=fully-diluted');
      const before = await counts();
      expectProblem(await issue(ctx, ctx.founderHolder, 520, { date: converts, convertsInvestmentId: safe.id }), 400, 'CONVERSION_HOLDER_MISMATCH');
      expectProblem(await issue(ctx, seedAngel, 10, { date: converts, convertsInvestmentId: equity.id }), 400, 'NOT_CONVERTIBLE');
      expectProblem(await issue(ctx, seedAngel, 10, { date: converts, convertsInvestmentId: '0195f3a2-0000-7000-8000-000000000001' }), 400, 'UNKNOWN_INVESTMENT');
      expectProblem(
        await post(ctx, '/equity/entries', { kind: 'transfer', date: converts, shareClassId: ctx.common, fromHolderId: ctx.founderHolder, toHolderId: seedAngel, shares: 1, convertsInvestmentId: safe.id }),
        400,
        'VALIDATION_FAILED',
      );
      expect(await counts()).toEqual(before);
      // Converted twice at once (the round priced it at 520 shares, not the 500 recorded): one is booked.
      const [a, b] = await Promise.all([1, 2].map(() => issue(ctx, seedAngel, 520, { date: converts, convertsInvestmentId: safe.id })));
      expect([a.status, b.status].sort()).toEqual([201, 409]);
      const converted = a.status === 201 ? a : b;
      expect((a.status === 409 ? a : b).body.code).toBe('INSTRUMENT_ALREADY_CONVERTED');
      expect(converted.body.convertsInvestmentId).toBe(safe.id);
      expect(await countRows(system, 'equity_entries', 'converts_investment_id = $1', [safe.id])).toBe(1);
      // The fully diluted total grows by the 520 shares issued less the 500 no longer counted.
      const after = await capTable(ctx, '?view=fully-diluted');
      expect(BigInt(after.body.totalShares) - BigInt(dilutedBefore.body.totalShares)).toBe(20n);
      expect(after.body.rows.find((r: any) => r.holderId === seedAngel)).toMatchObject({ shares: '530', instrumentShares: '0' });
      expect(after.body.instruments.find((i: any) => i.investmentId === safe.id)).toMatchObject({ counted: false, conversionEntryId: converted.body.id, convertedOn: converts });
      // As of the day before the conversion it still counts, at its recorded 500.
      const dayBefore = await capTable(ctx, `?view=fully-diluted&asOf=${d}`);
      expect(dayBefore.body.totalShares).toBe(dilutedBefore.body.totalShares);
      expect(dayBefore.body.instruments.find((i: any) => i.investmentId === safe.id)).toMatchObject({ counted: true, conversionEntryId: null });
      expect((await system.http.get(`${ctx.base}/investments`, ctx.owner.token)).body.find((i: any) => i.id === safe.id).conversionEntryId).toBe(converted.body.id);
      expectProblem(await post(ctx, `/equity/entries/${converted.body.id}/reversal`, { date: converts, note: 'Wrong share count' }), 409, 'CONVERSION_IS_FINAL');
    });
  });

  describe('fixed stake after six months (MCS: 10 %)', () => {
    it('confirming the stake issues exactly floor(p·T/(1−p)) once, even confirmed twice at once and delivered twice', async () => {
      const ctx = await setup({ kind: 'fixed_after', bps: 1000, afterMonths: 6 });
      expect((await issue(ctx, ctx.founderHolder, 10000)).status).toBe(201);
      const [{ id: actionId }] = await query(
        `INSERT INTO programme_actions (id, organization_id, enrolment_id, startup_id, kind, due_at, stake_bps, created_at)
         VALUES (gen_random_uuid(), $1, $2, $3, 'equity_stake', $4, 1000, $4) RETURNING id`,
        [ctx.org.id, ctx.enrolmentId, ctx.startup.id, clock.now()],
      );
      const effectiveOn = ubDate(clock.now().toISOString());
      const confirm = () => system.http.post(`/api/v1/organizations/${ctx.org.slug}/programme-actions/${actionId}/resolve`, { resolution: 'confirmed', reason: 'Six months done', effectiveOn }, ctx.owner.token);
      const [a, b] = await Promise.all([confirm(), confirm()]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const booked = await until('the stake booked', async () => (await query(`SELECT * FROM stake_bookings WHERE action_id = $1`, [actionId]))[0]);
      expect(booked).toMatchObject({ outcome: 'issued', shares: '1111', stake_bps: 1000 });
      const table = await capTable(ctx);
      const org = table.body.rows.find((r: any) => r.holderKind === 'organization');
      expect(org).toMatchObject({ shares: '1111', fraction: { numerator: '1111', denominator: '11111' } });
      // 1111/11111 is just under 10 %; one more share would be over.
      expect([1111 * 10000 <= 1000 * 11111, 1112 * 10000 > 1000 * 11112]).toEqual([true, true]);
      // The event delivered again, twice at once (the worker retried): nothing more is booked.
      const again = await Promise.all([1, 2].map(() => inWorker(ctx.org.id, (equity) => equity.bookConfirmedStake({ actionId, startupId: ctx.startup.id, stakeBps: 1000, effectiveOn }))));
      expect(again).toEqual([{ outcome: 'issued', shares: '1111' }, { outcome: 'issued', shares: '1111' }]);
      const entriesNow = await countRows(system, 'equity_entries', 'startup_id = $1', [ctx.startup.id]);
      expect(entriesNow).toBe(2);
      expect(await countRows(system, 'stake_bookings', 'action_id = $1', [actionId])).toBe(1);
    });
  });

  describe('investments, write-offs, proceeds and the portfolio', () => {
    it('an equity investment books its shares in the same transaction, derived from the pre-money valuation when not given', async () => {
      const ctx = await setup({ kind: 'none' }, false);
      expect((await issue(ctx, ctx.founderHolder, 10000)).status).toBe(201);
      const vc = await holder(ctx, 'investor', 'Gobi Fund');
      const body = { investorHolderId: vc, instrument: 'equity', amount: { amountMinor: 25_000_000, currency: 'USD' }, preMoneyValuation: { amountMinor: 100_000_000, currency: 'USD' }, date: ctx.startedOn };
      const key = { 'Idempotency-Key': `inv-${randomBytes(4).toString('hex')}` };
      const made = await post(ctx, '/investments', body, ctx.owner, key);
      expect(made.status).toBe(201);
      expect(made.body).toMatchObject({ shares: '2500', instrument: 'equity' });
      expect((await post(ctx, '/investments', body, ctx.owner, key)).body.id).toBe(made.body.id);
      expect(await countRows(system, 'investments', 'startup_id = $1', [ctx.startup.id])).toBe(1);
      expect((await query(`SELECT price_minor FROM equity_entries WHERE id = $1`, [made.body.entryId]))[0].price_minor).toBe('10000');
      const before = await counts();
      expectProblem(await post(ctx, '/investments', { ...body, preMoneyValuation: { amountMinor: 1, currency: 'EUR' } }), 400, 'CURRENCY_MISMATCH');
      expectProblem(await post(ctx, '/investments', { ...body, investorHolderId: ctx.founderHolder }), 400, 'INVALID_INVESTOR');
      expect(await counts()).toEqual(before);
    });

    it('a failed startup writes the organization\'s investments off once; proceeds are recorded; the portfolio keeps currencies apart', async () => {
      const ctx = await setup({ kind: 'range', minBps: 1000, maxBps: 4900, neverMajority: true });
      expect((await issue(ctx, ctx.founderHolder, 9000)).status).toBe(201);
      const invest = (amountMinor: number, currency: string, shares?: string) =>
        post(ctx, '/investments', { investorHolderId: ctx.orgHolder, instrument: shares ? 'equity' : 'safe', amount: { amountMinor, currency }, preMoneyValuation: { amountMinor: 90_000_000, currency }, date: ctx.startedOn, ...(shares ? { shares } : {}) });
      expect((await invest(3_000_000, 'USD', '1000')).status).toBe(201);
      expect((await invest(500_000_000, 'MNT')).status).toBe(201);
      // A failed graduation review: startups records the outcome and tells equity.
      const [{ id: review }] = await query(
        `INSERT INTO programme_actions (id, organization_id, enrolment_id, startup_id, kind, due_at, created_at) VALUES (gen_random_uuid(), $1, $2, $3, 'graduation_review', $4, $4) RETURNING id`,
        [ctx.org.id, ctx.enrolmentId, ctx.startup.id, clock.now()],
      );
      const failedOn = ubDate(clock.now().toISOString());
      expect((await system.http.post(`/api/v1/organizations/${ctx.org.slug}/programme-actions/${review}/resolve`, { resolution: 'failed', reason: 'Ran out of runway', effectiveOn: failedOn }, ctx.owner.token)).status).toBe(200);
      const written = await until('write-offs', async () => {
        const rows = await query(`SELECT amount_minor, currency, written_off_on::text AS on FROM write_offs WHERE startup_id = $1 ORDER BY currency`, [ctx.startup.id]);
        return rows.length === 2 && rows;
      });
      expect(written).toEqual([{ amount_minor: '500000000', currency: 'MNT', on: failedOn }, { amount_minor: '3000000', currency: 'USD', on: failedOn }]);
      // Written off once: the subscriber run again (a redelivery) adds nothing.
      expect(await inWorker(ctx.org.id, (equity) => equity.writeOff(ctx.startup.id, failedOn, 'again'))).toBe(0);
      expect(await countRows(system, 'write_offs', 'startup_id = $1', [ctx.startup.id])).toBe(2);

      const other = await startups.create(system, ctx.owner, ctx.org);
      const otherBase = `/api/v1/organizations/${ctx.org.slug}/startups/${other.id}`;
      const proceeds = await system.http.post(`${otherBase}/proceeds`, { amount: { amountMinor: 700_000, currency: 'USD' }, date: ubDate(clock.now().toISOString()), note: 'Secondary sale' }, ctx.owner.token);
      expect(proceeds.status).toBe(201);

      const portfolio = await system.http.get(`/api/v1/organizations/${ctx.org.slug}/portfolio`, ctx.owner.token);
      expect(portfolio.status).toBe(200);
      expect(portfolio.body.totals).toEqual([
        { currency: 'MNT', investedMinor: 500_000_000, writtenOffMinor: 500_000_000, returnedMinor: 0 },
        { currency: 'USD', investedMinor: 3_000_000, writtenOffMinor: 3_000_000, returnedMinor: 700_000 },
      ]);
      const failed = portfolio.body.holdings.find((h: any) => h.startupId === ctx.startup.id);
      expect(failed).toMatchObject({ organizationShares: '1000', outstandingShares: '10000', stake: { numerator: '1', denominator: '10' }, stakeBps: 1000 });
      const csv = await system.http.get(`/api/v1/organizations/${ctx.org.slug}/portfolio?format=csv`, ctx.owner.token);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    });

    it('the portfolio costs the same statements for one startup as for four: one for the figures, one for the names', async () => {
      const ctx = await setup({ kind: 'none' }, false);
      const portfolioStatements = async () => {
        const seen: string[] = [];
        const original = PostgresQueryRunner.prototype.query;
        (PostgresQueryRunner.prototype as any).query = function (this: PostgresQueryRunner, ...args: any[]) {
          const sql = String(args[0]);
          if (/cap_tables|"startups"|FROM startups/.test(sql)) seen.push(sql);
          return (original as any).apply(this, args);
        };
        try {
          expect((await system.http.get(`/api/v1/organizations/${ctx.org.slug}/portfolio`, ctx.owner.token)).status).toBe(200);
        } finally {
          PostgresQueryRunner.prototype.query = original;
        }
        return seen.length;
      };
      const one = await portfolioStatements();
      for (let i = 0; i < 3; i++) {
        const more = await startups.create(system, ctx.owner, ctx.org);
        expect((await system.http.get(`/api/v1/organizations/${ctx.org.slug}/startups/${more.id}/holders`, ctx.owner.token)).status).toBe(200);
      }
      const four = await portfolioStatements();
      expect(one).toBe(2);
      expect(four).toBe(one);
      expect((await system.http.get(`/api/v1/organizations/${ctx.org.slug}/portfolio`, ctx.owner.token)).body.holdings).toHaveLength(4);
    });
  });
});
