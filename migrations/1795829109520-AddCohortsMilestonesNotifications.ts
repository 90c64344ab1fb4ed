import { MigrationInterface, QueryRunner } from "typeorm";

export class AddCohortsMilestonesNotifications1795829109520 implements MigrationInterface {
    name = 'AddCohortsMilestonesNotifications1795829109520'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "startup_founders" ("startup_id" uuid NOT NULL, "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_startup_founders" PRIMARY KEY ("startup_id", "user_id", "organization_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_startup_founders_org_user" ON "startup_founders" ("organization_id", "user_id") `);
        await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "subject" jsonb NOT NULL, "dedupe_key" text NOT NULL, "email_status" text NOT NULL DEFAULT 'none', "emailed_at" TIMESTAMP WITH TIME ZONE, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_notifications_once" UNIQUE ("organization_id", "user_id", "dedupe_key"), CONSTRAINT "pk_notifications" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_notifications_user" ON "notifications" ("user_id", "id") `);
        await queryRunner.query(`CREATE TABLE "calendar_feeds" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_calendar_feeds" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_calendar_feeds_active_user" ON "calendar_feeds" ("user_id") WHERE revoked_at IS NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_calendar_feeds_token" ON "calendar_feeds" ("token_hash") `);
        await queryRunner.query(`CREATE TABLE "cohorts" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "name" text NOT NULL, "status" text NOT NULL DEFAULT 'planned', "timezone" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "current_phase" integer, "reminder_offsets_days" integer array NOT NULL DEFAULT '{7,1}', "equity_stake_bps" integer, "equity_after_months" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_cohorts_org_programme_name" UNIQUE ("organization_id", "programme_id", "name"), CONSTRAINT "ck_cohorts_span" CHECK (starts_on <= ends_on), CONSTRAINT "pk_cohorts" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "cohort_phases" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "position" integer NOT NULL, "name" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "uq_cohort_phases_position" UNIQUE ("cohort_id", "position"), CONSTRAINT "pk_cohort_phases" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_cohort_phases_org_cohort" ON "cohort_phases" ("organization_id", "cohort_id") `);
        await queryRunner.query(`CREATE TABLE "cohort_milestones" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "phase_position" integer, "title" text NOT NULL, "description" text, "evidence_required" boolean NOT NULL DEFAULT true, "due_on" date NOT NULL, "dropped_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_cohort_milestones" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_cohort_milestones_org_cohort" ON "cohort_milestones" ("organization_id", "cohort_id") `);
        await queryRunner.query(`CREATE TABLE "enrolments" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "startup_id" uuid NOT NULL, "application_id" uuid, "status" text NOT NULL DEFAULT 'active', "current_phase" integer, "incubation_ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "stake_due_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "end_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_enrolments" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_enrolments_org_cohort" ON "enrolments" ("organization_id", "cohort_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_enrolments_active_startup_programme" ON "enrolments" ("organization_id", "programme_id", "startup_id") WHERE status = 'active'`);
        await queryRunner.query(`CREATE TABLE "programme_actions" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "startup_id" uuid NOT NULL, "kind" text NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "stake_bps" integer, "status" text NOT NULL DEFAULT 'open', "resolution" text, "reason" text, "effective_on" date, "resolved_by" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_programme_actions_once" UNIQUE ("enrolment_id", "kind", "due_at"), CONSTRAINT "pk_programme_actions" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_programme_actions_org_status" ON "programme_actions" ("organization_id", "status") `);
        await queryRunner.query(`CREATE TABLE "milestones" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "cohort_milestone_id" uuid, "phase_position" integer, "title" text NOT NULL, "description" text, "evidence_required" boolean NOT NULL DEFAULT true, "due_on" date NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL DEFAULT 'pending', "overdue_marked_at" TIMESTAMP WITH TIME ZONE, "dropped_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_milestones" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_milestones_cohort_milestone" ON "milestones" ("organization_id", "cohort_milestone_id") `);
        await queryRunner.query(`CREATE INDEX "ix_milestones_org_cohort_due" ON "milestones" ("organization_id", "cohort_id", "due_at") `);
        await queryRunner.query(`CREATE INDEX "ix_milestones_org_enrolment" ON "milestones" ("organization_id", "enrolment_id") `);
        await queryRunner.query(`CREATE TABLE "milestone_events" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "milestone_id" uuid NOT NULL, "kind" text NOT NULL, "actor_user_id" uuid, "evidence_text" text, "evidence_links" jsonb, "comment" text, "changes" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_milestone_events" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_milestone_events_org_milestone" ON "milestone_events" ("organization_id", "milestone_id") `);
        await queryRunner.query(`CREATE TABLE "milestone_reminders" ("milestone_id" uuid NOT NULL, "offset_days" integer NOT NULL, "due_on" date NOT NULL, "organization_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_milestone_reminders" PRIMARY KEY ("milestone_id", "offset_days", "due_on"))`);
        await queryRunner.query(`CREATE INDEX "ix_milestone_reminders_org_milestone" ON "milestone_reminders" ("organization_id", "milestone_id") `);
        await queryRunner.query(`ALTER TABLE "startups" ADD "outcome_reason" text`);
        await queryRunner.query(`ALTER TABLE "startups" ADD "outcome_on" date`);
        await queryRunner.query(`ALTER TABLE "users" ADD "reminder_emails" boolean NOT NULL DEFAULT true`);
        await queryRunner.query(`ALTER TABLE "organizations" ADD "email_from_name" text`);
        await queryRunner.query(`ALTER TABLE "organizations" ADD "email_reply_to" text`);
        await queryRunner.query(`ALTER TABLE "startup_founders" ADD CONSTRAINT "fk_startup_founders_startup" FOREIGN KEY ("startup_id") REFERENCES "startups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "startup_founders" ADD CONSTRAINT "fk_startup_founders_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "calendar_feeds" ADD CONSTRAINT "fk_calendar_feeds_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohorts" ADD CONSTRAINT "fk_cohorts_programme" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohort_phases" ADD CONSTRAINT "fk_cohort_phases_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohort_milestones" ADD CONSTRAINT "fk_cohort_milestones_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "enrolments" ADD CONSTRAINT "fk_enrolments_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "enrolments" ADD CONSTRAINT "fk_enrolments_startup" FOREIGN KEY ("startup_id") REFERENCES "startups"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "programme_actions" ADD CONSTRAINT "fk_programme_actions_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "milestones" ADD CONSTRAINT "fk_milestones_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "milestones" ADD CONSTRAINT "fk_milestones_cohort_milestone" FOREIGN KEY ("cohort_milestone_id") REFERENCES "cohort_milestones"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "milestone_events" ADD CONSTRAINT "fk_milestone_events_milestone" FOREIGN KEY ("milestone_id") REFERENCES "milestones"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "milestone_reminders" ADD CONSTRAINT "fk_milestone_reminders_milestone" FOREIGN KEY ("milestone_id") REFERENCES "milestones"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "invitations" ADD "startup_id" uuid`);
        await queryRunner.query(`ALTER TABLE "invitations" ADD CONSTRAINT "fk_invitations_startup" FOREIGN KEY ("startup_id") REFERENCES "startups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // UUIDv7 (time-ordered, like the ids the application makes) for rows inserted set-based in SQL.
        await queryRunner.query(`CREATE FUNCTION uuid_v7() RETURNS uuid LANGUAGE sql VOLATILE AS $$
            SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
                   PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid
        $$`);
        await queryRunner.query(`GRANT EXECUTE ON FUNCTION uuid_v7() TO hatchery_app`);
        const tenantTables = ['cohorts', 'cohort_phases', 'cohort_milestones', 'enrolments', 'milestones', 'milestone_events', 'milestone_reminders', 'programme_actions', 'startup_founders', 'notifications'];
        for (const table of tenantTables) {
            await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
            await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
        }
        for (const table of tenantTables.filter((t) => t !== 'notifications')) {
            await queryRunner.query(`CREATE POLICY tenant_isolation ON "${table}" USING (organization_id = app_current_organization()) WITH CHECK (organization_id = app_current_organization())`);
        }
        // A person reads and marks their own notifications, from any organization. Staff create
        // them (a milestone review) but read none; the worker creates, reads and marks them sent.
        await queryRunner.query(`CREATE POLICY recipient_reads ON "notifications" FOR SELECT USING (user_id = app_current_user())`);
        await queryRunner.query(`CREATE POLICY recipient_marks ON "notifications" FOR UPDATE USING (user_id = app_current_user()) WITH CHECK (user_id = app_current_user())`);
        await queryRunner.query(`CREATE POLICY staff_creates ON "notifications" FOR INSERT WITH CHECK (organization_id = app_current_organization() AND app_current_role() IN ('owner', 'manager'))`);
        await queryRunner.query(`CREATE POLICY worker_sends ON "notifications" USING (organization_id = app_current_organization() AND app_current_role() = 'worker') WITH CHECK (organization_id = app_current_organization() AND app_current_role() = 'worker')`);
        await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "cohorts", "cohort_phases", "cohort_milestones", "enrolments", "milestones", "programme_actions" TO hatchery_app`);
        await queryRunner.query(`GRANT SELECT, INSERT ON "notifications" TO hatchery_app`);
        await queryRunner.query(`GRANT UPDATE ("read_at", "email_status", "emailed_at") ON "notifications" TO hatchery_app`);
        await queryRunner.query(`GRANT SELECT, INSERT ON "milestone_events", "milestone_reminders" TO hatchery_app`);
        await queryRunner.query(`GRANT SELECT, INSERT, DELETE ON "startup_founders" TO hatchery_app`);
        await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "calendar_feeds" TO hatchery_app`);
        await queryRunner.query(`GRANT UPDATE ("reminder_emails") ON "users" TO hatchery_app`);
        // The timer reconciler reads due moments across organizations, and nothing else.
        const schedule: Record<string, string[]> = {
            cohorts: ['id', 'organization_id', 'status', 'timezone', 'current_phase', 'ends_at', 'reminder_offsets_days'],
            cohort_phases: ['organization_id', 'cohort_id', 'position', 'starts_at'],
            enrolments: ['id', 'organization_id', 'cohort_id', 'status', 'incubation_ends_at', 'stake_due_at'],
            milestones: ['id', 'organization_id', 'cohort_id', 'enrolment_id', 'due_on', 'due_at', 'status', 'overdue_marked_at', 'dropped_at'],
            milestone_reminders: ['milestone_id', 'offset_days', 'due_on'],
            programme_actions: ['enrolment_id', 'kind', 'due_at'],
        };
        for (const [table, columns] of Object.entries(schedule)) {
            await queryRunner.query(`CREATE POLICY timer_reconciler ON "${table}" FOR SELECT TO hatchery_system USING (true)`);
            await queryRunner.query(`GRANT SELECT (${columns.map((c) => `"${c}"`).join(', ')}) ON "${table}" TO hatchery_system`);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`REVOKE UPDATE ("reminder_emails") ON "users" FROM hatchery_app`);
        await queryRunner.query(`DROP FUNCTION uuid_v7()`);
        await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "fk_invitations_startup"`);
        await queryRunner.query(`ALTER TABLE "invitations" DROP COLUMN "startup_id"`);
        await queryRunner.query(`ALTER TABLE "milestone_reminders" DROP CONSTRAINT "fk_milestone_reminders_milestone"`);
        await queryRunner.query(`ALTER TABLE "milestone_events" DROP CONSTRAINT "fk_milestone_events_milestone"`);
        await queryRunner.query(`ALTER TABLE "milestones" DROP CONSTRAINT "fk_milestones_cohort_milestone"`);
        await queryRunner.query(`ALTER TABLE "milestones" DROP CONSTRAINT "fk_milestones_enrolment"`);
        await queryRunner.query(`ALTER TABLE "programme_actions" DROP CONSTRAINT "fk_programme_actions_enrolment"`);
        await queryRunner.query(`ALTER TABLE "enrolments" DROP CONSTRAINT "fk_enrolments_startup"`);
        await queryRunner.query(`ALTER TABLE "enrolments" DROP CONSTRAINT "fk_enrolments_cohort"`);
        await queryRunner.query(`ALTER TABLE "cohort_milestones" DROP CONSTRAINT "fk_cohort_milestones_cohort"`);
        await queryRunner.query(`ALTER TABLE "cohort_phases" DROP CONSTRAINT "fk_cohort_phases_cohort"`);
        await queryRunner.query(`ALTER TABLE "cohorts" DROP CONSTRAINT "fk_cohorts_programme"`);
        await queryRunner.query(`ALTER TABLE "calendar_feeds" DROP CONSTRAINT "fk_calendar_feeds_user"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_user"`);
        await queryRunner.query(`ALTER TABLE "startup_founders" DROP CONSTRAINT "fk_startup_founders_user"`);
        await queryRunner.query(`ALTER TABLE "startup_founders" DROP CONSTRAINT "fk_startup_founders_startup"`);
        await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "email_reply_to"`);
        await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "email_from_name"`);
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "reminder_emails"`);
        await queryRunner.query(`ALTER TABLE "startups" DROP COLUMN "outcome_on"`);
        await queryRunner.query(`ALTER TABLE "startups" DROP COLUMN "outcome_reason"`);
        await queryRunner.query(`DROP INDEX "public"."ix_milestone_reminders_org_milestone"`);
        await queryRunner.query(`DROP TABLE "milestone_reminders"`);
        await queryRunner.query(`DROP INDEX "public"."ix_milestone_events_org_milestone"`);
        await queryRunner.query(`DROP TABLE "milestone_events"`);
        await queryRunner.query(`DROP INDEX "public"."ix_milestones_org_enrolment"`);
        await queryRunner.query(`DROP INDEX "public"."ix_milestones_org_cohort_due"`);
        await queryRunner.query(`DROP INDEX "public"."ix_milestones_cohort_milestone"`);
        await queryRunner.query(`DROP TABLE "milestones"`);
        await queryRunner.query(`DROP INDEX "public"."ix_programme_actions_org_status"`);
        await queryRunner.query(`DROP TABLE "programme_actions"`);
        await queryRunner.query(`DROP INDEX "public"."uq_enrolments_active_startup_programme"`);
        await queryRunner.query(`DROP INDEX "public"."ix_enrolments_org_cohort"`);
        await queryRunner.query(`DROP TABLE "enrolments"`);
        await queryRunner.query(`DROP INDEX "public"."ix_cohort_milestones_org_cohort"`);
        await queryRunner.query(`DROP TABLE "cohort_milestones"`);
        await queryRunner.query(`DROP INDEX "public"."ix_cohort_phases_org_cohort"`);
        await queryRunner.query(`DROP TABLE "cohort_phases"`);
        await queryRunner.query(`DROP TABLE "cohorts"`);
        await queryRunner.query(`DROP INDEX "public"."uq_calendar_feeds_token"`);
        await queryRunner.query(`DROP INDEX "public"."uq_calendar_feeds_active_user"`);
        await queryRunner.query(`DROP TABLE "calendar_feeds"`);
        await queryRunner.query(`DROP INDEX "public"."ix_notifications_user"`);
        await queryRunner.query(`DROP TABLE "notifications"`);
        await queryRunner.query(`DROP INDEX "public"."ix_startup_founders_org_user"`);
        await queryRunner.query(`DROP TABLE "startup_founders"`);
    }

}
