import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A SAFE or convertible note converted into shares: the issuance that books the shares names the
 * investment it converts (`converts_investment_id`, at most one entry per investment, an issuance
 * only). From that entry's date on the instrument is no longer counted in the fully diluted view,
 * so its shares are not counted twice. The column is covered by the table's existing grants
 * (SELECT, INSERT) and row level security; the append-only trigger is unchanged.
 */
export class AddEquityConversions1795880000000 implements MigrationInterface {
  name = 'AddEquityConversions1795880000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "equity_entries" ADD "converts_investment_id" uuid`);
    await queryRunner.query(`ALTER TABLE "equity_entries" ADD CONSTRAINT "ck_equity_entries_conversion" CHECK (converts_investment_id IS NULL OR kind = 'issuance')`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_equity_entries_converts_investment" ON "equity_entries" ("converts_investment_id") WHERE converts_investment_id IS NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "equity_entries" ADD CONSTRAINT "fk_equity_entries_converts_investment" FOREIGN KEY ("converts_investment_id") REFERENCES "investments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "equity_entries" DROP CONSTRAINT "fk_equity_entries_converts_investment"`);
    await queryRunner.query(`DROP INDEX "uq_equity_entries_converts_investment"`);
    await queryRunner.query(`ALTER TABLE "equity_entries" DROP CONSTRAINT "ck_equity_entries_conversion"`);
    await queryRunner.query(`ALTER TABLE "equity_entries" DROP COLUMN "converts_investment_id"`);
  }
}
