import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The month-end statement run updates every session it pays (`locked_statement_id`, `locked_at`),
 * 20,000 rows for 1,000 mentors × 20 sessions, in one transaction. With full pages each update put
 * the new row version on another page and a new entry in each of the table's four indexes (about
 * 60 % of the run's lock statement). Half-empty pages keep the new version on the same page: a HOT
 * update, with no index entries, since none of the updated columns is indexed (keep it that way: an
 * index on `locked_statement_id` or `locked_at`, even in a partial index's WHERE, turns this off).
 *
 * `fillfactor` applies to pages written from now on; rows already stored keep their pages until
 * the table is rewritten (`VACUUM FULL mentor_sessions` in a quiet hour, if ever needed).
 */
export class SetMentorSessionsFillfactor1795898000000 implements MigrationInterface {
  name = 'SetMentorSessionsFillfactor1795898000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mentor_sessions" SET (fillfactor = 50)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mentor_sessions" RESET (fillfactor)`);
  }
}
