import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditService, Clock, ConflictError, decodeCursor, DomainError, jobId, newId, NotFoundError, Outbox, RequestContext, toPage } from '@hatchery/core';
import { OrganizationsService } from '@hatchery/organizations';
import { ProgrammesService } from '@hatchery/programmes';
import { StartupsService } from '@hatchery/startups';
import { CohortQueryDto, CreateCohortDto } from './dto/cohort.dto';
import { CohortDetailDto, CohortGridDto, CohortPageDto, CohortTimelineDto, GridCellDto } from './dto/cohort.response.dto';
import { Cohort, CohortMilestone, CohortPhase } from './entities/cohort.entity';
import { Enrolment } from './entities/enrolment.entity';
import { Milestone } from './entities/milestone.entity';
import { addMonths, phaseDates, templateDueOn } from './schedule-rules';
import { isOverdue, toCohortMilestoneView, toCohortView, toEnrolmentView, toPhaseView } from './views';

const DEFAULT_REMINDER_OFFSETS = [7, 1];

@Injectable()
export class CohortsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly programmes: ProgrammesService,
    private readonly organizations: OrganizationsService,
    private readonly startups: StartupsService,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  private get tx() {
    return this.txHost.tx;
  }

  /**
   * A cohort with the programme's phases and milestone templates laid out in real dates in the
   * organization's timezone. The worker moves it from planned to running at its first phase.
   */
  async create(input: CreateCohortDto): Promise<CohortDetailDto> {
    const organizationId = this.context.requireOrganizationId();
    const programme = await this.programmes.get(input.programmeId);
    if (programme.phases.length === 0) {
      throw new DomainError(400, 'PROGRAMME_HAS_NO_PHASES', 'The programme has no phases to run; add at least one to its phase template.');
    }
    const { timezone } = await this.organizations.current();
    const { phases, endsOn, completesOn } = phaseDates(input.startsOn, programme.phases);
    const equity = programme.equityPolicy.kind === 'fixed_after' ? programme.equityPolicy : null;
    const id = newId();
    const duplicate = () => new ConflictError('COHORT_EXISTS', `The programme already has a cohort named "${input.name}".`);
    if (await this.tx.getRepository(Cohort).existsBy({ organizationId, programmeId: programme.id, name: input.name })) throw duplicate();
    try {
      await this.tx.query(
        `INSERT INTO cohorts (id, organization_id, programme_id, name, timezone, starts_on, ends_on, ends_at, reminder_offsets_days, equity_stake_bps, equity_after_months)
         VALUES ($1, $2, $3, $4, $5, $6, $7, local_midnight($8::date, $5), $9, $10, $11)`,
        [id, organizationId, programme.id, input.name, timezone, input.startsOn, endsOn, completesOn, input.reminderOffsetsDays ?? DEFAULT_REMINDER_OFFSETS, equity?.bps ?? null, equity?.afterMonths ?? null],
      );
    } catch (error) {
      // Two staff creating the same cohort at once: the unique constraint decides.
      if ((error as { constraint?: string }).constraint === 'uq_cohorts_org_programme_name') throw duplicate();
      throw error;
    }
    await this.tx.query(
      `INSERT INTO cohort_phases (id, organization_id, cohort_id, position, name, starts_on, ends_on, starts_at)
       SELECT unnest($1::uuid[]), $2, $3, unnest($4::int[]), unnest($5::text[]), unnest($6::date[]), unnest($7::date[]), local_midnight(unnest($6::date[]), $8)`,
      [phases.map(() => newId()), organizationId, id, phases.map((p) => p.position), phases.map((p) => p.name), phases.map((p) => p.startsOn), phases.map((p) => p.endsOn), timezone],
    );
    const templates = programme.phases.flatMap((phase, position) =>
      phase.milestones.map((m) => ({ ...m, position, dueOn: templateDueOn(phases[position], m.offsetDays) })),
    );
    if (templates.length > 0) {
      await this.tx.getRepository(CohortMilestone).insert(
        templates.map((t) => ({ id: newId(), organizationId, cohortId: id, phasePosition: t.position, title: t.title, description: t.description, evidenceRequired: t.evidenceRequired, dueOn: t.dueOn })),
      );
    }
    const cohort = await this.get(id);
    await this.audit.record({ action: 'cohort.created', entityType: 'cohort', entityId: id, after: { programmeId: programme.id, name: input.name, startsOn: input.startsOn, endsOn } });
    await this.schedule(id);
    return cohort;
  }

  /**
   * Queues the cohort's moments once this transaction commits. The job id carries the
   * transaction id, so a request that enrols or reschedules many times schedules the cohort once.
   */
  async schedule(cohortId: string): Promise<void> {
    const organizationId = this.context.requireOrganizationId();
    const [{ txid }]: { txid: string }[] = await this.tx.query(`SELECT txid_current()::text AS txid`);
    await this.outbox.enqueue('cohort.schedule', { organizationId, cohortId }, { jobId: jobId('cohort.schedule', cohortId, txid) });
  }

  async find(id: string, lock = false): Promise<Cohort> {
    const cohort = await this.tx.getRepository(Cohort).findOne({ where: { organizationId: this.context.requireOrganizationId(), id }, lock: lock ? { mode: 'pessimistic_write' } : undefined });
    if (!cohort) throw new NotFoundError('Cohort');
    return cohort;
  }

  async phases(cohortId: string): Promise<CohortPhase[]> {
    return this.tx.getRepository(CohortPhase).find({ where: { cohortId }, order: { position: 'ASC' } });
  }

  async get(id: string): Promise<CohortDetailDto> {
    const cohort = await this.find(id);
    const milestones = await this.tx.getRepository(CohortMilestone).find({ where: { cohortId: id }, order: { dueOn: 'ASC', id: 'ASC' } });
    const counts: { status: string; n: number }[] = await this.tx.query(`SELECT status, count(*)::int AS n FROM enrolments WHERE cohort_id = $1 GROUP BY status`, [id]);
    const view = toCohortView(cohort, await this.phases(id));
    return {
      ...view,
      phases: view.phases ?? [],
      milestones: milestones.filter((m) => m.droppedAt === null).map(toCohortMilestoneView),
      enrolments: Object.fromEntries(counts.map((c) => [c.status, c.n])),
    };
  }

  async list(query: CohortQueryDto): Promise<CohortPageDto> {
    const qb = this.tx.getRepository(Cohort).createQueryBuilder('c').where('c.organization_id = :org', { org: this.context.requireOrganizationId() }).orderBy('c.id', 'DESC').take(query.limit + 1);
    if (query.programmeId) qb.andWhere('c.programme_id = :programmeId', { programmeId: query.programmeId });
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    const after = decodeCursor(query.cursor);
    if (after) qb.andWhere('c.id < :after', { after });
    return toPage(await qb.getMany(), query.limit, (c) => toCohortView(c));
  }

  /** For a Gantt chart: the phases as bars, the cohort's milestones as markers, today. */
  async timeline(id: string): Promise<CohortTimelineDto> {
    const cohort = await this.find(id);
    const milestones = await this.tx.getRepository(CohortMilestone).find({ where: { cohortId: id }, order: { dueOn: 'ASC', id: 'ASC' } });
    return {
      cohort: toCohortView(cohort),
      now: this.clock.now().toISOString(),
      phases: (await this.phases(id)).map((p) => ({ ...toPhaseView(p), current: p.position === cohort.currentPhase })),
      milestones: milestones.filter((m) => m.droppedAt === null).map(toCohortMilestoneView),
    };
  }

  /**
   * The cohort as a grid: a row per enrolment (paged), a column per cohort milestone, and each
   * startup's own extra milestones alongside.
   */
  async grid(id: string, page: { limit: number; cursor?: string }): Promise<CohortGridDto> {
    await this.find(id);
    const columns = (await this.tx.getRepository(CohortMilestone).find({ where: { cohortId: id }, order: { dueOn: 'ASC', id: 'ASC' } })).filter((m) => m.droppedAt === null);
    const qb = this.tx.getRepository(Enrolment).createQueryBuilder('e').where('e.cohort_id = :id', { id }).orderBy('e.id', 'ASC').take(page.limit + 1);
    const after = decodeCursor(page.cursor);
    if (after) qb.andWhere('e.id > :after', { after });
    const enrolments = await qb.getMany();
    const shown = enrolments.slice(0, page.limit);
    const milestones = shown.length
      ? await this.tx.getRepository(Milestone).createQueryBuilder('m').where('m.enrolment_id IN (:...ids)', { ids: shown.map((e) => e.id) }).andWhere('m.dropped_at IS NULL').orderBy('m.due_on').getMany()
      : [];
    const names = await this.startups.names(shown.map((e) => e.startupId));
    const now = this.clock.now();
    const active = new Set(shown.filter((e) => e.status === 'active').map((e) => e.id));
    const cell = (m: Milestone): GridCellDto => ({ milestoneId: m.id, title: m.title, dueOn: m.dueOn, status: m.status, overdue: isOverdue(m, now, active.has(m.enrolmentId)) });
    return {
      columns: columns.map(toCohortMilestoneView),
      rows: shown.map((e) => {
        const own = milestones.filter((m) => m.enrolmentId === e.id);
        return {
          enrolment: toEnrolmentView(e),
          startupName: names.get(e.startupId) ?? null,
          cells: Object.fromEntries(own.filter((m) => m.cohortMilestoneId).map((m) => [m.cohortMilestoneId!, cell(m)])),
          extra: own.filter((m) => !m.cohortMilestoneId).map(cell),
        };
      }),
      nextCursor: enrolments.length > page.limit ? Buffer.from(shown[shown.length - 1].id).toString('base64url') : null,
    };
  }

  /** The instant a fixed stake falls due for this cohort's enrolments, or null. */
  stakeDueOn(cohort: Cohort): string | null {
    return cohort.equityAfterMonths !== null && cohort.equityStakeBps !== null ? addMonths(cohort.startsOn, cohort.equityAfterMonths) : null;
  }
}
