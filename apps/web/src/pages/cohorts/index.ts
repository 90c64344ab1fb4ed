import { createElement, type ReactNode } from 'react';
import type { Area } from '../area';
import { STAFF } from '../../components/organization';
import { RequireRole } from '../../session/guards';
import type { Role } from '../../session/use-session';
import { ActionsPage } from './ActionsPage';
import { CohortPage } from './CohortPage';
import { CohortsPage } from './CohortsPage';
import { MilestonePage } from './MilestonePage';
import { StartupPage } from './StartupPage';
import { StartupsPage } from './StartupsPage';

const STAFF_AND_FOUNDERS: Role[] = [...STAFF, 'founder'];
const only = (roles: readonly Role[], page: () => ReactNode) => createElement(RequireRole, { roles, children: createElement(page) });

export const cohortsArea: Area = {
  organizationRoutes: [
    { path: 'cohorts', element: only(STAFF, CohortsPage) },
    { path: 'cohorts/:cohortId', element: only(STAFF, CohortPage) },
    { path: 'milestones/:milestoneId', element: only(STAFF_AND_FOUNDERS, MilestonePage) },
    { path: 'startups', element: only(STAFF_AND_FOUNDERS, StartupsPage) },
    { path: 'startups/:startupId', element: only(STAFF_AND_FOUNDERS, StartupPage) },
    { path: 'actions', element: only(STAFF, ActionsPage) },
  ],
  nav: [
    { to: 'cohorts', labelKey: 'cohorts.nav.cohorts', roles: STAFF, group: 'staff' },
    { to: 'startups', labelKey: 'cohorts.nav.startups', roles: STAFF, group: 'staff' },
    { to: 'actions', labelKey: 'cohorts.nav.actions', roles: STAFF, group: 'staff' },
    { to: 'startups', labelKey: 'cohorts.nav.myStartup', roles: ['founder'], group: 'founder' },
  ],
};
