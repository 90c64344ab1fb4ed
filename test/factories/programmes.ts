import { randomBytes } from 'node:crypto';
import type { System } from '../support/system';
import type { SignedIn } from './users';

/** The Socratus selection rubric: four criteria, equal weight, default 1–5 scales. */
export const SOCRATUS_RUBRIC = [
  { key: 'innovative_idea', label: 'Innovative idea', weight: 1 },
  { key: 'leadership', label: 'Leadership', weight: 1 },
  { key: 'team_composition', label: 'Team composition', weight: 1 },
  { key: 'previous_experience', label: 'Previous experience', weight: 1 },
];

export const programmes = {
  /** A valid programme body: one phase with a milestone, the Socratus rubric, no equity. */
  build(overrides: Record<string, unknown> = {}) {
    const tag = randomBytes(4).toString('hex');
    return {
      name: `Incubation ${tag}`,
      type: 'incubation',
      description: 'Six months of incubation.',
      phases: [
        {
          name: 'Onboarding and validation',
          durationValue: 2,
          durationUnit: 'months',
          milestones: [{ title: 'Customer discovery interviews', offsetDays: 14, evidenceRequired: true }],
        },
      ],
      rubric: SOCRATUS_RUBRIC.map((criterion) => ({ ...criterion })),
      equityPolicy: { kind: 'none' },
      ...overrides,
    };
  },

  async create(system: System, by: SignedIn, slug: string, overrides: Record<string, unknown> = {}) {
    const response = await system.http.post(`/api/v1/organizations/${slug}/programmes`, programmes.build(overrides), by.token);
    if (response.status !== 201) throw new Error(`create programme failed: ${JSON.stringify(response.body)}`);
    return response.body as { id: string; name: string; rubric: Array<Record<string, unknown>> } & Record<string, any>;
  },
};

const HOUR = 3_600_000;

export const calls = {
  /** A valid call body: opens in a day, closes in thirty, two questions, the default round. */
  build(overrides: Record<string, unknown> = {}) {
    const tag = randomBytes(4).toString('hex');
    return {
      title: `Annual intake ${tag}`,
      theme: 'Pollution and traffic',
      opensAt: new Date(Date.now() + 24 * HOUR).toISOString(),
      closesAt: new Date(Date.now() + 30 * 24 * HOUR).toISOString(),
      capacity: 10,
      questions: [
        { key: 'team_background', label: "Tell us about your team's background", type: 'long_text', required: true, maxLength: 2000 },
        { key: 'sector', label: 'Sector', type: 'single_choice', required: true, options: ['Cleantech', 'Agritech', 'Fintech'] },
      ],
      reviewersPerApplication: 3,
      blindReview: false,
      ...overrides,
    };
  },

  async create(system: System, by: SignedIn, slug: string, programmeId: string, overrides: Record<string, unknown> = {}) {
    const response = await system.http.post(`/api/v1/organizations/${slug}/programmes/${programmeId}/calls`, calls.build(overrides), by.token);
    if (response.status !== 201) throw new Error(`create call failed: ${JSON.stringify(response.body)}`);
    return response.body as { id: string; status: string } & Record<string, any>;
  },
};
