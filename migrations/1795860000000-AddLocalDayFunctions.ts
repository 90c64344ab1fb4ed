import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The local-day arithmetic of cohorts, named once in SQL instead of written out at every use:
 *
 * - `local_midnight(d, tz)`: the instant local day `d` begins in time zone `tz` (a phase's
 *   start, a cohort's completion, the moment a fixed equity stake is due);
 * - `local_midnight_after(d, tz)`: the instant the day after `d` begins, when a milestone due on
 *   `d` becomes overdue (and when an incubation extended until `d` ends);
 * - `local_time_on(d, hh, tz)`: `hh`:00 local time on day `d` (reminders: 09:00, N days before);
 * - `local_date(t, tz)`: the local calendar date of instant `t` ("today" in the cohort).
 *
 * Each is one expression with PostgreSQL's own time zone rules (`timestamp AT TIME ZONE text`,
 * offsets and DST included), exactly what the queries wrote before. LANGUAGE sql, IMMUTABLE
 * (like the built-ins they wrap), no SET clause and not SECURITY DEFINER, so the planner inlines
 * them: a query plans and runs as if the expression were written in place. Not STRICT, so that
 * inlining needs no proof; a null argument still gives null.
 */
const FUNCTIONS = ['local_midnight(date, text)', 'local_midnight_after(date, text)', 'local_time_on(date, integer, text)', 'local_date(timestamptz, text)'];

export class AddLocalDayFunctions1795860000000 implements MigrationInterface {
    name = 'AddLocalDayFunctions1795860000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE FUNCTION local_midnight(d date, tz text) RETURNS timestamptz LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT d::timestamp AT TIME ZONE tz $$`);
        await queryRunner.query(`CREATE FUNCTION local_midnight_after(d date, tz text) RETURNS timestamptz LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT (d + 1)::timestamp AT TIME ZONE tz $$`);
        await queryRunner.query(`CREATE FUNCTION local_time_on(d date, hh integer, tz text) RETURNS timestamptz LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT (d::timestamp + make_interval(hours => hh)) AT TIME ZONE tz $$`);
        await queryRunner.query(`CREATE FUNCTION local_date(t timestamptz, tz text) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT (t AT TIME ZONE tz)::date $$`);
        for (const fn of FUNCTIONS) {
            await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
            await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${fn} TO hatchery_app, hatchery_system`);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const fn of [...FUNCTIONS].reverse()) await queryRunner.query(`DROP FUNCTION ${fn}`);
    }
}
