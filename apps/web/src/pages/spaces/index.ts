import { createElement, type ReactNode } from 'react';
import type { Area } from '../area';
import { STAFF } from '../../components/organization';
import { RequireRole } from '../../session/guards';
import type { Role } from '../../session/use-session';
import { LeasesPage } from './LeasesPage';
import { OccupancyPage } from './OccupancyPage';
import { RentPlansPage } from './RentPlansPage';
import { StartupLeasesPage } from './StartupLeasesPage';

const STAFF_AND_FOUNDERS: Role[] = [...STAFF, 'founder'];
const only = (roles: readonly Role[], page: () => ReactNode) => createElement(RequireRole, { roles, children: createElement(page) });

export const spacesArea: Area = {
  organizationRoutes: [
    { path: 'space', element: only(STAFF, OccupancyPage) },
    { path: 'leases', element: only(STAFF, LeasesPage) },
    { path: 'rent-plans', element: only(STAFF, RentPlansPage) },
    { path: 'startups/:startupId/leases', element: only(STAFF_AND_FOUNDERS, StartupLeasesPage) },
  ],
  nav: [
    { to: 'space', labelKey: 'spaces.nav.space', roles: STAFF, group: 'staff', order: 60 },
    { to: 'leases', labelKey: 'spaces.nav.leases', roles: STAFF, group: 'staff', order: 61 },
    { to: 'rent-plans', labelKey: 'spaces.nav.plans', roles: STAFF, group: 'staff', order: 62 },
  ],
};
