import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Domain events are delivered to each subscriber once: a row per (event, subscriber), written in
 * the subscriber's transaction. A tenant table like the others: row level security, enabled and
 * forced, on app.organization_id; the app role inserts and reads, never changes or deletes.
 */
export class CreateEventDeliveries1795850000000 implements MigrationInterface {
  name = 'CreateEventDeliveries1795850000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "event_deliveries" ("event_id" uuid NOT NULL, "subscriber" text NOT NULL, "organization_id" uuid NOT NULL, "event" text NOT NULL, "delivered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_event_deliveries" PRIMARY KEY ("event_id", "subscriber"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_event_deliveries_org_event" ON "event_deliveries" ("organization_id", "event_id") `);
    await queryRunner.query(`ALTER TABLE "event_deliveries" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "event_deliveries" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "event_deliveries" USING (organization_id = app_current_organization()) WITH CHECK (organization_id = app_current_organization())`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT ON "event_deliveries" TO hatchery_app`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "event_deliveries"`);
  }
}
