import type { INestApplicationContext } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ActionQueryDto, EnrolmentsService, ProgrammeActionsService, TimedEffects } from '@hatchery/cohorts';
import { Clock, Role, Tenancy } from '@hatchery/core';
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
 * The Socratus cohort's startups with a negotiated stake (seed-cohorts.ts records the actions):
 * their founders' shares, so that a confirmed stake has something to dilute. Gobi Solar Pumps's
 * 25 % is confirmed there and booked here (2,500 shares to Socratus: 2,500 of 10,000); Nomad
 * Learn's 20 % stays open for staff to confirm in the demo (it would issue 2,000 of 10,000).
 */
const SOCRATUS_COHORT_CAP_TABLES: { name: string; founderShares: [number, number] }[] = [
  { name: 'Gobi Solar Pumps', founderShares: [4500, 3000] },
  { name: 'Nomad Learn', founderShares: [5000, 3000] },
];

/**
 * Cap tables, investments, write-offs and proceeds through the services (audited like any
 * change): Socratus's alumni above; the cap tables of Socratus's cohort startups with a stake
 * action, and the confirmed one booked as the worker would on the event; MCS Smart Retail's cap
 * table, and its 10 % stake only from the cohort's own stake action, which the calendar opens six
 * months after the cohort's start (2027-03-14 for MCS Autumn 2026): before that date, by the
 * Clock (CLOCK_FILE outside production), there is no stake to confirm and the seed books none.
 * Skips what exists. Dates are today by the Clock, in the organizations' time zone.
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
  const enrolments = app.get(EnrolmentsService);
  const effects = app.get(TimedEffects);
  const clock = app.get(Clock);
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
  const today = localDate(clock.now(), 'Asia/Ulaanbaatar');
  const hasEntries = (slug: string, startupId: string) => as(slug, 'owner', async () => (await equity.listEntries(startupId, { limit: 1 } as never)).items.length > 0);
  const openActions = (slug: string) => as(slug, 'owner', async () => (await actions.list({ limit: 100, status: 'open' } as ActionQueryDto)).items);
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

  // Socratus's cohort: founders' shares first, then the confirmed stake booked as the worker would on
  // its equity-stake.confirmed event (once per action: the worker's later delivery finds the booking).
  for (const c of SOCRATUS_COHORT_CAP_TABLES) {
    const startup = await find('socratus', c.name);
    if (!startup || (await hasEntries('socratus', startup.id))) continue;
    created = true;
    await as('socratus', 'manager', async () => {
      const common = await equity.createShareClass(startup.id, { name: 'Common', kind: 'common' });
      const founders = (await startups.profile(startup.id)).founders;
      for (const [i, shares] of c.founderShares.entries()) {
        const account = founders[i];
        const holder = await equity.createHolder(startup.id, { kind: 'founder', name: account?.name ?? `${c.name} co-founder`, ...(account ? { userId: account.userId } : {}) });
        await equity.createEntry(startup.id, { kind: 'issuance', date: today, shareClassId: common.id, toHolderId: holder.id, shares: String(shares) });
      }
    });
    const confirmed = await as('socratus', 'owner', async () =>
      (await actions.list({ limit: 100, status: 'resolved' } as ActionQueryDto)).items.filter((a) => a.startupId === startup.id && a.kind === 'equity_stake' && a.resolution === 'confirmed'),
    );
    for (const action of confirmed) {
      await asWorker('socratus', () => equity.bookConfirmedStake({ actionId: action.id, startupId: startup.id, stakeBps: action.stakeBps!, effectiveOn: action.effectiveOn! }));
    }
  }

  // MCS Smart Retail: its founders' 9,000 shares; the programme's 10 % only from the real stake action.
  const retail = await find('mcs-business-park', 'MCS Smart Retail');
  if (retail) {
    if (!(await hasEntries('mcs-business-park', retail.id))) {
      created = true;
      await as('mcs-business-park', 'manager', async () => {
        const common = await equity.createShareClass(retail.id, { name: 'Common', kind: 'common' });
        const founder = await equity.createHolder(retail.id, { kind: 'founder', name: 'MCS Smart Retail founders' });
        await equity.createEntry(retail.id, { kind: 'issuance', date: today, shareClassId: common.id, toHolderId: founder.id, shares: '9000' });
      });
    }
    // What the calendar does at the enrolment's stake moment (a no-op before it, by the Clock), then
    // staff confirm the action it opened and equity books it as on the event.
    const enrolment = (await asWorker('mcs-business-park', () => enrolments.forStartup(retail.id))).find((e) => e.status === 'active' && e.stakeDueAt !== null);
    if (enrolment && enrolment.stakeDueAt! <= clock.now()) {
      await asWorker('mcs-business-park', () => effects.openScheduledActions(enrolment.cohortId, enrolment.stakeDueAt!, 'equity_stake'));
      const action = (await openActions('mcs-business-park')).find((a) => a.startupId === retail.id && a.kind === 'equity_stake');
      if (action) {
        created = true;
        const effectiveOn = localDate(new Date(action.dueAt), 'Asia/Ulaanbaatar');
        await as('mcs-business-park', 'owner', () => actions.resolve(action.id, { resolution: 'confirmed', reason: 'Six months of incubation: the programme takes its 10 %.', effectiveOn }));
        await asWorker('mcs-business-park', () => equity.bookConfirmedStake({ actionId: action.id, startupId: retail.id, stakeBps: action.stakeBps!, effectiveOn }));
      }
    }
  }
  return created;
}
