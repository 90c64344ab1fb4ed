import type { INestApplicationContext } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { ApplicationsService } from '@hatchery/applications';
import { Tenancy } from '@hatchery/core';
import { CallsService, CreateCallDto, CreateProgrammeDto, ProgrammesService } from '@hatchery/programmes';
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
      phases: [phase('Business plan', 2, [{ title: 'Business plan approved', offsetDays: 55 }]), phase('Market entry', 12, [{ title: 'First paying customer', offsetDays: 180 }]), phase('Incubation', 24)],
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
      phases: [phase('Onboarding and validation', 1), phase('Execution', 2), phase('Investment', 1), phase('Pitch and delivery', 1)],
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
      title: 'MCS Spring 2027 (external and internal startups)',
      opensAt: '2027-01-15T09:00:00+08:00',
      closesAt: '2027-02-28T18:00:00+08:00',
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
      phases: [phase('Incubation', 24)],
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
      phases: [phase('Incubation', 12)],
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
            { key: 'prototype', label: 'Working prototype', weight: 2 },
            { key: 'pitch', label: 'Pitch', weight: 1 },
          ],
        },
      ],
      publish: true,
    },
  },
];

/** Adds the demo programmes, calls and one application (as the operators' owners and a founder). */
export async function seedProgrammes(
  app: INestApplicationContext,
  people: { ownerOf: (slug: string) => string; founderOf: (slug: string) => string; organizationId: (slug: string) => string },
): Promise<boolean> {
  const cls = app.get(ClsService);
  const txHost = app.get(TransactionHost);
  const tenancy = app.get(Tenancy);
  const programmes = app.get(ProgrammesService);
  const calls = app.get(CallsService);
  const applications = app.get(ApplicationsService);
  const as = <T>(userId: string, slug: string, role: 'owner' | undefined, work: () => Promise<T>) =>
    cls.run(() =>
      txHost.withTransaction(async () => {
        await tenancy.actAsUser(userId);
        await tenancy.enterOrganization(people.organizationId(slug), role);
        return work();
      }),
    );

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
    if (published.status === 'open' && demo.slug === 'socratus') {
      const founder = people.founderOf(demo.slug);
      await as(founder, demo.slug, undefined, async () => {
        const draft = await applications.create(call.id, {
          startupName: 'Nomad Grid',
          sector: 'energy',
          stage: 'pre_seed',
          idea: 'Solar micro-grids for herder families, paid per kilowatt-hour by phone.',
          teamSize: 3,
          founders: [{ name: 'Socratus founder', email: 'founder@socratus.example', role: 'CEO' }],
          answers: { problem: 'Herder families off the grid burn coal and diesel; we sell them clean power by the kWh.' },
        });
        await applications.submit(draft.id);
      });
    }
  }
  return created;
}
