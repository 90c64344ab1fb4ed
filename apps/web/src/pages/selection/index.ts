import { createElement } from 'react';
import type { Area } from '../area';
import { ApplicationDetailPage } from './ApplicationDetailPage';
import { ApplicationsListPage } from './ApplicationsListPage';
import { CallDetailPage } from './CallDetailPage';
import { CallNewPage } from './CallNewPage';
import { CallsListPage } from './CallsListPage';
import { ProgrammeDetailPage } from './ProgrammeDetailPage';
import { ProgrammeNewPage } from './ProgrammeNewPage';
import { ProgrammesListPage } from './ProgrammesListPage';
import { ReviewFormPage } from './ReviewFormPage';
import { ReviewQueuePage } from './ReviewQueuePage';
import { RoundProgressPage } from './RoundProgressPage';
import { RoundRankingPage } from './RoundRankingPage';

/** Selection: programmes, calls, applications, reviews, ranking and decisions (staff; reviewers for reviews). */
export const selectionArea: Area = {
  organizationRoutes: [
    { path: 'programmes', element: createElement(ProgrammesListPage) },
    { path: 'programmes/new', element: createElement(ProgrammeNewPage) },
    { path: 'programmes/:programmeId', element: createElement(ProgrammeDetailPage) },
    { path: 'programmes/:programmeId/calls/new', element: createElement(CallNewPage) },
    { path: 'calls', element: createElement(CallsListPage) },
    { path: 'calls/:callId', element: createElement(CallDetailPage) },
    { path: 'calls/:callId/rounds/:roundKey/progress', element: createElement(RoundProgressPage) },
    { path: 'calls/:callId/rounds/:roundKey/ranking', element: createElement(RoundRankingPage) },
    { path: 'applications', element: createElement(ApplicationsListPage) },
    { path: 'applications/:applicationId', element: createElement(ApplicationDetailPage) },
    { path: 'reviews', element: createElement(ReviewQueuePage) },
    { path: 'reviews/:applicationId/:roundKey', element: createElement(ReviewFormPage) },
  ],
  nav: [
    { to: 'programmes', labelKey: 'selection.nav.programmes', roles: ['owner', 'manager'], group: 'staff' },
    { to: 'calls', labelKey: 'selection.nav.calls', roles: ['owner', 'manager'], group: 'staff' },
    { to: 'applications', labelKey: 'selection.nav.applications', roles: ['owner', 'manager'], group: 'staff' },
    { to: 'reviews', labelKey: 'selection.nav.reviews', roles: ['owner', 'manager', 'reviewer'], group: 'staff' },
  ],
};
