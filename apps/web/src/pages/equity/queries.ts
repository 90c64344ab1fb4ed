import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';

/** Every query of one startup's equity starts with this key: a write invalidates them all. */
export const equityKey = (slug: string, startupId: string) => [slug, 'startups', startupId, 'equity'] as const;

export function useShareClasses(startupId: string) {
  const { slug } = useOrganization();
  return useQuery({
    queryKey: [...equityKey(slug, startupId), 'share-classes'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/startups/{startupId}/share-classes', { params: { path: { slug, startupId } } })),
  });
}

export function useHolders(startupId: string) {
  const { slug } = useOrganization();
  return useQuery({
    queryKey: [...equityKey(slug, startupId), 'holders'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/startups/{startupId}/holders', { params: { path: { slug, startupId } } })),
  });
}

/** After a write: the cap table, ledger, holders, investments of this startup, and the portfolio. */
export function useInvalidateEquity(startupId: string) {
  const { slug } = useOrganization();
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: equityKey(slug, startupId) });
    void queryClient.invalidateQueries({ queryKey: [slug, 'portfolio'] });
  };
}

/** The cap table and the portfolio also answer text/csv; the JSON request never gets the text. */
export function json<T extends object>(data: T | string): T {
  if (typeof data === 'string') throw new Error('Expected JSON, got text');
  return data;
}
