import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Calendar feeds are one person's rows: row level security, enabled and forced, so the app role
 * sees only the caller's own (app.user_id). The public feed route knows no one until it has
 * found the feed: it sets the transaction-local app.calendar_token_hash to the SHA-256 of the
 * token in its URL, and may then read the one row with that hash (nothing else, and never
 * write). Both fail closed when the setting is unset or empty. The worker and the system role
 * never touch this table.
 */
export class AddCalendarFeedPolicies1795840000000 implements MigrationInterface {
    name = 'AddCalendarFeedPolicies1795840000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "calendar_feeds" ENABLE ROW LEVEL SECURITY`);
        await queryRunner.query(`ALTER TABLE "calendar_feeds" FORCE ROW LEVEL SECURITY`);
        await queryRunner.query(`CREATE POLICY own_feeds ON "calendar_feeds" USING (user_id = app_current_user()) WITH CHECK (user_id = app_current_user())`);
        await queryRunner.query(`CREATE POLICY feed_by_token ON "calendar_feeds" FOR SELECT USING (token_hash = NULLIF(current_setting('app.calendar_token_hash', true), ''))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP POLICY feed_by_token ON "calendar_feeds"`);
        await queryRunner.query(`DROP POLICY own_feeds ON "calendar_feeds"`);
        await queryRunner.query(`ALTER TABLE "calendar_feeds" NO FORCE ROW LEVEL SECURITY`);
        await queryRunner.query(`ALTER TABLE "calendar_feeds" DISABLE ROW LEVEL SECURITY`);
    }
}
