import type { RouteObject } from 'react-router';
import type { Role } from '../session/use-session';

/**
 * A link in the organization's side navigation, shown to the roles listed. Within a group, lower
 * `order` comes first (default 50): home pages use 0, the organization's own administration 90.
 */
export type NavItem = { to: string; labelKey: string; roles: readonly Role[]; group: 'staff' | 'founder' | 'mentor'; order?: number };

/**
 * What a domain adds to the web app. Each area (src/pages/<area>/index.ts) exports one of these;
 * src/pages/areas.ts lists them. A later domain (equity, mentors, space) adds its pages the same way.
 */
export type Area = {
  /** Routes outside any organization: public pages (no login) and the person's own pages (/me/…). */
  publicRoutes?: RouteObject[];
  accountRoutes?: RouteObject[];
  /** Routes under /o/:slug/…, with useOrganization() available. */
  organizationRoutes?: RouteObject[];
  nav?: NavItem[];
};

/** A catalogue per area: English complete; Mongolian for the founder-facing strings (falls back to English). */
export type Catalogue = { en: Record<string, unknown>; mn: Record<string, unknown> };
