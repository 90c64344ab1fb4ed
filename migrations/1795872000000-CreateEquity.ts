import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['cap_tables', 'share_classes', 'holders', 'equity_entries', 'stake_bookings', 'investments', 'write_offs', 'proceeds'];

/**
 * Equity: cap tables as an append-only ledger (share classes, holders, entries), confirmed stake
 * bookings, investments, write-offs and proceeds. Every table is tenant-owned under forced row
 * level security by organization.
 *
 * Append-only, twice over: the app role may only SELECT and INSERT on every equity table (and
 * UPDATE on nothing but `cap_tables`, whose row it locks with SELECT … FOR UPDATE, which needs it),
 * and a trigger on `equity_entries` refuses UPDATE and DELETE for every role, the owner's too, so
 * history cannot be rewritten by a migration script either. A wrong entry is undone by a
 * reversing entry.
 */
export class CreateEquity1795872000000 implements MigrationInterface {
  name = 'CreateEquity1795872000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "cap_tables" ("startup_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_cap_tables" PRIMARY KEY ("startup_id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_cap_tables_org_startup" ON "cap_tables" ("organization_id", "startup_id")`);
    await queryRunner.query(`CREATE TABLE "share_classes" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "startup_id" uuid NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_share_classes_kind" CHECK (kind IN ('common', 'preferred')), CONSTRAINT "pk_share_classes" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_share_classes_startup_name" ON "share_classes" ("organization_id", "startup_id", "name")`);
    await queryRunner.query(`CREATE TABLE "holders" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "startup_id" uuid NOT NULL, "kind" text NOT NULL, "name" text NOT NULL, "user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_holders_user_is_founder" CHECK (user_id IS NULL OR kind = 'founder'), CONSTRAINT "ck_holders_kind" CHECK (kind IN ('organization', 'founder', 'investor', 'option_pool')), CONSTRAINT "pk_holders" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_holders_startup_user" ON "holders" ("startup_id", "user_id") WHERE user_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_holders_one_organization" ON "holders" ("startup_id") WHERE kind = 'organization'`);
    await queryRunner.query(`CREATE INDEX "ix_holders_org_startup" ON "holders" ("organization_id", "startup_id")`);
    await queryRunner.query(`CREATE TABLE "equity_entries" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "startup_id" uuid NOT NULL, "kind" text NOT NULL, "entry_date" date NOT NULL, "share_class_id" uuid NOT NULL, "from_holder_id" uuid, "to_holder_id" uuid, "shares" bigint NOT NULL, "price_minor" bigint, "price_currency" text, "reverses_entry_id" uuid, "override_reason" text, "note" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_equity_entries_price" CHECK ((price_minor IS NULL) = (price_currency IS NULL) AND (price_minor IS NULL OR price_minor >= 0)), CONSTRAINT "ck_equity_entries_holders" CHECK ((kind = 'issuance' AND from_holder_id IS NULL AND to_holder_id IS NOT NULL) OR (kind = 'transfer' AND from_holder_id IS NOT NULL AND to_holder_id IS NOT NULL AND from_holder_id <> to_holder_id) OR (kind = 'cancellation' AND from_holder_id IS NOT NULL AND to_holder_id IS NULL)), CONSTRAINT "ck_equity_entries_shares" CHECK (shares > 0), CONSTRAINT "ck_equity_entries_kind" CHECK (kind IN ('issuance', 'transfer', 'cancellation')), CONSTRAINT "pk_equity_entries" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_equity_entries_reverses" ON "equity_entries" ("reverses_entry_id") WHERE reverses_entry_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_equity_entries_org_startup_date" ON "equity_entries" ("organization_id", "startup_id", "entry_date", "id")`);
    await queryRunner.query(`CREATE TABLE "stake_bookings" ("action_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "startup_id" uuid NOT NULL, "stake_bps" integer NOT NULL, "shares" bigint NOT NULL, "entry_id" uuid, "outcome" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_stake_bookings" PRIMARY KEY ("action_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_stake_bookings_org_startup" ON "stake_bookings" ("organization_id", "startup_id")`);
    await queryRunner.query(`CREATE TABLE "investments" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "startup_id" uuid NOT NULL, "investor_holder_id" uuid NOT NULL, "instrument" text NOT NULL, "amount_minor" bigint NOT NULL, "currency" text NOT NULL, "pre_money_minor" bigint NOT NULL, "invested_on" date NOT NULL, "entry_id" uuid, "conversion_shares" bigint, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_investments_conversion" CHECK (conversion_shares IS NULL OR (conversion_shares > 0 AND instrument <> 'equity')), CONSTRAINT "ck_investments_amounts" CHECK (amount_minor > 0 AND pre_money_minor > 0), CONSTRAINT "ck_investments_instrument" CHECK (instrument IN ('equity', 'safe', 'convertible_note')), CONSTRAINT "pk_investments" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_investments_org_startup" ON "investments" ("organization_id", "startup_id")`);
    await queryRunner.query(`CREATE TABLE "write_offs" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "startup_id" uuid NOT NULL, "investment_id" uuid NOT NULL, "amount_minor" bigint NOT NULL, "currency" text NOT NULL, "written_off_on" date NOT NULL, "reason" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_write_offs" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_write_offs_org_startup" ON "write_offs" ("organization_id", "startup_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_write_offs_investment" ON "write_offs" ("investment_id")`);
    await queryRunner.query(`CREATE TABLE "proceeds" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "startup_id" uuid NOT NULL, "amount_minor" bigint NOT NULL, "currency" text NOT NULL, "received_on" date NOT NULL, "note" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_proceeds_amount" CHECK (amount_minor > 0), CONSTRAINT "pk_proceeds" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_proceeds_org_startup" ON "proceeds" ("organization_id", "startup_id")`);
    await queryRunner.query(`ALTER TABLE "equity_entries" ADD CONSTRAINT "fk_equity_entries_share_class" FOREIGN KEY ("share_class_id") REFERENCES "share_classes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "equity_entries" ADD CONSTRAINT "fk_equity_entries_from_holder" FOREIGN KEY ("from_holder_id") REFERENCES "holders"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "equity_entries" ADD CONSTRAINT "fk_equity_entries_to_holder" FOREIGN KEY ("to_holder_id") REFERENCES "holders"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "investments" ADD CONSTRAINT "fk_investments_investor" FOREIGN KEY ("investor_holder_id") REFERENCES "holders"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "write_offs" ADD CONSTRAINT "fk_write_offs_investment" FOREIGN KEY ("investment_id") REFERENCES "investments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    for (const table of TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY tenant_isolation ON "${table}" USING (organization_id = app_current_organization()) WITH CHECK (organization_id = app_current_organization())`);
      await queryRunner.query(`GRANT SELECT, INSERT ON "${table}" TO hatchery_app`);
    }
    await queryRunner.query(`GRANT UPDATE ("created_at") ON "cap_tables" TO hatchery_app`);
    await queryRunner.query(
      `CREATE FUNCTION equity_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'equity_entries is append-only: book a reversing entry' USING ERRCODE = 'insufficient_privilege'; END $$`,
    );
    await queryRunner.query(`REVOKE ALL ON FUNCTION equity_entries_append_only() FROM PUBLIC`);
    await queryRunner.query(`CREATE TRIGGER equity_entries_append_only BEFORE UPDATE OR DELETE ON "equity_entries" FOR EACH ROW EXECUTE FUNCTION equity_entries_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER equity_entries_append_only ON "equity_entries"`);
    await queryRunner.query(`DROP FUNCTION equity_entries_append_only()`);
    for (const table of ['write_offs', 'proceeds', 'investments', 'stake_bookings', 'equity_entries', 'holders', 'share_classes', 'cap_tables']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
