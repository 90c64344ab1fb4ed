import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateFoundation1795821854224 implements MigrationInterface {
    name = 'CreateFoundation1795821854224'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "organizations" ("id" uuid NOT NULL, "slug" text NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "ownership" text NOT NULL, "timezone" text NOT NULL, "default_currency" character(3) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_organizations_slug" UNIQUE ("slug"), CONSTRAINT "pk_organizations" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL, "email" text NOT NULL, "name" text NOT NULL, "password_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_users_email" UNIQUE ("email"), CONSTRAINT "pk_users" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "memberships" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_memberships_org_user" UNIQUE ("organization_id", "user_id"), CONSTRAINT "pk_memberships" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_memberships_user" ON "memberships" ("user_id") `);
        await queryRunner.query(`CREATE TABLE "invitations" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "email" text NOT NULL, "role" text NOT NULL, "token_hash" text NOT NULL, "invited_by_user_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by_user_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, "email_sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_invitations_token_hash" UNIQUE ("token_hash"), CONSTRAINT "pk_invitations" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_invitations_org_email" ON "invitations" ("organization_id", "email") `);
        await queryRunner.query(`CREATE TABLE "outbox_messages" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "job_name" text NOT NULL, "job_id" text NOT NULL, "payload" jsonb NOT NULL, "run_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "relayed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_outbox_messages" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_outbox_messages_pending" ON "outbox_messages" ("id") WHERE relayed_at IS NULL`);
        await queryRunner.query(`CREATE INDEX "ix_outbox_messages_org_id" ON "outbox_messages" ("organization_id", "id") `);
        await queryRunner.query(`CREATE TABLE "idempotency_records" ("user_id" uuid NOT NULL, "key" text NOT NULL, "request_hash" text NOT NULL, "response_status" integer, "response_body" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_idempotency_records" PRIMARY KEY ("user_id", "key"))`);
        await queryRunner.query(`CREATE TABLE "audit_entries" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "actor_user_id" uuid, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" uuid NOT NULL, "changes" jsonb NOT NULL DEFAULT '{}', "request_id" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_audit_entries" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_audit_entries_org_id" ON "audit_entries" ("organization_id", "id") `);
        await queryRunner.query(`CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_refresh_tokens_hash" UNIQUE ("token_hash"), CONSTRAINT "pk_refresh_tokens" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_refresh_tokens_user" ON "refresh_tokens" ("user_id") `);
        await queryRunner.query(`CREATE INDEX "ix_refresh_tokens_family" ON "refresh_tokens" ("family_id") `);
        await queryRunner.query(`ALTER TABLE "memberships" ADD CONSTRAINT "fk_memberships_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "memberships" ADD CONSTRAINT "fk_memberships_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "invitations" ADD CONSTRAINT "fk_invitations_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD CONSTRAINT "fk_refresh_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

        // Row level security. The app connects as hatchery_app (no BYPASSRLS, owns nothing);
        // every policy reads transaction-local settings and fails closed when they are unset.
        await queryRunner.query(`CREATE FUNCTION app_current_organization() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT NULLIF(current_setting('app.organization_id', true), '')::uuid $$`);
        await queryRunner.query(`CREATE FUNCTION app_current_user() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT NULLIF(current_setting('app.user_id', true), '')::uuid $$`);

        for (const table of ['organizations', 'memberships', 'invitations', 'audit_entries', 'outbox_messages', 'idempotency_records']) {
            await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
            await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
        }
        // An organization's row: its members see it (to list "my organizations"); only the
        // organization set for the transaction can be written.
        await queryRunner.query(`CREATE POLICY organizations_read ON "organizations" FOR SELECT USING (id = app_current_organization() OR id IN (SELECT organization_id FROM memberships WHERE user_id = app_current_user()))`);
        await queryRunner.query(`CREATE POLICY organizations_insert ON "organizations" FOR INSERT WITH CHECK (id = app_current_organization())`);
        await queryRunner.query(`CREATE POLICY organizations_update ON "organizations" FOR UPDATE USING (id = app_current_organization()) WITH CHECK (id = app_current_organization())`);
        await queryRunner.query(`CREATE POLICY organizations_delete ON "organizations" FOR DELETE USING (id = app_current_organization())`);
        // A person sees their own memberships everywhere (to pick an organization), others' only in the current one.
        await queryRunner.query(`CREATE POLICY memberships_read ON "memberships" FOR SELECT USING (organization_id = app_current_organization() OR user_id = app_current_user())`);
        await queryRunner.query(`CREATE POLICY memberships_insert ON "memberships" FOR INSERT WITH CHECK (organization_id = app_current_organization())`);
        await queryRunner.query(`CREATE POLICY memberships_update ON "memberships" FOR UPDATE USING (organization_id = app_current_organization()) WITH CHECK (organization_id = app_current_organization())`);
        await queryRunner.query(`CREATE POLICY memberships_delete ON "memberships" FOR DELETE USING (organization_id = app_current_organization())`);
        for (const table of ['invitations', 'audit_entries', 'outbox_messages']) {
            await queryRunner.query(`CREATE POLICY tenant_isolation ON "${table}" USING (organization_id = app_current_organization()) WITH CHECK (organization_id = app_current_organization())`);
        }
        // The outbox relay must see every organization's pending jobs, and nothing else.
        await queryRunner.query(`CREATE POLICY outbox_relay ON "outbox_messages" FOR ALL TO hatchery_system USING (true) WITH CHECK (true)`);
        await queryRunner.query(`CREATE POLICY own_records ON "idempotency_records" USING (user_id = app_current_user()) WITH CHECK (user_id = app_current_user())`);

        await queryRunner.query(`GRANT USAGE ON SCHEMA public TO hatchery_app, hatchery_system`);
        await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "users", "refresh_tokens", "organizations", "memberships", "invitations", "idempotency_records" TO hatchery_app`);
        // Audit entries and outbox rows are append-only for the app.
        await queryRunner.query(`GRANT SELECT, INSERT ON "audit_entries", "outbox_messages" TO hatchery_app`);
        await queryRunner.query(`GRANT SELECT, UPDATE ("relayed_at") ON "outbox_messages" TO hatchery_system`);
        await queryRunner.query(`GRANT EXECUTE ON FUNCTION app_current_organization(), app_current_user() TO hatchery_app, hatchery_system`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM hatchery_app, hatchery_system`);
        await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM hatchery_app, hatchery_system`);
        await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "fk_refresh_tokens_user"`);
        await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "fk_invitations_organization"`);
        await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "fk_memberships_user"`);
        await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "fk_memberships_organization"`);
        await queryRunner.query(`DROP INDEX "public"."ix_refresh_tokens_family"`);
        await queryRunner.query(`DROP INDEX "public"."ix_refresh_tokens_user"`);
        await queryRunner.query(`DROP TABLE "refresh_tokens"`);
        await queryRunner.query(`DROP INDEX "public"."ix_audit_entries_org_id"`);
        await queryRunner.query(`DROP TABLE "audit_entries"`);
        await queryRunner.query(`DROP TABLE "idempotency_records"`);
        await queryRunner.query(`DROP INDEX "public"."ix_outbox_messages_org_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_outbox_messages_pending"`);
        await queryRunner.query(`DROP TABLE "outbox_messages"`);
        await queryRunner.query(`DROP INDEX "public"."ix_invitations_org_email"`);
        await queryRunner.query(`DROP TABLE "invitations"`);
        await queryRunner.query(`DROP INDEX "public"."ix_memberships_user"`);
        await queryRunner.query(`DROP TABLE "memberships"`);
        await queryRunner.query(`DROP TABLE "users"`);
        await queryRunner.query(`DROP TABLE "organizations"`);
        await queryRunner.query(`DROP FUNCTION app_current_user()`);
        await queryRunner.query(`DROP FUNCTION app_current_organization()`);
    }

}
