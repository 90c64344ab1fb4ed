import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateProgrammesCallsApplications1795824518132 implements MigrationInterface {
    name = 'CreateProgrammesCallsApplications1795824518132'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "programmes" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "name" text NOT NULL, "type" text NOT NULL, "description" text, "phase_template" jsonb NOT NULL, "rubric" jsonb NOT NULL, "equity_kind" text NOT NULL DEFAULT 'none', "equity_min_bps" integer, "equity_max_bps" integer, "equity_never_majority" boolean NOT NULL DEFAULT false, "equity_fixed_bps" integer, "equity_after_months" integer, "grant_min_minor" bigint, "grant_max_minor" bigint, "grant_currency" character(3), "perk_cap_minor" bigint, "perk_cap_currency" character(3), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_programmes_grant_range" CHECK (grant_min_minor IS NULL OR (grant_min_minor >= 0 AND grant_min_minor <= grant_max_minor)), CONSTRAINT "ck_programmes_never_majority" CHECK (NOT equity_never_majority OR equity_max_bps < 5000), CONSTRAINT "ck_programmes_equity_range" CHECK (equity_min_bps IS NULL OR equity_max_bps IS NULL OR equity_min_bps <= equity_max_bps), CONSTRAINT "ck_programmes_equity_bps" CHECK ((equity_min_bps IS NULL OR equity_min_bps BETWEEN 0 AND 10000) AND (equity_max_bps IS NULL OR equity_max_bps BETWEEN 0 AND 10000) AND (equity_fixed_bps IS NULL OR equity_fixed_bps BETWEEN 0 AND 10000)), CONSTRAINT "pk_programmes" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_programmes_org_name" ON "programmes" ("organization_id", "name") `);
        await queryRunner.query(`CREATE TABLE "calls" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "title" text NOT NULL, "theme" text, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "capacity" integer NOT NULL, "questions" jsonb NOT NULL, "reviewers_per_application" integer NOT NULL, "blind_review" boolean NOT NULL DEFAULT false, "rounds" jsonb NOT NULL, "status" text NOT NULL DEFAULT 'draft', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_calls_reviewers" CHECK (reviewers_per_application > 0), CONSTRAINT "ck_calls_capacity" CHECK (capacity > 0), CONSTRAINT "ck_calls_window" CHECK (closes_at > opens_at), CONSTRAINT "pk_calls" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_calls_org_programme" ON "calls" ("organization_id", "programme_id") `);
        await queryRunner.query(`CREATE INDEX "ix_calls_org_status" ON "calls" ("organization_id", "status") `);
        await queryRunner.query(`CREATE TABLE "applications" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "call_id" uuid NOT NULL, "applicant_user_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'draft', "startup_name" text, "sector" text, "stage" text, "idea" text, "team_size" integer, "previous_experience" text, "founders" jsonb NOT NULL DEFAULT '[]', "answers" jsonb NOT NULL DEFAULT '{}', "submitted_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_applications_org_call_applicant" UNIQUE ("organization_id", "call_id", "applicant_user_id"), CONSTRAINT "ck_applications_team_size" CHECK (team_size IS NULL OR team_size > 0), CONSTRAINT "pk_applications" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_applications_applicant" ON "applications" ("applicant_user_id") `);
        await queryRunner.query(`CREATE INDEX "ix_applications_org_call_status" ON "applications" ("organization_id", "call_id", "status") `);
        await queryRunner.query(`ALTER TABLE "calls" ADD CONSTRAINT "fk_calls_programme" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "applications" ADD CONSTRAINT "fk_applications_call" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "applications" ADD CONSTRAINT "fk_applications_applicant" FOREIGN KEY ("applicant_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        // Row level security, as for every tenant table (see CreateFoundation).
        for (const table of ['programmes', 'calls', 'applications']) {
            await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
            await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
        }
        await queryRunner.query(`CREATE FUNCTION app_current_role() RETURNS text LANGUAGE sql STABLE AS $$ SELECT NULLIF(current_setting('app.role', true), '') $$`);
        await queryRunner.query(`GRANT EXECUTE ON FUNCTION app_current_role() TO hatchery_app, hatchery_system`);
        for (const table of ['programmes', 'calls']) {
            await queryRunner.query(`CREATE POLICY tenant_isolation ON "${table}" USING (organization_id = app_current_organization()) WITH CHECK (organization_id = app_current_organization())`);
        }
        // An applicant sees and writes only their own applications; staff see the organization's.
        await queryRunner.query(`CREATE POLICY applicant_or_staff ON "applications" USING (organization_id = app_current_organization() AND (applicant_user_id = app_current_user() OR app_current_role() IN ('owner', 'manager', 'reviewer'))) WITH CHECK (organization_id = app_current_organization() AND (applicant_user_id = app_current_user() OR app_current_role() IN ('owner', 'manager', 'reviewer')))`);
        // Routes open to non-members (public calls, applicants) find an organization by its slug, which is public.
        await queryRunner.query(`CREATE POLICY organizations_by_public_slug ON "organizations" FOR SELECT USING (slug = NULLIF(current_setting('app.public_slug', true), ''))`);
        // The call sweeper finds due openings and closings in every organization.
        await queryRunner.query(`CREATE POLICY call_sweeper ON "calls" FOR SELECT TO hatchery_system USING (true)`);
        await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "programmes", "calls", "applications" TO hatchery_app`);
        await queryRunner.query(`GRANT SELECT ("id", "organization_id", "status", "opens_at", "closes_at") ON "calls" TO hatchery_system`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP POLICY organizations_by_public_slug ON "organizations"`);
        await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "fk_applications_applicant"`);
        await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "fk_applications_call"`);
        await queryRunner.query(`ALTER TABLE "calls" DROP CONSTRAINT "fk_calls_programme"`);
        await queryRunner.query(`DROP INDEX "public"."ix_applications_org_call_status"`);
        await queryRunner.query(`DROP INDEX "public"."ix_applications_applicant"`);
        await queryRunner.query(`DROP TABLE "applications"`);
        await queryRunner.query(`DROP INDEX "public"."ix_calls_org_status"`);
        await queryRunner.query(`DROP INDEX "public"."ix_calls_org_programme"`);
        await queryRunner.query(`DROP TABLE "calls"`);
        await queryRunner.query(`DROP INDEX "public"."ix_programmes_org_name"`);
        await queryRunner.query(`DROP TABLE "programmes"`);
        await queryRunner.query(`DROP FUNCTION app_current_role()`);
    }

}
