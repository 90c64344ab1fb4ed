import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public list of open calls says which programme each call belongs to and the timezone of the
 * organization running it (so a visitor sees the window as the organization means it), and can be
 * narrowed to one organization by its slug. public_open_calls() gains those columns and a slug
 * parameter (a function's result type cannot be changed in place: dropped and created again), and
 * the owner role, which the function runs as, may read the programmes of open calls.
 */
export class AddPublicCallDetails1795881000000 implements MigrationInterface {
  name = 'AddPublicCallDetails1795881000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE POLICY owner_lists_open ON "programmes" FOR SELECT TO hatchery_owner USING (id IN (SELECT programme_id FROM calls WHERE status = 'open'))`);
    await queryRunner.query(`DROP FUNCTION public_open_calls(timestamptz, timestamptz, uuid, integer)`);
    await queryRunner.query(`CREATE FUNCTION public_open_calls(p_now timestamptz, p_after_closes_at timestamptz, p_after_id uuid, p_limit integer, p_organization_slug text)
      RETURNS TABLE (id uuid, organization_slug text, organization_name text, organization_timezone text, programme_id uuid, programme_name text,
                     title text, theme text, opens_at timestamptz, closes_at timestamptz, capacity integer)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT c.id, o.slug, o.name, o.timezone, p.id, p.name, c.title, c.theme, c.opens_at, c.closes_at, c.capacity
          FROM calls c JOIN organizations o ON o.id = c.organization_id JOIN programmes p ON p.id = c.programme_id
         WHERE c.status = 'open' AND c.closes_at > p_now
           AND (p_organization_slug IS NULL OR o.slug = p_organization_slug)
           AND (p_after_id IS NULL OR (c.closes_at, c.id) > (p_after_closes_at, p_after_id))
         ORDER BY c.closes_at, c.id
         LIMIT least(greatest(p_limit, 1), 101)
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION public_open_calls(timestamptz, timestamptz, uuid, integer, text) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION public_open_calls(timestamptz, timestamptz, uuid, integer, text) TO hatchery_app`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION public_open_calls(timestamptz, timestamptz, uuid, integer, text)`);
    await queryRunner.query(`CREATE FUNCTION public_open_calls(p_now timestamptz, p_after_closes_at timestamptz, p_after_id uuid, p_limit integer)
      RETURNS TABLE (id uuid, organization_slug text, organization_name text, title text, theme text, opens_at timestamptz, closes_at timestamptz, capacity integer)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT c.id, o.slug, o.name, c.title, c.theme, c.opens_at, c.closes_at, c.capacity
          FROM calls c JOIN organizations o ON o.id = c.organization_id
         WHERE c.status = 'open' AND c.closes_at > p_now
           AND (p_after_id IS NULL OR (c.closes_at, c.id) > (p_after_closes_at, p_after_id))
         ORDER BY c.closes_at, c.id
         LIMIT least(greatest(p_limit, 1), 101)
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION public_open_calls(timestamptz, timestamptz, uuid, integer) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION public_open_calls(timestamptz, timestamptz, uuid, integer) TO hatchery_app`);
    await queryRunner.query(`DROP POLICY owner_lists_open ON "programmes"`);
  }
}
