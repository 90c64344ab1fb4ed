import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization, STAFF, hasRole } from '../../components/organization';

/** The programmes of the organization (first 100): names for lists and the new-cohort form. */
export function useProgrammes() {
  const { slug } = useOrganization();
  return useQuery({
    queryKey: [slug, 'programmes', 'all'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/programmes', { params: { path: { slug }, query: { limit: 100 } } })),
  });
}

export function useCohort(cohortId: string) {
  const { slug } = useOrganization();
  return useQuery({
    queryKey: [slug, 'cohorts', cohortId],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/cohorts/{cohortId}', { params: { path: { slug, cohortId } } })),
  });
}

/** Names for the user ids in histories; only staff may list members, founders see "Programme team". */
export function useMemberNames(): Map<string, string> {
  const organization = useOrganization();
  const staff = hasRole(organization, STAFF);
  const members = useQuery({
    queryKey: [organization.slug, 'members'],
    enabled: staff,
    staleTime: 5 * 60_000,
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/members', { params: { path: { slug: organization.slug } } })),
  });
  return new Map((members.data ?? []).map((member) => [member.userId, member.name]));
}

/** Today as a calendar day (YYYY-MM-DD) in a timezone, for comparing with the API's days. */
export function dayIn(instant: string | Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}
