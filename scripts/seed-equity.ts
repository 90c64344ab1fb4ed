import type { INestApplicationContext } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ProgrammeActionsService } from '@hatchery/cohorts';
import { newId, Role, Tenancy } from '@hatchery/core';
import { EquityService, localDate } from '@hatchery/equity';
import { StartupQueryDto, StartupsService } from '@hatchery/startups';
import { ClsService } from 'nestjs-cls';

const USD = (dollars: number) => ({ amountMinor: dollars * 100, currency: 'USD' });

interface Alumnus {
  name: string;
  sector: string;
  /** Founders' shares (two founders split them 60/40). */
  founderShares: number;
  /** Socratus's investment: its amount (USD) and the shares it bought (its stake, 15–49 %). */
  invested: number;
  socratusShares: number;
  /** An outside investor's equity round, if any. */
  outside?: { name: string; dollars: number; shares: number };
  outcome: 'graduated_successful' | 'failed';
  proceeds?: number;
}

/**
 * Socratus's earlier startups: five that succeeded (two returned money) and six that failed,
 * whose investments, USD 200,000 in all, are written off — the loss the issue names.
 */
const SOCRATUS_ALUMNI: Alumnus[] = [
  { name: 'Khangai Logistics', sector: 'logistics', founderShares: 7000, invested: 60000, socratusShares: 3000, outside: { name: 'Steppe Ventures', dollars: 150000, shares: 2000 }, outcome: 'graduated_successful', proceeds: 95000 },
  { name: 'Tuul Fintech', sector: 'fintech', founderShares: 8000, invested: 40000, socratusShares: 2000, outcome: 'graduated_successful', proceeds: 52000 },
  { name: 'Selenge Dairy Tech', sector: 'agritech', founderShares: 7500, invested: 30000, socratusShares: 2500, outcome: 'graduated_successful' },
  { name: 'Darkhan Makers', sector: 'manufacturing', founderShares: 6000, invested: 45000, socratusShares: 4000, outcome: 'graduated_successful' },
  { name: 'Erdene Learning', sector: 'edtech', founderShares: 8500, invested: 20000, socratusShares: 1500, outcome: 'graduated_successful' },
  { name: 'Baikal Bikes', sector: 'mobility', founderShares: 7000, invested: 25000, socratusShares: 3000, outcome: 'failed' },
  { name: 'Zavkhan Foods', sector: 'food', founderShares: 8000, invested: 30000, socratusShares: 2000, outcome: 'failed' },
  { name: 'Altan Games', sector: 'gaming', founderShares: 6500, invested: 40000, socratusShares: 3500, outcome: 'failed' },
  { name: 'Ikh Tenger Drones', sector: 'hardware', founderShares: 7500, invested: 35000, socratusShares: 2500, outside: { name: 'Gobi Angels', dollars: 50000, shares: 1000 }, outcome: 'failed' },
  { name: 'Nalaikh Coal Clean', sector: 'cleantech', founderShares: 7000, invested: 30000, socratusShares: 3000, outcome: 'failed' },
  { name: 'Orkhon Crafts', sector: 'retail', founderShares: 8000, invested: 40000, socratusShares: 2000, outcome: 'failed' },
];

/**
 * Cap tables, investments, write-offs and proceeds through the services (audited like any
 * change): Socratus's alumni above, and MCS's 10 % stake in MCS Smart Retail confirmed through
 * its equity stake action and booked as the worker would on the event. Skips what exists.
 */
export async function seedEquity(
  app: INestApplicationContext,
  people: { ownerOf: (slug: string) => string; managerOf: (slug: string) => string; organizationId: (slug: string) => string },
): Promise<boolean> {
  const cls = app.get(ClsService);
  const txHost = app.get<TransactionHost<TransactionalAdapterTypeOrm>>(TransactionHost);
  const tenancy = app.get(Tenancy);
  const startups = app.get(StartupsService);
  const equity = app.get(EquityService);
  const actions = app.get(ProgrammeActionsService);
  const as = <T>(slug: string, role: Role, work: () => Promise<T>) =>
    cls.run(() =>
      txHost.withTransaction(async () => {
        await tenancy.actAsUser(role === 'owner' ? people.ownerOf(slug) : people.managerOf(slug));
        await tenancy.enterOrganization(people.organizationId(slug), role);
        return work();
      }),
    );
  const asWorker = <T>(slug: string, work: () => Promise<T>) => tenancy.runInOrganization(people.organizationId(slug), work);
  const find = (slug: string, name: string) => as(slug, 'manager', async () => (await startups.list({ limit: 100, q: name } as StartupQueryDto)).items.find((s) => s.name === name));
  // The demo's entries are dated today (the startups are created now, and nothing is dated before a startup exists).
  const today = localDate(new Date(), 'Asia/Ulaanbaatar');
  let created = false;

  for (const a of SOCRATUS_ALUMNI) {
    if (await find('socratus', a.name)) continue;
    created = true;
    const startup = await as('socratus', 'manager', () => startups.create({ name: a.name, sector: a.sector, stage: 'seed', origin: 'external' }));
    await as('socratus', 'manager', async () => {
      const common = await equity.createShareClass(startup.id, { name: 'Common', kind: 'common' });
      const socratus = (await equity.listHolders(startup.id)).find((h) => h.kind === 'organization')!;
      const split = [Math.round(a.founderShares * 0.6), a.founderShares - Math.round(a.founderShares * 0.6)];
      for (const [i, shares] of split.entries()) {
        const founder = await equity.createHolder(startup.id, { kind: 'founder', name: `${a.name} founder ${i + 1}` });
        await equity.createEntry(startup.id, { kind: 'issuance', date: today, shareClassId: common.id, toHolderId: founder.id, shares: String(shares) });
      }
      await equity.createInvestment(startup.id, { investorHolderId: socratus.id, instrument: 'equity', amount: USD(a.invested), preMoneyValuation: USD(a.invested * 4), date: today, shareClassId: common.id, shares: String(a.socratusShares) });
      if (a.outside) {
        const investor = await equity.createHolder(startup.id, { kind: 'investor', name: a.outside.name });
        await equity.createInvestment(startup.id, { investorHolderId: investor.id, instrument: 'equity', amount: USD(a.outside.dollars), preMoneyValuation: USD(a.outside.dollars * 10), date: today, shareClassId: common.id, shares: String(a.outside.shares) });
      }
      if (a.proceeds) await equity.recordProceeds(startup.id, { amount: USD(a.proceeds), date: today, note: 'Partial sale of our stake' });
    });
    // The outcome, and what equity does when it hears of a failure (the worker's subscriber, run here).
    const reason = a.outcome === 'failed' ? 'Could not raise its next round; wound down.' : 'Graduated with paying customers.';
    await asWorker('socratus', () => startups.recordOutcome(startup.id, { status: a.outcome, reason, on: today }));
    if (a.outcome === 'failed') await asWorker('socratus', () => equity.writeOff(startup.id, today, reason));
  }

  // MCS: 10 % of MCS Smart Retail, confirmed through its stake action (opened here, like the calendar would after six months).
  const retail = await find('mcs-business-park', 'MCS Smart Retail');
  if (retail) {
    const bookings = await as('mcs-business-park', 'owner', async () => (await equity.listHolders(retail.id)).length);
    const entries = await as('mcs-business-park', 'owner', async () => (await equity.listEntries(retail.id, { limit: 1 } as never)).items.length);
    if (bookings <= 1 && entries === 0) {
      created = true;
      await as('mcs-business-park', 'manager', async () => {
        const common = await equity.createShareClass(retail.id, { name: 'Common', kind: 'common' });
        const founder = await equity.createHolder(retail.id, { kind: 'founder', name: 'MCS Smart Retail founders' });
        await equity.createEntry(retail.id, { kind: 'issuance', date: today, shareClassId: common.id, toHolderId: founder.id, shares: '9000' });
      });
      const actionId = newId();
      await asWorker('mcs-business-park', () =>
        txHost.tx.query(
          `INSERT INTO programme_actions (id, organization_id, enrolment_id, startup_id, kind, due_at, stake_bps, created_at)
           SELECT $1, e.organization_id, e.id, e.startup_id, 'equity_stake', now(), 1000, now() FROM enrolments e WHERE e.startup_id = $2 AND e.status = 'active' LIMIT 1`,
          [actionId, retail.id],
        ),
      );
      await as('mcs-business-park', 'owner', () => actions.resolve(actionId, { resolution: 'confirmed', reason: 'Six months of incubation: the programme takes its 10 %.', effectiveOn: today }));
      // What the worker does on the equity-stake.confirmed event (idempotent by action id, so its later delivery is a no-op).
      await asWorker('mcs-business-park', () => equity.bookConfirmedStake({ actionId, startupId: retail.id, stakeBps: 1000, effectiveOn: today }));
    }
  }
  return created;
}
