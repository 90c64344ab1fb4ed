import { createElement, type ReactNode } from 'react';
import type { Area } from '../area';
import { STAFF } from '../../components/organization';
import { RequireRole } from '../../session/guards';
import type { Role } from '../../session/use-session';
import { MentoredStartupPage } from './MentoredStartupPage';
import { MentorHoursPage } from './MentorHoursPage';
import { MentoringPage } from './MentoringPage';
import { MentorPoolPage } from './MentorPoolPage';
import { MentorProfilePage } from './MentorProfilePage';
import { MyMentorProfilePage } from './MyMentorProfilePage';
import { SessionReviewPage } from './SessionReviewPage';
import { StatementPage } from './StatementPage';
import { StatementsPage } from './StatementsPage';
import { StartupMentorsPage } from './StartupMentorsPage';

const MENTOR: Role[] = ['mentor'];
const STAFF_AND_FOUNDERS: Role[] = [...STAFF, 'founder'];
const STAFF_AND_MENTORS: Role[] = [...STAFF, 'mentor'];
const only = (roles: readonly Role[], page: () => ReactNode) => createElement(RequireRole, { roles, children: createElement(page) });

/** Mentors: the mentor's startups, sessions and profile; staff's pool, matching, review and hours; founders answer sessions. */
export const mentorsArea: Area = {
  organizationRoutes: [
    { path: 'mentoring', element: only(MENTOR, MentoringPage) },
    { path: 'mentor-profile', element: only(MENTOR, MyMentorProfilePage) },
    { path: 'mentoring/startups/:startupId', element: only(MENTOR, MentoredStartupPage) },
    { path: 'mentors', element: only(STAFF, MentorPoolPage) },
    { path: 'mentors/:profileId', element: only(STAFF, MentorProfilePage) },
    { path: 'mentor-sessions', element: only(STAFF, SessionReviewPage) },
    { path: 'mentor-hours', element: only(STAFF, MentorHoursPage) },
    // Statements: staff see all, a mentor their own; the notification emails link to mentor-statements/{id}.
    { path: 'mentor-statements', element: only(STAFF_AND_MENTORS, StatementsPage) },
    { path: 'mentor-statements/:statementId', element: only(STAFF_AND_MENTORS, StatementPage) },
    { path: 'startups/:startupId/mentors', element: only(STAFF_AND_FOUNDERS, StartupMentorsPage) },
  ],
  nav: [
    { to: 'mentoring', labelKey: 'mentors.nav.mentoring', roles: MENTOR, group: 'mentor', order: 10 },
    { to: 'mentor-profile', labelKey: 'mentors.nav.myProfile', roles: MENTOR, group: 'mentor', order: 20 },
    { to: 'mentor-statements', labelKey: 'mentors.nav.statements', roles: MENTOR, group: 'mentor', order: 30 },
    { to: 'mentors', labelKey: 'mentors.nav.mentors', roles: STAFF, group: 'staff', order: 70 },
    { to: 'mentor-sessions', labelKey: 'mentors.nav.sessions', roles: STAFF, group: 'staff', order: 71 },
    { to: 'mentor-statements', labelKey: 'mentors.nav.statements', roles: STAFF, group: 'staff', order: 72 },
  ],
};
