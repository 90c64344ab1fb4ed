import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Milestone attachments (tenant rows under row level security), an index for one entity's audit
 * history (a startup's outcomes), and two narrow cross-organization reads.
 *
 * Cross-organization reads. The public list of open calls of every organization, and a person's
 * own applications in every organization, must read rows that the app role's policies hide (they
 * match only the organization set for the transaction). Rather than widen those policies — they
 * are evaluated on every query the app makes on calls, applications and organizations, the hot
 * path included — each read is one SECURITY DEFINER function owned by the owner role, which returns
 * only the columns it names, and which the app role may only EXECUTE (PUBLIC may not). The owner is
 * subject to the tables' forced row level security too, so the functions see only what the
 * policies below give the owner role, and nothing else could use them: the owner runs migrations
 * and nothing else.
 *
 * - public_open_calls(now, after, limit): open calls still taking applications, with the
 *   organization's slug and name and the call's public fields (no rubric, reviewers, questions).
 * - my_applications(after, limit): the applications of app.user_id (set by the request from the
 *   verified token; none when unset), with the organization's slug and name and the call's title.
 */
export class AddMilestoneAttachmentsAndPublicListings1795855000000 implements MigrationInterface {
  name = 'AddMilestoneAttachmentsAndPublicListings1795855000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "milestone_attachments" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "milestone_id" uuid NOT NULL, "uploaded_by" uuid NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" text NOT NULL, "storage_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_milestone_attachments_size" CHECK (size_bytes > 0), CONSTRAINT "pk_milestone_attachments" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_milestone_attachments_org_milestone" ON "milestone_attachments" ("organization_id", "milestone_id") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_entries_org_entity" ON "audit_entries" ("organization_id", "entity_id") `);
    await queryRunner.query(`ALTER TABLE "milestone_attachments" ADD CONSTRAINT "fk_milestone_attachments_milestone" FOREIGN KEY ("milestone_id") REFERENCES "milestones"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "milestone_attachments" ADD CONSTRAINT "fk_milestone_attachments_uploader" FOREIGN KEY ("uploaded_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "milestone_attachments" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "milestone_attachments" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY tenant_isolation ON "milestone_attachments" USING (organization_id = app_current_organization()) WITH CHECK (organization_id = app_current_organization())`);
    // Attachments are evidence: added, never changed or deleted by the app.
    await queryRunner.query(`GRANT SELECT, INSERT ON "milestone_attachments" TO hatchery_app`);

    // What the owner role may read inside the two functions (and nowhere else matters: it runs migrations).
    await queryRunner.query(`CREATE POLICY owner_lists_open_or_own ON "calls" FOR SELECT TO hatchery_owner USING (status = 'open' OR id IN (SELECT call_id FROM applications WHERE applicant_user_id = app_current_user()))`);
    await queryRunner.query(`CREATE POLICY owner_lists_own ON "applications" FOR SELECT TO hatchery_owner USING (applicant_user_id = app_current_user())`);
    await queryRunner.query(
      `CREATE POLICY owner_lists_open_or_applied ON "organizations" FOR SELECT TO hatchery_owner USING (id IN (SELECT organization_id FROM calls WHERE status = 'open') OR id IN (SELECT organization_id FROM applications WHERE applicant_user_id = app_current_user()))`,
    );

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
    await queryRunner.query(`CREATE FUNCTION my_applications(p_after_id uuid, p_limit integer)
      RETURNS TABLE (id uuid, organization_id uuid, organization_slug text, organization_name text, call_id uuid, call_title text, startup_name text, status text,
                     submitted_at timestamptz, decided_at timestamptz, withdrawn_at timestamptz, created_at timestamptz, updated_at timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT a.id, o.id, o.slug, o.name, c.id, c.title, a.startup_name, a.status, a.submitted_at, a.decided_at, a.withdrawn_at, a.created_at, a.updated_at
          FROM applications a JOIN calls c ON c.id = a.call_id JOIN organizations o ON o.id = a.organization_id
         WHERE a.applicant_user_id = app_current_user()
           AND (p_after_id IS NULL OR a.id < p_after_id)
         ORDER BY a.id DESC
         LIMIT least(greatest(p_limit, 1), 101)
      $$`);
    for (const fn of ['public_open_calls(timestamptz, timestamptz, uuid, integer)', 'my_applications(uuid, integer)']) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${fn} TO hatchery_app`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION my_applications(uuid, integer)`);
    await queryRunner.query(`DROP FUNCTION public_open_calls(timestamptz, timestamptz, uuid, integer)`);
    await queryRunner.query(`DROP POLICY owner_lists_open_or_applied ON "organizations"`);
    await queryRunner.query(`DROP POLICY owner_lists_own ON "applications"`);
    await queryRunner.query(`DROP POLICY owner_lists_open_or_own ON "calls"`);
    await queryRunner.query(`ALTER TABLE "milestone_attachments" DROP CONSTRAINT "fk_milestone_attachments_uploader"`);
    await queryRunner.query(`ALTER TABLE "milestone_attachments" DROP CONSTRAINT "fk_milestone_attachments_milestone"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_entries_org_entity"`);
    await queryRunner.query(`DROP INDEX "public"."ix_milestone_attachments_org_milestone"`);
    await queryRunner.query(`DROP TABLE "milestone_attachments"`);
  }
}
