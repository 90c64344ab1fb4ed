import type { System } from '../support/system';
import type { SignedIn } from './users';
import { addMember } from './organizations';

export const cohorts = {
  async create(system: System, by: SignedIn, slug: string, body: { programmeId: string; name?: string; startsOn: string; reminderOffsetsDays?: number[] }) {
    const response = await system.http.post(`/api/v1/organizations/${slug}/cohorts`, { name: `Cohort ${body.startsOn} ${Math.random().toString(36).slice(2, 6)}`, ...body }, by.token);
    if (response.status !== 201) throw new Error(`create cohort failed: ${JSON.stringify(response.body)}`);
    return response.body as { id: string; phases: { position: number; name: string; startsOn: string; endsOn: string }[]; milestones: { id: string; dueOn: string; title: string }[] } & Record<string, any>;
  },
};

export const startups = {
  /** A startup created directly by staff, with a founder who is a member of the organization. */
  async create(system: System, by: SignedIn, organization: { id: string; slug: string }, founder?: SignedIn) {
    const response = await system.http.post(`/api/v1/organizations/${organization.slug}/startups`, { name: `Startup ${Math.random().toString(36).slice(2, 8)}`, sector: 'Cleantech' }, by.token);
    if (response.status !== 201) throw new Error(`create startup failed: ${JSON.stringify(response.body)}`);
    const person = founder ?? (await addMember(system, organization.id, 'founder'));
    const linked = await system.http.post(`/api/v1/organizations/${organization.slug}/startups/${response.body.id}/founders`, { email: person.email }, by.token);
    if (linked.status !== 204) throw new Error(`add founder failed: ${JSON.stringify(linked.body)}`);
    return { ...(response.body as { id: string; name: string }), founder: person };
  },
};

export async function enrol(system: System, by: SignedIn, slug: string, cohortId: string, startupIds: string[]) {
  const response = await system.http.post(`/api/v1/organizations/${slug}/cohorts/${cohortId}/enrolments`, { startupIds }, by.token);
  if (response.status !== 201) throw new Error(`enrol failed: ${JSON.stringify(response.body)}`);
  return response.body as { enrolled: number; enrolments: { id: string; startupId: string }[] };
}
