import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';

/** Query keys: every mentors read starts with the slug and its resource, so a write invalidates by prefix. */
export const keys = {
  tags: (slug: string) => [slug, 'mentor-tags'],
  profiles: (slug: string) => [slug, 'mentor-profiles'],
  profile: (slug: string, profileId: string) => [slug, 'mentor-profiles', profileId],
  myProfile: (slug: string) => [slug, 'me', 'mentor-profile'],
  myAssignments: (slug: string) => [slug, 'me', 'mentor-assignments'],
  sessions: (slug: string) => [slug, 'mentor-sessions'],
  startupAssignments: (slug: string, startupId: string) => [slug, 'startups', startupId, 'mentor-assignments'],
  needs: (slug: string, startupId: string) => [slug, 'startups', startupId, 'mentoring-needs'],
  suggestions: (slug: string, startupId: string) => [slug, 'startups', startupId, 'mentor-suggestions'],
  hours: (slug: string) => [slug, 'mentor-hours'],
  statements: (slug: string) => [slug, 'mentor-statements'],
  statement: (slug: string, statementId: string) => [slug, 'mentor-statements', statementId],
};

export function useMentorTags() {
  const { slug } = useOrganization();
  return useQuery({
    queryKey: keys.tags(slug),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/mentor-tags', { params: { path: { slug } } })),
  });
}

/** Tag keys → their labels, for showing a profile's tags. */
export function useTagLabel() {
  const tags = useMentorTags();
  const labels = new Map((tags.data?.items ?? []).map((tag) => [tag.key, tag.label]));
  return (key: string) => labels.get(key) ?? key;
}

export function useStartup(startupId: string) {
  const { slug } = useOrganization();
  return useQuery({
    queryKey: [slug, 'startups', startupId],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/startups/{startupId}', { params: { path: { slug, startupId } } })),
  });
}

export function useMyAssignments() {
  const { slug } = useOrganization();
  return useQuery({
    queryKey: keys.myAssignments(slug),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/me/mentor-assignments', { params: { path: { slug } } })),
  });
}

export function useMyProfile() {
  const { slug } = useOrganization();
  return useQuery({
    queryKey: keys.myProfile(slug),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/me/mentor-profile', { params: { path: { slug } } })),
  });
}

export function useMentorProfile(profileId: string) {
  const { slug } = useOrganization();
  return useQuery({
    queryKey: keys.profile(slug, profileId),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/mentor-profiles/{profileId}', { params: { path: { slug, profileId } } })),
  });
}

export function useStartupAssignments(startupId: string) {
  const { slug } = useOrganization();
  return useQuery({
    queryKey: keys.startupAssignments(slug, startupId),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/startups/{startupId}/mentor-assignments', { params: { path: { slug, startupId } } })),
  });
}

/** Today's date (YYYY-MM-DD) in the organization's timezone: the API's "today" for sessions and assignments. */
export function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
