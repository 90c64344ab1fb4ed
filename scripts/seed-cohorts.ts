import type { INestApplicationContext } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccountsService } from '@hatchery/accounts';
import { newId, Role, Tenancy } from '@hatchery/core';
import { ActionQueryDto, CohortQueryDto, CohortsService, EnrolmentsService, MilestonesService, ProgrammeActionsService, TimedEffects } from '@hatchery/cohorts';
import { MembersService } from '@hatchery/organizations';
import { ProgrammesService } from '@hatchery/programmes';
import { StartupOrigin, StartupsService } from '@hatchery/startups';
import { ClsService } from 'nestjs-cls';
import { MomentRow } from '../libs/cohorts/src/moments';
import { dueMomentsQuery } from '../libs/cohorts/src/timed-effects.sql';
import { DEMO_PASSWORD } from './seed-constants';

/** What happens to one startup's milestone (by title) before today; absent = left pending. */
type Progress = 'approved' | 'submitted' | 'changes_requested';

interface DemoStartup {
  name: string;
  sector: string;
  origin: StartupOrigin;
  /** 'demo' = the operator's demo founder (founder@<domain>); otherwise a founder account is made for it. */
  founder: 'demo' | string;
  progress: Record<string, Progress>;
}

interface DemoCohort {
  slug: string;
  programme: string;
  name: string;
  startsOn: string;
  startups: DemoStartup[];
}

const all = (titles: string[]): Record<string, Progress> => Object.fromEntries(titles.map((t) => [t, 'approved' as const]));

/**
 * One cohort per reference operator, at a different point of its programme on 2026-11-28:
 * MCS mid-programme (execution), Socratus in incubation (second year), the HUB's yearly cohort,
 * and IT Park's, whose incubation ended last week.
 */
export const DEMO_COHORTS: DemoCohort[] = [
  {
    slug: 'mcs-business-park',
    programme: 'MCS Startup Programme',
    name: 'MCS Autumn 2026',
    startsOn: '2026-09-14',
    startups: [
      { name: 'MCS Smart Retail', sector: 'retail', origin: 'internal', founder: 'demo', progress: { 'Customer validation report': 'approved', 'MVP demo': 'approved', 'First pilot customer signed': 'submitted' } },
      { name: 'Tenger Health', sector: 'healthtech', origin: 'external', founder: 'tenger-health', progress: { 'Customer validation report': 'approved', 'MVP demo': 'approved', 'First pilot customer signed': 'changes_requested' } },
      { name: 'Altai Agritech', sector: 'agritech', origin: 'external', founder: 'altai-agritech', progress: { 'Customer validation report': 'approved', 'MVP demo': 'approved' } },
      // Never sent its MVP demo: overdue.
      { name: 'Khuvsgul Tours', sector: 'tourism', origin: 'external', founder: 'khuvsgul-tours', progress: { 'Customer validation report': 'approved' } },
      { name: 'Bogd Robotics', sector: 'manufacturing', origin: 'internal', founder: 'bogd-robotics', progress: { 'Customer validation report': 'approved', 'MVP demo': 'approved' } },
    ],
  },
  {
    slug: 'socratus',
    programme: 'Socratus Incubation',
    name: 'Socratus cohort 2025',
    startsOn: '2025-09-15',
    startups: [
      { name: 'Gobi Solar Pumps', sector: 'energy', origin: 'external', founder: 'demo', progress: all(['Business plan approved', 'Go-to-market plan', 'First paying customer']) },
      { name: 'Nomad Learn', sector: 'edtech', origin: 'external', founder: 'nomad-learn', progress: all(['Business plan approved', 'Go-to-market plan', 'First paying customer']) },
      { name: 'Orkhon Water', sector: 'cleantech', origin: 'external', founder: 'orkhon-water', progress: { ...all(['Business plan approved', 'Go-to-market plan', 'First paying customer']), 'Quarterly board report': 'submitted' } },
    ],
  },
  {
    slug: 'ub-hub',
    programme: 'HUB Annual Incubation',
    name: 'HUB 2026: clean mobility',
    startsOn: '2026-03-02',
    startups: [{ name: 'Clean Commute UB', sector: 'mobility', origin: 'external', founder: 'demo', progress: { 'Working prototype': 'approved', 'Pilot with a city district': 'approved' } }],
  },
  {
    slug: 'it-park',
    programme: 'IT Park Incubation',
    name: 'IT Park intake 2024',
    startsOn: '2024-11-20',
    startups: [
      { name: 'Data Steppe', sector: 'data', origin: 'external', founder: 'demo', progress: all(['Incubation plan', 'Mid-term review report', 'Graduation report']) },
      { name: 'Erdenet IoT', sector: 'iot', origin: 'external', founder: 'erdenet-iot', progress: all(['Incubation plan', 'Mid-term review report', 'Graduation report']) },
      { name: 'Ger Cloud', sector: 'saas', origin: 'external', founder: 'ger-cloud', progress: all(['Incubation plan', 'Mid-term review report', 'Graduation report']) },
    ],
  },
];

/**
 * Socratus negotiates its stake (a range policy, 15-49 %), so the calendar records no fixed one:
 * the agreed stakes are recorded here, due when market entry began.
 */
const SOCRATUS_STAKES: { startup: string; bps: number; confirmed: boolean }[] = [
  { startup: 'Gobi Solar Pumps', bps: 2500, confirmed: true },
  { startup: 'Nomad Learn', bps: 2000, confirmed: false },
];

const EVIDENCE: Record<string, string> = {
  'Customer validation report': '24 customer interviews; 9 would pay for a pilot.',
  'MVP demo': 'Recorded demo of the MVP with two test customers.',
  'First pilot customer signed': 'Letter of intent for a three-month pilot.',
};

/**
 * Cohorts, enrolments and milestone activity, through the services (as the owner, the manager
 * and each startup's founder). The worker's timed effects that are already due (phase changes,
 * overdue marks, graduation reviews) are applied here too, through the same TimedEffects the
 * worker runs, so the demo is consistent before the worker starts. Skips an operator whose
 * cohort exists.
 */
export async function seedCohorts(
  app: INestApplicationContext,
  people: { ownerOf: (slug: string) => string; managerOf: (slug: string) => string; founderOf: (slug: string) => string; organizationId: (slug: string) => string },
): Promise<boolean> {
  const cls = app.get(ClsService);
  const txHost = app.get<TransactionHost<TransactionalAdapterTypeOrm>>(TransactionHost);
  const tenancy = app.get(Tenancy);
  const accounts = app.get(AccountsService);
  const members = app.get(MembersService);
  const programmes = app.get(ProgrammesService);
  const startups = app.get(StartupsService);
  const cohorts = app.get(CohortsService);
  const enrolments = app.get(EnrolmentsService);
  const milestones = app.get(MilestonesService);
  const actions = app.get(ProgrammeActionsService);
  const effects = app.get(TimedEffects);

  const as = <T>(userId: string, slug: string, role: Role, work: () => Promise<T>) =>
    cls.run(() =>
      txHost.withTransaction(async () => {
        await tenancy.actAsUser(userId);
        await tenancy.enterOrganization(people.organizationId(slug), role);
        return work();
      }),
    );
  const asWorker = <T>(slug: string, work: () => Promise<T>) => tenancy.runInOrganization(people.organizationId(slug), work);
  const plain = <T>(work: () => Promise<T>) => cls.run(() => txHost.withTransaction(work));

  const founderAccount = async (slug: string, handle: string, startupName: string) => {
    const email = `founder@${handle}.startups.example`;
    const id = (await plain(() => accounts.findByEmail(email)))?.id ?? (await plain(() => accounts.register(email, DEMO_PASSWORD, `${startupName} founder`))).id;
    await as(people.ownerOf(slug), slug, 'owner', () => members.add(id, 'founder'));
    return id;
  };

  let created = false;
  for (const demo of DEMO_COHORTS) {
    const owner = people.ownerOf(demo.slug);
    const manager = people.managerOf(demo.slug);
    const existing = await as(owner, demo.slug, 'owner', async () => (await cohorts.list({ limit: 100 } as CohortQueryDto)).items.find((c) => c.name === demo.name));
    if (existing) continue;
    created = true;
    const programme = await as(owner, demo.slug, 'owner', async () => (await programmes.list(100)).items.find((p) => p.name === demo.programme));
    if (!programme) throw new Error(`${demo.slug}: programme "${demo.programme}" not found`);

    const cohort = await as(owner, demo.slug, 'owner', () => cohorts.create({ programmeId: programme.id, name: demo.name, startsOn: demo.startsOn }));
    const founders = new Map<string, string>();
    const startupIds = new Map<string, string>();
    for (const s of demo.startups) {
      const founderId = s.founder === 'demo' ? people.founderOf(demo.slug) : await founderAccount(demo.slug, s.founder, s.name);
      const startup = await as(manager, demo.slug, 'manager', async () => {
        const made = await startups.create({ name: s.name, sector: s.sector, stage: 'seed', origin: s.origin });
        await startups.addFounder(made.id, founderId);
        return made;
      });
      founders.set(s.name, founderId);
      startupIds.set(s.name, startup.id);
    }
    await as(manager, demo.slug, 'manager', () => enrolments.enrol(cohort.id, [...startupIds.values()]));

    // The milestones' history: founders submit, the manager approves or asks for changes.
    for (const s of demo.startups) {
      const startupId = startupIds.get(s.name)!;
      const founderId = founders.get(s.name)!;
      const timeline = await as(manager, demo.slug, 'manager', () => milestones.startupTimeline(startupId));
      const own = timeline.enrolments.flatMap((e) => e.milestones);
      for (const [title, progress] of Object.entries(s.progress)) {
        const milestone = own.find((m) => m.title === title);
        if (!milestone) throw new Error(`${demo.name}: no milestone "${title}" (add it to the programme's phases in seed-programmes.ts)`);
        const text = EVIDENCE[title] ?? `${s.name}: ${title.toLowerCase()}, see the attached document.`;
        await as(founderId, demo.slug, 'founder', () => milestones.submit(milestone.id, { text, links: ['https://docs.example.com/' + newId()] }));
        if (progress === 'submitted') continue;
        await as(manager, demo.slug, 'manager', () =>
          milestones.review(
            milestone.id,
            progress === 'approved' ? { decision: 'approve', comment: 'Thank you, approved.' } : { decision: 'request_changes', comment: 'Please attach the signed pilot agreement, not only the letter of intent.' },
          ),
        );
      }
    }

    if (demo.slug === 'socratus') {
      // Negotiated stakes (see SOCRATUS_STAKES), recorded as the calendar would record a fixed one.
      const marketEntry = await as(owner, demo.slug, 'owner', async () => (await cohorts.phases(cohort.id)).find((p) => p.position === 1)!);
      const opened: { id: string; startup: string }[] = [];
      for (const stake of SOCRATUS_STAKES) {
        const startupId = startupIds.get(stake.startup)!;
        const id = newId();
        await asWorker(demo.slug, () =>
          txHost.tx.query(
            `INSERT INTO programme_actions (id, organization_id, enrolment_id, startup_id, kind, due_at, stake_bps, created_at)
             SELECT $1, e.organization_id, e.id, e.startup_id, 'equity_stake', $3, $4, $3 FROM enrolments e WHERE e.cohort_id = $2 AND e.startup_id = $5`,
            [id, cohort.id, marketEntry.startsAt, stake.bps, startupId],
          ),
        );
        if (stake.confirmed) opened.push({ id, startup: stake.startup });
      }
      for (const action of opened) {
        await as(owner, demo.slug, 'owner', () =>
          actions.resolve(action.id, { resolution: 'confirmed', reason: `${action.startup}: shareholder agreement signed.`, effectiveOn: marketEntry.startsOn }),
        );
      }
    }

    // What the worker would do on start: every effect that is already due, through TimedEffects.
    await catchUp(demo.slug, cohort.id);

    if (demo.slug === 'it-park') {
      // One graduation review decided; the others wait for the managers.
      const erdenet = startupIds.get('Erdenet IoT')!;
      const review = await as(owner, demo.slug, 'owner', async () => (await actions.list({ limit: 100, status: 'open' } as ActionQueryDto)).items.find((a) => a.startupId === erdenet));
      if (review) {
        await as(manager, demo.slug, 'manager', () =>
          actions.resolve(review.id, { resolution: 'graduated', reason: 'Revenue-positive, 12 staff; moves to a tenant office in the park.', effectiveOn: '2026-11-25' }),
        );
      }
    }
  }
  return created;

  async function catchUp(slug: string, cohortId: string): Promise<void> {
    const now = new Date();
    const query = dueMomentsQuery({ now, cohortId });
    const due: MomentRow[] = await asWorker(slug, () => txHost.tx.query(query.text, query.values));
    const order: MomentRow['job'][] = ['cohort.advance', 'milestone.mark-overdue', 'enrolment.scheduled-action', 'milestone.remind'];
    for (const job of order) {
      for (const row of due.filter((r) => r.job === job).sort((a, b) => a.at.getTime() - b.at.getTime())) {
        await asWorker(slug, async () => {
          if (job === 'cohort.advance') await effects.advanceCohort(cohortId);
          else if (job === 'milestone.mark-overdue') await effects.markOverdue(cohortId, row.at);
          else if (job === 'milestone.remind') await effects.remind(cohortId, row.at, row.offset_days);
          else await effects.openScheduledActions(cohortId, row.at, row.kind!);
        });
      }
    }
  }
}
