import { MigrationInterface, QueryRunner } from "typeorm";

export class AddPlatformAdmin1795827914299 implements MigrationInterface {
    name = 'AddPlatformAdmin1795827914299'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "users" ADD "platform_admin" boolean NOT NULL DEFAULT false`);
        // Only the owner role (npm run platform:admin) can make an operator: the app may update a person's other columns.
        await queryRunner.query(`REVOKE UPDATE ON "users" FROM hatchery_app`);
        await queryRunner.query(`GRANT UPDATE ("email", "name", "password_hash", "updated_at") ON "users" TO hatchery_app`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`GRANT UPDATE ON "users" TO hatchery_app`);
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "platform_admin"`);
    }

}
