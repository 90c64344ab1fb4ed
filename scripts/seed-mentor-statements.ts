import type { INestApplicationContext } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccountsService } from '@hatchery/accounts';
import { ConflictError, Tenancy } from '@hatchery/core';
import { MentorStatementsService } from '@hatchery/mentors';
import { StartupQueryDto, StartupsService } from '@hatchery/startups';
import { ClsService } from 'nestjs-cls';

const MONTH = '2026-11';

/**
 * The demo's statements and success fee, through the services the worker uses (after the mentors
 * seed: the MCS pool's and Saraa's November sessions):
 * - Socratus: Saraa mentored Erdene Learning (an alumna that graduated successfully) before the
 *   platform's records began — a past assignment written here by SQL, since the alumni have no
 *   enrolment in the platform — and her success fee (her general terms, MNT 2,000,000) accrues as
 *   when the startups domain announces the outcome;
 * - MCS and Socratus: November 2026's statements are issued, as the worker would after local
 *   midnight on 1 December: Saraa's shows her sessions at MNT 80,000 an hour before the 15th and
 *   MNT 95,000 from it, and the fee. Before that day by the Clock (CLOCK_FILE), they are left to the
 *   worker (the month has not ended).
 * Idempotent: the fee is once per mentor and startup, a month's statements once per organization.
 */
export async function seedMentorStatements(app: INestApplicationContext, people: { organizationId: (slug: string) => string; sharedMentorEmail: string }): Promise<boolean> {
  const cls = app.get(ClsService);
  const txHost = app.get<TransactionHost<TransactionalAdapterTypeOrm>>(TransactionHost);
  const tenancy = app.get(Tenancy);
  const statements = app.get(MentorStatementsService);
  const startups = app.get(StartupsService);
  const accounts = app.get(AccountsService);
  const asWorker = <T>(slug: string, work: () => Promise<T>) => cls.run(() => tenancy.runInOrganization(people.organizationId(slug), work));
  let created = false;

  // ---- Socratus: a success fee on a successful alumna ----
  const saraa = await cls.run(() => txHost.withTransaction(() => accounts.findByEmail(people.sharedMentorEmail)));
  const alumna = await asWorker('socratus', async () => (await startups.list(Object.assign(new StartupQueryDto(), { limit: 100, q: 'Erdene Learning' }))).items.find((s) => s.name === 'Erdene Learning'));
  if (saraa && alumna && alumna.status === 'graduated_successful') {
    const accrued = await asWorker('socratus', async () => {
      const tx = txHost.tx;
      const [profile]: { id: string }[] = await tx.query(`SELECT id FROM mentor_profiles WHERE organization_id = $1 AND user_id = $2`, [people.organizationId('socratus'), saraa.id]);
      const [programme]: { id: string }[] = await tx.query(`SELECT id FROM programmes WHERE organization_id = $1 ORDER BY created_at LIMIT 1`, [people.organizationId('socratus')]);
      if (!profile || !programme) return 0;
      const outcomeOn = alumna.outcomeOn ?? MONTH + '-01';
      await tx.query(
        `INSERT INTO mentor_assignments (id, organization_id, profile_id, startup_id, enrolment_id, programme_id, role, starts_on, ends_on)
         SELECT uuid_v7(), $1, $2, $3, uuid_v7(), $4, 'lead', $5::date - 180, $5::date
          WHERE NOT EXISTS (SELECT 1 FROM mentor_assignments WHERE organization_id = $1 AND profile_id = $2 AND startup_id = $3)`,
        [people.organizationId('socratus'), profile.id, alumna.id, programme.id, outcomeOn],
      );
      return statements.outcomeChanged(alumna.id, 'graduated_successful', outcomeOn);
    });
    created ||= accrued > 0;
  }

  // ---- November's statements, MCS and Socratus ----
  for (const slug of ['mcs-business-park', 'socratus']) {
    try {
      const run = await asWorker(slug, () => statements.issueDue(MONTH));
      created ||= run.statementsIssued > 0;
    } catch (error) {
      if (error instanceof ConflictError && error.code === 'MONTH_NOT_ENDED') continue; // the worker issues it once the month has ended
      throw error;
    }
  }
  return created;
}
