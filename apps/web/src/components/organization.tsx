import { createContext, useContext, type ReactNode } from 'react';
import type { Membership, Role } from '../session/use-session';

/** The organization the page is in (from /o/:slug) with the caller's role, timezone and currency. */
const OrganizationContext = createContext<Membership | null>(null);

export function OrganizationProvider({ organization, children }: { organization: Membership; children: ReactNode }) {
  return <OrganizationContext.Provider value={organization}>{children}</OrganizationContext.Provider>;
}

export function useOptionalOrganization(): Membership | null {
  return useContext(OrganizationContext);
}

export function useOrganization(): Membership {
  const organization = useContext(OrganizationContext);
  if (!organization) throw new Error('useOrganization outside an organization route');
  return organization;
}

export const STAFF: Role[] = ['owner', 'manager'];
export const REVIEWERS: Role[] = ['owner', 'manager', 'reviewer'];

export function hasRole(organization: Membership, roles: readonly Role[]): boolean {
  return roles.includes(organization.role);
}
