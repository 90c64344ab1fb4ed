/**
 * Generated from openapi.json by `npm run openapi:write` (openapi-typescript). Do not edit.
 */

export interface paths {
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with email and password */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log out: revoke a refresh token */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who am I: the person and their organizations with roles */
        get: operations["me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a refresh token for a new pair */
        post: operations["refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a browser session: log in, the refresh token set as an httpOnly cookie */
        post: operations["startBrowserSession"];
        /** End a browser session: revoke its login and clear the cookie */
        delete: operations["endBrowserSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refresh a browser session: rotate the refresh cookie, get a new access token */
        post: operations["refreshBrowserSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A calendar feed (iCalendar), by its private token */
        get: operations["getCalendarFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Preview an invitation (no login)
         * @description What the emailed link shows before logging in: the organization, the role, the invited address masked, and whether it can still be accepted. Tokens carry a MAC under the server secret, so they cannot be guessed and no rate limit applies.
         */
        get: operations["previewInvitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation (logged in with the invited email) */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my applications
         * @description Your applications in every organization, newest first, with the organization, the call and the dates it was submitted and decided.
         */
        get: operations["listMyApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create my private calendar feed URL */
        post: operations["createCalendarFeed"];
        /** Revoke my calendar feed */
        delete: operations["revokeCalendarFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notification settings */
        get: operations["getNotificationSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Turn reminder emails on or off */
        patch: operations["updateNotificationSettings"];
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List my notifications */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all my notifications read */
        post: operations["markAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/{notificationId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a notification read */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List my organizations */
        get: operations["listMyOrganizations"];
        put?: never;
        /** Create an organization; the caller becomes its owner */
        post: operations["createOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an organization */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update an organization's settings */
        patch: operations["updateOrganization"];
        trace?: never;
    };
    "/api/v1/organizations/{slug}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List applications: staff see submitted ones (filter, search), applicants their own */
        get: operations["listApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an application
         * @description The applicant's own application carries its call's title and questions (call), which they may not read otherwise once the call closes.
         */
        get: operations["getApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Save a draft application */
        patch: operations["updateApplication"];
        trace?: never;
    };
    "/api/v1/organizations/{slug}/applications/{applicationId}/conflict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Declare a conflict of interest */
        post: operations["declareConflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/applications/{applicationId}/reviews/{roundKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My review of an application in a round
         * @description The caller's own scores and comment, as last saved. Only ever the caller's: staff read others' reviews through the ranking.
         */
        get: operations["getMyReview"];
        /** Score an application in a round */
        put: operations["submitReview"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/applications/{applicationId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit an application */
        post: operations["submitApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/applications/{applicationId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an application (or decline an accepted place) */
        post: operations["withdrawApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/attention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List what needs attention
         * @description Across every cohort of the organization: milestones past due and not submitted, submitted evidence waiting for review, open graduation reviews and equity stakes, each naming its startup, cohort and milestone or action. Most urgent (earliest due) first, with totals per kind.
         */
        get: operations["listAttention"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the organization's audit log, newest first */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/billing/arrears": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Arrears aging as of a day
         * @description Open balances on the as-of date (default today in the organization's timezone) by days past due: not due, 1–30, 31–60, 61–90, more than 90; per startup and currency and per currency, never added across currencies; with the credit balance. Staff: the organization or one startup; a founder: one of their startups (startupId required).
         */
        get: operations["arrears"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/billing/credit-balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Credit balances: unallocated payments per startup and currency
         * @description Staff: every startup's; a founder: their startups'.
         */
        get: operations["creditBalances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/billing/revenue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rent revenue per month and currency
         * @description Invoiced (the invoices for the month), credited (credit notes issued in the month), net, and collected (payments received in the month), per currency; stream rent.
         */
        get: operations["revenue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/billing/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Billing settings: the invoice number prefix and payment terms */
        get: operations["getBillingSettings"];
        /**
         * Change the invoice number prefix or payment terms
         * @description Applies to invoices issued from now on; numbering per year goes on without a gap.
         */
        put: operations["updateBillingSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List calls, by status or programme */
        get: operations["listCalls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/calls/{callId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a call */
        get: operations["getCall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a call */
        patch: operations["updateCall"];
        trace?: never;
    };
    "/api/v1/organizations/{slug}/calls/{callId}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a draft application to a call */
        post: operations["createApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/calls/{callId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a call */
        post: operations["cancelCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/calls/{callId}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept, reject or waitlist applications */
        post: operations["decideApplications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/calls/{callId}/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A call's funnel: drafts, submitted, reviewed, shortlisted, decided, withdrawn
         * @description Counts of the call's applications, in one query. drafts: still drafts. submitted: ever submitted, whatever became of them. reviewed: ever submitted and with at least the call's reviewers-per-application completed reviews in the first round. shortlisted: moved past the first round. decided = accepted + rejected + waitlisted, by current status. withdrawn: now withdrawn, at any stage (drafts included).
         */
        get: operations["getCallFunnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/calls/{callId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a call: it opens and closes on its dates */
        post: operations["publishCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/calls/{callId}/rounds/{roundKey}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign reviewers where missing */
        post: operations["assignReviewers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/calls/{callId}/rounds/{roundKey}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A round's review assignments
         * @description Every assignment of the round, newest first, a page at a time: the application (startup and applicant names), the reviewer, and pending, done or conflict (a recusal after the round was finalized). Move one with PATCH …/review-assignments/{id}.
         */
        get: operations["listRoundAssignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/calls/{callId}/rounds/{roundKey}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A round's review progress per reviewer */
        get: operations["getRoundProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/calls/{callId}/rounds/{roundKey}/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A round's ranking (JSON, or CSV with format=csv) */
        get: operations["getRanking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/calls/{callId}/rounds/{roundKey}/shortlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the top K of a round to the next round */
        post: operations["shortlistRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List cohorts */
        get: operations["listCohorts"];
        put?: never;
        /** Create a cohort of a programme, its phases dated */
        post: operations["createCohort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/cohorts/{cohortId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a cohort with its phases, milestones and enrolment counts */
        get: operations["getCohort"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/cohorts/{cohortId}/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enrol startups in a cohort */
        post: operations["enrolStartups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/cohorts/{cohortId}/grid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cohort's grid: startups × milestones */
        get: operations["getCohortGrid"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/cohorts/{cohortId}/milestone-trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A cohort's milestones by status, day by day
         * @description For each local day of the range (the cohort's timezone), the cohort's milestones as they stood at the end of that day, from their history: pending, submitted, changes requested, approved, and overdue (not approved and due before that day; counted only as overdue). Dropped milestones, and those of enrolments withdrawn by then, are not counted. Default range: the cohort's first day to today or its last day, whichever is earlier (the last 400 days of a longer one); at most 400 days.
         */
        get: operations["getCohortMilestoneTrend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/cohorts/{cohortId}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a milestone for the whole cohort */
        post: operations["addCohortMilestone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/cohorts/{cohortId}/milestones/{cohortMilestoneId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Drop a cohort's milestone */
        delete: operations["dropCohortMilestone"];
        options?: never;
        head?: never;
        /** Edit or reschedule a cohort's milestone */
        patch: operations["editCohortMilestone"];
        trace?: never;
    };
    "/api/v1/organizations/{slug}/cohorts/{cohortId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cohort's timeline (Gantt chart) */
        get: operations["getCohortTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/enrolments/{enrolmentId}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a milestone for one startup */
        post: operations["addEnrolmentMilestone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/enrolments/{enrolmentId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a startup from its cohort */
        post: operations["withdrawEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/grants/{grantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a grant with its tranches */
        get: operations["getGrant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/grants/{grantId}/tranches/{trancheId}/disburse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a payable tranche disbursed, with the date and the bank reference */
        post: operations["disburseTranche"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List invitations */
        get: operations["listInvitations"];
        put?: never;
        /** Invite someone by email with a role */
        post: operations["createInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an invitation */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invoices and credit notes
         * @description Staff: every one (filter by startup, lease, month, kind); a founder: their startups'. Newest first.
         */
        get: operations["listInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/invoices/late": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invoice a lease its month's run left out
         * @description For a month already invoiced, a lease the run could not price then (no market rate or plan terms in force; the run's result names them): once the rate or terms are added, this issues its invoice, numbered like the rest.
         */
        post: operations["issueLateInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/invoices/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a month's rent invoices now
         * @description For a month that has ended in the organization's timezone (rent is billed in arrears), and any earlier month not yet issued. A month issued already issues nothing (invoicesIssued 0): it is locked.
         */
        post: operations["runInvoices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/invoices/{invoiceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an invoice or credit note (JSON with its lines, or a PDF with format=pdf)
         * @description Staff, or a founder of the invoiced startup; anyone else gets 404. Lines: a segment of the month per plan terms and market rate, prorated by day; a free plan's line is zero with its market value (in-kind support).
         */
        get: operations["getInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/invoices/{invoiceId}/credit-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Credit an invoice
         * @description An issued invoice is never edited: a credit note, with a reason, lowers its balance. Numbered in its own series (HUB-CN-2026-000001).
         */
        post: operations["creditInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/leases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leases: staff see all; a founder sees their startup’s */
        get: operations["listLeases"];
        put?: never;
        /** Lease a space (or desks of a desk area) to a startup on a rent plan */
        post: operations["createLease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/leases/{leaseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a lease */
        get: operations["getLease"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set a lease's last day (end it, or move its end) */
        patch: operations["endLease"];
        trace?: never;
    };
    "/api/v1/organizations/{slug}/me/mentor-assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your startups as a mentor here (assignments, latest first) */
        get: operations["listMyMentorAssignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/me/mentor-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your own mentor profile here */
        get: operations["getMyMentorProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/me/mentored-startups/{startupId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The timeline of a startup you mentor
         * @description Its enrolments, phases and milestones, for a mentor whose assignment to it has started (ended ones included); any other startup is 404.
         */
        get: operations["getMentoredStartupTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List members and their roles */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member from the organization */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        /** Change a member's role */
        patch: operations["changeMemberRole"];
        trace?: never;
    };
    "/api/v1/organizations/{slug}/mentor-assignments/{assignmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** End (or extend) a mentor's assignment */
        patch: operations["updateMentorAssignment"];
        trace?: never;
    };
    "/api/v1/organizations/{slug}/mentor-hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Approved mentor hours per month, by mentor, startup or programme */
        get: operations["getMentorHours"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/mentor-profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the mentor pool
         * @description Newest first, with each mentor's rate in force today and assignments running today; filtered by kind and tag.
         */
        get: operations["listMentorProfiles"];
        put?: never;
        /** Create the mentor profile of a member with the mentor role */
        post: operations["createMentorProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/mentor-profiles/{profileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a mentor profile with its rate history, success-fee terms and conflicts */
        get: operations["getMentorProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a mentor profile
         * @description Staff change anything; the mentor changes their own bio and tags (kind, capacity and active are 403 for them).
         */
        patch: operations["updateMentorProfile"];
        trace?: never;
    };
    "/api/v1/organizations/{slug}/mentor-profiles/{profileId}/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Declare a conflict of interest with a startup
         * @description Staff, or the mentor themself. The mentor is then neither suggested for nor assigned to the startup.
         */
        post: operations["declareMentorConflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/mentor-profiles/{profileId}/fee-terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the success fee per successful startup, in general or for one programme */
        post: operations["addMentorFeeTerms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/mentor-profiles/{profileId}/rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set an hourly rate from a date
         * @description Rates are never overwritten: each applies from its date (included) until the next one.
         */
        post: operations["addMentorRate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/mentor-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List mentoring sessions
         * @description Staff: all; a mentor: their own; a founder: their startups'. Newest first.
         */
        get: operations["listMentorSessions"];
        put?: never;
        /**
         * Log a mentoring session
         * @description For a startup you were assigned to on that day, not in the future (the organization's timezone), 1 to 720 minutes.
         */
        post: operations["logMentorSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/mentor-sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a mentoring session */
        get: operations["getMentorSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit your session while it is logged */
        patch: operations["updateMentorSession"];
        trace?: never;
    };
    "/api/v1/organizations/{slug}/mentor-sessions/{sessionId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a session (logged, confirmed or disputed), optionally with fewer minutes */
        post: operations["approveMentorSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/mentor-sessions/{sessionId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a session (a founder of its startup) */
        post: operations["confirmMentorSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/mentor-sessions/{sessionId}/dispute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dispute a session, with a reason (a founder of its startup) */
        post: operations["disputeMentorSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/mentor-sessions/{sessionId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a session, with a reason */
        post: operations["rejectMentorSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/mentor-statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List mentor statements
         * @description Staff: every statement (filter by month or mentor); a mentor: their own. Newest first.
         */
        get: operations["listMentorStatements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/mentor-statements/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a month's statements now
         * @description For a month that has ended in the organization's timezone, and any earlier month not yet issued. Idempotent: a month issued already issues nothing (statementsIssued 0).
         */
        post: operations["runMentorStatements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/mentor-statements/{statementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a mentor statement (JSON with its lines, or CSV or PDF with format=)
         * @description Staff, or the statement's mentor; another mentor gets 404. Lines: the month's sessions at the rate in force on each day, adjustments (sessions of earlier months approved late), success fees; totals per currency.
         */
        get: operations["getMentorStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/mentor-tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's mentor expertise tags */
        get: operations["listMentorTags"];
        put?: never;
        /** Add a tag to the mentor expertise vocabulary */
        post: operations["createMentorTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/milestones/{milestoneId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a milestone with its history */
        get: operations["getMilestone"];
        put?: never;
        post?: never;
        /** Drop one startup's milestone */
        delete: operations["dropMilestone"];
        options?: never;
        head?: never;
        /** Edit or reschedule one startup's milestone */
        patch: operations["editMilestone"];
        trace?: never;
    };
    "/api/v1/organizations/{slug}/milestones/{milestoneId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a milestone's attachments
         * @description Staff, or a founder of its startup.
         */
        get: operations["listMilestoneAttachments"];
        put?: never;
        /**
         * Attach a file to a milestone
         * @description A founder of the startup, while the milestone is pending or changes were requested. multipart/form-data with one field "file": pdf, png, jpeg, webp, docx, xlsx, pptx, csv or txt, at most ATTACHMENT_MAX_BYTES (10 MiB by default). The content must be what the extension says (magic bytes); the declared content type is ignored.
         */
        post: operations["uploadMilestoneAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/milestones/{milestoneId}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a milestone attachment
         * @description Staff, or a founder of its startup. Always a download (Content-Disposition: attachment) with the sniffed type, X-Content-Type-Options: nosniff and a sandboxing Content-Security-Policy.
         */
        get: operations["downloadMilestoneAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/milestones/{milestoneId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a milestone or ask for changes */
        post: operations["reviewMilestone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/milestones/{milestoneId}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit evidence for a milestone (founders) */
        post: operations["submitMilestoneEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/occupancy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Occupancy on a date: area and desks leased over available, per site and in total */
        get: operations["getOccupancy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List payments
         * @description Staff: every one (filter by startup); a founder: their startups'. Newest first.
         */
        get: operations["listPayments"];
        put?: never;
        /**
         * Record a payment from a startup
         * @description Once per bank reference. Without allocations it goes to the startup's open invoices in its currency, the one due first first (then issued first, then by number); with allocations, exactly to those. What is left is the startup's credit balance.
         */
        post: operations["recordPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/payments/{paymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a payment with its allocations and what is unallocated
         * @description Staff, or a founder of the payment's startup; anyone else gets 404.
         */
        get: operations["getPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/payments/{paymentId}/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Allocate a payment's unallocated amount (its credit balance) to invoices
         * @description Without allocations: to the startup's open invoices in its currency, oldest first (none open: nothing changes). With allocations: exactly those.
         */
        post: operations["allocatePayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/perks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the perk catalogue */
        get: operations["listPerks"];
        put?: never;
        /** Add a partner perk to the catalogue */
        post: operations["createPerk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/perks/{perkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a perk or take it out of the catalogue (active: false) */
        patch: operations["updatePerk"];
        trace?: never;
    };
    "/api/v1/organizations/{slug}/portfolio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organization's portfolio (JSON, or CSV with format=csv)
         * @description Per startup: the stake, and per currency what was invested, written off and returned; never summed across currencies.
         */
        get: operations["getPortfolio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/programme-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List graduation reviews and equity stakes */
        get: operations["listActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/programme-actions/{actionId}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve a graduation review or an equity stake */
        post: operations["resolveAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List programmes */
        get: operations["listProgrammes"];
        put?: never;
        /** Create a programme */
        post: operations["createProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/programmes/{programmeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a programme */
        get: operations["getProgramme"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a programme */
        patch: operations["updateProgramme"];
        trace?: never;
    };
    "/api/v1/organizations/{slug}/programmes/{programmeId}/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a draft call for applications */
        post: operations["createCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/programmes/{programmeId}/rent-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rent plans a programme gives: during incubation and after graduation */
        get: operations["getProgrammeRentPlans"];
        /** Set the rent plans a programme gives: during incubation and after graduation */
        put: operations["setProgrammeRentPlans"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/rent-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's rent plans with their terms */
        get: operations["listRentPlans"];
        put?: never;
        /** Add a rent plan (free, a share of the market rate, or a fixed amount) with its first terms */
        post: operations["createRentPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/rent-plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a rent plan with its terms */
        get: operations["getRentPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/rent-plans/{planId}/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a rent plan's terms from a date */
        post: operations["addRentPlanTerms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/review-assignments/{assignmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move a review assignment to another reviewer */
        patch: operations["reassignReview"];
        trace?: never;
    };
    "/api/v1/organizations/{slug}/reviews/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My review queue */
        get: operations["getReviewQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's sites */
        get: operations["listSites"];
        put?: never;
        /** Add a site (a building or a floor), in the organization's timezone */
        post: operations["createSite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/sites/{siteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a site */
        get: operations["getSite"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/spaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The spaces, of one site or all, with their market rates */
        get: operations["listSpaces"];
        put?: never;
        /** Add a space to a site: an office, incubation room, desk area, meeting room or training room */
        post: operations["createSpace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/spaces/{spaceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a space with its market rates */
        get: operations["getSpace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/spaces/{spaceId}/rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a space's market rate from a date (per month, or per m² per month) */
        post: operations["addSpaceRate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/startups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List startups
         * @description Staff: the portfolio. Founders: their own startups. Newest first, filtered by status, stage and a search in the name and sector.
         */
        get: operations["listStartups"];
        put?: never;
        /**
         * Create a startup
         * @description A startup brought in directly (an internal or corporate venture), not from a call.
         */
        post: operations["createStartup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/startups/{startupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a startup
         * @description Its profile, stage, status, outcome history, founders and cohorts (staff, or its founders).
         */
        get: operations["getStartup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/startups/{startupId}/cap-table": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A startup's cap table as of a date (JSON, or CSV with format=csv)
         * @description Derived from the ledger at the end of asOf (default today). view=fully-diluted adds the option pool and unconverted SAFEs and notes counted at their recorded conversion shares (listed, not counted, without). Exact fractions, and basis points by the largest-remainder rule (the column sums to 10000). Staff, or the startup's founders.
         */
        get: operations["getCapTable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/startups/{startupId}/equity/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A cap table's ledger
         * @description Newest first, a page at a time.
         */
        get: operations["listEquityEntries"];
        put?: never;
        /**
         * Book a ledger entry (issuance, transfer, cancellation)
         * @description Checked against the balance and the startup's programme stake rules. An issuance with convertsInvestmentId converts a SAFE or a note (once): from its date on the instrument is no longer counted in the fully diluted view.
         */
        post: operations["createEquityEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/startups/{startupId}/equity/entries/{entryId}/reversal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reverse an entry
         * @description Books the opposite entry (reversesEntryId); history is never changed. Once per entry.
         */
        post: operations["reverseEquityEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/startups/{startupId}/founders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a founder to a startup
         * @description The member with this email becomes a founder of the startup.
         */
        post: operations["addStartupFounder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/startups/{startupId}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A startup's grants with their tranches */
        get: operations["listStartupGrants"];
        put?: never;
        /** Award a grant to an enrolled startup, in tranches */
        post: operations["awardGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/startups/{startupId}/holders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A cap table's holders
         * @description The organization itself is always one.
         */
        get: operations["listHolders"];
        put?: never;
        /** Add a holder (a founder, an outside investor or an option pool) */
        post: operations["createHolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/startups/{startupId}/investments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A startup's investments
         * @description With their write-offs.
         */
        get: operations["listInvestments"];
        put?: never;
        /**
         * Record an investment
         * @description An equity investment books its issuance in the same transaction.
         */
        post: operations["createInvestment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/startups/{startupId}/mentor-assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A startup's mentors, past and present */
        get: operations["listStartupMentorAssignments"];
        put?: never;
        /** Assign a lead or expert mentor to an enrolled startup */
        post: operations["createMentorAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/startups/{startupId}/mentor-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Suggested mentors for a startup
         * @description Active mentors with free capacity today, ranked by how many of their tags match the startup's sector and stated needs (or ?needs=), then by free capacity; its founders, mentors with a declared conflict and those assigned to it already are left out.
         */
        get: operations["listMentorSuggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/startups/{startupId}/mentoring-needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A startup's stated mentoring needs (tags) */
        get: operations["getMentoringNeeds"];
        /**
         * State a startup's mentoring needs
         * @description Tags of the organization's mentor vocabulary; staff, or a founder of the startup.
         */
        put: operations["setMentoringNeeds"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/startups/{startupId}/perk-redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A startup's perk redemptions and its cap usage per enrolment year */
        get: operations["listPerkRedemptions"];
        put?: never;
        /** Redeem a perk for a startup against its programme's yearly perk cap */
        post: operations["redeemPerk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/startups/{startupId}/proceeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record proceeds
         * @description Money the organization got back from the startup: an exit, a sale of some of its shares, a dividend. Recorded whatever the startup's status: money returned before an exit is real, and no route sets the outcome exited yet.
         */
        post: operations["recordProceeds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/startups/{startupId}/share-classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A startup's share classes */
        get: operations["listShareClasses"];
        put?: never;
        /** Add a share class (common or preferred) */
        post: operations["createShareClass"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{slug}/startups/{startupId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a startup's timeline
         * @description The startup's enrolments, phases and milestones (staff, or its founders).
         */
        get: operations["getStartupTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List open calls of every organization
         * @description No login needed. Calls taking applications now, closing soonest first, with the organization running each (its timezone too) and the programme; ?organization={slug} narrows to one organization; their questions are at GET /api/v1/public/organizations/{slug}/calls.
         */
        get: operations["listPublicCalls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/organizations/{slug}/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an organization's open calls (no login) */
        get: operations["listOpenCalls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness (kept for existing probes) */
        get: operations["check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: Postgres and Redis answer */
        get: operations["ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @enum {string} */
        ActionKind: "graduation_review" | "equity_stake";
        /** @enum {string} */
        ActionResolution: "graduated" | "extended" | "failed" | "confirmed" | "dismissed" | "cancelled";
        AddFounderDto: {
            /**
             * @description A member of the organization
             * @example founder@example.com
             */
            email: string;
        };
        /** @enum {string} */
        AgingBucket: "not_due" | "0_30" | "31_60" | "61_90" | "90_plus";
        AllocatePaymentDto: {
            /** @description Left out: the payment's unallocated amount goes to the startup's open invoices in its currency, oldest first. Given: exactly these (each invoice once). */
            allocations?: components["schemas"]["PaymentAllocationInputDto"][];
        };
        ApplicationCallDto: {
            /** Format: uuid */
            id: string;
            /** @description The questions the answers are keyed by, in order */
            questions: components["schemas"]["QuestionResponseDto"][];
            /** @example Annual intake 2026 */
            title: string;
        };
        ApplicationDto: {
            /** @description Answers by question key */
            answers: {
                [key: string]: string | number | boolean | string[];
            };
            /** @description Only to the applicant (their own application): the call's title and questions, which they may not read otherwise once it closes */
            call?: components["schemas"]["ApplicationCallDto"];
            /** Format: uuid */
            callId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            /** @description Absent under blind review for reviewers */
            founders?: components["schemas"]["FounderResponseDto"][];
            /** Format: uuid */
            id: string;
            idea: string | null;
            previousExperience: string | null;
            /** @description The review round it is in */
            roundKey: string | null;
            sector: string | null;
            stage: (string & components["schemas"]["Stage"]) | null;
            startupName: string | null;
            status: components["schemas"]["ApplicationStatus"];
            /** Format: date-time */
            submittedAt: string | null;
            teamSize: number | null;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            withdrawnAt: string | null;
        };
        ApplicationFieldsDto: {
            /**
             * @description Answers by question key; checked against the call's questions
             * @example {
             *       "team_background": "Two engineers…"
             *     }
             */
            answers?: {
                [key: string]: string | number | boolean | string[];
            };
            founders?: components["schemas"]["FounderDto"][];
            idea?: string;
            previousExperience?: string;
            /** @example cleantech */
            sector?: string;
            stage?: components["schemas"]["Stage"];
            /** @example AirSense */
            startupName?: string;
            /** @example 3 */
            teamSize?: number;
        };
        ApplicationOrganizationDto: {
            /** Format: uuid */
            id: string;
            /** @example Ulaanbaatar Innovation HUB */
            name: string;
            /** @example ub-hub */
            slug: string;
        };
        ApplicationPageDto: {
            items: components["schemas"]["ApplicationDto"][];
            nextCursor: string | null;
        };
        /** @enum {string} */
        ApplicationStatus: "draft" | "submitted" | "under_review" | "shortlisted" | "accepted" | "rejected" | "waitlisted" | "withdrawn";
        ApproveMentorSessionDto: {
            /** @description The minutes that count, at most those logged; all of them by default */
            approvedMinutes?: number;
            /** @example Checked with the founder: 60 minutes. */
            comment?: string;
        };
        ArrearsInvoiceDto: {
            /** @description total − credit notes issued by the as-of date − payments received by then */
            balance: components["schemas"]["MoneyResponseDto"];
            bucket: components["schemas"]["AgingBucket"];
            /** @description as-of − due date (0 or less: not due) */
            daysOverdue: number;
            /** @example 2026-11-15 */
            dueOn: string;
            /** Format: uuid */
            invoiceId: string;
            /** @example 2026-11-01 */
            issuedOn: string;
            /** @example HUB-2026-000123 */
            number: string;
            /** @example 2026-10 */
            period: string;
        };
        ArrearsReportDto: {
            /** @example 2026-12-31 */
            asOf: string;
            /** @description With startupId: its invoices open on the as-of date, oldest due first; otherwise empty */
            invoices: components["schemas"]["ArrearsInvoiceDto"][];
            /** @description Per startup and currency with an open balance or a credit, by startup name */
            startups: components["schemas"]["ArrearsStartupDto"][];
            /** @description Per currency over the startups shown (the organization, or the one startup asked for); currencies are never added together */
            totals: components["schemas"]["ArrearsTotalDto"][];
        };
        ArrearsStartupDto: {
            /** @description Unallocated payments received by the as-of date (not netted against the buckets) */
            creditBalance: components["schemas"]["MoneyResponseDto"];
            /** @example MNT */
            currency: string;
            /** @description 1 to 30 days past due */
            days0To30: components["schemas"]["MoneyResponseDto"];
            /** @description 31 to 60 days past due */
            days31To60: components["schemas"]["MoneyResponseDto"];
            /** @description 61 to 90 days past due */
            days61To90: components["schemas"]["MoneyResponseDto"];
            /** @description More than 90 days past due */
            days90Plus: components["schemas"]["MoneyResponseDto"];
            /** @description Open, due date not passed */
            notDue: components["schemas"]["MoneyResponseDto"];
            openInvoices: number;
            /** @description notDue + overdue */
            outstanding: components["schemas"]["MoneyResponseDto"];
            /** @description The four overdue buckets */
            overdue: components["schemas"]["MoneyResponseDto"];
            overdueInvoices: number;
            /** Format: uuid */
            startupId: string;
            startupName: string;
        };
        ArrearsTotalDto: {
            /** @description Unallocated payments received by the as-of date (not netted against the buckets) */
            creditBalance: components["schemas"]["MoneyResponseDto"];
            /** @example MNT */
            currency: string;
            /** @description 1 to 30 days past due */
            days0To30: components["schemas"]["MoneyResponseDto"];
            /** @description 31 to 60 days past due */
            days31To60: components["schemas"]["MoneyResponseDto"];
            /** @description 61 to 90 days past due */
            days61To90: components["schemas"]["MoneyResponseDto"];
            /** @description More than 90 days past due */
            days90Plus: components["schemas"]["MoneyResponseDto"];
            /** @description Open, due date not passed */
            notDue: components["schemas"]["MoneyResponseDto"];
            openInvoices: number;
            /** @description notDue + overdue */
            outstanding: components["schemas"]["MoneyResponseDto"];
            /** @description The four overdue buckets */
            overdue: components["schemas"]["MoneyResponseDto"];
            overdueInvoices: number;
            /** @description Startups with an open balance or a credit in this currency */
            startups: number;
        };
        AssignedDto: {
            /** @description Assignments made */
            assigned: number;
        };
        AssignmentApplicationDto: {
            /** @description The applicant's account name (null if the account is gone) */
            applicantName: string | null;
            /** Format: uuid */
            id: string;
            startupName: string | null;
        };
        AssignmentReviewerDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        AttachmentUploadDto: {
            /**
             * Format: binary
             * @description One file: pdf, png, jpeg, webp, docx, xlsx, pptx, csv or txt
             */
            file: string;
        };
        AttentionActionDto: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ActionKind"];
        };
        AttentionCountsDto: {
            /** @description Open equity stakes to confirm or dismiss */
            equityStakes: number;
            /** @description Submitted evidence waiting for review */
            evidenceToReview: number;
            /** @description Open graduation reviews */
            graduationReviews: number;
            /** @description Milestones past due, not submitted (pending or changes requested) */
            overdueMilestones: number;
            total: number;
        };
        AttentionItemDto: {
            /** @description For graduation_review and equity_stake: resolve it at POST …/programme-actions/{id}/resolve */
            action: components["schemas"]["AttentionActionDto"] | null;
            cohort: components["schemas"]["AttentionNamedDto"];
            /**
             * Format: date-time
             * @description When it is (or was) due: a milestone becomes overdue at this instant; an action opened then
             */
            dueAt: string;
            /**
             * Format: date
             * @description The due date in the cohort's timezone
             */
            dueOn: string;
            kind: components["schemas"]["AttentionKind"];
            /** @description For overdue_milestone and evidence_to_review */
            milestone: components["schemas"]["AttentionMilestoneDto"] | null;
            /** @description Past its due moment */
            overdue: boolean;
            startup: components["schemas"]["AttentionNamedDto"];
        };
        /** @enum {string} */
        AttentionKind: "overdue_milestone" | "evidence_to_review" | "graduation_review" | "equity_stake";
        AttentionMilestoneDto: {
            /** Format: uuid */
            id: string;
            status: components["schemas"]["OpenMilestoneStatus"];
            /** @example Customer discovery interviews */
            title: string;
        };
        AttentionNamedDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        AttentionPageDto: {
            /** @description Totals of the whole list (with the cohort filter, not the kind filter) */
            counts: components["schemas"]["AttentionCountsDto"];
            /** @description Most urgent first: the earliest due, so the longest overdue, first */
            items: components["schemas"]["AttentionItemDto"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            nextCursor: string | null;
        };
        AuditChangeDto: {
            /** @description Any JSON value: the field after the change (null if none) */
            after: (string | null) | number | boolean | unknown[] | {
                [key: string]: unknown;
            };
            /** @description Any JSON value: the field before the change (null if none) */
            before: (string | null) | number | boolean | unknown[] | {
                [key: string]: unknown;
            };
        };
        AuditEntryDto: {
            /** @example member.role-changed */
            action: string;
            /** Format: uuid */
            actorUserId: string | null;
            /** @description field → { before, after } for the fields that changed */
            changes: {
                [key: string]: components["schemas"]["AuditChangeDto"];
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            entityId: string;
            /** @example membership */
            entityType: string;
            /** Format: uuid */
            id: string;
            requestId: string | null;
        };
        AuditPageDto: {
            items: components["schemas"]["AuditEntryDto"][];
            nextCursor: string | null;
        };
        BillingSettingsDto: {
            /**
             * @description The first month invoiced (null: the first lease's month)
             * @example 2026-09
             */
            firstPeriod: string | null;
            /** @example HUB */
            invoicePrefix: string;
            /** @example 14 */
            paymentTermsDays: number;
        };
        /** @enum {string} */
        BooleanText: "true" | "false";
        BrowserSessionDto: {
            /** @description Keep it in memory only; refresh the session when it expires */
            accessToken: string;
            /**
             * @description Seconds until the access token expires
             * @example 900
             */
            expiresIn: number;
            /** @example Bearer */
            tokenType: components["schemas"]["TokenType"];
        };
        CalendarFeedDto: {
            /** Format: date-time */
            createdAt: string;
            /** @description Private iCalendar URL; shown once */
            url: string;
        };
        CallDto: {
            blindReview: boolean;
            capacity: number;
            /** Format: date-time */
            closesAt: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Keys of the rounds whose reviews are closed */
            finalizedRounds: string[];
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            opensAt: string;
            /** Format: uuid */
            programmeId: string;
            questions: components["schemas"]["QuestionResponseDto"][];
            reviewersPerApplication: number;
            rounds: components["schemas"]["RoundResponseDto"][];
            status: components["schemas"]["CallStatus"];
            theme: string | null;
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CallFunnelDto: {
            /** @description Now accepted (an accepted applicant who withdrew counts as withdrawn) */
            accepted: number;
            /** Format: uuid */
            callId: string;
            /** @description Now accepted, rejected or waitlisted: accepted + rejected + waitlisted */
            decided: number;
            /** @description Still drafts (status draft; a draft withdrawn before submission counts only as withdrawn) */
            drafts: number;
            /**
             * @description The call's first round, the one `reviewed` and `shortlisted` are measured against
             * @example screening
             */
            firstRoundKey: string | null;
            /** @description Now rejected */
            rejected: number;
            /**
             * @description The call's reviewers per application: the completed reviews an application needs to count as reviewed
             * @example 3
             */
            requiredReviews: number;
            /** @description Ever submitted, with at least `requiredReviews` completed (submitted) reviews in the first round */
            reviewed: number;
            /** @description Moved past the first round by a shortlist (their round is a later one), whatever their status now */
            shortlisted: number;
            /** @description Ever submitted (submitted at is set), whatever became of them since: in review, shortlisted, decided or withdrawn after submission */
            submitted: number;
            /** @description Every application of the call, in any status */
            total: number;
            /** @description Now waitlisted (a waitlisted application promoted later counts as accepted) */
            waitlisted: number;
            /** @description Now withdrawn, at any stage: as a draft, after submission or after acceptance */
            withdrawn: number;
        };
        CallPageDto: {
            items: components["schemas"]["CallDto"][];
            nextCursor: string | null;
        };
        /** @enum {string} */
        CallStatus: "draft" | "scheduled" | "open" | "closed" | "decided" | "cancelled";
        CapTableDto: {
            /** Format: date */
            asOf: string;
            /** @description Fully diluted view: the SAFEs and notes made by the as-of date, converted or not (empty in the outstanding view) */
            instruments: components["schemas"]["InstrumentRowDto"][];
            /** @description The organization's stake */
            organizationStake: components["schemas"]["FractionDto"];
            rows: components["schemas"]["CapTableRowDto"][];
            shareClasses: components["schemas"]["ShareClassDto"][];
            /** Format: uuid */
            startupId: string;
            /**
             * @description A whole number of shares, as a decimal string
             * @example 1000
             */
            totalShares: string;
            view: components["schemas"]["CapTableView"];
        };
        CapTableRowDto: {
            /** @description For display: basis points by the largest-remainder rule; the column sums to exactly 10000 */
            bps: number;
            byClass: components["schemas"]["ClassSharesDto"][];
            /** @description Exact share of the total */
            fraction: components["schemas"]["FractionDto"];
            /** Format: uuid */
            holderId: string;
            holderKind: components["schemas"]["HolderKind"];
            holderName: string;
            /**
             * @description Fully diluted view: shares of unconverted instruments counted for this holder
             * @example 1000
             */
            instrumentShares: string;
            /**
             * @description Shares held (fully diluted view: plus counted instrument shares)
             * @example 1000
             */
            shares: string;
            /** Format: uuid */
            userId: string | null;
        };
        /** @enum {string} */
        CapTableView: "outstanding" | "fully-diluted";
        ChangeRoleDto: {
            role: components["schemas"]["Role"];
        };
        ClassSharesDto: {
            /** Format: uuid */
            shareClassId: string;
            shareClassName: string;
            /**
             * @description A whole number of shares, as a decimal string
             * @example 1000
             */
            shares: string;
        };
        CohortDetailDto: {
            /** Format: date-time */
            createdAt: string;
            /** @description Position of the running phase */
            currentPhase: number | null;
            /** Format: date */
            endsOn: string;
            /**
             * @description Enrolments by status
             * @example {
             *       "active": 12,
             *       "withdrawn": 1
             *     }
             */
            enrolments: {
                [key: string]: number;
            };
            equityStake: components["schemas"]["EquityStakeDto"] | null;
            /** Format: uuid */
            id: string;
            milestones: components["schemas"]["CohortMilestoneDto"][];
            name: string;
            /** @description Dated in the organization's timezone */
            phases: components["schemas"]["PhaseDto"][];
            /** Format: uuid */
            programmeId: string;
            /**
             * @description Days before a due date that founders are reminded
             * @example [
             *       7,
             *       1
             *     ]
             */
            reminderOffsetsDays: number[];
            /** Format: date */
            startsOn: string;
            status: components["schemas"]["CohortStatus"];
            /** @example Asia/Ulaanbaatar */
            timezone: string;
        };
        CohortDto: {
            /** Format: date-time */
            createdAt: string;
            /** @description Position of the running phase */
            currentPhase: number | null;
            /** Format: date */
            endsOn: string;
            equityStake: components["schemas"]["EquityStakeDto"] | null;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            programmeId: string;
            /**
             * @description Days before a due date that founders are reminded
             * @example [
             *       7,
             *       1
             *     ]
             */
            reminderOffsetsDays: number[];
            /** Format: date */
            startsOn: string;
            status: components["schemas"]["CohortStatus"];
            /** @example Asia/Ulaanbaatar */
            timezone: string;
        };
        CohortGridDto: {
            columns: components["schemas"]["CohortMilestoneDto"][];
            nextCursor: string | null;
            rows: components["schemas"]["GridRowDto"][];
        };
        CohortMilestoneDto: {
            description: string | null;
            /** Format: date */
            dueOn: string;
            evidenceRequired: boolean;
            /** Format: uuid */
            id: string;
            /** @description The phase it belongs to; null if added outside the template */
            phasePosition: number | null;
            title: string;
        };
        CohortPageDto: {
            items: components["schemas"]["CohortDto"][];
            nextCursor: string | null;
        };
        /** @enum {string} */
        CohortStatus: "planned" | "running" | "completed";
        CohortTimelineDto: {
            cohort: components["schemas"]["CohortDto"];
            milestones: components["schemas"]["CohortMilestoneDto"][];
            /** Format: date-time */
            now: string;
            phases: components["schemas"]["TimelinePhaseDto"][];
        };
        CreateCallDto: {
            blindReview: boolean;
            /**
             * @description Places to fill (1 for a single space)
             * @example 10
             */
            capacity: number;
            /** @example 2026-03-31T23:59:59+08:00 */
            closesAt: string;
            /** @example 2026-03-01T09:00:00+08:00 */
            opensAt: string;
            questions: components["schemas"]["QuestionDto"][];
            /** @example 3 */
            reviewersPerApplication: number;
            /** @description Defaults to one screening round with the programme rubric */
            rounds?: components["schemas"]["RoundDto"][];
            /** @example Pollution and traffic */
            theme?: string;
            /** @example HUB Annual Incubation 2023 */
            title: string;
        };
        CreateCohortDto: {
            /** @example MCS Spring 2026 */
            name: string;
            /** Format: uuid */
            programmeId: string;
            /**
             * @description Days before a due date on which founders are reminded (default 7 and 1)
             * @example [
             *       7,
             *       1
             *     ]
             */
            reminderOffsetsDays?: number[];
            /**
             * @description First day, in the organization's timezone
             * @example 2026-03-02
             */
            startsOn: string;
        };
        CreateCreditNoteDto: {
            /**
             * @description Minor units in the invoice's currency; at most what is left of the invoice after earlier credit notes
             * @example 25000
             */
            amountMinor: number;
            /** @example Room closed for repairs 10–14 March */
            reason: string;
        };
        CreateEntryDto: {
            /**
             * Format: uuid
             * @description issuance only: the SAFE or convertible note it converts (once per investment; the shares go to its investor). From the entry's date on the instrument is no longer counted in the fully diluted view.
             */
            convertsInvestmentId?: string;
            /**
             * @description Calendar date of the entry; not before the startup existed, nor before the latest entry, nor after today
             * @example 2026-03-02
             */
            date: string;
            /**
             * Format: uuid
             * @description transfer, cancellation: who gives the shares up
             */
            fromHolderId?: string;
            kind: components["schemas"]["EquityEntryKind"];
            note?: string;
            /** @description Staff booking an entry outside the stake range say why; kept on the entry (never overrides never-majority) */
            overrideReason?: string;
            /** @description Price per share */
            pricePerShare?: components["schemas"]["MoneyDto"];
            /** Format: uuid */
            shareClassId: string;
            /**
             * @description A positive whole number of shares (a string; a JSON integer is accepted too)
             * @example 1000
             */
            shares: string;
            /**
             * Format: uuid
             * @description issuance, transfer: who receives them
             */
            toHolderId?: string;
        };
        CreateFeeTermsDto: {
            /** @description Per startup whose outcome turns successful */
            amount: components["schemas"]["MoneyDto"];
            /**
             * Format: uuid
             * @description Only for startups of this programme; without it, the terms for every other programme
             */
            programmeId?: string;
        };
        CreateGrantDto: {
            /** @description The award: within the programme's grant range, in its currency */
            amount: components["schemas"]["MoneyDto"];
            /**
             * Format: uuid
             * @description The startup's active enrolment the grant is given through; may be left out when it has exactly one
             */
            enrolmentId?: string;
            /** @example Prototype and first pilot */
            purpose?: string;
            /** @description At least one; their amounts sum to the award exactly */
            tranches: components["schemas"]["TrancheInputDto"][];
        };
        CreateHolderDto: {
            /** @description The organization is a holder of every cap table already */
            kind: components["schemas"]["NewHolderKind"];
            /** @example Steppe Ventures */
            name: string;
            /**
             * Format: uuid
             * @description A founder's account: must be a founder of this startup
             */
            userId?: string;
        };
        CreateInvestmentDto: {
            amount: components["schemas"]["MoneyDto"];
            /**
             * @description safe, convertible_note: the shares it converts into, if agreed; then counted in the fully diluted view until an issuance converts it (convertsInvestmentId)
             * @example 1200
             */
            conversionShares?: string;
            /** @example 2026-04-01 */
            date: string;
            instrument: components["schemas"]["Instrument"];
            /**
             * Format: uuid
             * @description The investor: the organization holder or an outside investor holder of this cap table
             */
            investorHolderId: string;
            overrideReason?: string;
            /** @description Same currency as the amount */
            preMoneyValuation: components["schemas"]["MoneyDto"];
            /**
             * Format: uuid
             * @description equity: the class issued (default: the first common class)
             */
            shareClassId?: string;
            /**
             * @description equity: the shares bought; when absent, floor(amount × fully diluted shares before / pre-money valuation)
             * @example 2500
             */
            shares?: string;
        };
        CreateInvitationDto: {
            /** @example mentor@example.org */
            email: string;
            role: components["schemas"]["Role"];
        };
        CreateLeaseDto: {
            /**
             * @description Desks taken: required for a desk area, refused for any other space
             * @example 3
             */
            desks?: number;
            /**
             * @description Last day of the lease (included); left out or null: open-ended
             * @example 2026-07-31
             */
            endsOn?: string | null;
            /** Format: uuid */
            planId: string;
            /** Format: uuid */
            spaceId: string;
            /**
             * @description First day of the lease
             * @example 2026-02-01
             */
            startsOn: string;
            /** Format: uuid */
            startupId: string;
        };
        CreateMentorAssignmentDto: {
            /**
             * @description The last day, included; open-ended without it
             * @example 2027-03-31
             */
            endsOn?: string;
            /**
             * Format: uuid
             * @description The startup's active enrolment; may be left out when it has exactly one
             */
            enrolmentId?: string;
            /** Format: uuid */
            mentorProfileId: string;
            role: components["schemas"]["MentorAssignmentRole"];
            /** @example 2026-10-01 */
            startsOn: string;
        };
        CreateMentorProfileDto: {
            /** @example Ex-CFO of a payments company; ten years of retail banking. */
            bio?: string;
            /**
             * @description How many startups at once
             * @example 3
             */
            capacity: number;
            /** @description lead: may lead a startup or advise it; expert: advises only */
            kind: components["schemas"]["MentorKind"];
            /**
             * @description Keys of the organization's mentor tags
             * @example [
             *       "fintech",
             *       "go-to-market"
             *     ]
             */
            tags: string[];
            /**
             * Format: uuid
             * @description A member of the organization with the mentor role
             */
            userId: string;
        };
        CreateMentorRateDto: {
            /**
             * @description In force from this day on (included), until the next rate
             * @example 2026-11-15
             */
            effectiveFrom: string;
            /** @description Per hour */
            rate: components["schemas"]["MoneyDto"];
        };
        CreateMentorTagDto: {
            /**
             * @description Lowercase key: letters, digits and dashes; a startup whose sector is the same word matches it
             * @example fintech
             */
            key: string;
            /** @example Fintech */
            label: string;
        };
        CreateOrganizationDto: {
            /**
             * @description ISO 4217 currency code
             * @example MNT
             */
            defaultCurrency: string;
            kind: components["schemas"]["OrganizationKind"];
            /** @example Ulaanbaatar Innovation HUB */
            name: string;
            ownership: components["schemas"]["Ownership"];
            /**
             * @description 3-63 lower-case letters, digits and hyphens; used in URLs
             * @example ub-hub
             */
            slug: string;
            /**
             * @description IANA time zone
             * @example Asia/Ulaanbaatar
             */
            timezone: string;
        };
        CreatePerkDto: {
            /** @default true */
            active: boolean;
            /** @example Cloud credits for one year */
            description: string;
            /** @example AWS Activate */
            partner: string;
            value: components["schemas"]["MoneyDto"];
        };
        CreateProceedsDto: {
            amount: components["schemas"]["MoneyDto"];
            /** @example 2027-01-15 */
            date: string;
            /** @example Sale of our stake to the acquirer */
            note?: string;
        };
        CreateProgrammeDto: {
            description?: string;
            equityPolicy: components["schemas"]["EquityPolicyDto"];
            /** @description Grant amount range */
            grantPolicy?: components["schemas"]["MoneyRangeDto"];
            /** @example MCS Startup Programme */
            name: string;
            /** @description Yearly cap on partner perks */
            perkCap?: components["schemas"]["MoneyDto"];
            /** @description At least one phase, in order */
            phases: components["schemas"]["PhaseTemplateDto"][];
            /** @description Selection rubric: weighted criteria */
            rubric: components["schemas"]["CriterionDto"][];
            type: components["schemas"]["ProgrammeType"];
        };
        CreateRentPlanDto: {
            kind: components["schemas"]["RentPlanKind"];
            /** @example Post-incubation (60 % of market) */
            name: string;
            /**
             * @description A lease on this plan ends no earlier than today + this many days, unless staff give a reason
             * @example 30
             */
            noticeDays: number;
            /** @description The plan's first terms */
            terms: components["schemas"]["RentPlanTermsInputDto"];
        };
        CreateShareClassDto: {
            kind: components["schemas"]["ShareClassKind"];
            /** @example Common */
            name: string;
        };
        CreateSiteDto: {
            /** @example Chinggis Avenue 15, Ulaanbaatar */
            address?: string;
            /** @example IT Park, floor 2 */
            name: string;
        };
        CreateSpaceDto: {
            /**
             * @description Square metres, more than 0, at most two decimals
             * @example 24.5
             */
            areaM2: number;
            /**
             * @description Desks (a desk area: the most its leases take on any day) or seats
             * @example 6
             */
            capacity: number;
            /** @description desk_area is shared (leases take desks); every other kind is leased whole */
            kind: components["schemas"]["SpaceKind"];
            /** @example Room 204 */
            name: string;
            /**
             * Format: uuid
             * @description The site the space is in
             */
            siteId: string;
        };
        CreateSpaceRateDto: {
            /** @description Per month (or per m² per month); 0 or more */
            amount: components["schemas"]["MoneyDto"];
            /** @description per_month: for the whole space; per_m2_month: per square metre */
            basis: components["schemas"]["RateBasis"];
            /**
             * @description The rate holds from this date until the next rate of the space
             * @example 2026-01-01
             */
            effectiveFrom: string;
        };
        CreateStartupDto: {
            /** @example Steppe Robotics */
            name: string;
            /**
             * @description internal: a corporate venture of the park itself
             * @default internal
             */
            origin: components["schemas"]["NewStartupOrigin"];
            sector?: string | null;
            stage?: string | null;
        };
        CreditBalanceDto: {
            /** @description Payments' unallocated amounts in one currency */
            credit: components["schemas"]["MoneyResponseDto"];
            /** @description Payments with something unallocated */
            payments: number;
            /** Format: uuid */
            startupId: string;
            startupName: string;
        };
        CreditBalanceListDto: {
            /** @description One per startup and currency with a credit, by startup name */
            items: components["schemas"]["CreditBalanceDto"][];
        };
        CriterionDto: {
            /**
             * @description Stable key: lower case, digits, underscores
             * @example innovative_idea
             */
            key: string;
            /** @example Innovative idea */
            label: string;
            /** @default 5 */
            scaleMax: number;
            /** @default 1 */
            scaleMin: number;
            /**
             * @description Relative weight, positive
             * @example 1
             */
            weight: number;
        };
        CriterionResponseDto: {
            /** @example innovative_idea */
            key: string;
            /** @example Innovative idea */
            label: string;
            /** @example 5 */
            scaleMax: number;
            /** @example 1 */
            scaleMin: number;
            /**
             * @description Relative weight
             * @example 1
             */
            weight: number;
        };
        DecideDto: {
            applicationIds: string[];
            /**
             * Format: uuid
             * @description On acceptance: the cohort of the call's programme the new startups join
             */
            cohortId?: string;
            decision: components["schemas"]["Decision"];
        };
        DecidedDto: {
            /** @description Ids of the applications decided */
            decided: string[];
        };
        /** @enum {string} */
        Decision: "accept" | "reject" | "waitlist";
        DeclareConflictDto: {
            /** @example I advised this team last year */
            reason?: string;
        };
        DeclareMentorConflictDto: {
            /** @example Former employer of the founder */
            reason: string;
            /** Format: uuid */
            startupId: string;
        };
        DisburseTrancheDto: {
            /**
             * @description The bank's reference of the payment
             * @example TRX-2026-000184
             */
            bankReference: string;
            /**
             * @description The day the money left the account
             * @example 2026-05-04
             */
            disbursedOn: string;
        };
        DisputeMentorSessionDto: {
            /** @example We met for 30 minutes, not 90. */
            reason: string;
        };
        /**
         * @description Calendar months are added as months (31 Jan + 1 month = end of February)
         * @enum {string}
         */
        DurationUnit: "days" | "months";
        EndEnrolmentDto: {
            /** @example Founders took jobs elsewhere */
            reason: string;
        };
        EndLeaseDto: {
            /**
             * @description The new last day (included); not before the start
             * @example 2026-06-30
             */
            endsOn: string;
            /**
             * @description Required to end earlier than today + the plan's notice days
             * @example Moved out early by agreement
             */
            reason?: string;
        };
        EnrolDto: {
            /** @description Startups to enrol (up to 10000) */
            startupIds: string[];
        };
        EnrolmentDto: {
            /** Format: uuid */
            applicationId: string | null;
            /** Format: uuid */
            cohortId: string;
            currentPhase: number | null;
            endReason: string | null;
            /** Format: date-time */
            endedAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            incubationEndsAt: string;
            /** Format: uuid */
            startupId: string;
            status: components["schemas"]["EnrolmentStatus"];
        };
        EnrolmentResultDto: {
            enrolled: number;
            /** @description The enrolments made (up to 100) */
            enrolments: components["schemas"]["EnrolmentDto"][];
        };
        /** @enum {string} */
        EnrolmentStatus: "active" | "withdrawn" | "graduated" | "failed";
        EquityEntryDto: {
            /**
             * Format: uuid
             * @description An issuance that converts a SAFE or a note: the investment converted
             */
            convertsInvestmentId: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uuid
             * @description Null when the system booked it (a confirmed stake)
             */
            createdBy: string | null;
            /** Format: date */
            date: string;
            /** Format: uuid */
            fromHolderId: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["EquityEntryKind"];
            note: string | null;
            overrideReason: string | null;
            pricePerShare: components["schemas"]["MoneyResponseDto"] | null;
            /**
             * Format: uuid
             * @description The entry this one reverses
             */
            reversesEntryId: string | null;
            /** Format: uuid */
            shareClassId: string;
            /**
             * @description A whole number of shares, as a decimal string
             * @example 1000
             */
            shares: string;
            /** Format: uuid */
            startupId: string;
            /** Format: uuid */
            toHolderId: string | null;
        };
        /** @enum {string} */
        EquityEntryKind: "issuance" | "transfer" | "cancellation";
        EquityEntryPageDto: {
            items: components["schemas"]["EquityEntryDto"][];
            nextCursor: string | null;
        };
        /** @enum {string} */
        EquityExportFormat: "json" | "csv";
        /**
         * @description none; a range (optionally never a majority); or a fixed stake after N months
         * @enum {string}
         */
        EquityKind: "none" | "range" | "fixed_after";
        EquityPolicyDto: {
            /**
             * @description Months of incubation before the stake is granted; kind fixed_after
             * @example 6
             */
            afterMonths?: number;
            /**
             * @description Basis points; kind fixed_after
             * @example 1000
             */
            bps?: number;
            /** @description none; a range (optionally never a majority); or a fixed stake after N months */
            kind: components["schemas"]["EquityKind"];
            /**
             * @description Basis points; kind range
             * @example 4900
             */
            maxBps?: number;
            /**
             * @description Basis points (1500 = 15 %); kind range
             * @example 1500
             */
            minBps?: number;
            /** @description The operator's stake stays below 50 %; kind range */
            neverMajority?: boolean;
        };
        EquityPolicyResponseDto: {
            /** @description Kind fixed_after */
            afterMonths?: number;
            /** @description Basis points; kind fixed_after */
            bps?: number;
            kind: components["schemas"]["EquityKind"];
            /** @description Basis points; kind range */
            maxBps?: number;
            /** @description Basis points; kind range */
            minBps?: number;
            /** @description Kind range */
            neverMajority?: boolean;
        };
        EquityStakeDto: {
            afterMonths: number | null;
            /** @description Basis points */
            bps: number;
        };
        FieldErrorDto: {
            /** @example email */
            field: string;
            /** @example email must be an email */
            message: string;
        };
        FounderDto: {
            /**
             * @description Optional, self-declared
             * @example 1998
             */
            birthYear?: number;
            /** @example oyun@example.org */
            email: string;
            /** @description Optional, self-declared; only ever reported in aggregate */
            gender?: components["schemas"]["Gender"];
            /** @description Optional, self-declared (e.g. a marginalized group) */
            group?: string;
            /** @example Oyun-Erdene B. */
            name: string;
            /** @example CEO */
            role: string;
        };
        FounderResponseDto: {
            /** @description Only to owners, managers and the applicant */
            birthYear?: number | null;
            email: string;
            /** @description Only to owners, managers and the applicant */
            gender?: (string & components["schemas"]["Gender"]) | null;
            /** @description Only to owners, managers and the applicant */
            group?: string | null;
            name: string;
            role: string;
        };
        FractionDto: {
            /**
             * @description Decimal integer string
             * @example 4
             */
            denominator: string;
            /**
             * @description Decimal integer string
             * @example 1
             */
            numerator: string;
        };
        /**
         * @description Optional, self-declared; only ever reported in aggregate
         * @enum {string}
         */
        Gender: "female" | "male" | "other" | "prefer_not_to_say";
        GrantDto: {
            amount: components["schemas"]["MoneyResponseDto"];
            /** Format: date-time */
            createdAt: string;
            /** @description Sum of the tranches paid */
            disbursed: components["schemas"]["MoneyResponseDto"];
            /** Format: uuid */
            enrolmentId: string;
            /** Format: uuid */
            id: string;
            /** @description Sum of the tranches payable and not yet paid */
            payable: components["schemas"]["MoneyResponseDto"];
            /** Format: uuid */
            programmeId: string;
            purpose: string | null;
            /** Format: uuid */
            startupId: string;
            /** @description awarded: nothing paid yet; partly_disbursed; disbursed: every tranche paid */
            state: components["schemas"]["GrantState"];
            tranches: components["schemas"]["GrantTrancheDto"][];
        };
        GrantListDto: {
            /** @description The startup's grants, newest first */
            items: components["schemas"]["GrantDto"][];
        };
        /**
         * @description awarded: nothing paid yet; partly_disbursed; disbursed: every tranche paid
         * @enum {string}
         */
        GrantState: "awarded" | "partly_disbursed" | "disbursed";
        GrantTrancheDto: {
            amount: components["schemas"]["MoneyResponseDto"];
            bankReference: string | null;
            /** Format: date-time */
            disbursedAt: string | null;
            /** @example 2026-05-04 */
            disbursedOn: string | null;
            /**
             * @description Payable from local midnight starting this date
             * @example 2026-09-01
             */
            dueOn: string | null;
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description Payable once this milestone is approved
             */
            milestoneId: string | null;
            /**
             * Format: date-time
             * @description For a date tranche: the instant it becomes payable
             */
            payableAt: string | null;
            /** Format: date-time */
            payableSince: string | null;
            /** @example 1 */
            position: number;
            status: components["schemas"]["TrancheStatus"];
        };
        GridCellDto: {
            /** Format: date */
            dueOn: string;
            /** Format: uuid */
            milestoneId: string;
            /** @description From local midnight after the due date while not approved */
            overdue: boolean;
            status: components["schemas"]["MilestoneStatus"];
            title: string;
        };
        GridRowDto: {
            /** @description By the column's cohort milestone id */
            cells: {
                [key: string]: components["schemas"]["GridCellDto"];
            };
            enrolment: components["schemas"]["EnrolmentDto"];
            /** @description Milestones of this startup only */
            extra: components["schemas"]["GridCellDto"][];
            startupName: string | null;
        };
        HealthIndicatorDto: {
            /** @example up */
            status: string;
        };
        HolderDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["HolderKind"];
            name: string;
            /** Format: uuid */
            startupId: string;
            /** Format: uuid */
            userId: string | null;
        };
        /** @enum {string} */
        HolderKind: "organization" | "founder" | "investor" | "option_pool";
        /** @enum {string} */
        Instrument: "equity" | "safe" | "convertible_note";
        InstrumentRowDto: {
            amount: components["schemas"]["MoneyResponseDto"];
            /**
             * Format: uuid
             * @description The issuance that converted it by the as-of date (then its shares are in the rows, and it is not counted)
             */
            conversionEntryId: string | null;
            /** @description Recorded conversion shares; null = listed but not counted */
            conversionShares: string | null;
            /** Format: date */
            convertedOn: string | null;
            /** @description Counted in the fully diluted total: it has conversion shares and was not converted by the as-of date */
            counted: boolean;
            /** Format: uuid */
            holderId: string;
            holderName: string;
            instrument: components["schemas"]["Instrument"];
            /** Format: uuid */
            investmentId: string;
        };
        InvestmentDto: {
            amount: components["schemas"]["MoneyResponseDto"];
            /**
             * Format: uuid
             * @description A SAFE or note: the issuance that converted it
             */
            conversionEntryId: string | null;
            conversionShares: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            date: string;
            /**
             * Format: uuid
             * @description equity: the issuance booked with it
             */
            entryId: string | null;
            /** Format: uuid */
            id: string;
            instrument: components["schemas"]["Instrument"];
            /** Format: uuid */
            investorHolderId: string;
            preMoneyValuation: components["schemas"]["MoneyResponseDto"];
            /** @description equity: the shares issued */
            shares: string | null;
            /** Format: uuid */
            startupId: string;
            /** @description Written off when the startup failed */
            writtenOff: components["schemas"]["MoneyResponseDto"] | null;
            /** Format: date */
            writtenOffOn: string | null;
        };
        InvitationDto: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            id: string;
            role: components["schemas"]["Role"];
            status: components["schemas"]["InvitationStatus"];
        };
        InvitationOrganizationDto: {
            /** @example Steppe Park */
            name: string;
            /** @example steppe-park */
            slug: string;
        };
        InvitationPreviewDto: {
            /**
             * @description The invited address, masked: its first character and domain; log in or register with the full address to accept
             * @example o***@example.org
             */
            email: string;
            /** Format: date-time */
            expiresAt: string;
            organization: components["schemas"]["InvitationOrganizationDto"];
            role: components["schemas"]["Role"];
            /** @description pending: it can be accepted; accepted: already used; revoked: withdrawn by the organization or replaced by a newer invitation; expired */
            status: components["schemas"]["InvitationStatus"];
        };
        /** @enum {string} */
        InvitationStatus: "pending" | "accepted" | "expired" | "revoked";
        InvoiceAllocationDto: {
            amount: components["schemas"]["MoneyResponseDto"];
            bankReference: string;
            /** @description Staff chose this invoice (else: oldest open first) */
            manual: boolean;
            /** Format: uuid */
            paymentId: string;
            /** @example 2026-11-10 */
            receivedOn: string;
        };
        InvoiceDetailDto: {
            allocations: components["schemas"]["InvoiceAllocationDto"][];
            /** @description total − credited − paid */
            balance: components["schemas"]["MoneyResponseDto"];
            /** @description Credit notes against this invoice */
            creditNotes: components["schemas"]["InvoiceDto"][];
            /** @description Credit notes against it */
            credited: components["schemas"]["MoneyResponseDto"];
            /**
             * Format: uuid
             * @description A credit note: the invoice it credits
             */
            creditsInvoiceId: string | null;
            creditsInvoiceNumber: string | null;
            /** @example 2026-11-15 */
            dueOn: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            issuedAt: string;
            /** @example 2026-11-01 */
            issuedOn: string;
            kind: components["schemas"]["InvoiceKind"];
            /** Format: uuid */
            leaseId: string | null;
            /** @description By first day */
            lines: components["schemas"]["InvoiceLineDto"][];
            /** @description The same days at market rates; market − total is the in-kind support (a free plan: all of it) */
            market: components["schemas"]["MoneyResponseDto"];
            /** @example HUB-2026-000123 */
            number: string;
            /** @description Payments allocated to it */
            paid: components["schemas"]["MoneyResponseDto"];
            /**
             * @description The month billed (null: a credit note)
             * @example 2026-10
             */
            period: string | null;
            /** @description A credit note's reason */
            reason: string | null;
            /** Format: uuid */
            startupId: string;
            startupName: string;
            /** @description no_charge: a zero invoice (in-kind support on record); overdue: a balance after the due date (organization timezone) */
            status: components["schemas"]["InvoiceStatus"];
            /** @description The sum of the lines (a credit note: its amount) */
            total: components["schemas"]["MoneyResponseDto"];
        };
        InvoiceDto: {
            /** @description total − credited − paid */
            balance: components["schemas"]["MoneyResponseDto"];
            /** @description Credit notes against it */
            credited: components["schemas"]["MoneyResponseDto"];
            /**
             * Format: uuid
             * @description A credit note: the invoice it credits
             */
            creditsInvoiceId: string | null;
            creditsInvoiceNumber: string | null;
            /** @example 2026-11-15 */
            dueOn: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            issuedAt: string;
            /** @example 2026-11-01 */
            issuedOn: string;
            kind: components["schemas"]["InvoiceKind"];
            /** Format: uuid */
            leaseId: string | null;
            /** @description The same days at market rates; market − total is the in-kind support (a free plan: all of it) */
            market: components["schemas"]["MoneyResponseDto"];
            /** @example HUB-2026-000123 */
            number: string;
            /** @description Payments allocated to it */
            paid: components["schemas"]["MoneyResponseDto"];
            /**
             * @description The month billed (null: a credit note)
             * @example 2026-10
             */
            period: string | null;
            /** @description A credit note's reason */
            reason: string | null;
            /** Format: uuid */
            startupId: string;
            startupName: string;
            /** @description no_charge: a zero invoice (in-kind support on record); overdue: a balance after the due date (organization timezone) */
            status: components["schemas"]["InvoiceStatus"];
            /** @description The sum of the lines (a credit note: its amount) */
            total: components["schemas"]["MoneyResponseDto"];
        };
        /** @enum {string} */
        InvoiceFormat: "json" | "pdf";
        /** @enum {string} */
        InvoiceKind: "invoice" | "credit_note";
        InvoiceLineDto: {
            /** @description price × days / days in month, rounded half up to the minor unit */
            amount: components["schemas"]["MoneyResponseDto"];
            /** @example 15 */
            days: number;
            /** @example 31 */
            daysInMonth: number;
            /** @example Room 201, Incubation (free) */
            description: string;
            /** @example 2026-10-15 */
            endsOn: string;
            /** Format: uuid */
            id: string;
            /** @description The same days at the market rate, rounded the same way */
            market: components["schemas"]["MoneyResponseDto"];
            /**
             * @description The market rate for the leased part per month, exact, in minor units (null: no rate in force)
             * @example 1000000.0000
             */
            marketMonth: string | null;
            planKind: components["schemas"]["InvoiceLinePlanKind"];
            /**
             * @description The plan's price per month, exact, in minor units
             * @example 250000.0000
             */
            priceMonth: string;
            /** @example 2500 */
            shareBps: number | null;
            /** @example 2026-10-01 */
            startsOn: string;
        };
        /** @enum {string} */
        InvoiceLinePlanKind: "free" | "share_of_market" | "fixed";
        InvoicePageDto: {
            /** @description Newest first */
            items: components["schemas"]["InvoiceDto"][];
            nextCursor: string | null;
        };
        InvoiceRunDto: {
            /** @description Invoices of the period, issued now or before */
            invoicesInPeriod: number;
            /** @description Invoices this call issued */
            invoicesIssued: number;
            /** @example 2026-10 */
            period: string;
            /**
             * @description Periods this call issued (none: they had been issued already)
             * @example [
             *       "2026-10"
             *     ]
             */
            periodsRun: string[];
            /** @description Leases this call could not price (no market rate or plan terms in force, or two currencies in one month): not invoiced */
            unpricedLeaseIds: string[];
        };
        /**
         * @description no_charge: a zero invoice (in-kind support on record); overdue: a balance after the due date (organization timezone)
         * @enum {string}
         */
        InvoiceStatus: "open" | "overdue" | "paid" | "credited" | "no_charge" | "credit_note";
        IssueInvoicesDto: {
            /**
             * @description A month that has ended in the organization's timezone (rent is billed in arrears); earlier months not yet invoiced are issued first
             * @example 2026-10
             */
            period: string;
        };
        IssueLateInvoiceDto: {
            /**
             * Format: uuid
             * @description A lease the month’s run left out (it could not be priced then)
             */
            leaseId: string;
            /**
             * @description A month already invoiced
             * @example 2026-10
             */
            period: string;
        };
        LeaseDto: {
            /**
             * Format: uuid
             * @description The lease this one continues (graduation)
             */
            continuesLeaseId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Desks taken in a desk area; null for an exclusive space */
            desks: number | null;
            endReason: string | null;
            /** @description Last day, included; null: open-ended */
            endsOn: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            planName: string;
            /** Format: uuid */
            siteId: string;
            /** Format: uuid */
            spaceId: string;
            spaceName: string;
            /** @example 2026-02-01 */
            startsOn: string;
            /** Format: uuid */
            startupId: string;
        };
        LeaseListDto: {
            /** @description By start date */
            items: components["schemas"]["LeaseDto"][];
        };
        LivenessDto: {
            status: components["schemas"]["LivenessStatus"];
        };
        /** @enum {string} */
        LivenessStatus: "ok";
        LogMentorSessionDto: {
            /** @description Founders of the startup who attended */
            attendeeUserIds?: string[];
            /**
             * @description At most 720 (12 hours): more is 400 SESSION_TOO_LONG
             * @example 90
             */
            minutes: number;
            /** @example Agreed to test two price points with the first three stores. */
            notes?: string;
            /**
             * @description The day of the session, in the organization's timezone; not in the future
             * @example 2026-11-20
             */
            sessionOn: string;
            /** Format: uuid */
            startupId: string;
            /** @example Pricing for the pilot */
            topic: string;
        };
        LoginDto: {
            /** @example ada@example.org */
            email: string;
            password: string;
        };
        MarkedReadDto: {
            /** @description How many were marked read */
            marked: number;
        };
        MeDto: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            /** Format: uuid */
            id: string;
            name: string;
            organizations: components["schemas"]["OrganizationDto"][];
        };
        MemberDto: {
            email: string;
            /** Format: date-time */
            joinedAt: string;
            name: string;
            role: components["schemas"]["Role"];
            /** Format: uuid */
            userId: string;
        };
        MentorAssignmentDto: {
            /** Format: date-time */
            createdAt: string;
            /** @description Runs today (the organization's timezone) */
            current: boolean;
            /** @description The last day, included */
            endsOn: string | null;
            /** Format: uuid */
            enrolmentId: string;
            /** Format: uuid */
            id: string;
            mentorName: string;
            /** Format: uuid */
            mentorProfileId: string;
            /** Format: uuid */
            mentorUserId: string;
            /** Format: uuid */
            programmeId: string;
            role: components["schemas"]["MentorAssignmentRole"];
            /** @example 2026-10-01 */
            startsOn: string;
            /** Format: uuid */
            startupId: string;
            startupName: string;
        };
        MentorAssignmentListDto: {
            /** @description Latest start first */
            items: components["schemas"]["MentorAssignmentDto"][];
        };
        /** @enum {string} */
        MentorAssignmentRole: "lead" | "expert";
        MentorConflictDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            mentorProfileId: string;
            reason: string;
            /** Format: uuid */
            startupId: string;
        };
        MentorFeeTermsDto: {
            /** @description Per startup whose outcome turns successful */
            amount: components["schemas"]["MoneyResponseDto"];
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description Null: the terms for every programme without terms of its own
             */
            programmeId: string | null;
        };
        MentorHoursDto: {
            /** @example 2026-01-01 */
            from: string;
            groupBy: components["schemas"]["MentorHoursGroup"];
            /** @description By month, then by minutes (most first) */
            rows: components["schemas"]["MentorHoursRowDto"][];
            /** @example 2026-12-31 */
            to: string;
        };
        /** @enum {string} */
        MentorHoursGroup: "mentor" | "startup" | "programme";
        MentorHoursRowDto: {
            /**
             * Format: uuid
             * @description The mentor profile, startup or programme
             */
            id: string;
            /** @description Approved minutes */
            minutes: number;
            /**
             * @description Calendar month of the sessions
             * @example 2026-11
             */
            month: string;
            /** @description The mentor's, startup's or programme's name */
            name: string;
            /** @description Approved sessions */
            sessions: number;
        };
        /**
         * @description lead: may lead a startup or advise it; expert: advises only
         * @enum {string}
         */
        MentorKind: "lead" | "expert";
        MentorProfileDetailDto: {
            active: boolean;
            /** @description Assignments running today (the organization's timezone) */
            activeAssignments: number;
            bio: string;
            /** @description Startups at once */
            capacity: number;
            conflicts: components["schemas"]["MentorConflictDto"][];
            /** Format: date-time */
            createdAt: string;
            /** @description The hourly rate in force today */
            currentRate: components["schemas"]["MentorRateDto"] | null;
            email: string;
            feeTerms: components["schemas"]["MentorFeeTermsDto"][];
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["MentorKind"];
            name: string;
            /** @description Every rate ever set, oldest first */
            rates: components["schemas"]["MentorRateDto"][];
            tags: string[];
            /** Format: date-time */
            updatedAt: string;
            /** Format: uuid */
            userId: string;
        };
        MentorProfileDto: {
            active: boolean;
            /** @description Assignments running today (the organization's timezone) */
            activeAssignments: number;
            bio: string;
            /** @description Startups at once */
            capacity: number;
            /** Format: date-time */
            createdAt: string;
            /** @description The hourly rate in force today */
            currentRate: components["schemas"]["MentorRateDto"] | null;
            email: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["MentorKind"];
            name: string;
            tags: string[];
            /** Format: date-time */
            updatedAt: string;
            /** Format: uuid */
            userId: string;
        };
        MentorProfilePageDto: {
            items: components["schemas"]["MentorProfileDto"][];
            nextCursor: string | null;
        };
        MentorRateDto: {
            /** Format: date-time */
            createdAt: string;
            /**
             * @description In force from this day (included)
             * @example 2026-11-15
             */
            effectiveFrom: string;
            /**
             * @description Its last day (the day before the next rate's); null while in force
             * @example 2027-01-31
             */
            effectiveTo: string | null;
            /** Format: uuid */
            id: string;
            /** @description Per hour */
            rate: components["schemas"]["MoneyResponseDto"];
        };
        MentorSessionDto: {
            /** @description The minutes that count, once approved */
            approvedMinutes: number | null;
            /** Format: uuid */
            assignmentId: string;
            attendeeUserIds: string[];
            /** Format: date-time */
            createdAt: string;
            disputeReason: string | null;
            /** @description The mentor may still edit it (logged, not locked) */
            editable: boolean;
            /** Format: date-time */
            founderRespondedAt: string | null;
            /** Format: uuid */
            id: string;
            /** @description Its month's statement was issued: no more edits */
            locked: boolean;
            /**
             * Format: uuid
             * @description The statement that paid it
             */
            lockedStatementId: string | null;
            mentorName: string;
            /** Format: uuid */
            mentorProfileId: string;
            minutes: number;
            notes: string;
            /** Format: uuid */
            programmeId: string;
            /** @description The rejection's reason or the approval's comment */
            reviewComment: string | null;
            /** Format: date-time */
            reviewedAt: string | null;
            /** @example 2026-11-20 */
            sessionOn: string;
            /** Format: uuid */
            startupId: string;
            startupName: string;
            status: components["schemas"]["MentorSessionStatus"];
            topic: string;
            /** Format: date-time */
            updatedAt: string;
        };
        MentorSessionPageDto: {
            /** @description Latest session day first */
            items: components["schemas"]["MentorSessionDto"][];
            nextCursor: string | null;
        };
        /** @enum {string} */
        MentorSessionStatus: "logged" | "confirmed" | "disputed" | "approved" | "rejected";
        MentorStatementDetailDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            issuedAt: string;
            /** @description By kind (sessions, adjustments, fees), then date */
            lines: components["schemas"]["MentorStatementLineDto"][];
            mentorName: string;
            /** Format: uuid */
            mentorProfileId: string;
            /**
             * @description The calendar month (organization timezone)
             * @example 2026-10
             */
            month: string;
            /** @description Per currency, never summed across currencies */
            totals: components["schemas"]["MentorStatementTotalDto"][];
        };
        MentorStatementDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            issuedAt: string;
            mentorName: string;
            /** Format: uuid */
            mentorProfileId: string;
            /**
             * @description The calendar month (organization timezone)
             * @example 2026-10
             */
            month: string;
            /** @description Per currency, never summed across currencies */
            totals: components["schemas"]["MentorStatementTotalDto"][];
        };
        /** @enum {string} */
        MentorStatementFormat: "json" | "csv" | "pdf";
        MentorStatementLineDto: {
            /** @description rate × minutes / 60, rounded half up to the minor unit; or the fee */
            amount: components["schemas"]["MoneyResponseDto"];
            /** @description The session's topic, or 'Success fee' */
            description: string;
            /** Format: uuid */
            id: string;
            /** @description session: this month's; adjustment: a session of an earlier month approved after that month's statement; success_fee */
            kind: components["schemas"]["MentorStatementLineKind"];
            /** @description Approved minutes (sessions and adjustments) */
            minutes: number | null;
            /**
             * @description The session's day, or the day the fee accrued
             * @example 2026-10-14
             */
            occurredOn: string;
            /** @description The hourly rate in force on the session day */
            rate: components["schemas"]["MoneyResponseDto"] | null;
            /**
             * @description That rate's first day
             * @example 2026-10-15
             */
            rateEffectiveFrom: string | null;
            /** Format: uuid */
            sessionId: string | null;
            /** Format: uuid */
            startupId: string;
            startupName: string;
            /** Format: uuid */
            successFeeId: string | null;
        };
        /**
         * @description session: this month's; adjustment: a session of an earlier month approved after that month's statement; success_fee
         * @enum {string}
         */
        MentorStatementLineKind: "session" | "adjustment" | "success_fee";
        MentorStatementPageDto: {
            /** @description Latest month first */
            items: components["schemas"]["MentorStatementDto"][];
            nextCursor: string | null;
        };
        MentorStatementRunDto: {
            /** @example 2026-10 */
            month: string;
            /**
             * @description Months this call issued (none: they had run already)
             * @example [
             *       "2026-10"
             *     ]
             */
            monthsRun: string[];
            /** @description Statements of the month, issued now or before */
            statementsInMonth: number;
            /** @description Statements this call issued */
            statementsIssued: number;
            /** @description Approved sessions left unpaid: no hourly rate in force on their day */
            unpricedSessions: number;
        };
        MentorStatementTotalDto: {
            /** @description Sessions of earlier months approved after their statements, minor units */
            adjustmentsMinor: number;
            /** @example MNT */
            currency: string;
            /** @description Approved minutes paid in this currency */
            minutes: number;
            /** @description The month's sessions, minor units */
            sessionsMinor: number;
            /** @description Success fees, minor units */
            successFeesMinor: number;
            /** @description The sum of the rounded lines in this currency, minor units */
            totalMinor: number;
        };
        MentorSuggestionDto: {
            capacity: number;
            /** @description capacity − assignments running today */
            freeCapacity: number;
            kind: components["schemas"]["MentorKind"];
            /** @description The mentor's tags among the startup's sector and needs */
            matchedTags: string[];
            /** Format: uuid */
            mentorProfileId: string;
            name: string;
            tags: string[];
            /** Format: uuid */
            userId: string;
        };
        MentorSuggestionListDto: {
            /** @description Most matched tags first, then most free capacity */
            items: components["schemas"]["MentorSuggestionDto"][];
            /** @description What was matched: the startup's sector (as a tag key) and its needs */
            matchedAgainst: string[];
            /** Format: uuid */
            startupId: string;
        };
        MentorTagDto: {
            /** Format: uuid */
            id: string;
            /** @example fintech */
            key: string;
            /** @example Fintech */
            label: string;
        };
        MentorTagListDto: {
            /** @description By key */
            items: components["schemas"]["MentorTagDto"][];
        };
        MentoringNeedsDto: {
            /** Format: uuid */
            startupId: string;
            tags: string[];
            /** Format: date-time */
            updatedAt: string | null;
        };
        MilestoneAttachmentDto: {
            /**
             * @description Sniffed from the content, not taken from the client
             * @example application/pdf
             */
            contentType: string;
            /** Format: date-time */
            createdAt: string;
            /** @example interviews.pdf */
            fileName: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            milestoneId: string;
            /** @description SHA-256 of the content, hex */
            sha256: string;
            /** @example 48213 */
            sizeBytes: number;
            /** Format: uuid */
            uploadedBy: string;
        };
        MilestoneAttachmentListDto: {
            /** @description Oldest first */
            items: components["schemas"]["MilestoneAttachmentDto"][];
        };
        MilestoneChangesDto: {
            description?: string | null;
            /**
             * @description Reschedules: reminders and the overdue mark move with it
             * @example 2026-04-30
             */
            dueOn?: string;
            evidenceRequired?: boolean;
            title?: string;
        };
        MilestoneDetailDto: {
            /**
             * Format: uuid
             * @description The cohort's milestone it copies; null for one added for this startup only
             */
            cohortMilestoneId: string | null;
            description: string | null;
            dropped: boolean;
            /** Format: date */
            dueOn: string;
            /** Format: uuid */
            enrolmentId: string;
            evidenceRequired: boolean;
            /** @description Every step, oldest first */
            history: components["schemas"]["MilestoneEventDto"][];
            /** Format: uuid */
            id: string;
            /** @description From local midnight after the due date while not approved */
            overdue: boolean;
            phasePosition: number | null;
            status: components["schemas"]["MilestoneStatus"];
            title: string;
        };
        MilestoneDto: {
            /**
             * Format: uuid
             * @description The cohort's milestone it copies; null for one added for this startup only
             */
            cohortMilestoneId: string | null;
            description: string | null;
            dropped: boolean;
            /** Format: date */
            dueOn: string;
            /** Format: uuid */
            enrolmentId: string;
            evidenceRequired: boolean;
            /** Format: uuid */
            id: string;
            /** @description From local midnight after the due date while not approved */
            overdue: boolean;
            phasePosition: number | null;
            status: components["schemas"]["MilestoneStatus"];
            title: string;
        };
        MilestoneEventDto: {
            /**
             * Format: uuid
             * @description null for the calendar (overdue marks)
             */
            actorUserId: string | null;
            /** Format: date-time */
            at: string;
            /** @description The fields an edit or reschedule changed */
            changes: {
                [key: string]: unknown;
            } | null;
            comment: string | null;
            evidenceLinks: string[] | null;
            evidenceText: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["MilestoneEventKind"];
        };
        /** @enum {string} */
        MilestoneEventKind: "created" | "edited" | "rescheduled" | "submitted" | "approved" | "changes_requested" | "dropped" | "overdue";
        MilestoneInputDto: {
            description?: string | null;
            /** @example 2026-04-15 */
            dueOn: string;
            /** @default true */
            evidenceRequired: boolean;
            /** @example Customer discovery: 20 interviews */
            title: string;
        };
        /** @enum {string} */
        MilestoneReviewDecision: "approve" | "request_changes";
        /** @enum {string} */
        MilestoneStatus: "pending" | "submitted" | "approved" | "changes_requested";
        MilestoneTemplateDto: {
            description?: string;
            /** @example true */
            evidenceRequired: boolean;
            /**
             * @description Days after the phase starts
             * @example 14
             */
            offsetDays: number;
            /** @example Customer discovery interviews */
            title: string;
        };
        MilestoneTemplateResponseDto: {
            description: string | null;
            evidenceRequired: boolean;
            /**
             * @description Days after the phase starts
             * @example 14
             */
            offsetDays: number;
            /** @example Customer discovery interviews */
            title: string;
        };
        MilestoneTrendDayDto: {
            /** @description Approved (never overdue) */
            approved: number;
            /** @description Changes requested, not past due */
            changesRequested: number;
            /**
             * Format: date
             * @description The local day, in the cohort's timezone
             * @example 2026-03-02
             */
            date: string;
            /** @description Not approved and past due: the due date, as it stood then, is before this day */
            overdue: number;
            /** @description Pending (no evidence yet), not past due */
            pending: number;
            /** @description Evidence submitted and waiting for review, not past due */
            submitted: number;
        };
        MilestoneTrendDto: {
            /** Format: uuid */
            cohortId: string;
            /** @description One entry per day of the range, oldest first; empty when the cohort has not started yet */
            days: components["schemas"]["MilestoneTrendDayDto"][];
            /**
             * @description The cohort's timezone, in which the days are counted
             * @example Asia/Ulaanbaatar
             */
            timezone: string;
        };
        MoneyDto: {
            /**
             * @description Minor units
             * @example 3500000
             */
            amountMinor: number;
            /** @example GBP */
            currency: string;
        };
        MoneyRangeDto: {
            /** @example USD */
            currency: string;
            /** @example 1000000 */
            maxAmountMinor: number;
            /**
             * @description Minor units (cents): 8,000.00
             * @example 800000
             */
            minAmountMinor: number;
        };
        MoneyRangeResponseDto: {
            /** @example USD */
            currency: string;
            /**
             * @description Minor units
             * @example 1000000
             */
            maxAmountMinor: number;
            /**
             * @description Minor units
             * @example 800000
             */
            minAmountMinor: number;
        };
        MoneyResponseDto: {
            /**
             * @description Minor units
             * @example 3500000
             */
            amountMinor: number;
            /** @example MNT */
            currency: string;
        };
        MyApplicationDto: {
            /** Format: uuid */
            callId: string;
            /** @example Annual intake 2026: pollution and traffic */
            callTitle: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            /** Format: uuid */
            id: string;
            organization: components["schemas"]["ApplicationOrganizationDto"];
            startupName: string | null;
            status: components["schemas"]["ApplicationStatus"];
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            withdrawnAt: string | null;
        };
        MyApplicationPageDto: {
            items: components["schemas"]["MyApplicationDto"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            nextCursor: string | null;
        };
        MyReviewDto: {
            /** Format: uuid */
            applicationId: string;
            /** Format: uuid */
            assignmentId: string;
            comment: string | null;
            /** @description False once the round is finalized: the review can no longer change */
            editable: boolean;
            roundKey: string;
            /**
             * @description The score given to each criterion of the round
             * @example {
             *       "innovative_idea": 4,
             *       "leadership": 5
             *     }
             */
            scores: {
                [key: string]: number;
            };
            /**
             * Format: date-time
             * @description When the review was last saved
             */
            submittedAt: string;
        };
        /**
         * @description The organization is a holder of every cap table already
         * @enum {string}
         */
        NewHolderKind: "founder" | "investor" | "option_pool";
        /**
         * @description internal: a corporate venture of the park itself
         * @enum {string}
         */
        NewStartupOrigin: "internal" | "external";
        NotificationDto: {
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["NotificationKind"];
            /** Format: uuid */
            organizationId: string;
            read: boolean;
            subject: components["schemas"]["NotificationSubjectDto"];
            title: string;
        };
        /** @enum {string} */
        NotificationKind: "milestone.reminder" | "milestone.overdue" | "milestone.submitted" | "milestone.reviewed" | "graduation.review-opened" | "equity.stake-due" | "mentor.statement-issued" | "invoice.issued" | "invoice.overdue";
        NotificationPageDto: {
            items: components["schemas"]["NotificationDto"][];
            nextCursor: string | null;
            /** @description Unread notifications in all */
            unread: number;
        };
        NotificationSettingsDto: {
            /** @description Milestone reminder emails (escalations to staff cannot be turned off) */
            reminderEmails: boolean;
        };
        NotificationSettingsResponseDto: {
            /** @description Milestone reminder emails (escalations to staff cannot be turned off) */
            reminderEmails: boolean;
        };
        NotificationSubjectDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description What the notification is about
             * @example milestone
             */
            type: string;
        };
        OccupancyDto: {
            /** @example 2026-03-01 */
            asOf: string;
            sites: components["schemas"]["SiteOccupancyDto"][];
            /** @description The organization's total */
            total: components["schemas"]["OccupancyFiguresDto"];
        };
        OccupancyFiguresDto: {
            /**
             * @description Area of every space, m² (decimal string)
             * @example 700.00
             */
            areaM2: string;
            /** @description Desks of the desk areas */
            desks: number;
            /**
             * @description Leased area, m²: an exclusive space's whole area, a desk area's area × leased desks / capacity (two places)
             * @example 412.50
             */
            leasedAreaM2: string;
            /** @description Desks leased in the desk areas */
            leasedDesks: number;
            /** @description Exclusive spaces with a lease on the date */
            leasedSpaces: number;
            spaces: number;
        };
        /** @enum {string} */
        OpenMilestoneStatus: "pending" | "submitted" | "changes_requested";
        OrganizationDto: {
            /** Format: date-time */
            createdAt: string;
            /** @example MNT */
            defaultCurrency: string;
            emailFromName: string | null;
            emailReplyTo: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["OrganizationKind"];
            name: string;
            ownership: components["schemas"]["Ownership"];
            /** @description The caller's role here */
            role: components["schemas"]["Role"];
            slug: string;
            /** @example Asia/Ulaanbaatar */
            timezone: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @enum {string} */
        OrganizationKind: "industrial_technology_park" | "science_innovation_park" | "public_incubator" | "private_business_park" | "accelerator" | "startup_studio" | "coworking_hub";
        /** @enum {string} */
        Ownership: "state" | "local" | "private" | "ppp";
        PaymentAllocationDto: {
            /** Format: date-time */
            allocatedAt: string;
            amount: components["schemas"]["MoneyResponseDto"];
            /** Format: uuid */
            invoiceId: string;
            /** @example HUB-2026-000123 */
            invoiceNumber: string;
            /** @description Staff chose the invoice (else: oldest open first) */
            manual: boolean;
        };
        PaymentAllocationInputDto: {
            /**
             * @description Minor units; at most the invoice's open balance
             * @example 25000
             */
            amountMinor: number;
            /**
             * Format: uuid
             * @description An invoice of the payment's startup, in the payment's currency
             */
            invoiceId: string;
        };
        PaymentDetailDto: {
            /** @description Set against invoices */
            allocated: components["schemas"]["MoneyResponseDto"];
            /** @description In the order they were made */
            allocations: components["schemas"]["PaymentAllocationDto"][];
            amount: components["schemas"]["MoneyResponseDto"];
            /** @example TDB-20261120-004512 */
            bankReference: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            note: string | null;
            /** @example 2026-11-20 */
            receivedOn: string;
            /** Format: uuid */
            startupId: string;
            startupName: string;
            /** @description amount − allocated: the startup's credit balance from this payment */
            unallocated: components["schemas"]["MoneyResponseDto"];
        };
        PaymentDto: {
            /** @description Set against invoices */
            allocated: components["schemas"]["MoneyResponseDto"];
            amount: components["schemas"]["MoneyResponseDto"];
            /** @example TDB-20261120-004512 */
            bankReference: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            note: string | null;
            /** @example 2026-11-20 */
            receivedOn: string;
            /** Format: uuid */
            startupId: string;
            startupName: string;
            /** @description amount − allocated: the startup's credit balance from this payment */
            unallocated: components["schemas"]["MoneyResponseDto"];
        };
        PaymentPageDto: {
            /** @description Newest first */
            items: components["schemas"]["PaymentDto"][];
            nextCursor: string | null;
        };
        PerkCapUsageDto: {
            /** @description The programme's yearly cap now; null when it has none */
            cap: components["schemas"]["MoneyResponseDto"] | null;
            /** @description Whether today falls in this year */
            current: boolean;
            /** @example 2027-03-01 */
            endsOn: string;
            /** Format: uuid */
            enrolmentId: string;
            /** Format: uuid */
            programmeId: string;
            /** @description cap − used, never below zero; null without a cap */
            remaining: components["schemas"]["MoneyResponseDto"] | null;
            /** @example 2026-03-02 */
            startsOn: string;
            /** @description Charged against the cap in this year, in the cap's currency */
            used: components["schemas"]["MoneyResponseDto"];
            /** @example 1 */
            year: number;
        };
        PerkDto: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            description: string;
            /** Format: uuid */
            id: string;
            partner: string;
            /** Format: date-time */
            updatedAt: string;
            value: components["schemas"]["MoneyResponseDto"];
        };
        PerkPageDto: {
            items: components["schemas"]["PerkDto"][];
            nextCursor: string | null;
        };
        PerkRedemptionDto: {
            /** @description What counts against the cap, in the cap's currency (converted amounts rounded half up to its minor unit) */
            charged: components["schemas"]["MoneyResponseDto"];
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            enrolmentId: string;
            /** Format: uuid */
            id: string;
            note: string | null;
            partner: string;
            /** Format: uuid */
            perkId: string;
            /** Format: uuid */
            programmeId: string;
            /**
             * @description Units of the cap's currency for one unit of the perk's, as given
             * @example 0.7865
             */
            rate: string | null;
            rateOn: string | null;
            rateSource: string | null;
            /**
             * @description The local date of the redemption (the cohort's timezone)
             * @example 2026-04-30
             */
            redeemedOn: string;
            /** Format: uuid */
            startupId: string;
            /** @description The perk's value when redeemed, in its own currency */
            value: components["schemas"]["MoneyResponseDto"];
            /**
             * @description Enrolment year (1 = the first year from the enrolment start)
             * @example 1
             */
            year: number;
            /**
             * @description The year's last day
             * @example 2027-03-01
             */
            yearEndsOn: string;
            /** @example 2026-03-02 */
            yearStartsOn: string;
        };
        PerkRedemptionListDto: {
            /** @description The startup's redemptions, newest first */
            items: components["schemas"]["PerkRedemptionDto"][];
            /** @description Cap usage per enrolment and year: every year with redemptions, and the current year of each active enrolment */
            usage: components["schemas"]["PerkCapUsageDto"][];
        };
        PhaseDto: {
            /**
             * Format: date
             * @description Last day
             */
            endsOn: string;
            name: string;
            /** @description 0-based, in order */
            position: number;
            /**
             * Format: date
             * @description First day, in the organization's timezone
             */
            startsOn: string;
        };
        PhaseTemplateDto: {
            /** @description Calendar months are added as months (31 Jan + 1 month = end of February) */
            durationUnit: components["schemas"]["DurationUnit"];
            /** @example 1 */
            durationValue: number;
            milestones: components["schemas"]["MilestoneTemplateDto"][];
            /** @example Onboarding and validation */
            name: string;
        };
        PhaseTemplateResponseDto: {
            durationUnit: components["schemas"]["DurationUnit"];
            /** @example 1 */
            durationValue: number;
            milestones: components["schemas"]["MilestoneTemplateResponseDto"][];
            /** @example Onboarding and validation */
            name: string;
        };
        PortfolioDto: {
            holdings: components["schemas"]["PortfolioHoldingDto"][];
            /** @description Totals per currency */
            totals: components["schemas"]["PortfolioMoneyDto"][];
        };
        PortfolioHoldingDto: {
            /** @description One row per currency; never summed across currencies */
            money: components["schemas"]["PortfolioMoneyDto"][];
            /**
             * @description A whole number of shares, as a decimal string
             * @example 1000
             */
            organizationShares: string;
            /**
             * @description A whole number of shares, as a decimal string
             * @example 1000
             */
            outstandingShares: string;
            stake: components["schemas"]["FractionDto"];
            /** @description The stake in basis points, rounded down (never shown above the exact stake) */
            stakeBps: number;
            /** Format: uuid */
            startupId: string;
            startupName: string;
        };
        PortfolioMoneyDto: {
            /** @example USD */
            currency: string;
            /** @description Minor units */
            investedMinor: number;
            /** @description Minor units */
            returnedMinor: number;
            /** @description Minor units */
            writtenOffMinor: number;
        };
        ProblemResponseDto: {
            /**
             * @description Stable, machine-readable code
             * @example VALIDATION_FAILED
             */
            code: string;
            detail: string;
            errors?: components["schemas"]["FieldErrorDto"][];
            requestId: string;
            /** @example 400 */
            status: number;
            /** @example Bad request */
            title: string;
            /** @example https://hatchery.dev/problems/validation-failed */
            type: string;
        };
        ProceedsDto: {
            amount: components["schemas"]["MoneyResponseDto"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            date: string;
            /** Format: uuid */
            id: string;
            note: string | null;
            /** Format: uuid */
            startupId: string;
        };
        ProgrammeActionDto: {
            /** Format: uuid */
            cohortId: string;
            /** @example Spring 2026 */
            cohortName: string;
            /** Format: date-time */
            dueAt: string;
            /** Format: date */
            effectiveOn: string | null;
            /** Format: uuid */
            enrolmentId: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ActionKind"];
            reason: string | null;
            resolution: (string & components["schemas"]["ActionResolution"]) | null;
            /** Format: date-time */
            resolvedAt: string | null;
            /** Format: uuid */
            resolvedBy: string | null;
            /** @description For an equity stake: the share in basis points */
            stakeBps: number | null;
            /** Format: uuid */
            startupId: string;
            /** @example Steppe Robotics */
            startupName: string;
            status: components["schemas"]["ProgrammeActionStatus"];
        };
        ProgrammeActionPageDto: {
            items: components["schemas"]["ProgrammeActionDto"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            nextCursor: string | null;
        };
        /** @enum {string} */
        ProgrammeActionStatus: "open" | "resolved";
        ProgrammeDto: {
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            equityPolicy: components["schemas"]["EquityPolicyResponseDto"];
            grantPolicy: components["schemas"]["MoneyRangeResponseDto"] | null;
            /** Format: uuid */
            id: string;
            name: string;
            perkCap: components["schemas"]["MoneyResponseDto"] | null;
            phases: components["schemas"]["PhaseTemplateResponseDto"][];
            rubric: components["schemas"]["CriterionResponseDto"][];
            type: components["schemas"]["ProgrammeType"];
            /** Format: date-time */
            updatedAt: string;
        };
        ProgrammePageDto: {
            items: components["schemas"]["ProgrammeDto"][];
            nextCursor: string | null;
        };
        ProgrammeRentPlansDto: {
            /** Format: uuid */
            incubationPlanId: string;
            /** Format: uuid */
            postIncubationPlanId: string | null;
            /** Format: uuid */
            programmeId: string;
        };
        /** @enum {string} */
        ProgrammeType: "pre_incubation" | "incubation" | "acceleration" | "coworking_membership";
        PublicCallDto: {
            capacity: number;
            /** Format: date-time */
            closesAt: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            opensAt: string;
            /** @description The organization running it (its timezone: the one its dates are meant in) */
            organization: components["schemas"]["PublicCallOrganizationDto"];
            programme: components["schemas"]["PublicCallProgrammeDto"];
            questions: components["schemas"]["QuestionResponseDto"][];
            theme: string | null;
            title: string;
        };
        PublicCallListingDto: {
            /** @description Places (1 for a single space) */
            capacity: number;
            /** Format: date-time */
            closesAt: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            opensAt: string;
            organization: components["schemas"]["PublicCallOrganizationDto"];
            /** @description The programme the call admits to */
            programme: components["schemas"]["PublicCallProgrammeDto"];
            /** @example Pollution and traffic */
            theme: string | null;
            /** @example Annual intake 2026 */
            title: string;
        };
        PublicCallListingPageDto: {
            /** @description Closing soonest first */
            items: components["schemas"]["PublicCallListingDto"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            nextCursor: string | null;
        };
        PublicCallOrganizationDto: {
            /** @example Ulaanbaatar Innovation HUB */
            name: string;
            /**
             * @description Its open calls with their questions: GET /api/v1/public/organizations/{slug}/calls
             * @example ub-hub
             */
            slug: string;
            /**
             * @description IANA timezone: the one the organization means its dates and times in
             * @example Asia/Ulaanbaatar
             */
            timezone: string;
        };
        PublicCallProgrammeDto: {
            /** Format: uuid */
            id: string;
            /** @example HUB Incubation */
            name: string;
        };
        QuestionDto: {
            /** @example team_background */
            key: string;
            /** @example Tell us about your team's background */
            label: string;
            /** @description Number answers */
            max?: number;
            /** @description Text answers */
            maxLength?: number;
            /** @description Number answers */
            min?: number;
            /** @description Text answers */
            minLength?: number;
            /** @description Choice questions: the options */
            options?: string[];
            required: boolean;
            type: components["schemas"]["QuestionType"];
        };
        QuestionResponseDto: {
            /** @example team_background */
            key: string;
            label: string;
            max: number | null;
            maxLength: number | null;
            min: number | null;
            minLength: number | null;
            options: string[] | null;
            required: boolean;
            type: components["schemas"]["QuestionType"];
        };
        /** @enum {string} */
        QuestionType: "short_text" | "long_text" | "number" | "single_choice" | "multiple_choice" | "url" | "yes_no";
        QueueItemDto: {
            /** Format: uuid */
            applicationId: string;
            /** Format: uuid */
            assignmentId: string;
            /** Format: uuid */
            callId: string;
            roundKey: string;
            startupName: string | null;
            /** @description The assignment status */
            status: string;
        };
        RankedApplicationDto: {
            /** Format: uuid */
            applicationId: string;
            /** @example 1 */
            rank: number;
            /** @description Completed reviews */
            reviews: number;
            /** @description Mean over reviewers of each review's weighted mean */
            score: number | null;
            sector: string | null;
            startupName: string | null;
            /** @description Application status */
            status: string;
            /** Format: date-time */
            submittedAt: string | null;
            /** @description Mean over reviewers of the review's z-score within that reviewer's reviews */
            zScore: number | null;
        };
        /** @enum {string} */
        RankingFormat: "json" | "csv";
        /** @enum {string} */
        RankingMethod: "weighted" | "zscore";
        /** @enum {string} */
        RateBasis: "per_month" | "per_m2_month";
        ReadinessDto: {
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "redis": {
             *         "status": "up"
             *       }
             *     }
             */
            details: {
                [key: string]: components["schemas"]["HealthIndicatorDto"];
            };
            error?: {
                [key: string]: components["schemas"]["HealthIndicatorDto"];
            } | null;
            info?: {
                [key: string]: components["schemas"]["HealthIndicatorDto"];
            } | null;
            /** @example ok */
            status: string;
        };
        ReassignDto: {
            /** Format: uuid */
            reviewerUserId: string;
        };
        RecordPaymentDto: {
            /** @description Left out: the payment goes to the startup's open invoices in its currency, the one due first first (then issued first, then by number); the rest stays unallocated (credit balance). Given: exactly these (each invoice once), the rest unallocated. */
            allocations?: components["schemas"]["PaymentAllocationInputDto"][];
            /** @description More than 0 */
            amount: components["schemas"]["MoneyDto"];
            /**
             * @description The bank transfer reference: once per organization (409 PAYMENT_DUPLICATE names the payment that has it)
             * @example TDB-20261120-004512
             */
            bankReference: string;
            /** @example Paid October and part of November */
            note?: string;
            /**
             * @description The day the money arrived; not after today in the organization's timezone
             * @example 2026-11-20
             */
            receivedOn: string;
            /**
             * Format: uuid
             * @description The startup that paid
             */
            startupId: string;
        };
        RedeemPerkDto: {
            /**
             * Format: uuid
             * @description The startup's active enrolment whose programme cap it counts against; may be left out when it has exactly one
             */
            enrolmentId?: string;
            /** @example Activated by the CTO */
            note?: string;
            /** Format: uuid */
            perkId: string;
            /**
             * @description Only for a perk in another currency than the cap: units of the cap's currency for one unit of the perk's, a decimal string (up to 12 decimals), kept exactly
             * @example 0.7865
             */
            rate?: string;
            /**
             * @description The date of the rate; required with a rate
             * @example 2026-04-30
             */
            rateOn?: string;
            /**
             * @description Where the rate comes from; required with a rate
             * @example Bank of England spot
             */
            rateSource?: string;
        };
        RefreshDto: {
            refreshToken: string;
        };
        RegisterDto: {
            /** @example ada@example.org */
            email: string;
            /** @example Ada Lovelace */
            name: string;
            password: string;
        };
        RejectMentorSessionDto: {
            /** @example The startup was not assigned to this mentor that week. */
            reason: string;
        };
        RentPlanDto: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["RentPlanKind"];
            name: string;
            noticeDays: number;
            /** @description Oldest first; each holds until the next */
            terms: components["schemas"]["RentPlanTermsDto"][];
        };
        /** @enum {string} */
        RentPlanKind: "free" | "share_of_market" | "fixed";
        RentPlanListDto: {
            items: components["schemas"]["RentPlanDto"][];
        };
        RentPlanTermsDto: {
            /** @description fixed: per month */
            amount: components["schemas"]["MoneyResponseDto"] | null;
            /** @example 2026-01-01 */
            effectiveFrom: string;
            /** Format: uuid */
            id: string;
            /** @description share_of_market: basis points of the market rate */
            shareBps: number | null;
        };
        RentPlanTermsInputDto: {
            /** @description fixed only: the rent per month */
            amount?: components["schemas"]["MoneyDto"];
            /**
             * @description These terms hold from this date until the next terms of the plan
             * @example 2026-01-01
             */
            effectiveFrom: string;
            /**
             * @description share_of_market only: basis points of the space market rate (2500 = a quarter; up to 100000)
             * @example 2500
             */
            shareBps?: number;
        };
        ResolveActionDto: {
            /**
             * @description When it takes effect
             * @example 2026-12-01
             */
            effectiveOn: string;
            /**
             * @description For an extension: the new last day of incubation
             * @example 2027-06-30
             */
            extendUntil?: string;
            /** @example Reached 40 paying customers and a seed round */
            reason: string;
            /** @description graduated | extended | failed for a graduation review; confirmed | dismissed for an equity stake */
            resolution: components["schemas"]["ActionResolution"];
        };
        RevenueReportDto: {
            /** @example 2026-01 */
            from: string;
            /** @description Per month, stream and currency with anything invoiced, credited or collected; by month, then currency */
            rows: components["schemas"]["RevenueRowDto"][];
            /** @example 2026-12 */
            to: string;
        };
        RevenueRowDto: {
            /** @description Payments received in this month */
            collected: components["schemas"]["MoneyResponseDto"];
            /** @description Credit notes issued in this month */
            credited: components["schemas"]["MoneyResponseDto"];
            /** @example MNT */
            currency: string;
            /** @description Invoices for this month (billed in arrears) */
            invoiced: components["schemas"]["MoneyResponseDto"];
            /** @description Invoices for this month */
            invoices: number;
            /** @example 2026-10 */
            month: string;
            /** @description invoiced − credited */
            netInvoiced: components["schemas"]["MoneyResponseDto"];
            stream: components["schemas"]["RevenueStream"];
        };
        /** @enum {string} */
        RevenueStream: "rent";
        ReverseEntryDto: {
            /**
             * @description The reversal is an entry of its own, with its own date
             * @example 2026-03-05
             */
            date: string;
            /** @example Booked to the wrong founder */
            note: string;
            overrideReason?: string;
        };
        ReviewMilestoneDto: {
            /** @description Required when requesting changes */
            comment?: string;
            decision: components["schemas"]["MilestoneReviewDecision"];
        };
        ReviewerProgressDto: {
            assigned: number;
            done: number;
            name: string;
            pending: number;
            /** Format: uuid */
            reviewerUserId: string;
        };
        /**
         * @description The caller's role here
         * @enum {string}
         */
        Role: "owner" | "manager" | "reviewer" | "mentor" | "founder";
        RoundAssignmentDto: {
            application: components["schemas"]["AssignmentApplicationDto"];
            /**
             * Format: date-time
             * @description When the assignment was made (moving it to another reviewer keeps this time)
             */
            assignedAt: string;
            /**
             * Format: uuid
             * @description The assignment id, for PATCH …/review-assignments/{id}
             */
            id: string;
            reviewer: components["schemas"]["AssignmentReviewerDto"];
            roundKey: string;
            status: components["schemas"]["RoundAssignmentStatus"];
            /**
             * Format: date-time
             * @description When the review was last saved; null while pending
             */
            submittedAt: string | null;
        };
        RoundAssignmentPageDto: {
            items: components["schemas"]["RoundAssignmentDto"][];
            nextCursor: string | null;
        };
        /** @enum {string} */
        RoundAssignmentStatus: "pending" | "done" | "conflict";
        RoundDto: {
            /** @example screening */
            key: string;
            /** @example Screening */
            name: string;
            /** @description Defaults to the programme's rubric */
            rubric?: components["schemas"]["CriterionDto"][];
            /**
             * @description How many go on to the next round
             * @example 20
             */
            shortlistSize?: number;
        };
        RoundResponseDto: {
            /** @example screening */
            key: string;
            /** @example Screening */
            name: string;
            rubric: components["schemas"]["CriterionResponseDto"][];
            /** @description How many go on to the next round; null for the last */
            shortlistSize: number | null;
        };
        RunMentorStatementsDto: {
            /**
             * @description A month that has ended in the organization's timezone; earlier months not yet run are run first
             * @example 2026-10
             */
            month: string;
        };
        SetMentoringNeedsDto: {
            /**
             * @description Keys of the organization's mentor tags
             * @example [
             *       "go-to-market",
             *       "fundraising"
             *     ]
             */
            tags: string[];
        };
        SetProgrammeRentPlansDto: {
            /**
             * Format: uuid
             * @description The plan the programme's startups lease on while incubating
             */
            incubationPlanId: string;
            /**
             * Format: uuid
             * @description The plan a graduate moves to from the graduation date; null: the lease stays as it is
             */
            postIncubationPlanId: string | null;
        };
        ShareClassDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ShareClassKind"];
            name: string;
            /** Format: uuid */
            startupId: string;
        };
        /** @enum {string} */
        ShareClassKind: "common" | "preferred";
        ShortlistDto: {
            /** @default weighted */
            method: components["schemas"]["RankingMethod"];
            /** @description How many go on; defaults to the round's shortlist size */
            top?: number;
        };
        ShortlistedDto: {
            /** @description Ids of the applications moved to the next round */
            shortlisted: string[];
        };
        SiteDto: {
            address: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * @description The organization's timezone when the site was made
             * @example Asia/Ulaanbaatar
             */
            timezone: string;
        };
        SiteListDto: {
            /** @description By name */
            items: components["schemas"]["SiteDto"][];
        };
        SiteOccupancyDto: {
            /**
             * @description Area of every space, m² (decimal string)
             * @example 700.00
             */
            areaM2: string;
            /** @description Desks of the desk areas */
            desks: number;
            /**
             * @description Leased area, m²: an exclusive space's whole area, a desk area's area × leased desks / capacity (two places)
             * @example 412.50
             */
            leasedAreaM2: string;
            /** @description Desks leased in the desk areas */
            leasedDesks: number;
            /** @description Exclusive spaces with a lease on the date */
            leasedSpaces: number;
            /** Format: uuid */
            siteId: string;
            siteName: string;
            spaces: number;
        };
        SpaceDto: {
            /**
             * @description Square metres, a decimal string (two places)
             * @example 24.50
             */
            areaM2: string;
            capacity: number;
            /** @description true: leased whole, one lease at a time; false (desk_area): leases take desks */
            exclusive: boolean;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["SpaceKind"];
            name: string;
            /** @description Market rates, oldest first; each holds until the next */
            rates: components["schemas"]["SpaceRateDto"][];
            /** Format: uuid */
            siteId: string;
        };
        /**
         * @description desk_area is shared (leases take desks); every other kind is leased whole
         * @enum {string}
         */
        SpaceKind: "office" | "incubation_room" | "desk_area" | "meeting_room" | "training_room";
        SpaceListDto: {
            items: components["schemas"]["SpaceDto"][];
        };
        SpaceRateDto: {
            /** @description Per month, or per m² per month */
            amount: components["schemas"]["MoneyResponseDto"];
            basis: components["schemas"]["RateBasis"];
            /** @example 2026-01-01 */
            effectiveFrom: string;
            /** Format: uuid */
            id: string;
        };
        /** @enum {string} */
        Stage: "idea" | "pre_seed" | "seed" | "reinvestment" | "ipo";
        StartupCohortDto: {
            /** Format: uuid */
            cohortId: string;
            /** @example Spring 2026 */
            cohortName: string;
            /**
             * @description The cohort's status
             * @example running
             */
            cohortStatus: string;
            /** @description Position of the current phase */
            currentPhase: number | null;
            /**
             * @description Name of the current phase
             * @example Market entry
             */
            currentPhaseName: string | null;
            endReason: string | null;
            /** Format: date-time */
            endedAt: string | null;
            /** Format: date */
            endsOn: string;
            /** Format: uuid */
            enrolmentId: string;
            /** Format: date-time */
            incubationEndsAt: string;
            /** Format: date */
            startsOn: string;
            /** @description The enrolment's status */
            status: components["schemas"]["EnrolmentStatus"];
        };
        StartupDto: {
            /**
             * Format: uuid
             * @description The accepted application it came from
             */
            applicationId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @example Steppe Robotics */
            name: string;
            origin: components["schemas"]["StartupOrigin"];
            /**
             * Format: date
             * @description When its last outcome took effect
             */
            outcomeOn: string | null;
            /** @description Why it reached its last outcome */
            outcomeReason: string | null;
            /** @example Cleantech */
            sector: string | null;
            /** @example seed */
            stage: string | null;
            status: components["schemas"]["StartupStatus"];
        };
        StartupFounderDto: {
            /** @example saraa@example.org */
            email: string;
            /** @example Saraa Bat */
            name: string;
            /**
             * Format: date-time
             * @description When they became a founder of it
             */
            since: string;
            /** Format: uuid */
            userId: string;
        };
        /** @enum {string} */
        StartupOrigin: "external" | "internal";
        StartupOutcomeDto: {
            /**
             * Format: date-time
             * @description When it was recorded
             */
            at: string;
            /**
             * Format: uuid
             * @description Who recorded it; null for the system
             */
            byUserId: string | null;
            /**
             * Format: date
             * @description When it took effect (as staff stated it)
             */
            on: string | null;
            /** @description null for the first entry */
            previousStatus: (string & components["schemas"]["StartupStatus"]) | null;
            reason: string | null;
            status: components["schemas"]["StartupStatus"];
        };
        StartupPageDto: {
            items: components["schemas"]["StartupDto"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            nextCursor: string | null;
        };
        StartupProfileDto: {
            /**
             * Format: uuid
             * @description The accepted application it came from
             */
            applicationId: string | null;
            /** @description Its enrolments, newest first */
            cohorts: components["schemas"]["StartupCohortDto"][];
            /** Format: date-time */
            createdAt: string;
            founders: components["schemas"]["StartupFounderDto"][];
            /** Format: uuid */
            id: string;
            /** @example Steppe Robotics */
            name: string;
            origin: components["schemas"]["StartupOrigin"];
            outcomeHistory: components["schemas"]["StartupOutcomeDto"][];
            /**
             * Format: date
             * @description When its last outcome took effect
             */
            outcomeOn: string | null;
            /** @description Why it reached its last outcome */
            outcomeReason: string | null;
            /** @example Cleantech */
            sector: string | null;
            /** @example seed */
            stage: string | null;
            status: components["schemas"]["StartupStatus"];
        };
        /** @enum {string} */
        StartupStatus: "accepted" | "incubating" | "accelerating" | "graduated_successful" | "failed" | "exited" | "withdrawn";
        StartupTimelineDto: {
            enrolments: components["schemas"]["TimelineEnrolmentDto"][];
            /** Format: date-time */
            now: string;
            startup: components["schemas"]["StartupDto"];
        };
        SubmitEvidenceDto: {
            /**
             * @example [
             *       "https://docs.example.com/interviews"
             *     ]
             */
            links?: string[];
            /** @example We interviewed 23 potential customers; notes attached. */
            text: string;
        };
        SubmitReviewDto: {
            comment?: string;
            /**
             * @description An integer on its scale for every criterion of the round
             * @example {
             *       "innovative_idea": 4,
             *       "leadership": 5
             *     }
             */
            scores: {
                [key: string]: number;
            };
        };
        TimelineCohortDto: {
            currentPhase: number | null;
            /** Format: date */
            endsOn: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: date */
            startsOn: string;
            status: components["schemas"]["CohortStatus"];
        };
        TimelineEnrolmentDto: {
            cohort: components["schemas"]["TimelineCohortDto"];
            enrolment: components["schemas"]["EnrolmentDto"];
            milestones: components["schemas"]["MilestoneDto"][];
            phases: components["schemas"]["PhaseDto"][];
        };
        TimelinePhaseDto: {
            current: boolean;
            /**
             * Format: date
             * @description Last day
             */
            endsOn: string;
            name: string;
            /** @description 0-based, in order */
            position: number;
            /**
             * Format: date
             * @description First day, in the organization's timezone
             */
            startsOn: string;
        };
        /** @enum {string} */
        TokenType: "Bearer";
        TokensDto: {
            accessToken: string;
            /**
             * @description Seconds until the access token expires
             * @example 900
             */
            expiresIn: number;
            refreshToken: string;
            /** @example Bearer */
            tokenType: components["schemas"]["TokenType"];
        };
        TrancheInputDto: {
            /**
             * @description Minor units, in the grant's currency
             * @example 400000
             */
            amountMinor: number;
            /**
             * @description A date: payable from local midnight starting it (the cohort's timezone). Exactly one of milestoneId and dueOn.
             * @example 2026-09-01
             */
            dueOn?: string;
            /**
             * Format: uuid
             * @description A milestone of the grant's enrolment: payable once it is approved. Exactly one of milestoneId and dueOn.
             */
            milestoneId?: string;
        };
        /** @enum {string} */
        TrancheStatus: "scheduled" | "payable" | "disbursed";
        UpdateBillingSettingsDto: {
            /**
             * @description The first month to invoice (null: the first lease's month). Months before it are never invoiced; it cannot move before a month already invoiced.
             * @example 2026-09
             */
            firstPeriod?: string | null;
            /**
             * @description Invoice number prefix: 2 to 10 capital letters or digits
             * @example HUB
             */
            invoicePrefix?: string;
            /**
             * @description Days from issue to due date (0 to 120)
             * @example 14
             */
            paymentTermsDays?: number;
        };
        UpdateCallDto: {
            blindReview?: boolean;
            capacity?: number;
            closesAt?: string;
            opensAt?: string;
            /** @description Frozen once the call opens */
            questions?: components["schemas"]["QuestionDto"][];
            reviewersPerApplication?: number;
            /** @description Frozen once the call opens */
            rounds?: components["schemas"]["RoundDto"][];
            theme?: string;
            title?: string;
        };
        UpdateMentorAssignmentDto: {
            /**
             * @description The last day, included (ends or extends the assignment)
             * @example 2026-12-31
             */
            endsOn: string;
        };
        UpdateMentorProfileDto: {
            /** @description Staff only; an inactive mentor is neither suggested nor assigned */
            active?: boolean;
            /** @description Staff, or the mentor */
            bio?: string;
            /** @description Staff only */
            capacity?: number;
            /** @description Staff only */
            kind?: components["schemas"]["MentorKind"];
            /** @description Keys of the organization's mentor tags (staff, or the mentor) */
            tags?: string[];
        };
        UpdateMentorSessionDto: {
            attendeeUserIds?: string[];
            minutes?: number;
            notes?: string;
            /** @example 2026-11-20 */
            sessionOn?: string;
            topic?: string;
        };
        UpdateOrganizationDto: {
            /** @example MNT */
            defaultCurrency?: string;
            /** @description Name the organization signs its emails with (default: its name); null resets */
            emailFromName?: string | null;
            /** @description Where replies to its emails go; null for none */
            emailReplyTo?: string | null;
            kind?: components["schemas"]["OrganizationKind"];
            name?: string;
            ownership?: components["schemas"]["Ownership"];
            /** @example Asia/Ulaanbaatar */
            timezone?: string;
        };
        UpdatePerkDto: {
            active?: boolean;
            description?: string;
            partner?: string;
            /** @description Applies to later redemptions; earlier ones keep the value they had */
            value?: components["schemas"]["MoneyDto"];
        };
        UpdateProgrammeDto: {
            description?: string;
            equityPolicy?: components["schemas"]["EquityPolicyDto"];
            grantPolicy?: components["schemas"]["MoneyRangeDto"] | null;
            name?: string;
            perkCap?: components["schemas"]["MoneyDto"] | null;
            phases?: components["schemas"]["PhaseTemplateDto"][];
            rubric?: components["schemas"]["CriterionDto"][];
            type?: components["schemas"]["ProgrammeType"];
        };
        UserDto: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            /** Format: uuid */
            id: string;
            name: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokensDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INVALID_CREDENTIALS, the same whether or not the email exists */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description The refresh token (and its login) no longer works */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description A new pair; the refresh token sent is used up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokensDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description REFRESH_TOKEN_INVALID, or REFRESH_TOKEN_REUSED (the whole login is revoked) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description EMAIL_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    startBrowserSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Must be `web`, or the request is refused with 403 CSRF_REJECTED: a cross-site page cannot send it without a CORS preflight */
                "X-Hatchery-Client"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description The access token; the refresh token is set as the hatchery_refresh cookie */
            200: {
                headers: {
                    /** @description hatchery_refresh=<token>; Max-Age=2592000; Path=/api/v1/auth/session; HttpOnly; SameSite=Strict (Secure over https) */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrowserSessionDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INVALID_CREDENTIALS, the same whether or not the email exists */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description CSRF_REJECTED: X-Hatchery-Client is missing, or the Origin is neither the API's own nor listed in CORS_ORIGINS */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    endBrowserSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Must be `web`, or the request is refused with 403 CSRF_REJECTED: a cross-site page cannot send it without a CORS preflight */
                "X-Hatchery-Client"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The login is revoked (when the cookie was sent) and the cookie cleared */
            204: {
                headers: {
                    /** @description hatchery_refresh=; Max-Age=0; Path=/api/v1/auth/session; HttpOnly; SameSite=Strict (Secure over https) */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description CSRF_REJECTED: X-Hatchery-Client is missing, or the Origin is neither the API's own nor listed in CORS_ORIGINS */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    refreshBrowserSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Must be `web`, or the request is refused with 403 CSRF_REJECTED: a cross-site page cannot send it without a CORS preflight */
                "X-Hatchery-Client"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new access token; the cookie is replaced and the one sent is used up */
            200: {
                headers: {
                    /** @description hatchery_refresh=<token>; Max-Age=2592000; Path=/api/v1/auth/session; HttpOnly; SameSite=Strict (Secure over https) */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrowserSessionDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description REFRESH_TOKEN_INVALID (no cookie, or invalid, expired or revoked), or REFRESH_TOKEN_REUSED (the whole login is revoked); the cookie is cleared */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description CSRF_REJECTED: X-Hatchery-Client is missing, or the Origin is neither the API's own nor listed in CORS_ORIGINS */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description From the feed URL */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description iCalendar (RFC 5545): milestone due dates and phase dates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Unknown or revoked token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    previewInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description From the invitation link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPreviewDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INVITATION_INVALID: no such invitation (a wrong or altered token) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description From the invitation link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization just joined */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INVITATION_USED or ALREADY_MEMBER; 410 INVITATION_EXPIRED; 404 INVITATION_INVALID */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listMyApplications: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyApplicationPageDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    createCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new private iCalendar URL; the previous one stops working. Shown once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    revokeCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed URL stops working */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getNotificationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSettingsResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    updateNotificationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSettingsResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Only unread ones */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your notifications from every organization, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPageDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    markAllNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Marks all as read */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkedReadDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                notificationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listMyOrganizations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organizations the caller belongs to */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"][];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    createOrganization: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description SLUG_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, reviewer, mentor, founder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    updateOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listApplications: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                callId?: string;
                status?: components["schemas"]["ApplicationStatus"];
                sector?: string;
                /** @description Searches the startup name and the idea */
                q?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPageDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    updateApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationFieldsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    declareConflict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclareConflictDto"];
            };
        };
        responses: {
            /** @description Recused: the application leaves your queue and another reviewer is assigned */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getMyReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                applicationId: string;
                roundKey: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyReviewDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /**
             * @description FORBIDDEN: owners, managers and reviewers only
             *
             *     Requires one of: owner, manager, reviewer
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /**
             * @description NOT_FOUND: no review by the caller yet, the application is not assigned to the caller in that round (or they declared a conflict), or no such application or round in this organization
             *
             *     No such organization, or not a member
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    submitReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                applicationId: string;
                roundKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitReviewDto"];
            };
        };
        responses: {
            /** @description Scores saved; editable until the round is finalized */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description ROUND_FINALIZED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    submitApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description CALL_CLOSED (the close time in the organization timezone), APPLICATION_NOT_DRAFT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    withdrawApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listAttention: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Only items of this kind */
                kind?: components["schemas"]["AttentionKind"];
                /** @description Only items of this cohort */
                cohortId?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttentionPageDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    arrears: {
        parameters: {
            query?: {
                /** @description The day the balances are taken on (default: today in the organization's timezone) */
                asOf?: string;
                /** @description Only this startup (a founder must give one of their startups) */
                startupId?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArrearsReportDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /**
             * @description FORBIDDEN: a founder without startupId
             *
             *     Requires one of: owner, manager, founder
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /**
             * @description NOT_FOUND: startupId is not this organization’s (or not the founder’s)
             *
             *     No such organization, or not a member
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    creditBalances: {
        parameters: {
            query?: {
                /** @description Only this startup's (a founder always sees only their startups') */
                startupId?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditBalanceListDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, founder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /**
             * @description NOT_FOUND: startupId is not this organization’s (or not the founder’s)
             *
             *     No such organization, or not a member
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    revenue: {
        parameters: {
            query?: {
                /** @description First month (default: 11 months before `to`) */
                from?: string;
                /** @description Last month (default: this month in the organization's timezone); at most 120 months after `from` */
                to?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevenueReportDto"];
                };
            };
            /** @description VALIDATION_FAILED: from after to, or more than 120 months */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getBillingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingSettingsDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    updateBillingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBillingSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingSettingsDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listCalls: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                status?: components["schemas"]["CallStatus"];
                programmeId?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallPageDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                callId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    updateCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                callId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCallDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description CALL_FROZEN: questions, rounds and rubrics cannot change once open */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    createApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                callId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationFieldsDto"];
            };
        };
        responses: {
            /** @description A draft application */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /**
             * @description No such organization or call, or a call the caller may not see (not taking applications, and the caller neither staff nor an applicant to it)
             *
             *     No such organization
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description APPLICATION_EXISTS (with existingId); CALL_CLOSED, CALL_NOT_OPEN only to staff and to applicants who already have an application to the call */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    cancelCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                callId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    decideApplications: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
                callId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideDto"];
            };
        };
        responses: {
            /** @description Accept, reject or waitlist, one or many; each emails the founder */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecidedDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description CALL_CAPACITY_REACHED (nothing decided), APPLICATION_NOT_DECIDABLE, CALL_NOT_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getCallFunnel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                callId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallFunnelDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /**
             * @description FORBIDDEN: owners and managers only
             *
             *     Requires one of: owner, manager
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /**
             * @description NOT_FOUND: no such call in this organization
             *
             *     No such organization, or not a member
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    publishCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                callId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Scheduled, or open at once if its opening time has passed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    assignReviewers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                callId: string;
                roundKey: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Assigns reviewers where missing (balanced by load, skipping conflicts) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignedDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listRoundAssignments: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                status?: components["schemas"]["RoundAssignmentStatus"];
                /** @description Only this reviewer's assignments */
                reviewerUserId?: string;
            };
            header?: never;
            path: {
                slug: string;
                callId: string;
                roundKey: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundAssignmentPageDto"];
                };
            };
            /** @description VALIDATION_FAILED: a cursor this API did not issue, a bad status or reviewerUserId */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /**
             * @description FORBIDDEN: owners and managers only
             *
             *     Requires one of: owner, manager
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /**
             * @description NOT_FOUND: no such call or round in this organization
             *
             *     No such organization, or not a member
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getRoundProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                callId: string;
                roundKey: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per reviewer: assigned, done, pending */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewerProgressDto"][];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getRanking: {
        parameters: {
            query?: {
                /** @description weighted: mean of weighted scores; zscore: normalized per reviewer */
                method?: components["schemas"]["RankingMethod"];
                format?: components["schemas"]["RankingFormat"];
            };
            header?: never;
            path: {
                slug: string;
                callId: string;
                roundKey: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ranked by weighted mean or per-reviewer z-score; tie-break: more completed reviews, then earlier submission */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankedApplicationDto"][];
                    "text/csv": string;
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    shortlistRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                callId: string;
                roundKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShortlistDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShortlistedDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description NO_NEXT_ROUND, ROUND_FINALIZED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listCohorts: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                programmeId?: string;
                status?: components["schemas"]["CohortStatus"];
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortPageDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    createCohort: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCohortDto"];
            };
        };
        responses: {
            /** @description The cohort, its phases dated in the organization's timezone and its milestones */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortDetailDto"];
                };
            };
            /** @description VALIDATION_FAILED (start date), PROGRAMME_HAS_NO_PHASES */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description COHORT_EXISTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getCohort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortDetailDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    enrolStartups: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrolDto"];
            };
        };
        responses: {
            /** @description Enrolled, each with the cohort's milestones */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description STARTUP_ALREADY_ENROLLED (active in a cohort of this programme), COHORT_COMPLETED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getCohortGrid: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                slug: string;
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Startups × milestones with each status, a page of startups at a time */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortGridDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getCohortMilestoneTrend: {
        parameters: {
            query?: {
                /** @description First day, in the cohort's timezone; default: the cohort's first day */
                from?: string;
                /** @description Last day, in the cohort's timezone; default: today or the cohort's last day, whichever is earlier. At most 400 days from `from` */
                to?: string;
            };
            header?: never;
            path: {
                slug: string;
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneTrendDto"];
                };
            };
            /** @description VALIDATION_FAILED: a date that is not YYYY-MM-DD, `to` before `from`, or a range over 400 days */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /**
             * @description FORBIDDEN: owners and managers only
             *
             *     Requires one of: owner, manager
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /**
             * @description NOT_FOUND: no such cohort in this organization
             *
             *     No such organization, or not a member
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    addCohortMilestone: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MilestoneInputDto"];
            };
        };
        responses: {
            /** @description A milestone for every startup of the cohort */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortMilestoneDto"];
                };
            };
            /** @description DUE_DATE_OUTSIDE_COHORT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    dropCohortMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                cohortId: string;
                cohortMilestoneId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dropped for every startup; approved ones stay as history */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    editCohortMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                cohortId: string;
                cohortMilestoneId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MilestoneChangesDto"];
            };
        };
        responses: {
            /** @description Edits (or reschedules) every copy not yet approved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortMilestoneDto"];
                };
            };
            /** @description DUE_DATE_OUTSIDE_COHORT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getCohortTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Phases as bars and milestones as markers, for a Gantt chart */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortTimelineDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    addEnrolmentMilestone: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
                enrolmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MilestoneInputDto"];
            };
        };
        responses: {
            /** @description A milestone for this startup only */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    withdrawEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                enrolmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndEnrolmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description ENROLMENT_NOT_ACTIVE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getGrant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                grantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Staff, or a founder of the grant's startup */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, founder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    disburseTranche: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
                grantId: string;
                trancheId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisburseTrancheDto"];
            };
        };
        responses: {
            /** @description The grant after the payment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description TRANCHE_NOT_PAYABLE (still scheduled, or already disbursed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"][];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    createInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitationDto"];
            };
        };
        responses: {
            /** @description The email is queued; a pending invitation to the same address is replaced */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description ALREADY_MEMBER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked: its link no longer works */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listInvoices: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Only this startup's (a founder always sees only their startups') */
                startupId?: string;
                /** @description Only invoices for this month */
                period?: string;
                kind?: components["schemas"]["InvoiceKind"];
                /** @description Only the invoices of this lease */
                leaseId?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoicePageDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, founder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    issueLateInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueLateInvoiceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceDetailDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /**
             * @description NOT_FOUND: the lease is not this organization’s
             *
             *     No such organization, or not a member
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description PERIOD_NOT_INVOICED (the month-end run will do it), INVOICE_EXISTS, LEASE_UNPRICED (still no rate or terms in force), LEASE_NOT_IN_PERIOD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    runInvoices: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueInvoicesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceRunDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description PERIOD_NOT_ENDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getInvoice: {
        parameters: {
            query?: {
                format?: components["schemas"]["InvoiceFormat"];
            };
            header?: never;
            path: {
                slug: string;
                invoiceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceDetailDto"];
                    "application/pdf": string;
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, founder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    creditInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
                invoiceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCreditNoteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description CREDIT_EXCEEDS_BALANCE (more than the invoice has open), NOT_AN_INVOICE (a credit note) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listLeases: {
        parameters: {
            query?: {
                startupId?: string;
                spaceId?: string;
                /** @description Only leases running on this date */
                activeOn?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaseListDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, founder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    createLease: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLeaseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaseDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /**
             * @description NOT_FOUND: the startup, space or plan is not this organization’s
             *
             *     No such organization, or not a member
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description SPACE_ALREADY_LEASED (an exclusive space leased on a day of the period), DESKS_OVER_CAPACITY, PERIOD_LOCKED (a day in a month already invoiced) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getLease: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                leaseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Staff, or a founder of the lease's startup */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaseDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, founder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    endLease: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                leaseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndLeaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaseDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description NOTICE_REQUIRED (earlier than today + the plan's notice days without a reason), SPACE_ALREADY_LEASED or DESKS_OVER_CAPACITY (extending), PERIOD_LOCKED (a day in a month already invoiced) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listMyMentorAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorAssignmentListDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: mentor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getMyMentorProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 404 until staff have created it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorProfileDetailDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: mentor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getMentoredStartupTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                startupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartupTimelineDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: mentor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"][];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description LAST_OWNER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    changeMemberRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRoleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description LAST_OWNER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    updateMentorAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                assignmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMentorAssignmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorAssignmentDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description SESSIONS_AFTER_END, LEAD_ALREADY_ASSIGNED, MENTOR_AT_CAPACITY (extending) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getMentorHours: {
        parameters: {
            query: {
                groupBy: components["schemas"]["MentorHoursGroup"];
                /** @description First day (default: the first day of the month eleven months before `to`'s) */
                from?: string;
                /** @description Last day (default: today in the organization's timezone) */
                to?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorHoursDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listMentorProfiles: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                kind?: components["schemas"]["MentorKind"];
                /** @description Only mentors with this tag */
                tag?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorProfilePageDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    createMentorProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMentorProfileDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorProfileDetailDto"];
                };
            };
            /** @description UNKNOWN_TAG, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description NOT_A_MENTOR (the member has another role), MENTOR_PROFILE_EXISTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getMentorProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                profileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Staff, or the mentor themself */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorProfileDetailDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, mentor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    updateMentorProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                profileId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMentorProfileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorProfileDetailDto"];
                };
            };
            /** @description UNKNOWN_TAG, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, mentor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    declareMentorConflict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                profileId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclareMentorConflictDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorConflictDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, mentor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description CONFLICT_EXISTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    addMentorFeeTerms: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
                profileId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFeeTermsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorFeeTermsDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description FEE_TERMS_EXIST */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    addMentorRate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
                profileId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMentorRateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorRateDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description RATE_OVERLAPS (a rate from that date exists), RATE_IN_LOCKED_MONTH */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listMentorSessions: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                startupId?: string;
                mentorProfileId?: string;
                status?: components["schemas"]["MentorSessionStatus"];
                /** @description Sessions on or after this day */
                from?: string;
                /** @description Sessions on or before this day */
                to?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorSessionPageDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, mentor, founder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    logMentorSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogMentorSessionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorSessionDto"];
                };
            };
            /** @description SESSION_IN_FUTURE, SESSION_TOO_LONG (over 720 minutes), ATTENDEE_NOT_FOUNDER, VALIDATION_FAILED (minutes below 1) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: mentor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description MENTOR_NOT_ASSIGNED, SESSION_OUTSIDE_ASSIGNMENT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getMentorSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorSessionDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, mentor, founder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    updateMentorSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMentorSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorSessionDto"];
                };
            };
            /** @description SESSION_IN_FUTURE, SESSION_TOO_LONG, ATTENDEE_NOT_FOUNDER, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: mentor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description SESSION_NOT_EDITABLE (answered or reviewed), SESSION_LOCKED (its month's statement was issued, or a statement paid it), SESSION_OUTSIDE_ASSIGNMENT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    approveMentorSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveMentorSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorSessionDto"];
                };
            };
            /** @description APPROVED_MINUTES_TOO_MANY */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description SESSION_TRANSITION_NOT_ALLOWED (already approved or rejected), SESSION_LOCKED (its month's statement was issued, or a statement paid it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    confirmMentorSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorSessionDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: founder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description SESSION_TRANSITION_NOT_ALLOWED, SESSION_LOCKED (its month's statement was issued, or a statement paid it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    disputeMentorSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisputeMentorSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorSessionDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: founder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description SESSION_TRANSITION_NOT_ALLOWED, SESSION_LOCKED (its month's statement was issued, or a statement paid it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    rejectMentorSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectMentorSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorSessionDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description SESSION_TRANSITION_NOT_ALLOWED, SESSION_LOCKED (its month's statement was issued, or a statement paid it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listMentorStatements: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Only this month */
                month?: string;
                /** @description Staff: one mentor's statements (a mentor always sees only their own) */
                mentorProfileId?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorStatementPageDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, mentor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    runMentorStatements: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunMentorStatementsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorStatementRunDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description MONTH_NOT_ENDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getMentorStatement: {
        parameters: {
            query?: {
                format?: components["schemas"]["MentorStatementFormat"];
            };
            header?: never;
            path: {
                slug: string;
                statementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorStatementDetailDto"];
                    "application/pdf": string;
                    "text/csv": string;
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, mentor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listMentorTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorTagListDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, mentor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    createMentorTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMentorTagDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorTagDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description TAG_EXISTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The milestone and its full history (staff, or a founder of its startup) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneDetailDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, founder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    dropMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dropped (kept in history) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description MILESTONE_APPROVED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    editMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MilestoneChangesDto"];
            };
        };
        responses: {
            /** @description Edits or reschedules one startup's milestone; its reminders and overdue mark move with it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listMilestoneAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneAttachmentListDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, founder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    uploadMilestoneAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["AttachmentUploadDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneAttachmentDto"];
                };
            };
            /** @description ATTACHMENT_MISSING, ATTACHMENT_EMPTY, MALFORMED_MULTIPART */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: founder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description MILESTONE_NOT_OPEN, MILESTONE_DROPPED, ENROLMENT_NOT_ACTIVE, ATTACHMENT_LIMIT_REACHED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description ATTACHMENT_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description ATTACHMENT_TYPE_NOT_ALLOWED, ATTACHMENT_CONTENT_MISMATCH, UNSUPPORTED_MEDIA_TYPE (not multipart) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    downloadMilestoneAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                milestoneId: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, founder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    reviewMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewMilestoneDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /**
             * @description Founders cannot approve
             *
             *     Requires one of: owner, manager
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description MILESTONE_NOT_SUBMITTED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    submitMilestoneEvidence: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitEvidenceDto"];
            };
        };
        responses: {
            /** @description Evidence submitted */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: founder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description MILESTONE_NOT_OPEN (approved or already submitted), MILESTONE_DROPPED, ENROLMENT_NOT_ACTIVE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getOccupancy: {
        parameters: {
            query: {
                /** @description The date occupancy is read for */
                asOf: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OccupancyDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listPayments: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Only this startup's (a founder always sees only their startups') */
                startupId?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentPageDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, founder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    recordPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPaymentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentDetailDto"];
                };
            };
            /** @description VALIDATION_FAILED (also: an amount of 0, a receivedOn after today in the organization’s timezone, an invoice twice) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /**
             * @description NOT_FOUND: the startup, or an allocation’s invoice, is not this organization’s or not the startup’s
             *
             *     No such organization, or not a member
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description PAYMENT_DUPLICATE (the bank reference is recorded: paymentId names it), CURRENCY_MISMATCH, ALLOCATION_EXCEEDS_BALANCE, ALLOCATION_EXCEEDS_PAYMENT, NOT_AN_INVOICE (a credit note) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                paymentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentDetailDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, founder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    allocatePayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
                paymentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AllocatePaymentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentDetailDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /**
             * @description NOT_FOUND: the payment, or an invoice that is not the payment’s startup’s
             *
             *     No such organization, or not a member
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description CURRENCY_MISMATCH, ALLOCATION_EXCEEDS_BALANCE, ALLOCATION_EXCEEDS_PAYMENT (more than is unallocated), NOT_AN_INVOICE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listPerks: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Only active (or only inactive) perks */
                active?: components["schemas"]["BooleanText"];
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerkPageDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, founder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    createPerk: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePerkDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerkDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    updatePerk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                perkId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePerkDto"];
            };
        };
        responses: {
            /** @description Earlier redemptions keep the value they were redeemed at */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerkDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getPortfolio: {
        parameters: {
            query?: {
                format?: components["schemas"]["EquityExportFormat"];
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The portfolio */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioDto"];
                    "text/csv": string;
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listActions: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                status?: components["schemas"]["ProgrammeActionStatus"];
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Graduation reviews and equity stakes the calendar opened, with the startup and cohort names */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeActionPageDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    resolveAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                actionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeActionDto"];
                };
            };
            /** @description RESOLUTION_NOT_ALLOWED, EXTENSION_TOO_SHORT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description ACTION_RESOLVED, ENROLMENT_NOT_ACTIVE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listProgrammes: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammePageDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    createProgramme: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProgrammeDto"];
            };
        };
        responses: {
            /** @description The programme */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    updateProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProgrammeDto"];
            };
        };
        responses: {
            /** @description Open calls keep the rubric they were created with */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    createCall: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCallDto"];
            };
        };
        responses: {
            /** @description A draft call */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getProgrammeRentPlans: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeRentPlansDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /**
             * @description NOT_FOUND: no such programme, or none set yet
             *
             *     No such organization, or not a member
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    setProgrammeRentPlans: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetProgrammeRentPlansDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeRentPlansDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listRentPlans: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RentPlanListDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    createRentPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRentPlanDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RentPlanDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getRentPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RentPlanDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    addRentPlanTerms: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RentPlanTermsInputDto"];
            };
        };
        responses: {
            /** @description The plan with all its terms */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RentPlanDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description TERMS_CURRENCY_CHANGED (another currency than the plan’s amounts), TERMS_EXIST: the plan has terms from that date already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    reassignReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                assignmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReassignDto"];
            };
        };
        responses: {
            /** @description Reassigned */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description REVIEWER_CONFLICT, ALREADY_ASSIGNED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getReviewQueue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's assignments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueItemDto"][];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listSites: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteListDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    createSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSiteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                siteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listSpaces: {
        parameters: {
            query?: {
                siteId?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpaceListDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    createSpace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSpaceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpaceDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /**
             * @description NOT_FOUND: the site is not this organization’s
             *
             *     No such organization, or not a member
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getSpace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                spaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpaceDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    addSpaceRate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
                spaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSpaceRateDto"];
            };
        };
        responses: {
            /** @description The space with all its rates */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpaceDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description RATE_CURRENCY_CHANGED (another currency than the space’s rates), RATE_EXISTS: the space has a rate from that date already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listStartups: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                status?: components["schemas"]["StartupStatus"];
                /** @description Exact stage, case-insensitive (idea, pre-seed, seed, reinvestment, IPO…) */
                stage?: string;
                /** @description Part of the name or the sector, case-insensitive */
                q?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartupPageDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, founder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    createStartup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStartupDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartupDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getStartup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                startupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartupProfileDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, founder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getCapTable: {
        parameters: {
            query?: {
                /** @description The cap table at the end of this day (default: today) */
                asOf?: string;
                view?: components["schemas"]["CapTableView"];
                format?: components["schemas"]["EquityExportFormat"];
            };
            header?: never;
            path: {
                slug: string;
                startupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cap table */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapTableDto"];
                    "text/csv": string;
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, founder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listEquityEntries: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                slug: string;
                startupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquityEntryPageDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    createEquityEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
                startupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEntryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquityEntryDto"];
                };
            };
            /** @description VALIDATION_FAILED, ENTRY_BEFORE_STARTUP, ENTRY_IN_FUTURE, UNKNOWN_SHARE_CLASS, UNKNOWN_HOLDER, UNKNOWN_INVESTMENT, NOT_CONVERTIBLE, CONVERSION_HOLDER_MISMATCH, CONVERSION_BEFORE_INVESTMENT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INSUFFICIENT_SHARES, EQUITY_OUT_OF_RANGE, EQUITY_MAJORITY_FORBIDDEN, ENTRY_OUT_OF_ORDER, INSTRUMENT_ALREADY_CONVERTED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    reverseEquityEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
                startupId: string;
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReverseEntryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquityEntryDto"];
                };
            };
            /** @description VALIDATION_FAILED, ENTRY_BEFORE_STARTUP, ENTRY_IN_FUTURE, UNKNOWN_SHARE_CLASS, UNKNOWN_HOLDER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description ENTRY_ALREADY_REVERSED, ENTRY_IS_REVERSAL, CONVERSION_IS_FINAL, INSUFFICIENT_SHARES, EQUITY_OUT_OF_RANGE, EQUITY_MAJORITY_FORBIDDEN, ENTRY_OUT_OF_ORDER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    addStartupFounder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                startupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddFounderDto"];
            };
        };
        responses: {
            /** @description The member is now a founder of the startup */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listStartupGrants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                startupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Staff, or a founder of the startup */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantListDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, founder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    awardGrant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
                startupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateGrantDto"];
            };
        };
        responses: {
            /** @description The grant and its tranches; a tranche whose milestone is already approved or whose date has come is payable at once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantDto"];
                };
            };
            /** @description GRANT_OUT_OF_RANGE (amount or currency outside the programme grant policy), TRANCHES_DO_NOT_SUM, TRANCHE_MILESTONE_NOT_IN_ENROLMENT, ENROLMENT_REQUIRED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description STARTUP_NOT_ENROLLED, ENROLMENT_NOT_ACTIVE, PROGRAMME_HAS_NO_GRANTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listHolders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                startupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolderDto"][];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    createHolder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
                startupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateHolderDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolderDto"];
                };
            };
            /** @description VALIDATION_FAILED, NOT_A_FOUNDER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description HOLDER_EXISTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listInvestments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                startupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvestmentDto"][];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    createInvestment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
                startupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvestmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvestmentDto"];
                };
            };
            /** @description VALIDATION_FAILED, ENTRY_BEFORE_STARTUP, ENTRY_IN_FUTURE, UNKNOWN_SHARE_CLASS, UNKNOWN_HOLDER, CURRENCY_MISMATCH, INVALID_INVESTOR, INVESTMENT_DATE_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INSUFFICIENT_SHARES, EQUITY_OUT_OF_RANGE, EQUITY_MAJORITY_FORBIDDEN, ENTRY_OUT_OF_ORDER, INVESTMENT_BUYS_NO_SHARES */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listStartupMentorAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                startupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Staff, or a founder of the startup */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorAssignmentListDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, founder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    createMentorAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                startupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMentorAssignmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorAssignmentDto"];
                };
            };
            /** @description VALIDATION_FAILED (endsOn before startsOn), ENROLMENT_REQUIRED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description LEAD_ALREADY_ASSIGNED (one lead per startup at a time), ALREADY_ASSIGNED, MENTOR_AT_CAPACITY, MENTOR_CONFLICT (a founder, or a declared conflict), MENTOR_NOT_LEAD (an expert as lead), MENTOR_INACTIVE, STARTUP_NOT_ENROLLED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listMentorSuggestions: {
        parameters: {
            query?: {
                /** @description Comma-separated tag keys to match instead of the startup's stated needs */
                needs?: string;
                limit?: number;
            };
            header?: never;
            path: {
                slug: string;
                startupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorSuggestionListDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getMentoringNeeds: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                startupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Staff, or a founder of the startup */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentoringNeedsDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, founder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    setMentoringNeeds: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                startupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetMentoringNeedsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentoringNeedsDto"];
                };
            };
            /** @description UNKNOWN_TAG, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, founder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listPerkRedemptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                startupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Staff, or a founder of the startup */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerkRedemptionListDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, founder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    redeemPerk: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
                startupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedeemPerkDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerkRedemptionDto"];
                };
            };
            /** @description VALIDATION_FAILED (a rate without source or date, a rate for a perk in the cap currency), ENROLMENT_REQUIRED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description PERK_CAP_EXCEEDED, PERK_CURRENCY_MISMATCH (another currency and no rate), PERK_INACTIVE, PROGRAMME_HAS_NO_PERK_CAP, STARTUP_NOT_ENROLLED, ENROLMENT_NOT_ACTIVE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    recordProceeds: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
                startupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProceedsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProceedsDto"];
                };
            };
            /** @description VALIDATION_FAILED, PROCEEDS_DATE_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listShareClasses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                startupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareClassDto"][];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    createShareClass: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body */
                "Idempotency-Key"?: string;
            };
            path: {
                slug: string;
                startupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateShareClassDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareClassDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description SHARE_CLASS_EXISTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    getStartupTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                startupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The startup's enrolments, phases and milestones (staff, or its founders) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartupTimelineDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Requires one of: owner, manager, founder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization, or not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listPublicCalls: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Only this organization's calls (its slug); an unknown slug lists none */
                organization?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicCallListingPageDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    listOpenCalls: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization's open calls; no login needed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicCallDto"][];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description No such organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Postgres and Redis answer (the same as /health/ready) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Postgres or Redis is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up; restart it only when this fails */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
    ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Postgres and Redis answer: send it traffic */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
            /** @description VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: the body carries only the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
            /** @description Postgres or Redis is down: take it out of the load balancer, do not restart it */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponseDto"];
                };
            };
        };
    };
}
