import { createElement, type ReactNode } from 'react';
import type { Area } from '../area';
import { STAFF } from '../../components/organization';
import { RequireRole } from '../../session/guards';
import type { Role } from '../../session/use-session';
import { ArrearsPage } from './ArrearsPage';
import { PaymentPage } from './PaymentPage';
import { PaymentsPage } from './PaymentsPage';
import { RevenuePage } from './RevenuePage';
import { StartupPaymentsPage } from './StartupPaymentsPage';

const STAFF_AND_FOUNDERS: Role[] = [...STAFF, 'founder'];
const only = (roles: readonly Role[], page: () => ReactNode) => createElement(RequireRole, { roles, children: createElement(page) });

/**
 * Payments and arrears: staff record payments (allocated oldest first or by hand), read arrears
 * aging as of a day and rent revenue per month; founders read their startup's payments and balance.
 */
export const paymentsArea: Area = {
  organizationRoutes: [
    { path: 'payments', element: only(STAFF, PaymentsPage) },
    { path: 'payments/:paymentId', element: only(STAFF_AND_FOUNDERS, PaymentPage) },
    { path: 'arrears', element: only(STAFF, ArrearsPage) },
    { path: 'rent-revenue', element: only(STAFF, RevenuePage) },
    { path: 'startups/:startupId/payments', element: only(STAFF_AND_FOUNDERS, StartupPaymentsPage) },
  ],
  nav: [
    { to: 'payments', labelKey: 'payments.nav.payments', roles: STAFF, group: 'staff', order: 64 },
    { to: 'arrears', labelKey: 'payments.nav.arrears', roles: STAFF, group: 'staff', order: 65 },
    { to: 'rent-revenue', labelKey: 'payments.nav.revenue', roles: STAFF, group: 'staff', order: 66 },
  ],
};
