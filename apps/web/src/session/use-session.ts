import { useSyncExternalStore } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../api/client';
import { session } from './session-store';

export function useSessionState() {
  return useSyncExternalStore(session.subscribe, session.state);
}

export type Me = Schemas['MeDto'];
export type Membership = Schemas['OrganizationDto'];
export type Role = Schemas['Role'];

/** The person logged in and their organizations with roles. */
export function useMe() {
  const { status } = useSessionState();
  return useQuery({
    queryKey: ['me'],
    enabled: status === 'authenticated',
    queryFn: async () => {
      const { data, error } = await api.GET('/api/v1/auth/me');
      if (error) throw error;
      return data;
    },
    staleTime: 60_000,
  });
}
