import type { INestApplicationContext } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Role, Tenancy } from '@hatchery/core';
import { ProgrammesService } from '@hatchery/programmes';
import { CreateSpaceDto, LeasesService, SpacesCatalogueService } from '@hatchery/spaces';
import { StartupQueryDto, StartupsService } from '@hatchery/startups';
import { ClsService } from 'nestjs-cls';

const SLUG = 'it-park';

/** IT Park's two-floor building: incubation rooms and an open desk area below, tenant offices and rooms above. */
const FLOORS: { name: string; spaces: Omit<CreateSpaceDto, 'siteId'>[] }[] = [
  {
    name: 'IT Park building, floor 1',
    spaces: [
      { name: 'Room 101', kind: 'incubation_room', areaM2: 18, capacity: 4 },
      { name: 'Room 102', kind: 'incubation_room', areaM2: 18, capacity: 4 },
      { name: 'Room 103', kind: 'incubation_room', areaM2: 24, capacity: 6 },
      { name: 'Room 104', kind: 'incubation_room', areaM2: 24, capacity: 6 },
      { name: 'Open space', kind: 'desk_area', areaM2: 140, capacity: 24 },
    ],
  },
  {
    name: 'IT Park building, floor 2',
    spaces: [
      { name: 'Office 201', kind: 'office', areaM2: 36, capacity: 8 },
      { name: 'Office 202', kind: 'office', areaM2: 42, capacity: 10 },
      { name: 'Office 203', kind: 'office', areaM2: 55, capacity: 12 },
      { name: 'Meeting room', kind: 'meeting_room', areaM2: 20, capacity: 10 },
      { name: 'Training hall', kind: 'training_room', areaM2: 90, capacity: 40 },
    ],
  },
];

/**
 * IT Park's space: the building, market rates per m² per month in MNT (raised from 2026), a free
 * incubation plan, a post-incubation plan at half of market, and the market plan; the programme
 * names the first two. Its incubating companies lease rooms and desks from the intake's start; the
 * graduate (Erdenet IoT, graduated 2026-11-25) moves to the post-incubation plan from that day (the
 * same as the worker does when it hears of the graduation; once). Skips when IT Park has sites.
 */
export async function seedSpaces(
  app: INestApplicationContext,
  people: { ownerOf: (slug: string) => string; organizationId: (slug: string) => string },
): Promise<boolean> {
  const cls = app.get(ClsService);
  const txHost = app.get<TransactionHost<TransactionalAdapterTypeOrm>>(TransactionHost);
  const tenancy = app.get(Tenancy);
  const catalogue = app.get(SpacesCatalogueService);
  const leases = app.get(LeasesService);
  const startups = app.get(StartupsService);
  const programmes = app.get(ProgrammesService);
  const as = <T>(work: () => Promise<T>, role: Role = 'owner') =>
    cls.run(() =>
      txHost.withTransaction(async () => {
        await tenancy.actAsUser(people.ownerOf(SLUG));
        await tenancy.enterOrganization(people.organizationId(SLUG), role);
        return work();
      }),
    );

  if ((await as(() => catalogue.listSites())).items.length > 0) return false;

  const space = new Map<string, string>();
  for (const floor of FLOORS) {
    const site = await as(() => catalogue.createSite({ name: floor.name, address: 'IT Park, Ulaanbaatar' }));
    for (const s of floor.spaces) {
      const created = await as(() => catalogue.createSpace({ ...s, siteId: site.id }));
      space.set(s.name, created.id);
      await as(() => catalogue.addRate(created.id, { effectiveFrom: '2024-01-01', basis: 'per_m2_month', amount: { amountMinor: 45_000_00, currency: 'MNT' } }));
      await as(() => catalogue.addRate(created.id, { effectiveFrom: '2026-01-01', basis: 'per_m2_month', amount: { amountMinor: 55_000_00, currency: 'MNT' } }));
    }
  }
  const free = await as(() => catalogue.createPlan({ name: 'Incubation (free)', kind: 'free', noticeDays: 30, terms: { effectiveFrom: '2024-01-01' } }));
  const post = await as(() => catalogue.createPlan({ name: 'Post-incubation (50 % of market)', kind: 'share_of_market', noticeDays: 60, terms: { effectiveFrom: '2024-01-01', shareBps: 5000 } }));
  await as(() => catalogue.createPlan({ name: 'Market', kind: 'share_of_market', noticeDays: 90, terms: { effectiveFrom: '2024-01-01', shareBps: 10000 } }));

  const programme = (await as(() => programmes.list(100))).items.find((p) => p.name === 'IT Park Incubation');
  if (!programme) throw new Error(`${SLUG}: no programme "IT Park Incubation" (seed-programmes.ts)`);
  await as(() => catalogue.setProgrammePlans(programme.id, { incubationPlanId: free.id, postIncubationPlanId: post.id }));

  const all = (await as(() => startups.list(Object.assign(new StartupQueryDto(), { limit: 100 })))).items;
  const startup = (name: string) => {
    const found = all.find((s) => s.name === name);
    if (!found) throw new Error(`${SLUG}: no startup "${name}" (seed-cohorts.ts)`);
    return found.id;
  };
  await as(() => leases.create({ startupId: startup('Data Steppe'), spaceId: space.get('Room 101')!, planId: free.id, startsOn: '2024-11-20' }));
  await as(() => leases.create({ startupId: startup('Erdenet IoT'), spaceId: space.get('Room 103')!, planId: free.id, startsOn: '2024-11-20' }));
  await as(() => leases.create({ startupId: startup('Ger Cloud'), spaceId: space.get('Open space')!, planId: free.id, startsOn: '2024-11-20', desks: 4 }));
  await as(() => leases.graduated(startup('Erdenet IoT'), '2026-11-25'));
  return true;
}
