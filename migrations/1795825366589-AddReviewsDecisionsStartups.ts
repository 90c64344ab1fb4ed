import { MigrationInterface, QueryRunner } from "typeorm";

export class AddReviewsDecisionsStartups1795825366589 implements MigrationInterface {
    name = 'AddReviewsDecisionsStartups1795825366589'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "startups" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "name" text NOT NULL, "sector" text, "stage" text, "origin" text NOT NULL DEFAULT 'external', "status" text NOT NULL DEFAULT 'accepted', "application_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_startups" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_startups_org_application" ON "startups" ("organization_id", "application_id") WHERE application_id IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "ix_startups_org_name" ON "startups" ("organization_id", "name") `);
        await queryRunner.query(`CREATE TABLE "review_assignments" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "application_id" uuid NOT NULL, "round_key" text NOT NULL, "reviewer_user_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'assigned', "comment" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_review_assignments_app_round_reviewer" UNIQUE ("organization_id", "application_id", "round_key", "reviewer_user_id"), CONSTRAINT "pk_review_assignments" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_review_assignments_org_reviewer" ON "review_assignments" ("organization_id", "reviewer_user_id", "round_key") `);
        await queryRunner.query(`CREATE TABLE "review_scores" ("assignment_id" uuid NOT NULL, "criterion_key" text NOT NULL, "organization_id" uuid NOT NULL, "score" integer NOT NULL, CONSTRAINT "ck_review_scores_integer" CHECK (score BETWEEN 0 AND 100), CONSTRAINT "pk_review_scores" PRIMARY KEY ("assignment_id", "criterion_key"))`);
        await queryRunner.query(`CREATE INDEX "ix_review_scores_org_assignment" ON "review_scores" ("organization_id", "assignment_id") `);
        await queryRunner.query(`CREATE TABLE "review_conflicts" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "application_id" uuid NOT NULL, "reviewer_user_id" uuid NOT NULL, "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_review_conflicts_app_reviewer" UNIQUE ("organization_id", "application_id", "reviewer_user_id"), CONSTRAINT "pk_review_conflicts" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "calls" ADD "finalized_rounds" jsonb NOT NULL DEFAULT '[]'`);
        await queryRunner.query(`ALTER TABLE "applications" ADD "round_key" text`);
        await queryRunner.query(`ALTER TABLE "applications" ADD "decided_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "applications" ADD "decision_emailed" text`);
        await queryRunner.query(`ALTER TABLE "review_assignments" ADD CONSTRAINT "fk_review_assignments_application" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "review_assignments" ADD CONSTRAINT "fk_review_assignments_reviewer" FOREIGN KEY ("reviewer_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "review_scores" ADD CONSTRAINT "fk_review_scores_assignment" FOREIGN KEY ("assignment_id") REFERENCES "review_assignments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "review_conflicts" ADD CONSTRAINT "fk_review_conflicts_application" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        for (const table of ['startups', 'review_assignments', 'review_scores', 'review_conflicts']) {
            await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
            await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
            await queryRunner.query(`CREATE POLICY tenant_isolation ON "${table}" USING (organization_id = app_current_organization()) WITH CHECK (organization_id = app_current_organization())`);
        }
        // Jobs act for the organization as 'worker' (decision emails, waitlist promotion, review start).
        await queryRunner.query(`DROP POLICY applicant_or_staff ON "applications"`);
        await queryRunner.query(`CREATE POLICY applicant_or_staff ON "applications" USING (organization_id = app_current_organization() AND (applicant_user_id = app_current_user() OR app_current_role() IN ('owner', 'manager', 'reviewer', 'worker'))) WITH CHECK (organization_id = app_current_organization() AND (applicant_user_id = app_current_user() OR app_current_role() IN ('owner', 'manager', 'reviewer', 'worker')))`);
        await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "startups" TO hatchery_app`);
        await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "review_assignments", "review_scores", "review_conflicts" TO hatchery_app`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP POLICY applicant_or_staff ON "applications"`);
        await queryRunner.query(`CREATE POLICY applicant_or_staff ON "applications" USING (organization_id = app_current_organization() AND (applicant_user_id = app_current_user() OR app_current_role() IN ('owner', 'manager', 'reviewer'))) WITH CHECK (organization_id = app_current_organization() AND (applicant_user_id = app_current_user() OR app_current_role() IN ('owner', 'manager', 'reviewer')))`);
        await queryRunner.query(`ALTER TABLE "review_conflicts" DROP CONSTRAINT "fk_review_conflicts_application"`);
        await queryRunner.query(`ALTER TABLE "review_scores" DROP CONSTRAINT "fk_review_scores_assignment"`);
        await queryRunner.query(`ALTER TABLE "review_assignments" DROP CONSTRAINT "fk_review_assignments_reviewer"`);
        await queryRunner.query(`ALTER TABLE "review_assignments" DROP CONSTRAINT "fk_review_assignments_application"`);
        await queryRunner.query(`ALTER TABLE "applications" DROP COLUMN "decision_emailed"`);
        await queryRunner.query(`ALTER TABLE "applications" DROP COLUMN "decided_at"`);
        await queryRunner.query(`ALTER TABLE "applications" DROP COLUMN "round_key"`);
        await queryRunner.query(`ALTER TABLE "calls" DROP COLUMN "finalized_rounds"`);
        await queryRunner.query(`DROP TABLE "review_conflicts"`);
        await queryRunner.query(`DROP INDEX "public"."ix_review_scores_org_assignment"`);
        await queryRunner.query(`DROP TABLE "review_scores"`);
        await queryRunner.query(`DROP INDEX "public"."ix_review_assignments_org_reviewer"`);
        await queryRunner.query(`DROP TABLE "review_assignments"`);
        await queryRunner.query(`DROP INDEX "public"."ix_startups_org_name"`);
        await queryRunner.query(`DROP INDEX "public"."uq_startups_org_application"`);
        await queryRunner.query(`DROP TABLE "startups"`);
    }

}
