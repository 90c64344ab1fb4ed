import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';

export function useStartup(startupId: string) {
  const { slug } = useOrganization();
  return useQuery({
    queryKey: [slug, 'startups', startupId],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/startups/{startupId}', { params: { path: { slug, startupId } } })),
  });
}

export const grantsKey = (slug: string, startupId: string) => [slug, 'startups', startupId, 'grants'];
export const redemptionsKey = (slug: string, startupId: string) => [slug, 'startups', startupId, 'perk-redemptions'];

export function useGrants(startupId: string) {
  const { slug } = useOrganization();
  return useQuery({
    queryKey: grantsKey(slug, startupId),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/startups/{startupId}/grants', { params: { path: { slug, startupId } } })),
  });
}

export function useRedemptions(startupId: string) {
  const { slug } = useOrganization();
  return useQuery({
    queryKey: redemptionsKey(slug, startupId),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/startups/{startupId}/perk-redemptions', { params: { path: { slug, startupId } } })),
  });
}

/** The startup's enrolments with their milestones: milestone titles for tranches, the enrolment to award through. */
export function useTimeline(startupId: string) {
  const { slug } = useOrganization();
  return useQuery({
    queryKey: [slug, 'startups', startupId, 'timeline'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/startups/{startupId}/timeline', { params: { path: { slug, startupId } } })),
  });
}

/** The cohort (timezone, programme) and the programme (grant range, perk cap) of an enrolment: staff only. */
export function useEnrolmentProgramme(cohortId: string | undefined) {
  const { slug } = useOrganization();
  const cohort = useQuery({
    queryKey: [slug, 'cohorts', cohortId],
    enabled: Boolean(cohortId),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/cohorts/{cohortId}', { params: { path: { slug, cohortId: cohortId! } } })),
  });
  const programmeId = cohort.data?.programmeId;
  const programme = useQuery({
    queryKey: [slug, 'programmes', programmeId],
    enabled: Boolean(programmeId),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/programmes/{programmeId}', { params: { path: { slug, programmeId: programmeId! } } })),
  });
  return { cohort, programme };
}

export function usePerks(active?: 'true' | 'false') {
  const { slug } = useOrganization();
  return useQuery({
    queryKey: [slug, 'perks', 'all', active ?? 'any'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/perks', { params: { path: { slug }, query: { limit: 100, active } } })),
  });
}
