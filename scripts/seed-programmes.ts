import type { INestApplicationContext } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ApplicationFieldsDto, ApplicationsService, DecisionsService, ReviewsService } from '@hatchery/applications';
import { AccountsService } from '@hatchery/accounts';
import { Role, Tenancy } from '@hatchery/core';
import { CallsService, CreateCallDto, CreateProgrammeDto, ProgrammesService } from '@hatchery/programmes';
import { DEMO_PASSWORD } from './seed-constants';
import { ClsService } from 'nestjs-cls';

interface DemoProgramme {
  slug: string;
  programme: CreateProgrammeDto;
  call?: CreateCallDto & { publish: boolean };
}

const SOCRATUS_RUBRIC = [
  { key: 'innovative_idea', label: 'Innovative idea', weight: 3 },
  { key: 'leadership', label: "Founders' leadership quality", weight: 3 },
  { key: 'team_composition', label: 'Team composition', weight: 2 },
  { key: 'previous_experience', label: 'Previous experience', weight: 2 },
];

const phase = (name: string, durationValue: number, milestones: { title: string; offsetDays: number }[] = []) => ({
  name,
  durationValue,
  durationUnit: 'months' as const,
  milestones: milestones.map((m) => ({ ...m, evidenceRequired: true })),
});

/** One programme per reference operator (DOMAIN.md), with the calls they run. */
export const DEMO_PROGRAMMES: DemoProgramme[] = [
  {
    slug: 'socratus',
    programme: {
      name: 'Socratus Incubation',
      type: 'incubation',
      description: 'Business plan, market entry, then incubation. Socratus takes 15-49 % equity, never a majority.',
      phases: [
        phase('Business plan', 2, [{ title: 'Business plan approved', offsetDays: 55 }]),
        phase('Market entry', 12, [
          { title: 'Go-to-market plan', offsetDays: 30 },
          { title: 'First paying customer', offsetDays: 180 },
        ]),
        phase('Incubation', 24, [
          { title: 'Quarterly board report', offsetDays: 30 },
          { title: 'Seed round term sheet', offsetDays: 270 },
        ]),
      ],
      rubric: SOCRATUS_RUBRIC,
      equityPolicy: { kind: 'range', minBps: 1500, maxBps: 4900, neverMajority: true },
    },
    call: {
      title: 'Socratus intake, Q4 2026',
      opensAt: '2026-10-01T09:00:00+08:00',
      closesAt: '2026-12-31T23:59:00+08:00',
      capacity: 5,
      reviewersPerApplication: 2,
      blindReview: false,
      questions: [
        { key: 'problem', label: 'What problem do you solve, and for whom?', type: 'long_text', required: true, maxLength: 3000 },
        { key: 'traction', label: 'Traction so far', type: 'short_text', required: false, maxLength: 300 },
        { key: 'website', label: 'Website or demo', type: 'url', required: false },
      ],
      publish: true,
    },
  },
  {
    slug: 'mcs-business-park',
    programme: {
      name: 'MCS Startup Programme',
      type: 'acceleration',
      description: 'Five months; MCS Ventures takes 10 % of every company it funds after six months of incubation.',
      phases: [
        phase('Onboarding and validation', 1, [{ title: 'Customer validation report', offsetDays: 25 }]),
        phase('Execution', 2, [
          { title: 'MVP demo', offsetDays: 30 },
          { title: 'First pilot customer signed', offsetDays: 50 },
        ]),
        phase('Investment', 1, [{ title: 'Investment memo', offsetDays: 20 }]),
        phase('Pitch and delivery', 1, [{ title: 'Final pitch', offsetDays: 25 }]),
      ],
      rubric: [
        { key: 'market', label: 'Market potential', weight: 2 },
        { key: 'team', label: 'Team', weight: 2 },
        { key: 'fit', label: 'Fit with MCS Group', weight: 1 },
      ],
      equityPolicy: { kind: 'fixed_after', bps: 1000, afterMonths: 6 },
      grantPolicy: { minAmountMinor: 800000, maxAmountMinor: 1000000, currency: 'USD' },
      perkCap: { amountMinor: 3500000, currency: 'GBP' },
    },
    call: {
      title: 'MCS winter intake 2026/27 (external and internal startups)',
      opensAt: '2026-11-15T09:00:00+08:00',
      closesAt: '2027-01-15T18:00:00+08:00',
      capacity: 28,
      reviewersPerApplication: 3,
      blindReview: false,
      questions: [{ key: 'origin', label: 'External startup or MCS Group venture?', type: 'single_choice', required: true, options: ['external', 'internal'] }],
      publish: true,
    },
  },
  {
    slug: 'it-park',
    programme: {
      name: 'IT Park Incubation',
      type: 'incubation',
      description: 'Up to two years; graduates may stay on at below-market rent.',
      phases: [
        phase('Incubation', 24, [
          { title: 'Incubation plan', offsetDays: 30 },
          { title: 'Mid-term review report', offsetDays: 365 },
          { title: 'Graduation report', offsetDays: 700 },
        ]),
      ],
      rubric: [{ key: 'technology', label: 'Technology', weight: 1 }, { key: 'business', label: 'Business model', weight: 1 }],
      equityPolicy: { kind: 'none' },
    },
  },
  {
    slug: 'ub-hub',
    programme: {
      name: 'HUB Annual Incubation',
      type: 'incubation',
      description: 'One themed call a year; one year of incubation; no equity.',
      phases: [
        phase('Incubation', 12, [
          { title: 'Working prototype', offsetDays: 60 },
          { title: 'Pilot with a city district', offsetDays: 180 },
          { title: 'Air-quality impact report', offsetDays: 300 },
          { title: 'Demo day pitch', offsetDays: 350 },
        ]),
      ],
      rubric: [
        { key: 'impact', label: 'Impact on the theme', weight: 2 },
        { key: 'feasibility', label: 'Feasibility', weight: 1 },
      ],
      equityPolicy: { kind: 'none' },
    },
    call: {
      title: 'HUB 2027: clean air',
      theme: 'Pollution and traffic',
      opensAt: '2026-11-01T09:00:00+08:00',
      closesAt: '2027-01-31T18:00:00+08:00',
      capacity: 1,
      reviewersPerApplication: 3,
      blindReview: true,
      questions: [{ key: 'pitch', label: 'Your idea in one paragraph', type: 'long_text', required: true, maxLength: 1500 }],
      rounds: [
        { key: 'screening', name: 'Screening', shortlistSize: 10 },
        {
          key: 'hackathon',
          name: 'Hackathon',
          rubric: [
            { key: 'working_prototype', label: 'Working prototype', weight: 2 },
            { key: 'pitch', label: 'Pitch', weight: 1 },
          ],
        },
      ],
      publish: true,
    },
  },
];

const nomadGrid: ApplicationFieldsDto = {
  startupName: 'Nomad Grid',
  sector: 'energy',
  stage: 'pre_seed',
  idea: 'Solar micro-grids for herder families, paid per kilowatt-hour by phone.',
  teamSize: 3,
  founders: [{ name: 'Socratus founder', email: 'founder@socratus.example', role: 'CEO' }],
  answers: { problem: 'Herder families off the grid burn coal and diesel; we sell them clean power by the kWh.' },
};

const mcsApplicant = (startupName: string, sector: string): ApplicationFieldsDto => ({
  startupName,
  sector,
  stage: 'seed',
  idea: `${startupName}: built for Mongolian businesses.`,
  teamSize: 4,
  founders: [{ name: `${startupName} founder`, email: `${startupName.toLowerCase().replace(/\W+/g, '-')}@example.org`, role: 'CEO' }],
});

/** Adds the demo programmes, calls, applications and reviews, through the services (as owners, founders, applicants, the reviewer). */
export async function seedProgrammes(
  app: INestApplicationContext,
  people: { ownerOf: (slug: string) => string; founderOf: (slug: string) => string; organizationId: (slug: string) => string },
): Promise<boolean> {
  const cls = app.get(ClsService);
  const txHost = app.get<TransactionHost<TransactionalAdapterTypeOrm>>(TransactionHost);
  const tenancy = app.get(Tenancy);
  const programmes = app.get(ProgrammesService);
  const calls = app.get(CallsService);
  const applications = app.get(ApplicationsService);
  const as = <T>(userId: string, slug: string, role: Role | undefined, work: () => Promise<T>) =>
    cls.run(() =>
      txHost.withTransaction(async () => {
        await tenancy.actAsUser(userId);
        await tenancy.enterOrganization(people.organizationId(slug), role);
        return work();
      }),
    );

  const accounts = app.get(AccountsService);
  const decisions = app.get(DecisionsService);
  const reviews = app.get(ReviewsService);
  const plain = <T>(work: () => Promise<T>) => cls.run(() => txHost.withTransaction(work));

  const apply = (userId: string, slug: string, callId: string, fields: ApplicationFieldsDto) =>
    as(userId, slug, undefined, async () => {
      const draft = await applications.create(callId, fields);
      await applications.submit(draft.id);
      return draft.id;
    });
  const applicant = async (email: string, name: string) =>
    (await plain(() => accounts.findByEmail(email)))?.id ?? (await plain(() => accounts.register(email, DEMO_PASSWORD, name))).id;

  /**
   * Past calls, for a realistic history: created and filled through the services while open,
   * then moved back to their real dates (the only direct SQL here) and closed.
   */
  const pastCall = async (slug: string, programmeId: string, input: CreateCallDto, window: { opensAt: string; closesAt: string }, entrants: number, idea: string) => {
    const owner = people.ownerOf(slug);
    const now = Date.now();
    const call = await as(owner, slug, 'owner', () =>
      calls.create(programmeId, { ...input, opensAt: new Date(now - 3600_000).toISOString(), closesAt: new Date(now + 3600_000).toISOString() }),
    );
    await as(owner, slug, 'owner', () => calls.publish(call.id));
    for (let i = 1; i <= entrants; i++) {
      const userId = await applicant(`applicant${i}@${slug}.applicants.example`, `Applicant ${i} (${slug})`);
      await apply(userId, slug, call.id, {
        startupName: `${idea} #${i}`,
        sector: ['cleantech', 'mobility', 'govtech', 'agritech'][i % 4],
        stage: 'idea',
        idea: `${idea}: team ${i}'s approach.`,
        teamSize: 1 + (i % 5),
        founders: [{ name: `Applicant ${i}`, email: `applicant${i}@${slug}.applicants.example`, role: 'CEO', ...(i % 2 ? { gender: 'female' as const } : {}), ...(i % 3 ? { birthYear: 1990 + (i % 12) } : {}) }],
        answers: Object.fromEntries(input.questions.filter((q) => q.required).map((q) => [q.key, `${idea}, entry ${i}.`])),
      });
    }
    await as(owner, slug, 'owner', async () => {
      await txHost.tx.query(`UPDATE calls SET opens_at = $2, closes_at = $3 WHERE id = $1`, [call.id, window.opensAt, window.closesAt]);
      // Submissions spread over the real window, in the order they were made.
      await txHost.tx.query(
        `UPDATE applications a SET submitted_at = $2::timestamptz + (($3::timestamptz - $2::timestamptz) * o.n / (o.total + 1))
           FROM (SELECT id, row_number() OVER (ORDER BY submitted_at) AS n, count(*) OVER () AS total FROM applications WHERE call_id = $1) o
          WHERE a.id = o.id`,
        [call.id, window.opensAt, window.closesAt],
      );
      await calls.closeIfDue(call.id);
      await decisions.startReview(call.id);
    });
    return call.id;
  };

  const seedHistory = async () => {
    const socratus = (await as(people.ownerOf('socratus'), 'socratus', 'owner', () => programmes.list(10))).items[0];
    const base = DEMO_PROGRAMMES[0].call!;
    for (const [quarter, opensAt, closesAt] of [
      ['Q1', '2026-01-05T09:00:00+08:00', '2026-03-31T23:59:00+08:00'],
      ['Q2', '2026-04-01T09:00:00+08:00', '2026-06-30T23:59:00+08:00'],
    ]) {
      await pastCall('socratus', socratus.id, { ...base, title: `Socratus intake, ${quarter} 2026` }, { opensAt, closesAt }, 0, 'unused');
    }
    // Q3: closed, reviews in progress (the reviewer has scored about half).
    const q3 = await pastCall('socratus', socratus.id, { ...base, title: 'Socratus intake, Q3 2026' }, { opensAt: '2026-07-01T09:00:00+08:00', closesAt: '2026-09-30T23:59:00+08:00' }, 8, 'Smart herding');
    const reviewer = await applicant('reviewer@socratus.example', 'unused');
    const queue = await as(reviewer, 'socratus', 'reviewer', () => reviews.myQueue());
    for (const [i, item] of queue.filter((q) => q.callId === q3).entries()) {
      if (i % 2) continue;
      await as(reviewer, 'socratus', 'reviewer', () =>
        reviews.submit(item.applicationId, 'screening', { innovative_idea: 2 + (i % 4), leadership: 3, team_composition: 1 + (i % 5), previous_experience: 4 }, 'Promising; needs a clearer market.'),
      );
    }
    // The HUB's 2023 call: 150 applications for one space, then a hackathon round.
    const hub = (await as(people.ownerOf('ub-hub'), 'ub-hub', 'owner', () => programmes.list(10))).items[0];
    const hubCall = DEMO_PROGRAMMES[3].call!;
    await pastCall('ub-hub', hub.id, { ...hubCall, title: 'HUB 2023: pollution and traffic', capacity: 1 }, { opensAt: '2023-02-01T09:00:00+08:00', closesAt: '2023-03-15T18:00:00+08:00' }, 150, 'Cleaner air for Ulaanbaatar');
  };

  let created = false;
  for (const demo of DEMO_PROGRAMMES) {
    const owner = people.ownerOf(demo.slug);
    const existing = await as(owner, demo.slug, 'owner', async () => (await programmes.list(100)).items.find((p) => p.name === demo.programme.name));
    if (existing) continue;
    created = true;
    const programme = await as(owner, demo.slug, 'owner', () => programmes.create(demo.programme));
    if (!demo.call) continue;
    const { publish, ...callInput } = demo.call;
    const call = await as(owner, demo.slug, 'owner', () => calls.create(programme.id, callInput));
    if (!publish) continue;
    const published = await as(owner, demo.slug, 'owner', () => calls.publish(call.id));
    if (demo.slug === 'socratus') {
      await apply(people.founderOf('socratus'), 'socratus', call.id, nomadGrid);
    }
    if (demo.slug === 'mcs-business-park') {
      await apply(people.founderOf('mcs-business-park'), demo.slug, call.id, { ...mcsApplicant('MCS Logistics Lab', 'logistics'), answers: { origin: 'internal' } });
      await apply(people.founderOf('it-park'), demo.slug, call.id, { ...mcsApplicant('Steppe Payments', 'fintech'), answers: { origin: 'external' } });
    }
    void published;
  }
  if (created) await seedHistory();
  return created;
}
