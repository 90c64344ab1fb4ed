import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Spaces: sites, spaces with their effective-dated market rates, rent plans with effective-dated
 * terms, the plans a programme gives (keyed by programme), and leases; each table under forced row
 * level security by organization. An exclusive space never holds two overlapping leases (an
 * exclusion constraint on the date range, btree_gist for the uuid equality); a lease continues
 * another at most once (graduation). Rates and terms are records: the app inserts and reads them.
 */
export class CreateSpaces1795897300000 implements MigrationInterface {
  name = 'CreateSpaces1795897300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`CREATE TABLE "rent_plans" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "notice_days" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_rent_plans_notice" CHECK (notice_days >= 0), CONSTRAINT "ck_rent_plans_kind" CHECK (kind IN ('free', 'share_of_market', 'fixed')), CONSTRAINT "pk_rent_plans" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_rent_plans_org_name" ON "rent_plans" ("organization_id", "name") `);
    await queryRunner.query(`CREATE TABLE "rent_plan_terms" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "effective_from" date NOT NULL, "share_bps" integer, "amount_minor" bigint, "currency" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_rent_plan_terms_plan_from" UNIQUE ("plan_id", "effective_from"), CONSTRAINT "ck_rent_plan_terms_amount" CHECK ((amount_minor IS NULL) = (currency IS NULL) AND (amount_minor IS NULL OR amount_minor >= 0)), CONSTRAINT "ck_rent_plan_terms_share" CHECK (share_bps IS NULL OR share_bps BETWEEN 0 AND 100000), CONSTRAINT "pk_rent_plan_terms" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_rent_plan_terms_org_plan" ON "rent_plan_terms" ("organization_id", "plan_id", "effective_from") `);
    await queryRunner.query(`CREATE TABLE "programme_rent_plans" ("programme_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "incubation_plan_id" uuid NOT NULL, "post_incubation_plan_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_programme_rent_plans" PRIMARY KEY ("programme_id"))`);
    await queryRunner.query(`CREATE TABLE "sites" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "name" text NOT NULL, "address" text, "timezone" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_sites" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_sites_org_name" ON "sites" ("organization_id", "name") `);
    await queryRunner.query(`CREATE TABLE "spaces" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "site_id" uuid NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "area_m2" numeric(10,2) NOT NULL, "capacity" integer NOT NULL, "exclusive" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_spaces_capacity" CHECK (capacity >= 1), CONSTRAINT "ck_spaces_area" CHECK (area_m2 > 0), CONSTRAINT "ck_spaces_exclusive" CHECK (exclusive = (kind <> 'desk_area')), CONSTRAINT "ck_spaces_kind" CHECK (kind IN ('office', 'incubation_room', 'desk_area', 'meeting_room', 'training_room')), CONSTRAINT "pk_spaces" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_spaces_org_site" ON "spaces" ("organization_id", "site_id") `);
    await queryRunner.query(`CREATE TABLE "space_rates" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "space_id" uuid NOT NULL, "effective_from" date NOT NULL, "basis" text NOT NULL, "amount_minor" bigint NOT NULL, "currency" text NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_space_rates_space_from" UNIQUE ("space_id", "effective_from"), CONSTRAINT "ck_space_rates_basis" CHECK (basis IN ('per_month', 'per_m2_month')), CONSTRAINT "ck_space_rates_amount" CHECK (amount_minor >= 0), CONSTRAINT "pk_space_rates" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_space_rates_org_space" ON "space_rates" ("organization_id", "space_id", "effective_from") `);
    await queryRunner.query(`CREATE TABLE "leases" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "startup_id" uuid NOT NULL, "space_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "desks" integer, "exclusive" boolean NOT NULL, "continues_lease_id" uuid, "end_reason" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_leases_continues" UNIQUE ("continues_lease_id"), CONSTRAINT "ck_leases_desks" CHECK ((exclusive AND desks IS NULL) OR (NOT exclusive AND desks >= 1)), CONSTRAINT "ck_leases_dates" CHECK (ends_on IS NULL OR ends_on >= starts_on), CONSTRAINT "ex_leases_exclusive_space" EXCLUDE USING gist ("space_id" WITH =, daterange("starts_on", "ends_on", '[]') WITH &&) WHERE (exclusive), CONSTRAINT "pk_leases" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_leases_org_space" ON "leases" ("organization_id", "space_id", "starts_on") `);
    await queryRunner.query(`CREATE INDEX "ix_leases_org_startup" ON "leases" ("organization_id", "startup_id", "starts_on") `);
    await queryRunner.query(`ALTER TABLE "rent_plan_terms" ADD CONSTRAINT "fk_rent_plan_terms_plan" FOREIGN KEY ("plan_id") REFERENCES "rent_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "programme_rent_plans" ADD CONSTRAINT "fk_programme_rent_plans_incubation" FOREIGN KEY ("incubation_plan_id") REFERENCES "rent_plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "programme_rent_plans" ADD CONSTRAINT "fk_programme_rent_plans_post" FOREIGN KEY ("post_incubation_plan_id") REFERENCES "rent_plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "spaces" ADD CONSTRAINT "fk_spaces_site" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "space_rates" ADD CONSTRAINT "fk_space_rates_space" FOREIGN KEY ("space_id") REFERENCES "spaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "leases" ADD CONSTRAINT "fk_leases_space" FOREIGN KEY ("space_id") REFERENCES "spaces"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "leases" ADD CONSTRAINT "fk_leases_plan" FOREIGN KEY ("plan_id") REFERENCES "rent_plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    for (const table of ['sites', 'spaces', 'space_rates', 'rent_plans', 'rent_plan_terms', 'programme_rent_plans', 'leases']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY tenant_isolation ON "${table}" USING (organization_id = app_current_organization()) WITH CHECK (organization_id = app_current_organization())`);
    }
    await queryRunner.query(`GRANT SELECT, INSERT ON "space_rates", "rent_plan_terms" TO hatchery_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "sites", "spaces", "rent_plans", "programme_rent_plans", "leases" TO hatchery_app`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "leases"`);
    await queryRunner.query(`DROP TABLE "space_rates"`);
    await queryRunner.query(`DROP TABLE "spaces"`);
    await queryRunner.query(`DROP TABLE "sites"`);
    await queryRunner.query(`DROP TABLE "programme_rent_plans"`);
    await queryRunner.query(`DROP TABLE "rent_plan_terms"`);
    await queryRunner.query(`DROP TABLE "rent_plans"`);
  }
}
