import { createElement, type ReactNode } from 'react';
import type { Area } from '../area';
import { STAFF } from '../../components/organization';
import { RequireRole } from '../../session/guards';
import type { Role } from '../../session/use-session';
import { PerksPage } from './PerksPage';
import { StartupFundingPage } from './StartupFundingPage';

const STAFF_AND_FOUNDERS: Role[] = [...STAFF, 'founder'];
const only = (roles: readonly Role[], page: () => ReactNode) => createElement(RequireRole, { roles, children: createElement(page) });

/** Funding: a startup's grants, tranches and perk redemptions; the perk catalogue. Founders read their own. */
export const fundingArea: Area = {
  organizationRoutes: [
    { path: 'startups/:startupId/funding', element: only(STAFF_AND_FOUNDERS, StartupFundingPage) },
    { path: 'perks', element: only(STAFF_AND_FOUNDERS, PerksPage) },
  ],
  nav: [
    { to: 'perks', labelKey: 'funding.nav.perks', roles: STAFF, group: 'staff', order: 60 },
    { to: 'perks', labelKey: 'funding.nav.perks', roles: ['founder'], group: 'founder', order: 60 },
  ],
};
