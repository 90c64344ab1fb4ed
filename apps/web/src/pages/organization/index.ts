import { createElement, type ReactNode } from 'react';
import type { Area } from '../area';
import { STAFF } from '../../components/organization';
import { RequireRole } from '../../session/guards';
import type { Role } from '../../session/use-session';
import { AuditLogPage } from './AuditLogPage';
import { CreateOrganizationPage } from './CreateOrganizationPage';
import { InvitationsPage } from './InvitationsPage';
import { MembersPage } from './MembersPage';
import { OrganizationHomePage } from './OrganizationHomePage';
import { OrganizationSettingsPage } from './OrganizationSettingsPage';

const READ_MEMBERS: Role[] = ['owner', 'manager', 'reviewer'];

const staffOnly = (page: () => ReactNode, roles: readonly Role[] = STAFF) => createElement(RequireRole, { roles, children: createElement(page) });

export const organizationArea: Area = {
  accountRoutes: [{ path: 'organizations/new', element: createElement(CreateOrganizationPage) }],
  organizationRoutes: [
    { index: true, element: createElement(OrganizationHomePage) },
    { path: 'members', element: staffOnly(MembersPage, READ_MEMBERS) },
    { path: 'invitations', element: staffOnly(InvitationsPage) },
    { path: 'audit', element: staffOnly(AuditLogPage) },
    { path: 'settings', element: staffOnly(OrganizationSettingsPage) },
  ],
  nav: [
    { to: '', labelKey: 'organization.nav.dashboard', roles: ['owner', 'manager', 'reviewer'], group: 'staff', order: 0 },
    { to: 'members', labelKey: 'organization.nav.members', roles: READ_MEMBERS, group: 'staff', order: 90 },
    { to: 'invitations', labelKey: 'organization.nav.invitations', roles: STAFF, group: 'staff', order: 90 },
    { to: 'audit', labelKey: 'organization.nav.audit', roles: STAFF, group: 'staff', order: 90 },
    { to: 'settings', labelKey: 'organization.nav.settings', roles: STAFF, group: 'staff', order: 90 },
    { to: '', labelKey: 'organization.nav.home', roles: ['founder'], group: 'founder', order: 0 },
    { to: '', labelKey: 'organization.nav.home', roles: ['mentor'], group: 'mentor', order: 0 },
  ],
};
