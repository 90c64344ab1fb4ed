import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tenancy prologue of a request in one statement (one round trip instead of three):
 * `SELECT * FROM app_enter_organization($userId, $slug)` sets app.user_id, looks up the caller's
 * membership in the organization with that slug and, only when there is one, sets
 * app.organization_id and app.role; it returns the membership (null columns when none).
 *
 * PL/pgSQL on purpose: each of its statements is planned and run after the one before, so the
 * lookup runs with app.user_id already set (the policies on memberships and organizations show a
 * person their own memberships by app_current_user()). A single SQL statement that set and read
 * the setting would depend on evaluation order, which PostgreSQL does not promise (the policy
 * functions are STABLE). SECURITY INVOKER: the lookup runs as the caller under row level
 * security like any other query; everything it sets is transaction-local (set_config(…, true)),
 * so a pooled connection (PgBouncer, transaction pooling) carries nothing to the next request.
 */
export class AddEnterOrganizationFunction1795856400000 implements MigrationInterface {
    name = 'AddEnterOrganizationFunction1795856400000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE FUNCTION app_enter_organization(p_user_id uuid, p_slug text, OUT member_organization_id uuid, OUT member_role text)
            LANGUAGE plpgsql VOLATILE SECURITY INVOKER AS $$
            BEGIN
                PERFORM set_config('app.user_id', p_user_id::text, true);
                SELECT m.organization_id, m.role INTO member_organization_id, member_role
                  FROM public.memberships m JOIN public.organizations o ON o.id = m.organization_id
                 WHERE o.slug = p_slug AND m.user_id = p_user_id;
                IF member_organization_id IS NOT NULL THEN
                    PERFORM set_config('app.organization_id', member_organization_id::text, true), set_config('app.role', member_role, true);
                END IF;
            END
            $$`);
        await queryRunner.query(`REVOKE ALL ON FUNCTION app_enter_organization(uuid, text) FROM PUBLIC`);
        await queryRunner.query(`GRANT EXECUTE ON FUNCTION app_enter_organization(uuid, text) TO hatchery_app`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP FUNCTION app_enter_organization(uuid, text)`);
    }
}
