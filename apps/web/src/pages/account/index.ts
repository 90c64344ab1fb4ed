import { createElement } from 'react';
import type { Area } from '../area';
import { ApplicationPage } from './ApplicationPage';
import { InvitationPage } from './InvitationPage';
import { MyApplicationsPage } from './MyApplicationsPage';
import { NotificationsPage } from './NotificationsPage';
import { SettingsPage } from './SettingsPage';

export const accountArea: Area = {
  publicRoutes: [{ path: 'invitations/:token', element: createElement(InvitationPage) }],
  accountRoutes: [
    { path: 'me/applications', element: createElement(MyApplicationsPage) },
    { path: 'me/applications/:slug/:applicationId', element: createElement(ApplicationPage) },
    { path: 'me/notifications', element: createElement(NotificationsPage) },
    { path: 'me/settings', element: createElement(SettingsPage) },
  ],
};
