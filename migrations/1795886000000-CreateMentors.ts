import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mentors: the organization's expertise vocabulary, mentor profiles (one per organization and
 * person), effective-dated hourly rates (insert-only: history is never overwritten), success-fee
 * terms (general or per programme), declared conflicts, startups' mentoring needs, assignments
 * (exclusion constraints: one lead per startup on any day, one assignment per mentor and startup
 * on any day; btree_gist for the uuid equality) and sessions with their review state and the
 * statement lock columns. Every table under forced row level security by organization.
 */
export class CreateMentors1795886000000 implements MigrationInterface {
  name = 'CreateMentors1795886000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`CREATE TABLE "mentor_tags" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "key" text NOT NULL, "label" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_mentor_tags_key" CHECK (key ~ '^[a-z0-9][a-z0-9-]{0,39}$'), CONSTRAINT "pk_mentor_tags" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mentor_tags_org_key" ON "mentor_tags" ("organization_id", "key")`);
    await queryRunner.query(`CREATE TABLE "mentor_profiles" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" text NOT NULL, "tags" text array NOT NULL, "bio" text NOT NULL, "capacity" integer NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_mentor_profiles_capacity" CHECK (capacity BETWEEN 1 AND 100), CONSTRAINT "ck_mentor_profiles_kind" CHECK (kind IN ('lead', 'expert')), CONSTRAINT "pk_mentor_profiles" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mentor_profiles_org_user" ON "mentor_profiles" ("organization_id", "user_id")`);
    await queryRunner.query(`CREATE TABLE "mentor_rates" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "profile_id" uuid NOT NULL, "amount_minor" bigint NOT NULL, "currency" text NOT NULL, "effective_from" date NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_mentor_rates_amount" CHECK (amount_minor > 0), CONSTRAINT "pk_mentor_rates" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mentor_rates_profile_from" ON "mentor_rates" ("organization_id", "profile_id", "effective_from")`);
    await queryRunner.query(`CREATE TABLE "mentor_fee_terms" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "profile_id" uuid NOT NULL, "programme_id" uuid, "amount_minor" bigint NOT NULL, "currency" text NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_mentor_fee_terms_amount" CHECK (amount_minor >= 0), CONSTRAINT "pk_mentor_fee_terms" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mentor_fee_terms_programme" ON "mentor_fee_terms" ("organization_id", "profile_id", "programme_id") WHERE programme_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mentor_fee_terms_general" ON "mentor_fee_terms" ("organization_id", "profile_id") WHERE programme_id IS NULL`);
    await queryRunner.query(`CREATE TABLE "mentor_conflicts" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "profile_id" uuid NOT NULL, "startup_id" uuid NOT NULL, "reason" text NOT NULL, "declared_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_mentor_conflicts" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mentor_conflicts_profile_startup" ON "mentor_conflicts" ("organization_id", "profile_id", "startup_id")`);
    await queryRunner.query(`CREATE TABLE "startup_mentoring_needs" ("organization_id" uuid NOT NULL, "startup_id" uuid NOT NULL, "tags" text array NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_startup_mentoring_needs" PRIMARY KEY ("organization_id", "startup_id"))`);
    await queryRunner.query(`CREATE TABLE "mentor_assignments" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "profile_id" uuid NOT NULL, "startup_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "role" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_mentor_assignments_dates" CHECK (ends_on IS NULL OR ends_on >= starts_on), CONSTRAINT "ck_mentor_assignments_role" CHECK (role IN ('lead', 'expert')), CONSTRAINT "ex_mentor_assignments_once" EXCLUDE USING gist ("organization_id" WITH =, "profile_id" WITH =, "startup_id" WITH =, daterange("starts_on", "ends_on", '[]') WITH &&), CONSTRAINT "ex_mentor_assignments_one_lead" EXCLUDE USING gist ("organization_id" WITH =, "startup_id" WITH =, daterange("starts_on", "ends_on", '[]') WITH &&) WHERE (role = 'lead'), CONSTRAINT "pk_mentor_assignments" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_mentor_assignments_org_startup" ON "mentor_assignments" ("organization_id", "startup_id", "starts_on")`);
    await queryRunner.query(`CREATE INDEX "ix_mentor_assignments_org_profile" ON "mentor_assignments" ("organization_id", "profile_id", "starts_on")`);
    await queryRunner.query(`CREATE TABLE "mentor_sessions" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "profile_id" uuid NOT NULL, "assignment_id" uuid NOT NULL, "startup_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "session_on" date NOT NULL, "minutes" integer NOT NULL, "topic" text NOT NULL, "notes" text NOT NULL, "attendee_user_ids" uuid array NOT NULL, "status" text NOT NULL DEFAULT 'logged', "approved_minutes" integer, "founder_user_id" uuid, "founder_responded_at" TIMESTAMP WITH TIME ZONE, "dispute_reason" text, "reviewed_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "review_comment" text, "locked_at" TIMESTAMP WITH TIME ZONE, "locked_statement_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_mentor_sessions_reasons" CHECK ((status <> 'rejected' OR review_comment IS NOT NULL) AND (status <> 'disputed' OR dispute_reason IS NOT NULL)), CONSTRAINT "ck_mentor_sessions_approved_minutes" CHECK ((status = 'approved') = (approved_minutes IS NOT NULL) AND (approved_minutes IS NULL OR approved_minutes BETWEEN 1 AND minutes)), CONSTRAINT "ck_mentor_sessions_status" CHECK (status IN ('logged', 'confirmed', 'disputed', 'approved', 'rejected')), CONSTRAINT "ck_mentor_sessions_minutes" CHECK (minutes BETWEEN 1 AND 720), CONSTRAINT "pk_mentor_sessions" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_mentor_sessions_org_status_on" ON "mentor_sessions" ("organization_id", "status", "session_on")`);
    await queryRunner.query(`CREATE INDEX "ix_mentor_sessions_org_startup_on" ON "mentor_sessions" ("organization_id", "startup_id", "session_on")`);
    await queryRunner.query(`CREATE INDEX "ix_mentor_sessions_org_profile_on" ON "mentor_sessions" ("organization_id", "profile_id", "session_on")`);
    await queryRunner.query(`ALTER TABLE "mentor_rates" ADD CONSTRAINT "fk_mentor_rates_profile" FOREIGN KEY ("profile_id") REFERENCES "mentor_profiles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mentor_fee_terms" ADD CONSTRAINT "fk_mentor_fee_terms_profile" FOREIGN KEY ("profile_id") REFERENCES "mentor_profiles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mentor_conflicts" ADD CONSTRAINT "fk_mentor_conflicts_profile" FOREIGN KEY ("profile_id") REFERENCES "mentor_profiles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mentor_assignments" ADD CONSTRAINT "fk_mentor_assignments_profile" FOREIGN KEY ("profile_id") REFERENCES "mentor_profiles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mentor_sessions" ADD CONSTRAINT "fk_mentor_sessions_profile" FOREIGN KEY ("profile_id") REFERENCES "mentor_profiles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mentor_sessions" ADD CONSTRAINT "fk_mentor_sessions_assignment" FOREIGN KEY ("assignment_id") REFERENCES "mentor_assignments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    for (const table of TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY tenant_isolation ON "${table}" USING (organization_id = app_current_organization()) WITH CHECK (organization_id = app_current_organization())`);
    }
    // Rates, tags and conflicts are records: inserted and read, never changed or deleted.
    await queryRunner.query(`GRANT SELECT, INSERT ON "mentor_tags", "mentor_rates", "mentor_conflicts" TO hatchery_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "mentor_profiles", "mentor_fee_terms", "mentor_assignments", "mentor_sessions", "startup_mentoring_needs" TO hatchery_app`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await queryRunner.query(`DROP TABLE "${table}"`);
  }
}

const TABLES = ['mentor_tags', 'mentor_profiles', 'mentor_rates', 'mentor_fee_terms', 'mentor_conflicts', 'startup_mentoring_needs', 'mentor_assignments', 'mentor_sessions'];
