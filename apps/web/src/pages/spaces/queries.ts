import { useQuery } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';

export const spaceKeys = {
  all: (slug: string) => [slug, 'spaces'] as const,
  sites: (slug: string) => [slug, 'spaces', 'sites'] as const,
  spaces: (slug: string) => [slug, 'spaces', 'spaces'] as const,
  occupancy: (slug: string, asOf: string) => [slug, 'spaces', 'occupancy', asOf] as const,
  plans: (slug: string) => [slug, 'spaces', 'rent-plans'] as const,
  leases: (slug: string) => [slug, 'spaces', 'leases'] as const,
};

/** Today as a calendar day (YYYY-MM-DD) in the organization's timezone. */
export function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export function notifyDone(message: string) {
  notifications.show({ color: 'green', message });
}

export function useSites() {
  const { slug } = useOrganization();
  return useQuery({ queryKey: spaceKeys.sites(slug), queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/sites', { params: { path: { slug } } })) });
}

export function useSpaces() {
  const { slug } = useOrganization();
  return useQuery({ queryKey: spaceKeys.spaces(slug), queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/spaces', { params: { path: { slug } } })) });
}

export function useRentPlans() {
  const { slug } = useOrganization();
  return useQuery({ queryKey: spaceKeys.plans(slug), queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/rent-plans', { params: { path: { slug } } })) });
}

export function useStartupNames() {
  const { slug } = useOrganization();
  return useQuery({
    queryKey: [slug, 'startups', 'all'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/startups', { params: { path: { slug }, query: { limit: 100 } } })),
  });
}
