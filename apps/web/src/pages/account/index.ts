import { createElement } from 'react';
import type { Area } from '../area';
import { ApplicationPage } from './ApplicationPage';
import { MyApplicationsPage } from './MyApplicationsPage';

export const accountArea: Area = {
  accountRoutes: [
    { path: 'me/applications', element: createElement(MyApplicationsPage) },
    { path: 'me/applications/:slug/:applicationId', element: createElement(ApplicationPage) },
  ],
};
