import type { INestApplicationContext } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Role, Tenancy } from '@hatchery/core';
import { MilestonesService } from '@hatchery/cohorts';
import { GrantsService, PerkDto, PerkQueryDto, PerksService } from '@hatchery/funding';
import { StartupQueryDto, StartupsService } from '@hatchery/startups';
import { ClsService } from 'nestjs-cls';

const SLUG = 'mcs-business-park';

/** MCS's partner perks (the cap is GBP 35,000 a year per startup). */
export const MCS_PERKS = [
  { partner: 'Nimbus Cloud', description: 'Cloud credits for twelve months', value: { amountMinor: 2_000_000, currency: 'GBP' } },
  { partner: 'Hart & Lowe LLP', description: 'Forty hours of legal advice (incorporation, term sheets)', value: { amountMinor: 800_000, currency: 'GBP' } },
  { partner: 'Pixelworks', description: 'Design tool licences for five seats', value: { amountMinor: 300_000, currency: 'USD' } },
  { partner: 'Ledgerly', description: 'Accounting software and payroll for a year', value: { amountMinor: 350_000, currency: 'GBP' } },
  { partner: 'Old Partner Ltd', description: 'A discontinued offer', value: { amountMinor: 100_000, currency: 'GBP' }, active: false },
];

/**
 * MCS's money: two grants within its USD 8,000–10,000 range, in tranches tied to milestones and a
 * date (one tranche paid), the perk catalogue, and one startup's redemptions close to the cap (one
 * in USD at a stated rate). Through the services, so audited. Runs after seedCohorts (the
 * milestones it approved make their tranches payable at once). Skips when the catalogue exists.
 */
export async function seedFunding(
  app: INestApplicationContext,
  people: { ownerOf: (slug: string) => string; managerOf: (slug: string) => string; organizationId: (slug: string) => string },
): Promise<boolean> {
  const cls = app.get(ClsService);
  const txHost = app.get<TransactionHost<TransactionalAdapterTypeOrm>>(TransactionHost);
  const tenancy = app.get(Tenancy);
  const grants = app.get(GrantsService);
  const perks = app.get(PerksService);
  const startups = app.get(StartupsService);
  const milestones = app.get(MilestonesService);
  const as = <T>(role: Role, work: () => Promise<T>) =>
    cls.run(() =>
      txHost.withTransaction(async () => {
        await tenancy.actAsUser(role === 'owner' ? people.ownerOf(SLUG) : people.managerOf(SLUG));
        await tenancy.enterOrganization(people.organizationId(SLUG), role);
        return work();
      }),
    );

  const existing = await as('owner', () => perks.list(Object.assign(new PerkQueryDto(), { limit: 1 })));
  if (existing.items.length > 0) return false;

  const all = (await as('owner', () => startups.list(Object.assign(new StartupQueryDto(), { limit: 100 })))).items;
  const startup = (name: string) => {
    const found = all.find((s) => s.name === name);
    if (!found) throw new Error(`${SLUG}: no startup "${name}" (seed-cohorts.ts)`);
    return found.id;
  };
  const milestone = async (startupId: string, title: string) => {
    const timeline = await as('manager', () => milestones.startupTimeline(startupId));
    const found = timeline.enrolments.flatMap((e) => e.milestones).find((m) => m.title === title);
    if (!found) throw new Error(`${SLUG}: no milestone "${title}"`);
    return found.id;
  };

  // Smart Retail: USD 10,000; 4,000 on customer validation (approved, paid), 6,000 on the first pilot (submitted).
  const retail = startup('MCS Smart Retail');
  const first = await as('manager', async () =>
    grants.award(retail, {
      amount: { amountMinor: 1_000_000, currency: 'USD' },
      purpose: 'Point-of-sale prototype and the first pilot store',
      tranches: [
        { amountMinor: 400_000, milestoneId: await milestone(retail, 'Customer validation report') },
        { amountMinor: 600_000, milestoneId: await milestone(retail, 'First pilot customer signed') },
      ],
    }),
  );
  await as('manager', () => grants.disburse(first.id, first.tranches[0].id, { disbursedOn: '2026-10-20', bankReference: 'GOLOMT-2026-104512' }));

  // Tenger Health: USD 9,000; half on the MVP demo (approved, payable), half on a date in January.
  const tenger = startup('Tenger Health');
  await as('manager', async () =>
    grants.award(tenger, {
      amount: { amountMinor: 900_000, currency: 'USD' },
      purpose: 'Clinical pilot with two district hospitals',
      tranches: [
        { amountMinor: 450_000, milestoneId: await milestone(tenger, 'MVP demo') },
        { amountMinor: 450_000, dueOn: '2027-01-15' },
      ],
    }),
  );

  const catalogue: PerkDto[] = [];
  for (const perk of MCS_PERKS) catalogue.push(await as('manager', () => perks.create(perk)));
  const perk = (partner: string) => catalogue.find((p) => p.partner === partner)!.id;

  // Smart Retail's year: GBP 20,000 + 8,000 + 3,500 + USD 3,000 at 0.7865 (GBP 2,359.50) = GBP 33,859.50 of 35,000.
  await as('manager', () => perks.redeem(retail, { perkId: perk('Nimbus Cloud') }));
  await as('manager', () => perks.redeem(retail, { perkId: perk('Hart & Lowe LLP') }));
  await as('manager', () => perks.redeem(retail, { perkId: perk('Ledgerly') }));
  await as('manager', () => perks.redeem(retail, { perkId: perk('Pixelworks'), rate: '0.7865', rateSource: 'Bank of England spot rate', rateOn: '2026-10-01', note: 'Invoiced in USD by the partner' }));
  await as('manager', () => perks.redeem(tenger, { perkId: perk('Nimbus Cloud') }));
  return true;
}
