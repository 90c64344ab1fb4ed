import { createElement, type ReactNode } from 'react';
import type { Area } from '../area';
import { STAFF } from '../../components/organization';
import { RequireRole } from '../../session/guards';
import type { Role } from '../../session/use-session';
import { CapTablePage } from './CapTablePage';
import { PortfolioPage } from './PortfolioPage';

/** Founders read their own startup's cap table (the API answers 404 for any other); staff everything. */
const STAFF_AND_FOUNDERS: Role[] = [...STAFF, 'founder'];
const only = (roles: readonly Role[], page: () => ReactNode) => createElement(RequireRole, { roles, children: createElement(page) });

export const equityArea: Area = {
  organizationRoutes: [
    { path: 'portfolio', element: only(STAFF, PortfolioPage) },
    { path: 'startups/:startupId/equity', element: only(STAFF_AND_FOUNDERS, CapTablePage) },
  ],
  nav: [{ to: 'portfolio', labelKey: 'equity.nav.portfolio', roles: STAFF, group: 'staff' }],
};
