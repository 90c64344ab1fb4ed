import { MigrationInterface, QueryRunner } from "typeorm";

export class AddPendingInvitationUniqueIndex1795823818148 implements MigrationInterface {
    name = 'AddPendingInvitationUniqueIndex1795823818148'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_invitations_pending_email" ON "invitations" ("organization_id", "email") WHERE accepted_at IS NULL AND revoked_at IS NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."uq_invitations_pending_email"`);
    }

}
