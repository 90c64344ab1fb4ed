import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox rows remember whether their job ran to the end, so a job that Redis lost can be handed
 * over again from Postgres; and the request that caused them, so one id follows it into the worker.
 */
export class AddOutboxCompletion1795845000000 implements MigrationInterface {
  name = 'AddOutboxCompletion1795845000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "completed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "request_id" text`);
    // Rows relayed before this migration are taken as done: nothing recorded otherwise. The owner is
    // subject to the table's forced row level security, so it is lifted for this one statement.
    await queryRunner.query(`ALTER TABLE "outbox_messages" NO FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`UPDATE "outbox_messages" SET completed_at = relayed_at WHERE relayed_at IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE INDEX "ix_outbox_messages_unfinished" ON "outbox_messages" ("job_id") WHERE relayed_at IS NOT NULL AND completed_at IS NULL`);
    await queryRunner.query(`GRANT UPDATE ("completed_at") ON "outbox_messages" TO hatchery_system`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE UPDATE ("completed_at") ON "outbox_messages" FROM hatchery_system`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_messages_unfinished"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "request_id"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "completed_at"`);
  }
}
