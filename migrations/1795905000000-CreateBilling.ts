import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Billing: rent invoices, credit notes, payments and their allocation, dunning reminders.
 *
 * - `invoice_runs`: one row per organization and period (a month, billed in arrears) once its
 *   invoices are issued: the run's mutex and the period's lock.
 * - `invoice_counters`: the last number per organization, series and year, taken under the row's
 *   lock in the issuing transaction (gapless: a rolled-back run gives its numbers back).
 * - `invoices` (invoices and credit notes), `invoice_lines`, `payments`, `payment_allocations`,
 *   `invoice_reminders`: insert-only; a trigger refuses UPDATE and DELETE for every role.
 * - A lease change that would alter a day of an invoiced period is refused by a trigger on
 *   `leases` (`leases_period_locked`, mapped to 409 PERIOD_LOCKED), unless the transaction says it
 *   follows a startup's outcome (`hatchery.lease_outcome`): then the issued invoices stand.
 * - The month-end sweep (system role) reads which organizations have leases.
 */
export class CreateBilling1795905000000 implements MigrationInterface {
  name = 'CreateBilling1795905000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "billing_settings" ("organization_id" uuid NOT NULL, "invoice_prefix" text NOT NULL, "payment_terms_days" integer NOT NULL, "first_period" date, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_billing_settings_first_period" CHECK (extract(day from first_period) = 1), CONSTRAINT "ck_billing_settings_terms" CHECK (payment_terms_days BETWEEN 0 AND 120), CONSTRAINT "ck_billing_settings_prefix" CHECK (invoice_prefix ~ '^[A-Z0-9]{2,10}$'), CONSTRAINT "pk_billing_settings" PRIMARY KEY ("organization_id"))`);
    await queryRunner.query(`CREATE TABLE "invoice_runs" ("organization_id" uuid NOT NULL, "period" date NOT NULL, "run_at" TIMESTAMP WITH TIME ZONE NOT NULL, "run_by" uuid, CONSTRAINT "ck_invoice_runs_period" CHECK (extract(day from period) = 1), CONSTRAINT "pk_invoice_runs" PRIMARY KEY ("organization_id", "period"))`);
    await queryRunner.query(`CREATE TABLE "invoice_counters" ("organization_id" uuid NOT NULL, "series" text NOT NULL, "year" integer NOT NULL, "last_number" integer NOT NULL, CONSTRAINT "ck_invoice_counters_last" CHECK (last_number >= 0), CONSTRAINT "pk_invoice_counters" PRIMARY KEY ("organization_id", "series", "year"))`);
    await queryRunner.query(`CREATE TABLE "invoices" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "kind" text NOT NULL, "number" text NOT NULL, "year" integer NOT NULL, "sequence" integer NOT NULL, "startup_id" uuid NOT NULL, "lease_id" uuid, "period" date, "credits_invoice_id" uuid, "currency" character(3) NOT NULL, "total_minor" bigint NOT NULL, "market_minor" bigint NOT NULL, "issued_on" date NOT NULL, "due_on" date, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" text, "created_by" uuid, CONSTRAINT "ck_invoices_total" CHECK (total_minor >= 0), CONSTRAINT "ck_invoices_shape" CHECK ((kind = 'invoice' AND lease_id IS NOT NULL AND period IS NOT NULL AND due_on IS NOT NULL AND credits_invoice_id IS NULL) OR (kind = 'credit_note' AND credits_invoice_id IS NOT NULL AND reason IS NOT NULL AND total_minor > 0)), CONSTRAINT "ck_invoices_kind" CHECK (kind IN ('invoice', 'credit_note')), CONSTRAINT "pk_invoices" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_invoices_credits" ON "invoices" ("organization_id", "credits_invoice_id") WHERE credits_invoice_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_invoices_org_period" ON "invoices" ("organization_id", "period") `);
    await queryRunner.query(`CREATE INDEX "ix_invoices_org_due" ON "invoices" ("organization_id", "due_on") WHERE kind = 'invoice'`);
    await queryRunner.query(`CREATE INDEX "ix_invoices_org_startup" ON "invoices" ("organization_id", "startup_id", "issued_on") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_invoices_lease_period" ON "invoices" ("organization_id", "lease_id", "period") WHERE kind = 'invoice'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_invoices_number" ON "invoices" ("organization_id", "kind", "year", "sequence") `);
    await queryRunner.query(`CREATE TABLE "invoice_lines" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "invoice_id" uuid NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "days" integer NOT NULL, "days_in_month" integer NOT NULL, "plan_kind" text NOT NULL, "share_bps" integer, "market_month" numeric(20,4), "price_month" numeric(20,4) NOT NULL, "amount_minor" bigint NOT NULL, "market_minor" bigint NOT NULL, "currency" character(3) NOT NULL, "description" text NOT NULL, CONSTRAINT "ck_invoice_lines_amount" CHECK (amount_minor >= 0 AND market_minor >= 0), CONSTRAINT "ck_invoice_lines_days" CHECK (days >= 1 AND days <= days_in_month), CONSTRAINT "pk_invoice_lines" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_invoice_lines_invoice" ON "invoice_lines" ("organization_id", "invoice_id") `);
    await queryRunner.query(`CREATE TABLE "payments" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "startup_id" uuid NOT NULL, "received_on" date NOT NULL, "amount_minor" bigint NOT NULL, "currency" character(3) NOT NULL, "bank_reference" text NOT NULL, "note" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_payments_amount" CHECK (amount_minor > 0), CONSTRAINT "pk_payments" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_payments_org_startup" ON "payments" ("organization_id", "startup_id", "received_on") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_payments_reference" ON "payments" ("organization_id", "bank_reference") `);
    await queryRunner.query(`CREATE TABLE "payment_allocations" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "payment_id" uuid NOT NULL, "invoice_id" uuid NOT NULL, "amount_minor" bigint NOT NULL, "manual" boolean NOT NULL, "allocated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "allocated_by" uuid, CONSTRAINT "ck_payment_allocations_amount" CHECK (amount_minor > 0), CONSTRAINT "pk_payment_allocations" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_payment_allocations_invoice" ON "payment_allocations" ("organization_id", "invoice_id") `);
    await queryRunner.query(`CREATE INDEX "ix_payment_allocations_payment" ON "payment_allocations" ("organization_id", "payment_id") `);
    await queryRunner.query(`CREATE TABLE "invoice_reminders" ("organization_id" uuid NOT NULL, "invoice_id" uuid NOT NULL, "level" integer NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_invoice_reminders_level" CHECK (level IN (7, 30)), CONSTRAINT "pk_invoice_reminders" PRIMARY KEY ("organization_id", "invoice_id", "level"))`);
    await queryRunner.query(`ALTER TABLE "invoices" ADD CONSTRAINT "fk_invoices_credits" FOREIGN KEY ("credits_invoice_id") REFERENCES "invoices"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invoice_lines" ADD CONSTRAINT "fk_invoice_lines_invoice" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "payment_allocations" ADD CONSTRAINT "fk_payment_allocations_payment" FOREIGN KEY ("payment_id") REFERENCES "payments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "payment_allocations" ADD CONSTRAINT "fk_payment_allocations_invoice" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invoice_reminders" ADD CONSTRAINT "fk_invoice_reminders_invoice" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    for (const table of [...FROZEN, 'billing_settings', 'invoice_counters']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY tenant_isolation ON "${table}" USING (organization_id = app_current_organization()) WITH CHECK (organization_id = app_current_organization())`);
    }
    await queryRunner.query(`GRANT SELECT, INSERT ON ${FROZEN.map((t) => `"${t}"`).join(', ')} TO hatchery_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "billing_settings", "invoice_counters" TO hatchery_app`);
    await queryRunner.query(
      `CREATE FUNCTION billing_frozen() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '% is frozen once written: correct an invoice with a credit note', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'; END $$`,
    );
    await queryRunner.query(`REVOKE ALL ON FUNCTION billing_frozen() FROM PUBLIC`);
    for (const table of FROZEN) {
      await queryRunner.query(`CREATE TRIGGER ${table}_frozen BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION billing_frozen()`);
    }

    // An invoiced period is locked: a lease may not gain or lose a day in it.
    await queryRunner.query(`CREATE FUNCTION leases_period_lock() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE lo date; hi date; locked date;
      BEGIN
        IF current_setting('hatchery.lease_outcome', true) = 'on' THEN RETURN NEW; END IF;
        IF TG_OP = 'INSERT' THEN
          lo := NEW.starts_on; hi := NEW.ends_on;
        ELSE
          IF NEW.ends_on IS NOT DISTINCT FROM OLD.ends_on AND NEW.starts_on = OLD.starts_on THEN RETURN NEW; END IF;
          lo := least(COALESCE(NEW.ends_on, 'infinity'::date), COALESCE(OLD.ends_on, 'infinity'::date)) + 1;
          hi := nullif(greatest(COALESCE(NEW.ends_on, 'infinity'::date), COALESCE(OLD.ends_on, 'infinity'::date)), 'infinity'::date);
          IF NEW.starts_on <> OLD.starts_on THEN lo := least(lo, NEW.starts_on, OLD.starts_on); END IF;
        END IF;
        SELECT max(period) INTO locked FROM invoice_runs
         WHERE organization_id = NEW.organization_id AND period >= date_trunc('month', lo)::date AND (hi IS NULL OR period <= hi);
        IF locked IS NOT NULL THEN
          RAISE EXCEPTION 'the period % is invoiced', to_char(locked, 'YYYY-MM') USING ERRCODE = 'check_violation', CONSTRAINT = 'leases_period_locked', DETAIL = to_char(locked, 'YYYY-MM');
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER leases_period_lock BEFORE INSERT OR UPDATE ON "leases" FOR EACH ROW EXECUTE FUNCTION leases_period_lock()`);

    // The month-end sweep (system role) finds organizations with leases.
    await queryRunner.query(`CREATE POLICY billing_sweep ON "leases" FOR SELECT TO hatchery_system USING (true)`);
    await queryRunner.query(`GRANT SELECT ("organization_id") ON "leases" TO hatchery_system`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY billing_sweep ON "leases"`);
    await queryRunner.query(`REVOKE SELECT ("organization_id") ON "leases" FROM hatchery_system`);
    await queryRunner.query(`DROP TRIGGER leases_period_lock ON "leases"`);
    await queryRunner.query(`DROP FUNCTION leases_period_lock()`);
    for (const table of ['invoice_reminders', 'payment_allocations', 'payments', 'invoice_lines', 'invoices', 'invoice_counters', 'invoice_runs', 'billing_settings']) await queryRunner.query(`DROP TABLE "${table}"`);
    await queryRunner.query(`DROP FUNCTION billing_frozen()`);
  }
}

const FROZEN = ['invoice_runs', 'invoices', 'invoice_lines', 'payments', 'payment_allocations', 'invoice_reminders'];
