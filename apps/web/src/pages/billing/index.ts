import { createElement, type ReactNode } from 'react';
import type { Area } from '../area';
import { STAFF } from '../../components/organization';
import { RequireRole } from '../../session/guards';
import type { Role } from '../../session/use-session';
import { BillingSettingsPage } from './BillingSettingsPage';
import { InvoicePage } from './InvoicePage';
import { InvoicesPage } from './InvoicesPage';
import { StartupInvoicesPage } from './StartupInvoicesPage';

const STAFF_AND_FOUNDERS: Role[] = [...STAFF, 'founder'];
const only = (roles: readonly Role[], page: () => ReactNode) => createElement(RequireRole, { roles, children: createElement(page) });

/**
 * Billing: staff's invoices (issue a month, credit an invoice) and settings; founders read their
 * startup's invoices. The founders' emails and notifications link to invoices/{id}.
 */
export const billingArea: Area = {
  organizationRoutes: [
    { path: 'invoices', element: only(STAFF, InvoicesPage) },
    { path: 'invoices/:invoiceId', element: only(STAFF_AND_FOUNDERS, InvoicePage) },
    { path: 'billing/settings', element: only(STAFF, BillingSettingsPage) },
    { path: 'startups/:startupId/invoices', element: only(STAFF_AND_FOUNDERS, StartupInvoicesPage) },
  ],
  nav: [
    { to: 'invoices', labelKey: 'billing.nav.invoices', roles: STAFF, group: 'staff', order: 63 },
    { to: 'billing/settings', labelKey: 'billing.nav.settings', roles: STAFF, group: 'staff', order: 64 },
  ],
};
