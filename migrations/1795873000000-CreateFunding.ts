import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Funding: grants and their tranches, the perk catalogue and perk redemptions; each table under
 * forced row level security by organization. Grants and redemptions are records of money: the app
 * may insert and read them, never change or delete them; a tranche changes status (scheduled →
 * payable → disbursed); a perk is edited or deactivated. The system role reads the four columns the
 * tranche sweep needs (scheduled date tranches that fell due), across organizations, and nothing else.
 */
export class CreateFunding1795873000000 implements MigrationInterface {
  name = 'CreateFunding1795873000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "perks" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "partner" text NOT NULL, "description" text NOT NULL, "value_minor" bigint NOT NULL, "currency" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_perks_value" CHECK (value_minor >= 0), CONSTRAINT "pk_perks" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_perks_org_partner" ON "perks" ("organization_id", "partner") `);
    await queryRunner.query(
      `CREATE TABLE "perk_redemptions" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "startup_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "perk_id" uuid NOT NULL, "year" integer NOT NULL, "year_starts_on" date NOT NULL, "year_ends_on" date NOT NULL, "redeemed_on" date NOT NULL, "value_minor" bigint NOT NULL, "value_currency" text NOT NULL, "rate" numeric, "rate_source" text, "rate_on" date, "charged_minor" bigint NOT NULL, "cap_currency" text NOT NULL, "note" text, "redeemed_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_perk_redemptions_rate" CHECK ((rate IS NULL) = (rate_source IS NULL) AND (rate IS NULL) = (rate_on IS NULL)), CONSTRAINT "pk_perk_redemptions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_perk_redemptions_org_enrolment_year" ON "perk_redemptions" ("organization_id", "enrolment_id", "year") `);
    await queryRunner.query(`CREATE INDEX "ix_perk_redemptions_org_startup" ON "perk_redemptions" ("organization_id", "startup_id") `);
    await queryRunner.query(
      `CREATE TABLE "grants" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "startup_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "amount_minor" bigint NOT NULL, "currency" text NOT NULL, "purpose" text, "awarded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_grants_amount" CHECK (amount_minor > 0), CONSTRAINT "pk_grants" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_grants_org_startup" ON "grants" ("organization_id", "startup_id") `);
    await queryRunner.query(
      `CREATE TABLE "grant_tranches" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "grant_id" uuid NOT NULL, "position" integer NOT NULL, "amount_minor" bigint NOT NULL, "currency" text NOT NULL, "milestone_id" uuid, "due_on" date, "payable_at" TIMESTAMP WITH TIME ZONE, "status" text NOT NULL DEFAULT 'scheduled', "payable_since" TIMESTAMP WITH TIME ZONE, "disbursed_on" date, "bank_reference" text, "disbursed_by" uuid, "disbursed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_grant_tranches_status" CHECK (status IN ('scheduled', 'payable', 'disbursed')), CONSTRAINT "ck_grant_tranches_trigger" CHECK ((milestone_id IS NULL) <> (due_on IS NULL)), CONSTRAINT "ck_grant_tranches_amount" CHECK (amount_minor > 0), CONSTRAINT "pk_grant_tranches" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_grant_tranches_due" ON "grant_tranches" ("payable_at") WHERE status = 'scheduled'`);
    await queryRunner.query(`CREATE INDEX "ix_grant_tranches_org_milestone" ON "grant_tranches" ("organization_id", "milestone_id") WHERE status = 'scheduled'`);
    await queryRunner.query(`CREATE INDEX "ix_grant_tranches_org_grant" ON "grant_tranches" ("organization_id", "grant_id") `);
    await queryRunner.query(`ALTER TABLE "perk_redemptions" ADD CONSTRAINT "fk_perk_redemptions_perk" FOREIGN KEY ("perk_id") REFERENCES "perks"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "grant_tranches" ADD CONSTRAINT "fk_grant_tranches_grant" FOREIGN KEY ("grant_id") REFERENCES "grants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    for (const table of ['grants', 'grant_tranches', 'perks', 'perk_redemptions']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY tenant_isolation ON "${table}" USING (organization_id = app_current_organization()) WITH CHECK (organization_id = app_current_organization())`);
    }
    await queryRunner.query(`GRANT SELECT, INSERT ON "grants", "perk_redemptions" TO hatchery_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "grant_tranches", "perks" TO hatchery_app`);

    // The tranche sweep reads due date tranches across organizations, and nothing else.
    await queryRunner.query(`CREATE POLICY tranche_sweep ON "grant_tranches" FOR SELECT TO hatchery_system USING (true)`);
    await queryRunner.query(`GRANT SELECT ("organization_id", "grant_id", "status", "payable_at") ON "grant_tranches" TO hatchery_system`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "grant_tranches" DROP CONSTRAINT "fk_grant_tranches_grant"`);
    await queryRunner.query(`ALTER TABLE "perk_redemptions" DROP CONSTRAINT "fk_perk_redemptions_perk"`);
    await queryRunner.query(`DROP TABLE "grant_tranches"`);
    await queryRunner.query(`DROP TABLE "grants"`);
    await queryRunner.query(`DROP TABLE "perk_redemptions"`);
    await queryRunner.query(`DROP TABLE "perks"`);
  }
}
