import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditService, Clock, ConflictError, newId, NotFoundError, RequestContext } from '@hatchery/core';
import { StartupsService } from '@hatchery/startups';
import { CohortsService } from './cohorts.service';
import { EnrolmentDto, EnrolmentResultDto } from './dto/cohort.response.dto';
import { Enrolment } from './entities/enrolment.entity';
import { toEnrolmentView } from './views';

const UNIQUE_ACTIVE = 'uq_enrolments_active_startup_programme';

@Injectable()
export class EnrolmentsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly cohorts: CohortsService,
    private readonly startups: StartupsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private get tx() {
    return this.txHost.tx;
  }

  /**
   * Enrols startups, each with a copy of the cohort's milestones: two set-based statements
   * whatever the count. A startup already active in a cohort of this programme is refused
   * (409, nothing written); the partial unique index holds the rule under concurrency.
   */
  async enrol(cohortId: string, startupIds: string[], applicationId: string | null = null): Promise<EnrolmentResultDto> {
    const organizationId = this.context.requireOrganizationId();
    const cohort = await this.cohorts.find(cohortId, true);
    if (cohort.status === 'completed') throw new ConflictError('COHORT_COMPLETED', 'The cohort has completed; enrol into a running or planned one.');
    const ids = [...new Set(startupIds)];
    const existing = new Map((await this.startups.existing(ids)).map((s) => [s.id, s.status]));
    const missing = ids.filter((id) => !existing.has(id));
    if (missing.length > 0) throw new NotFoundError(`Startup ${missing[0]}`);
    const withdrawn = ids.filter((id) => existing.get(id) === 'withdrawn');
    if (withdrawn.length > 0) throw new ConflictError('STARTUP_WITHDRAWN', 'A startup that withdrew cannot be enrolled.', { startupIds: withdrawn });
    const busy: { startup_id: string; cohort_id: string }[] = await this.tx.query(
      `SELECT startup_id, cohort_id FROM enrolments WHERE programme_id = $1 AND status = 'active' AND startup_id = ANY($2::uuid[])`,
      [cohort.programmeId, ids],
    );
    if (busy.length > 0) throw this.alreadyEnrolled(busy.map((b) => b.startup_id));
    const stakeDueOn = this.cohorts.stakeDueOn(cohort);
    const enrolmentIds = ids.map(() => newId());
    try {
      await this.tx.query(
        `INSERT INTO enrolments (id, organization_id, cohort_id, programme_id, startup_id, application_id, current_phase, incubation_ends_at, stake_due_at, created_at, updated_at)
         SELECT unnest($1::uuid[]), $2, $3, $4, unnest($5::uuid[]), $6, $7, $8, local_midnight($9::date, $10), $11, $11`,
        [enrolmentIds, organizationId, cohortId, cohort.programmeId, ids, applicationId, cohort.currentPhase, cohort.endsAt, stakeDueOn, cohort.timezone, this.clock.now()],
      );
    } catch (error) {
      if ((error as { constraint?: string }).constraint === UNIQUE_ACTIVE) throw this.alreadyEnrolled(ids);
      throw error;
    }
    // The copies and the first line of each one's history, in one statement.
    await this.tx.query(
      `WITH copies AS (
         INSERT INTO milestones (id, organization_id, cohort_id, enrolment_id, cohort_milestone_id, phase_position, title, description, evidence_required, due_on, due_at)
         SELECT uuid_v7(), $1, $2, e.id, cm.id, cm.phase_position, cm.title, cm.description, cm.evidence_required, cm.due_on, local_midnight_after(cm.due_on, $3)
           FROM unnest($4::uuid[]) AS e(id) CROSS JOIN cohort_milestones cm
          WHERE cm.cohort_id = $2 AND cm.dropped_at IS NULL
         RETURNING id)
       INSERT INTO milestone_events (id, organization_id, milestone_id, kind, actor_user_id, created_at)
       SELECT uuid_v7(), $1, id, 'created', $5, $6 FROM copies`,
      [organizationId, cohortId, cohort.timezone, enrolmentIds, this.context.userId ?? null, this.clock.now()],
    );
    await this.startups.markIncubating(ids);
    await this.audit.record({ action: 'cohort.enrolled', entityType: 'cohort', entityId: cohortId, after: { startupIds: ids.length > 50 ? `${ids.length} startups` : ids, applicationId } });
    await this.cohorts.schedule(cohortId);
    const rows = await this.tx.getRepository(Enrolment).createQueryBuilder('e').where('e.id = ANY(:ids)', { ids: enrolmentIds }).orderBy('e.id').limit(100).getMany();
    return { enrolled: enrolmentIds.length, enrolments: rows.map(toEnrolmentView) };
  }

  /**
   * Withdraws an enrolment; it stays, with its milestones and history, its timers stop, and the
   * actions still open for it (a graduation review, a stake) are cancelled.
   */
  async withdraw(enrolmentId: string, reason: string): Promise<EnrolmentDto> {
    const enrolment = await this.find(enrolmentId, true);
    if (enrolment.status !== 'active') throw new ConflictError('ENROLMENT_NOT_ACTIVE', `The enrolment is ${enrolment.status}.`);
    await this.end(enrolment, reason);
    return toEnrolmentView(await this.find(enrolmentId));
  }

  /** When an accepted applicant declines the place: their enrolment ends too. Returns the cohorts it left. */
  async withdrawForApplication(applicationId: string, reason: string): Promise<string[]> {
    const active = await this.tx.getRepository(Enrolment).find({ where: { organizationId: this.context.requireOrganizationId(), applicationId, status: 'active' }, lock: { mode: 'pessimistic_write' } });
    for (const enrolment of active) await this.end(enrolment, reason);
    return active.map((e) => e.cohortId);
  }

  /** The cohorts an application's startup is active in (a query: the place it leaves if it withdraws). */
  async activeCohortsOfApplication(applicationId: string): Promise<string[]> {
    const active = await this.tx.getRepository(Enrolment).find({ select: { cohortId: true }, where: { organizationId: this.context.requireOrganizationId(), applicationId, status: 'active' }, order: { id: 'ASC' } });
    return active.map((e) => e.cohortId);
  }

  private async end(enrolment: Enrolment, reason: string): Promise<void> {
    const now = this.clock.now();
    await this.tx.getRepository(Enrolment).update({ id: enrolment.id }, { status: 'withdrawn', endedAt: now, endReason: reason });
    await this.tx.query(
      `UPDATE programme_actions SET status = 'resolved', resolution = 'cancelled', reason = $2, resolved_by = $3, resolved_at = $4
        WHERE enrolment_id = $1 AND status = 'open'`,
      [enrolment.id, `Enrolment withdrawn: ${reason}`, this.context.userId ?? null, now],
    );
    await this.audit.record({ action: 'enrolment.withdrawn', entityType: 'enrolment', entityId: enrolment.id, before: { status: 'active' }, after: { status: 'withdrawn', reason } });
  }

  async find(id: string, lock = false): Promise<Enrolment> {
    const enrolment = await this.tx.getRepository(Enrolment).findOne({ where: { organizationId: this.context.requireOrganizationId(), id }, lock: lock ? { mode: 'pessimistic_write' } : undefined });
    if (!enrolment) throw new NotFoundError('Enrolment');
    return enrolment;
  }

  /** For other domains (grant tranches): the enrolment's milestones that were not dropped, with their status. */
  async milestonesOf(enrolmentId: string): Promise<{ id: string; title: string; status: string; dueOn: string }[]> {
    const rows: { id: string; title: string; status: string; due_on: string }[] = await this.tx.query(
      `SELECT id, title, status, due_on::text AS due_on FROM milestones WHERE organization_id = $1 AND enrolment_id = $2 AND dropped_at IS NULL ORDER BY due_on, id`,
      [this.context.requireOrganizationId(), enrolmentId],
    );
    return rows.map((r) => ({ id: r.id, title: r.title, status: r.status, dueOn: r.due_on }));
  }

  async forStartup(startupId: string): Promise<Enrolment[]> {
    return this.tx.getRepository(Enrolment).find({ where: { organizationId: this.context.requireOrganizationId(), startupId }, order: { id: 'ASC' } });
  }

  /** A startup's enrolments with their cohort's name and dates and the current phase's name, newest first (its profile). */
  async cohortsOfStartup(startupId: string) {
    const rows: {
      enrolment_id: string; cohort_id: string; cohort_name: string; cohort_status: string; status: string; current_phase: number | null; current_phase_name: string | null;
      starts_on: string; ends_on: string; incubation_ends_at: Date; ended_at: Date | null; end_reason: string | null;
    }[] = await this.tx.query(
      `SELECT e.id AS enrolment_id, c.id AS cohort_id, c.name AS cohort_name, c.status AS cohort_status, e.status, COALESCE(e.current_phase, c.current_phase) AS current_phase,
              p.name AS current_phase_name, c.starts_on::text AS starts_on, c.ends_on::text AS ends_on, e.incubation_ends_at, e.ended_at, e.end_reason
         FROM enrolments e
         JOIN cohorts c ON c.id = e.cohort_id
         LEFT JOIN cohort_phases p ON p.cohort_id = c.id AND p.position = COALESCE(e.current_phase, c.current_phase)
        WHERE e.organization_id = $1 AND e.startup_id = $2
        ORDER BY e.id DESC`,
      [this.context.requireOrganizationId(), startupId],
    );
    return rows.map((r) => ({
      enrolmentId: r.enrolment_id,
      cohortId: r.cohort_id,
      cohortName: r.cohort_name,
      cohortStatus: r.cohort_status,
      status: r.status,
      currentPhase: r.current_phase,
      currentPhaseName: r.current_phase_name,
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      incubationEndsAt: r.incubation_ends_at.toISOString(),
      endedAt: r.ended_at?.toISOString() ?? null,
      endReason: r.end_reason,
    }));
  }

  private alreadyEnrolled(startupIds: string[]) {
    return new ConflictError('STARTUP_ALREADY_ENROLLED', 'A startup can be in only one running cohort of a programme.', { startupIds });
  }
}
