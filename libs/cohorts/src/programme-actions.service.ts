import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditService, Clock, ConflictError, decodeCursor, DomainError, EventBus, NotFoundError, Page, RequestContext, toPage } from '@hatchery/core';
import { StartupsService } from '@hatchery/startups';
import { CohortsService } from './cohorts.service';
import { ActionQueryDto, ResolveActionDto } from './dto/cohort.dto';
import { ProgrammeActionDto } from './dto/programme-action.dto';
import { Enrolment } from './entities/enrolment.entity';
import { ActionResolution, ProgrammeAction } from './entities/programme-action.entity';
import { toActionView } from './views';

const RESOLUTIONS: Record<ProgrammeAction['kind'], ActionResolution[]> = {
  graduation_review: ['graduated', 'extended', 'failed'],
  equity_stake: ['confirmed', 'dismissed'],
};

/**
 * What staff do with the actions the calendar opened. A graduation review graduates the startup,
 * fails it, or extends its incubation to a new date (when the worker opens a new review); an
 * equity stake is confirmed or dismissed. The cap table itself is the equity domain's.
 */
@Injectable()
export class ProgrammeActionsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly cohorts: CohortsService,
    private readonly startups: StartupsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly events: EventBus,
  ) {}

  private get actions() {
    return this.txHost.tx.getRepository(ProgrammeAction);
  }

  async list(query: ActionQueryDto): Promise<Page<ProgrammeActionDto>> {
    const qb = this.actions.createQueryBuilder('a').where('a.organization_id = :org', { org: this.context.requireOrganizationId() }).orderBy('a.id', 'DESC').take(query.limit + 1);
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    const after = decodeCursor(query.cursor);
    if (after) qb.andWhere('a.id < :after', { after });
    const page = toPage(await qb.getMany(), query.limit, toActionView);
    return { ...page, items: await this.named(page.items) };
  }

  /** Names the startup and the cohort of each action (ids alone mean nothing on a screen). */
  private async named(actions: ReturnType<typeof toActionView>[]): Promise<ProgrammeActionDto[]> {
    if (actions.length === 0) return [];
    const startupNames = await this.startups.names([...new Set(actions.map((a) => a.startupId))]);
    const cohorts: { enrolment_id: string; cohort_id: string; cohort_name: string }[] = await this.txHost.tx.query(
      `SELECT e.id AS enrolment_id, c.id AS cohort_id, c.name AS cohort_name FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id WHERE e.organization_id = $1 AND e.id = ANY($2::uuid[])`,
      [this.context.requireOrganizationId(), [...new Set(actions.map((a) => a.enrolmentId))]],
    );
    const cohortOf = new Map(cohorts.map((c) => [c.enrolment_id, c]));
    return actions.map((a) => ({ ...a, startupName: startupNames.get(a.startupId) ?? '', cohortId: cohortOf.get(a.enrolmentId)?.cohort_id ?? '', cohortName: cohortOf.get(a.enrolmentId)?.cohort_name ?? '' }));
  }

  async resolve(actionId: string, input: ResolveActionDto) {
    const action = await this.actions.findOne({ where: { organizationId: this.context.requireOrganizationId(), id: actionId }, lock: { mode: 'pessimistic_write' } });
    if (!action) throw new NotFoundError('Action');
    if (action.status === 'resolved') throw new ConflictError('ACTION_RESOLVED', `Already resolved: ${action.resolution}.`);
    if (!RESOLUTIONS[action.kind].includes(input.resolution)) {
      throw new DomainError(400, 'RESOLUTION_NOT_ALLOWED', `A ${action.kind.replace('_', ' ')} is resolved as ${RESOLUTIONS[action.kind].join(', ')}.`, {
        errors: [{ field: 'resolution', message: `must be one of ${RESOLUTIONS[action.kind].join(', ')}` }],
      });
    }
    const enrolments = this.txHost.tx.getRepository(Enrolment);
    const enrolment = await enrolments.findOne({ where: { id: action.enrolmentId }, lock: { mode: 'pessimistic_write' } });
    if (!enrolment) throw new NotFoundError('Enrolment');
    if (action.kind === 'graduation_review') {
      if (enrolment.status !== 'active') throw new ConflictError('ENROLMENT_NOT_ACTIVE', `The enrolment is ${enrolment.status}.`);
      if (input.resolution === 'extended') {
        const cohort = await this.cohorts.find(enrolment.cohortId);
        // Past the cohort's end, the current end of incubation and today (in the cohort's timezone).
        const [{ current_end: currentEnd, today }]: { current_end: string; today: string }[] = await this.txHost.tx.query(
          `SELECT (local_date(incubation_ends_at, $2) - 1)::text AS current_end, local_date($3::timestamptz, $2)::text AS today FROM enrolments WHERE id = $1`,
          [enrolment.id, cohort.timezone, this.clock.now()],
        );
        const floor = [cohort.endsOn, currentEnd, today].sort().pop()!;
        if (input.extendUntil! <= floor) {
          throw new DomainError(400, 'EXTENSION_TOO_SHORT', `An extension must run past ${floor} (the cohort's end, the current end of incubation and today).`, {
            errors: [{ field: 'extendUntil', message: `must be after ${floor}` }],
          });
        }
        await this.txHost.tx.query(`UPDATE enrolments SET incubation_ends_at = local_midnight_after($2::date, $3), updated_at = $4 WHERE id = $1`, [enrolment.id, input.extendUntil, cohort.timezone, this.clock.now()]);
        await this.decided(enrolment, 'extended', input);
        await this.cohorts.schedule(cohort.id);
      } else {
        const graduated = input.resolution === 'graduated';
        await enrolments.update({ id: enrolment.id }, { status: graduated ? 'graduated' : 'failed', endedAt: this.clock.now(), endReason: input.reason });
        await this.decided(enrolment, graduated ? 'graduated' : 'failed', input);
      }
    }
    await this.actions.update(
      { id: action.id },
      { status: 'resolved', resolution: input.resolution, reason: input.reason, effectiveOn: input.effectiveOn, resolvedBy: this.context.requireUserId(), resolvedAt: this.clock.now() },
    );
    if (action.kind === 'equity_stake' && input.resolution === 'confirmed' && action.stakeBps !== null) {
      // The cap table is the equity domain's: it books the shares when it hears of this (once per action).
      await this.events.publish('equity-stake.confirmed', action.organizationId, { actionId: action.id, enrolmentId: action.enrolmentId, startupId: action.startupId, stakeBps: action.stakeBps, effectiveOn: input.effectiveOn });
    }
    await this.audit.record({ action: `programme-action.${input.resolution}`, entityType: 'programme_action', entityId: action.id, before: { status: 'open' }, after: { status: 'resolved', resolution: input.resolution, reason: input.reason, extendUntil: input.extendUntil } });
    return (await this.named([toActionView(await this.actions.findOneByOrFail({ id: action.id }))]))[0];
  }

  /** The startup's outcome is the startups domain's: it reacts to this event (and tells the others in turn). */
  private async decided(enrolment: Enrolment, outcome: 'graduated' | 'failed' | 'extended', input: ResolveActionDto): Promise<void> {
    await this.events.publish('enrolment.outcome-decided', enrolment.organizationId, {
      enrolmentId: enrolment.id,
      cohortId: enrolment.cohortId,
      startupId: enrolment.startupId,
      outcome,
      reason: input.reason,
      effectiveOn: input.effectiveOn,
    });
  }
}
