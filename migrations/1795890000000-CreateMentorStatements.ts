import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mentors, second half: monthly statements and success fees.
 *
 * - `mentor_statement_runs`: one row per organization and month once that month's statements were
 *   issued; inserting it first is the run's mutex (two workers, a job delivered twice: the second
 *   finds the row and does nothing).
 * - `mentor_statements`: one per mentor profile and month (unique), frozen once issued.
 * - `mentor_statement_lines`: a session, a late-approved session of an earlier month (adjustment) or a
 *   success fee; a session and a fee are paid by one line ever (unique keys).
 * - `mentor_success_fees`: accrued once per mentor and startup (unique) when its outcome turns successful.
 *
 * All four are insert-only: the app role has SELECT and INSERT, and a trigger refuses UPDATE and
 * DELETE for every role. The system role reads which organizations have mentors and which months
 * ran (the month-end sweep), nothing else.
 */
export class CreateMentorStatements1795890000000 implements MigrationInterface {
  name = 'CreateMentorStatements1795890000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "mentor_statement_runs" ("organization_id" uuid NOT NULL, "month" date NOT NULL, "run_at" TIMESTAMP WITH TIME ZONE NOT NULL, "run_by" uuid, CONSTRAINT "ck_mentor_statement_runs_month" CHECK (extract(day from month) = 1), CONSTRAINT "pk_mentor_statement_runs" PRIMARY KEY ("organization_id", "month"))`);
    await queryRunner.query(`CREATE TABLE "mentor_statements" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "profile_id" uuid NOT NULL, "month" date NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_mentor_statements_month" CHECK (extract(day from month) = 1), CONSTRAINT "pk_mentor_statements" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mentor_statements_profile_month" ON "mentor_statements" ("organization_id", "profile_id", "month")`);
    await queryRunner.query(`CREATE INDEX "ix_mentor_statements_org_month" ON "mentor_statements" ("organization_id", "month")`);
    await queryRunner.query(`CREATE TABLE "mentor_success_fees" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "profile_id" uuid NOT NULL, "startup_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "assignment_id" uuid NOT NULL, "fee_terms_id" uuid NOT NULL, "amount_minor" bigint NOT NULL, "currency" text NOT NULL, "accrued_on" date NOT NULL, "outcome_status" text NOT NULL, "accrued_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_mentor_success_fees_amount" CHECK (amount_minor > 0), CONSTRAINT "pk_mentor_success_fees" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mentor_success_fees_once" ON "mentor_success_fees" ("organization_id", "profile_id", "startup_id")`);
    await queryRunner.query(`CREATE TABLE "mentor_statement_lines" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "statement_id" uuid NOT NULL, "kind" text NOT NULL, "session_id" uuid, "success_fee_id" uuid, "startup_id" uuid NOT NULL, "occurred_on" date NOT NULL, "minutes" integer, "rate_id" uuid, "rate_minor" bigint, "rate_effective_from" date, "amount_minor" bigint NOT NULL, "currency" text NOT NULL, "description" text NOT NULL, CONSTRAINT "ck_mentor_statement_lines_kind" CHECK (kind IN ('session', 'adjustment', 'success_fee')), CONSTRAINT "ck_mentor_statement_lines_shape" CHECK ((kind = 'success_fee' AND success_fee_id IS NOT NULL AND session_id IS NULL) OR (kind <> 'success_fee' AND session_id IS NOT NULL AND success_fee_id IS NULL AND minutes IS NOT NULL AND rate_minor IS NOT NULL)), CONSTRAINT "ck_mentor_statement_lines_amount" CHECK (amount_minor >= 0), CONSTRAINT "pk_mentor_statement_lines" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_mentor_statement_lines_statement" ON "mentor_statement_lines" ("organization_id", "statement_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mentor_statement_lines_session" ON "mentor_statement_lines" ("organization_id", "session_id") WHERE session_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mentor_statement_lines_fee" ON "mentor_statement_lines" ("organization_id", "success_fee_id") WHERE success_fee_id IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "mentor_statements" ADD CONSTRAINT "fk_mentor_statements_profile" FOREIGN KEY ("profile_id") REFERENCES "mentor_profiles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mentor_success_fees" ADD CONSTRAINT "fk_mentor_success_fees_profile" FOREIGN KEY ("profile_id") REFERENCES "mentor_profiles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mentor_statement_lines" ADD CONSTRAINT "fk_mentor_statement_lines_statement" FOREIGN KEY ("statement_id") REFERENCES "mentor_statements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mentor_statement_lines" ADD CONSTRAINT "fk_mentor_statement_lines_session" FOREIGN KEY ("session_id") REFERENCES "mentor_sessions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mentor_statement_lines" ADD CONSTRAINT "fk_mentor_statement_lines_fee" FOREIGN KEY ("success_fee_id") REFERENCES "mentor_success_fees"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    for (const table of TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY tenant_isolation ON "${table}" USING (organization_id = app_current_organization()) WITH CHECK (organization_id = app_current_organization())`);
    }
    await queryRunner.query(`GRANT SELECT, INSERT ON "mentor_statement_runs", "mentor_statements", "mentor_statement_lines", "mentor_success_fees" TO hatchery_app`);
    // Frozen once written: no role updates or deletes them (a correction is an adjustment on a later statement).
    await queryRunner.query(
      `CREATE FUNCTION mentor_statements_frozen() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '% is frozen once issued: a correction is an adjustment on a later statement', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'; END $$`,
    );
    await queryRunner.query(`REVOKE ALL ON FUNCTION mentor_statements_frozen() FROM PUBLIC`);
    for (const table of TABLES) {
      await queryRunner.query(`CREATE TRIGGER ${table}_frozen BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION mentor_statements_frozen()`);
    }
    // The month-end sweep (system role) finds organizations with mentors and the months that ran.
    await queryRunner.query(`CREATE POLICY statement_sweep ON "mentor_profiles" FOR SELECT TO hatchery_system USING (true)`);
    await queryRunner.query(`GRANT SELECT ("organization_id") ON "mentor_profiles" TO hatchery_system`);
    await queryRunner.query(`CREATE POLICY statement_sweep ON "mentor_statement_runs" FOR SELECT TO hatchery_system USING (true)`);
    await queryRunner.query(`GRANT SELECT ("organization_id", "month") ON "mentor_statement_runs" TO hatchery_system`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY statement_sweep ON "mentor_profiles"`);
    await queryRunner.query(`REVOKE SELECT ("organization_id") ON "mentor_profiles" FROM hatchery_system`);
    for (const table of ['mentor_statement_lines', 'mentor_success_fees', 'mentor_statements', 'mentor_statement_runs']) await queryRunner.query(`DROP TABLE "${table}"`);
    await queryRunner.query(`DROP FUNCTION mentor_statements_frozen()`);
  }
}

const TABLES = ['mentor_statement_runs', 'mentor_statements', 'mentor_success_fees', 'mentor_statement_lines'];
