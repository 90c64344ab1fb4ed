import type { INestApplicationContext } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Role, Tenancy } from '@hatchery/core';
import { ProgrammesService } from '@hatchery/programmes';
import { CreateRentPlanDto, CreateSpaceDto, LeasesService, SpacesCatalogueService } from '@hatchery/spaces';
import { StartupQueryDto, StartupsService } from '@hatchery/startups';
import { ClsService } from 'nestjs-cls';

type SpaceInput = Omit<CreateSpaceDto, 'siteId'>;
interface LeaseInput {
  startup: string;
  space: string;
  plan: string;
  startsOn: string;
  desks?: number;
}
interface Layout {
  slug: string;
  /** Market rate per m² per month, MNT minor units, from 2024 and (raised) from 2026. */
  rates: [number, number];
  sites: { name: string; address: string; spaces: SpaceInput[] }[];
  plans: (CreateRentPlanDto & { key: string })[];
  /** The programme and the plans it gives (keys of `plans`). */
  programme?: { name: string; incubation: string; post?: string };
  /** Startups made here (the cohorts seed made the others). */
  newStartups: { name: string; sector: string }[];
  leases: LeaseInput[];
  /** Graduations, as the worker does when it hears of one. */
  graduations?: { startup: string; on: string }[];
}

const rooms = (prefix: string, count: number, first: number, spec: Omit<SpaceInput, 'name'>): SpaceInput[] => Array.from({ length: count }, (_, i) => ({ ...spec, name: `${prefix} ${first + i}` }));
const named = (names: string[], sector: string) => names.map((name) => ({ name, sector }));

const IT_PARK_INCUBATING = ['Khangai Analytics', 'Selenge AgriData', 'Gobi Freight', 'Khangai EdTech', 'Nomadic Code', 'Delger Health', 'Saran Care', 'Ikh Nuur Energy', 'Bayan Retail Tech', 'Zavkhan Vision', 'Khovd Textiles Digital', 'Uvs Climate', 'Sukhbaatar Legal Tech', 'Darkhan Robotics', 'Mongol Voice AI', 'Tsetserleg Travel', 'Arvai Farm Sensors', 'Dornod Solar Grid'];
const IT_PARK_GRADUATES = ['Tuul Payments', 'Altan Games', 'Orkhon Maps'];
const HUB_TEAMS = ['Clean Commute UB', 'Bike Share Steppe', 'EV Charge Mongolia', 'Smog Sense', 'Route Pool', 'Green Cargo UB', 'Parking Pulse', 'Transit Tap'];
const SOCRATUS_NEW = ['Khan Ledger', 'Altai Fitness App', 'Gobi Bazaar', 'Nomad Pay', 'Steppe Studio', 'Mongol Fonts', 'Yurt Homes', 'Cashmere Trace', 'Steppe Tea Co', 'Arkhangai Wool', 'Horse Trek Tech', 'Bayanzurkh Bikes', 'Khentii Honey', 'Nalaikh Ceramics'];

/**
 * The demo's space (see the issue: the four reference operators), each organization once (skipped
 * when it has sites):
 * - IT Park: its two-floor building; 20 incubating companies on the free incubation plan (rooms and
 *   the desk area) and graduates on the post-incubation plan at half of market (offices; Erdenet IoT
 *   graduated on 2026-11-25 and moves there that day, as the worker does).
 * - HUB: the 1,500 m² floor (incubation, training and meeting rooms, coworking desks, maker lab),
 *   rent at a quarter of market.
 * - MCS: free office space during the programme for the autumn 2026 intake.
 * - Socratus: a 700 m² studio for its 22 companies, a flat monthly membership each.
 */
const LAYOUTS: Layout[] = [
  {
    slug: 'it-park',
    rates: [45_000_00, 55_000_00],
    sites: [
      {
        name: 'IT Park building, floor 1',
        address: 'IT Park, Ulaanbaatar',
        spaces: [...rooms('Room', 4, 101, { kind: 'incubation_room', areaM2: 20, capacity: 5 }), { name: 'Open space', kind: 'desk_area', areaM2: 140, capacity: 24 }],
      },
      {
        name: 'IT Park building, floor 2',
        address: 'IT Park, Ulaanbaatar',
        spaces: [
          { name: 'Office 201', kind: 'office', areaM2: 36, capacity: 8 },
          { name: 'Office 202', kind: 'office', areaM2: 42, capacity: 10 },
          { name: 'Office 203', kind: 'office', areaM2: 55, capacity: 12 },
          { name: 'Office 204', kind: 'office', areaM2: 30, capacity: 6 },
          { name: 'Meeting room', kind: 'meeting_room', areaM2: 20, capacity: 10 },
          { name: 'Training hall', kind: 'training_room', areaM2: 90, capacity: 40 },
        ],
      },
    ],
    plans: [
      { key: 'free', name: 'Incubation (free)', kind: 'free', noticeDays: 30, terms: { effectiveFrom: '2024-01-01' } },
      { key: 'post', name: 'Post-incubation (50 % of market)', kind: 'share_of_market', noticeDays: 60, terms: { effectiveFrom: '2024-01-01', shareBps: 5000 } },
      { key: 'market', name: 'Market', kind: 'share_of_market', noticeDays: 90, terms: { effectiveFrom: '2024-01-01', shareBps: 10000 } },
    ],
    programme: { name: 'IT Park Incubation', incubation: 'free', post: 'post' },
    newStartups: [...named(IT_PARK_INCUBATING, 'software'), ...named(IT_PARK_GRADUATES, 'software')],
    leases: [
      { startup: 'Data Steppe', space: 'Room 101', plan: 'free', startsOn: '2024-11-20' },
      { startup: 'Erdenet IoT', space: 'Office 204', plan: 'free', startsOn: '2024-11-20' },
      { startup: 'Ger Cloud', space: 'Open space', plan: 'free', startsOn: '2024-11-20', desks: 4 },
      { startup: IT_PARK_INCUBATING[0], space: 'Room 102', plan: 'free', startsOn: '2026-03-02' },
      { startup: IT_PARK_INCUBATING[1], space: 'Room 103', plan: 'free', startsOn: '2026-03-02' },
      { startup: IT_PARK_INCUBATING[2], space: 'Room 104', plan: 'free', startsOn: '2026-09-15' },
      ...IT_PARK_INCUBATING.slice(3).map((startup, i) => ({ startup, space: 'Open space', plan: 'free', startsOn: i < 8 ? '2026-03-02' : '2026-09-15', desks: 1 })),
      ...IT_PARK_GRADUATES.map((startup, i) => ({ startup, space: `Office 20${i + 1}`, plan: 'post', startsOn: '2026-06-01' })),
    ],
    graduations: [{ startup: 'Erdenet IoT', on: '2026-11-25' }],
  },
  {
    slug: 'ub-hub',
    rates: [50_000_00, 60_000_00],
    sites: [
      {
        name: 'HUB floor (1,500 m²)',
        address: 'Ulaanbaatar Innovation HUB, floor 3',
        spaces: [
          ...rooms('Incubation room', 6, 1, { kind: 'incubation_room', areaM2: 30, capacity: 6 }),
          { name: 'Coworking', kind: 'desk_area', areaM2: 400, capacity: 50 },
          ...rooms('Team office', 4, 1, { kind: 'office', areaM2: 60, capacity: 10 }),
          { name: 'Training room', kind: 'training_room', areaM2: 120, capacity: 60 },
          { name: 'Event hall', kind: 'training_room', areaM2: 300, capacity: 200 },
          { name: 'Maker lab (3D printing, CAD/CAM)', kind: 'training_room', areaM2: 200, capacity: 20 },
          { name: 'Meeting room A', kind: 'meeting_room', areaM2: 25, capacity: 10 },
          { name: 'Meeting room B', kind: 'meeting_room', areaM2: 25, capacity: 10 },
        ],
      },
    ],
    plans: [{ key: 'quarter', name: 'HUB rent (a quarter of market)', kind: 'share_of_market', noticeDays: 30, terms: { effectiveFrom: '2024-01-01', shareBps: 2500 } }],
    programme: { name: 'HUB Annual Incubation', incubation: 'quarter' },
    newStartups: named(HUB_TEAMS.slice(1), 'mobility'),
    leases: [
      ...HUB_TEAMS.slice(0, 6).map((startup, i) => ({ startup, space: `Incubation room ${i + 1}`, plan: 'quarter', startsOn: '2026-03-02' })),
      ...HUB_TEAMS.slice(6).map((startup) => ({ startup, space: 'Coworking', plan: 'quarter', startsOn: '2026-10-05', desks: 3 })),
    ],
  },
  {
    slug: 'mcs-business-park',
    rates: [40_000_00, 48_000_00],
    sites: [{ name: 'MCS Business Park, block B', address: 'MCS Plaza, Ulaanbaatar', spaces: rooms('Office B', 5, 101, { kind: 'office', areaM2: 25, capacity: 5 }) }],
    plans: [{ key: 'free', name: 'Programme office (free)', kind: 'free', noticeDays: 14, terms: { effectiveFrom: '2024-01-01' } }],
    programme: { name: 'MCS Startup Programme', incubation: 'free' },
    newStartups: [],
    leases: ['MCS Smart Retail', 'Tenger Health', 'Altai Agritech', 'Khuvsgul Tours', 'Bogd Robotics'].map((startup, i) => ({ startup, space: `Office B ${101 + i}`, plan: 'free', startsOn: '2026-09-14' })),
  },
  {
    slug: 'socratus',
    rates: [35_000_00, 40_000_00],
    sites: [
      {
        name: 'Socratus studio (700 m²)',
        address: 'Socratus Startup Studio, Ulaanbaatar',
        spaces: [{ name: 'Studio floor', kind: 'desk_area', areaM2: 500, capacity: 60 }, ...rooms('Team room', 4, 1, { kind: 'office', areaM2: 50, capacity: 8 })],
      },
    ],
    plans: [{ key: 'membership', name: 'Studio membership', kind: 'fixed', noticeDays: 30, terms: { effectiveFrom: '2024-01-01', amount: { amountMinor: 300_000_00, currency: 'MNT' } } }],
    newStartups: named(SOCRATUS_NEW, 'consumer'),
    leases: [], // every Socratus company, see below
  },
];

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
  let created = false;

  for (const layout of LAYOUTS) {
    const as = <T>(work: () => Promise<T>, role: Role = 'owner') =>
      cls.run(() =>
        txHost.withTransaction(async () => {
          await tenancy.actAsUser(people.ownerOf(layout.slug));
          await tenancy.enterOrganization(people.organizationId(layout.slug), role);
          return work();
        }),
      );
    if ((await as(() => catalogue.listSites())).items.length > 0) continue;
    created = true;

    const space = new Map<string, { id: string; capacity: number }>();
    for (const site of layout.sites) {
      const made = await as(() => catalogue.createSite({ name: site.name, address: site.address }));
      for (const s of site.spaces) {
        const created = await as(() => catalogue.createSpace({ ...s, siteId: made.id }));
        space.set(s.name, { id: created.id, capacity: s.capacity });
        await as(() => catalogue.addRate(created.id, { effectiveFrom: '2024-01-01', basis: 'per_m2_month', amount: { amountMinor: layout.rates[0], currency: 'MNT' } }));
        await as(() => catalogue.addRate(created.id, { effectiveFrom: '2026-01-01', basis: 'per_m2_month', amount: { amountMinor: layout.rates[1], currency: 'MNT' } }));
      }
    }
    const plan = new Map<string, string>();
    for (const { key, ...input } of layout.plans) plan.set(key, (await as(() => catalogue.createPlan(input))).id);
    if (layout.programme) {
      const { name, incubation, post } = layout.programme;
      const programme = (await as(() => programmes.list(100))).items.find((p) => p.name === name);
      if (!programme) throw new Error(`${layout.slug}: no programme "${name}" (seed-programmes.ts)`);
      await as(() => catalogue.setProgrammePlans(programme.id, { incubationPlanId: plan.get(incubation)!, postIncubationPlanId: post ? plan.get(post)! : null }));
    }
    for (const s of layout.newStartups) await as(() => startups.create({ name: s.name, sector: s.sector, stage: 'seed', origin: 'external' }));

    const all = (await as(() => startups.list(Object.assign(new StartupQueryDto(), { limit: 100 })))).items;
    const startup = (name: string) => {
      const found = all.find((s) => s.name === name);
      if (!found) throw new Error(`${layout.slug}: no startup "${name}"`);
      return found.id;
    };
    // Socratus: every company it has (its alumni, its cohort and the new ones) on the studio floor and in the team rooms.
    const active = all.filter((s) => s.status !== 'failed' && s.status !== 'withdrawn');
    const wanted = layout.slug === 'socratus' ? active.slice(0, 22).map((s, i) => ({ startup: s.name, space: i < 4 ? `Team room ${i + 1}` : 'Studio floor', plan: 'membership', startsOn: '2026-01-05', ...(i < 4 ? {} : { desks: 2 }) })) : layout.leases;
    for (const l of wanted) {
      await as(() => leases.create({ startupId: startup(l.startup), spaceId: space.get(l.space)!.id, planId: plan.get(l.plan)!, startsOn: l.startsOn, ...(l.desks ? { desks: l.desks } : {}) }));
    }
    for (const g of layout.graduations ?? []) await as(() => leases.graduated(startup(g.startup), g.on));
  }
  return created;
}
