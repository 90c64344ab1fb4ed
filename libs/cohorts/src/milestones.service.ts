import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditService, Clock, ConflictError, DomainError, EventBus, newId, NotFoundError, RequestContext } from '@hatchery/core';
import { NotificationsService } from '@hatchery/notifications';
import { StartupsService } from '@hatchery/startups';
import { CohortsService } from './cohorts.service';
import { MilestoneChangesDto, MilestoneInputDto, ReviewMilestoneDto, SubmitEvidenceDto } from './dto/cohort.dto';
import { CohortMilestoneDto, MilestoneDetailDto, MilestoneDto, StartupTimelineDto } from './dto/cohort.response.dto';
import { Cohort, CohortMilestone } from './entities/cohort.entity';
import { Enrolment } from './entities/enrolment.entity';
import { Milestone, MilestoneEvent, MilestoneEventKind } from './entities/milestone.entity';
import { EnrolmentsService } from './enrolments.service';
import { withinSpan } from './schedule-rules';
import { toCohortMilestoneView, toEnrolmentView, toEventView, toMilestoneView, toPhaseView } from './views';

const EDITABLE = ['title', 'description', 'dueOn', 'evidenceRequired'] as const;

/**
 * A milestone is pending → submitted (the founder's evidence) → approved | changes requested
 * (back to submitted on the next evidence). Every step is in its history. Staff add, edit,
 * reschedule or drop milestones for one startup or, through the cohort's milestone, for all.
 */
@Injectable()
export class MilestonesService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly cohorts: CohortsService,
    private readonly enrolments: EnrolmentsService,
    private readonly startups: StartupsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly bus: EventBus,
  ) {}

  private get tx() {
    return this.txHost.tx;
  }

  private get milestones() {
    return this.tx.getRepository(Milestone);
  }

  // ---- staff: the whole cohort ----

  async addForCohort(cohortId: string, input: MilestoneInputDto): Promise<CohortMilestoneDto> {
    const cohort = await this.cohorts.find(cohortId, true);
    this.assertWithin(cohort, input.dueOn);
    const organizationId = cohort.organizationId;
    const phase = (await this.cohorts.phases(cohortId)).find((p) => withinSpan(input.dueOn, p));
    const id = newId();
    await this.tx.getRepository(CohortMilestone).insert({ id, organizationId, cohortId, phasePosition: phase?.position ?? null, title: input.title, description: input.description ?? null, evidenceRequired: input.evidenceRequired ?? true, dueOn: input.dueOn });
    const created: { id: string }[] = await this.tx.query(
      `INSERT INTO milestones (id, organization_id, cohort_id, enrolment_id, cohort_milestone_id, phase_position, title, description, evidence_required, due_on, due_at)
       SELECT uuid_v7(), $1, $2, e.id, cm.id, cm.phase_position, cm.title, cm.description, cm.evidence_required, cm.due_on, local_midnight_after(cm.due_on, $3)
         FROM enrolments e JOIN cohort_milestones cm ON cm.id = $4
        WHERE e.cohort_id = $2 AND e.status = 'active'
       RETURNING id`,
      [organizationId, cohortId, cohort.timezone, id],
    );
    await this.events(created.map((m) => m.id), 'created');
    await this.audit.record({ action: 'cohort.milestone-added', entityType: 'cohort', entityId: cohortId, after: { cohortMilestoneId: id, title: input.title, dueOn: input.dueOn } });
    await this.cohorts.schedule(cohortId);
    return toCohortMilestoneView(await this.tx.getRepository(CohortMilestone).findOneByOrFail({ id }));
  }

  /** Edits the cohort's milestone and every startup's copy that is not yet approved. */
  async editForCohort(cohortId: string, cohortMilestoneId: string, changes: MilestoneChangesDto): Promise<CohortMilestoneDto> {
    const cohort = await this.cohorts.find(cohortId, true);
    const template = await this.cohortMilestone(cohortId, cohortMilestoneId);
    if (changes.dueOn !== undefined) this.assertWithin(cohort, changes.dueOn);
    const patch = this.patch(template, changes);
    if (Object.keys(patch).length === 0) return toCohortMilestoneView(template);
    await this.tx.getRepository(CohortMilestone).update({ id: template.id }, patch);
    // Only the fields that changed: renaming the milestone must not undo one startup's own reschedule.
    const set = [
      patch.title !== undefined && 'title = cm.title',
      patch.description !== undefined && 'description = cm.description',
      patch.evidenceRequired !== undefined && 'evidence_required = cm.evidence_required',
      patch.dueOn !== undefined && 'due_on = cm.due_on, due_at = local_midnight_after(cm.due_on, $4), overdue_marked_at = NULL',
    ].filter(Boolean);
    // A raw UPDATE through TypeORM resolves to [rows, affected], not the rows.
    const [copies]: [{ id: string }[], number] = await this.tx.query(
      `UPDATE milestones SET ${set.join(', ')}, updated_at = $3
         FROM cohort_milestones cm
        WHERE cm.id = $2 AND milestones.cohort_milestone_id = cm.id AND milestones.cohort_id = $1
          AND milestones.status <> 'approved' AND milestones.dropped_at IS NULL
        RETURNING milestones.id`,
      // The timezone only when the date changed: Postgres cannot type a parameter the statement does not use.
      [cohortId, template.id, this.clock.now(), ...(patch.dueOn !== undefined ? [cohort.timezone] : [])],
    );
    await this.events(copies.map((c) => c.id), patch.dueOn ? 'rescheduled' : 'edited', { changes: patch });
    await this.audit.record({ action: 'cohort.milestone-edited', entityType: 'cohort', entityId: cohortId, before: this.pick(template, patch), after: patch });
    if (patch.dueOn) await this.cohorts.schedule(cohortId);
    return toCohortMilestoneView(await this.tx.getRepository(CohortMilestone).findOneByOrFail({ id: template.id }));
  }

  /** Drops it for the whole cohort; approved copies stay as history. */
  async dropForCohort(cohortId: string, cohortMilestoneId: string): Promise<void> {
    await this.cohorts.find(cohortId, true);
    const template = await this.cohortMilestone(cohortId, cohortMilestoneId);
    const now = this.clock.now();
    await this.tx.getRepository(CohortMilestone).update({ id: template.id }, { droppedAt: now });
    const [dropped]: [{ id: string }[], number] = await this.tx.query(
      `UPDATE milestones SET dropped_at = $2, updated_at = $2 WHERE cohort_milestone_id = $1 AND status <> 'approved' AND dropped_at IS NULL RETURNING id`,
      [template.id, now],
    );
    await this.events(dropped.map((d) => d.id), 'dropped');
    await this.audit.record({ action: 'cohort.milestone-dropped', entityType: 'cohort', entityId: cohortId, after: { cohortMilestoneId: template.id } });
  }

  // ---- staff: one startup ----

  async addForEnrolment(enrolmentId: string, input: MilestoneInputDto): Promise<MilestoneDto> {
    const enrolment = await this.enrolments.find(enrolmentId, true);
    if (enrolment.status !== 'active') throw new ConflictError('ENROLMENT_NOT_ACTIVE', `The enrolment is ${enrolment.status}.`);
    const cohort = await this.cohorts.find(enrolment.cohortId);
    this.assertWithin(cohort, input.dueOn);
    const phase = (await this.cohorts.phases(cohort.id)).find((p) => withinSpan(input.dueOn, p));
    const id = newId();
    await this.tx.query(
      `INSERT INTO milestones (id, organization_id, cohort_id, enrolment_id, phase_position, title, description, evidence_required, due_on, due_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, local_midnight_after($9::date, $10))`,
      [id, cohort.organizationId, cohort.id, enrolmentId, phase?.position ?? null, input.title, input.description ?? null, input.evidenceRequired ?? true, input.dueOn, cohort.timezone],
    );
    await this.events([id], 'created');
    await this.cohorts.schedule(cohort.id);
    return this.view(id);
  }

  async edit(milestoneId: string, changes: MilestoneChangesDto): Promise<MilestoneDto> {
    const milestone = await this.find(milestoneId, true);
    if (milestone.droppedAt) throw new ConflictError('MILESTONE_DROPPED', 'The milestone was dropped.');
    const cohort = await this.cohorts.find(milestone.cohortId);
    if (changes.dueOn !== undefined) this.assertWithin(cohort, changes.dueOn);
    const patch = this.patch(milestone, changes);
    if (Object.keys(patch).length === 0) return this.view(milestoneId);
    await this.milestones.update({ id: milestoneId }, patch);
    if (patch.dueOn) {
      // A new due date: the old reminder and overdue jobs find nothing due when they fire.
      await this.tx.query(`UPDATE milestones SET due_at = local_midnight_after(due_on, $2), overdue_marked_at = NULL WHERE id = $1`, [milestoneId, cohort.timezone]);
    }
    await this.events([milestoneId], patch.dueOn ? 'rescheduled' : 'edited', { changes: { ...patch, ...(patch.dueOn ? { previousDueOn: milestone.dueOn } : {}) } });
    if (patch.dueOn) await this.cohorts.schedule(cohort.id);
    return this.view(milestoneId);
  }

  async drop(milestoneId: string): Promise<void> {
    const milestone = await this.find(milestoneId, true);
    if (milestone.droppedAt) return;
    if (milestone.status === 'approved') throw new ConflictError('MILESTONE_APPROVED', 'An approved milestone stays in the record.');
    await this.milestones.update({ id: milestoneId }, { droppedAt: this.clock.now() });
    await this.events([milestoneId], 'dropped');
  }

  // ---- founders and staff ----

  /** The founder's evidence. Only a founder of the startup; only while pending or changes requested. */
  async submit(milestoneId: string, evidence: SubmitEvidenceDto): Promise<MilestoneDto> {
    const milestone = await this.find(milestoneId, true);
    const enrolment = await this.enrolments.find(milestone.enrolmentId);
    // Only a founder of this startup, whatever the caller's role: one check, here.
    if (!(await this.startups.isFounder(enrolment.startupId, this.context.requireUserId()))) throw new NotFoundError('Milestone');
    if (milestone.droppedAt) throw new ConflictError('MILESTONE_DROPPED', 'The milestone was dropped.');
    if (enrolment.status !== 'active') throw new ConflictError('ENROLMENT_NOT_ACTIVE', `The enrolment is ${enrolment.status}.`);
    if (milestone.status !== 'pending' && milestone.status !== 'changes_requested') {
      throw new ConflictError('MILESTONE_NOT_OPEN', `The milestone is ${milestone.status.replace('_', ' ')}; evidence is taken while it is pending or changes were requested.`);
    }
    await this.milestones.update({ id: milestoneId }, { status: 'submitted' });
    await this.events([milestoneId], 'submitted', { evidenceText: evidence.text, evidenceLinks: evidence.links ?? [] });
    return this.view(milestoneId);
  }

  /** Staff approve the evidence or ask for changes; the founders are told. */
  async review(milestoneId: string, input: ReviewMilestoneDto): Promise<MilestoneDto> {
    const milestone = await this.find(milestoneId, true);
    if (milestone.droppedAt) throw new ConflictError('MILESTONE_DROPPED', 'The milestone was dropped.');
    const approvable = milestone.status === 'submitted' || (input.decision === 'approve' && !milestone.evidenceRequired && milestone.status !== 'approved');
    if (!approvable) throw new ConflictError('MILESTONE_NOT_SUBMITTED', `The milestone is ${milestone.status.replace('_', ' ')}; only submitted evidence is reviewed.`);
    const status = input.decision === 'approve' ? 'approved' : 'changes_requested';
    await this.milestones.update({ id: milestoneId }, { status });
    await this.events([milestoneId], status, { comment: input.comment ?? null });
    const enrolment = await this.enrolments.find(milestone.enrolmentId);
    if (status === 'approved') {
      await this.bus.publish('milestone.approved', milestone.organizationId, {
        milestoneId,
        enrolmentId: enrolment.id,
        cohortId: milestone.cohortId,
        startupId: enrolment.startupId,
        approvedAt: this.clock.now().toISOString(),
      });
    }
    const founders = (await this.startups.foundersOf([enrolment.startupId])).get(enrolment.startupId) ?? [];
    const verdict = status === 'approved' ? 'approved' : 'returned with a request for changes';
    await this.notifications.notify(
      founders.map((userId) => ({
        userId,
        kind: 'milestone.reviewed' as const,
        title: `"${milestone.title}" was ${status === 'approved' ? 'approved' : 'returned for changes'}`,
        body: `Your milestone "${milestone.title}" was ${verdict}.${input.comment ? `\n\n${input.comment}` : ''}`,
        subject: { type: 'milestone', id: milestoneId },
        dedupeKey: `milestone.reviewed.${newId()}`,
        email: true,
      })),
    );
    return this.view(milestoneId);
  }

  /** A milestone with its history: staff, or a founder of its startup. */
  async get(milestoneId: string): Promise<MilestoneDetailDto> {
    const milestone = await this.visible(milestoneId);
    const history = await this.tx.getRepository(MilestoneEvent).find({ where: { milestoneId }, order: { id: 'ASC' } });
    return { ...toMilestoneView(milestone, this.clock.now()), history: history.map(toEventView) };
  }

  /**
   * A startup's timeline: each enrolment with its cohort's phases and its milestones. Staff and the
   * startup's founders may read it; `accessCheckedBy` names the domain that has already checked the
   * caller's right to it (mentors: a mentor assigned to the startup), so only the tenancy is checked.
   */
  async startupTimeline(startupId: string, options: { accessCheckedBy?: 'mentors' } = {}): Promise<StartupTimelineDto> {
    const startup = options.accessCheckedBy ? await this.startups.find(startupId) : await this.startups.get(startupId);
    const enrolments = await this.enrolments.forStartup(startupId);
    const now = this.clock.now();
    const result = [];
    for (const enrolment of enrolments) {
      const cohort = await this.cohorts.find(enrolment.cohortId);
      const milestones = await this.milestones.find({ where: { enrolmentId: enrolment.id }, order: { dueOn: 'ASC', id: 'ASC' } });
      result.push({
        enrolment: toEnrolmentView(enrolment),
        cohort: { id: cohort.id, name: cohort.name, status: cohort.status, startsOn: cohort.startsOn, endsOn: cohort.endsOn, currentPhase: cohort.currentPhase },
        phases: (await this.cohorts.phases(cohort.id)).map(toPhaseView),
        milestones: milestones.filter((m) => m.droppedAt === null).map((m) => toMilestoneView(m, now, enrolment.status === 'active')),
      });
    }
    return { startup, now: now.toISOString(), enrolments: result };
  }

  // ---- helpers ----

  private async find(id: string, lock = false): Promise<Milestone> {
    const milestone = await this.milestones.findOne({ where: { organizationId: this.context.requireOrganizationId(), id }, lock: lock ? { mode: 'pessimistic_write' } : undefined });
    if (!milestone) throw new NotFoundError('Milestone');
    return milestone;
  }

  /** Staff see any milestone; a founder only their startup's (another's is 404, as if it did not exist). */
  private async visible(id: string, lock = false): Promise<Milestone> {
    const milestone = await this.find(id, lock);
    const role = this.context.role;
    if (role === 'owner' || role === 'manager') return milestone;
    const enrolment = await this.tx.getRepository(Enrolment).findOneByOrFail({ id: milestone.enrolmentId });
    if (!(await this.startups.isFounder(enrolment.startupId, this.context.requireUserId()))) throw new NotFoundError('Milestone');
    return milestone;
  }

  private async view(id: string): Promise<MilestoneDto> {
    return toMilestoneView(await this.milestones.findOneByOrFail({ id }), this.clock.now());
  }

  private async cohortMilestone(cohortId: string, id: string): Promise<CohortMilestone> {
    const template = await this.tx.getRepository(CohortMilestone).findOneBy({ cohortId, id });
    if (!template || template.droppedAt) throw new NotFoundError('Cohort milestone');
    return template;
  }

  private assertWithin(cohort: Cohort, dueOn: string): void {
    if (!withinSpan(dueOn, cohort)) {
      throw new DomainError(400, 'DUE_DATE_OUTSIDE_COHORT', `The due date must fall within the cohort, ${cohort.startsOn} to ${cohort.endsOn}.`, {
        errors: [{ field: 'dueOn', message: `must be between ${cohort.startsOn} and ${cohort.endsOn}` }],
      });
    }
  }

  /** Only the fields that change. */
  private patch(current: Pick<Milestone, (typeof EDITABLE)[number]>, changes: MilestoneChangesDto): Partial<Pick<Milestone, (typeof EDITABLE)[number]>> {
    const patch: Record<string, unknown> = {};
    for (const key of EDITABLE) {
      if (changes[key] !== undefined && changes[key] !== current[key]) patch[key] = changes[key];
    }
    return patch;
  }

  private pick(current: object, patch: object): Record<string, unknown> {
    return Object.fromEntries(Object.keys(patch).map((k) => [k, (current as Record<string, unknown>)[k]]));
  }

  private async events(milestoneIds: string[], kind: MilestoneEventKind, details: Partial<Pick<MilestoneEvent, 'evidenceText' | 'evidenceLinks' | 'comment' | 'changes'>> = {}): Promise<void> {
    if (milestoneIds.length === 0) return;
    await this.tx.query(
      `INSERT INTO milestone_events (id, organization_id, milestone_id, kind, actor_user_id, evidence_text, evidence_links, comment, changes, created_at)
       SELECT uuid_v7(), $1, unnest($2::uuid[]), $3, $4, $5, $6, $7, $8, $9`,
      [
        this.context.requireOrganizationId(),
        milestoneIds,
        kind,
        this.context.userId ?? null,
        details.evidenceText ?? null,
        details.evidenceLinks ? JSON.stringify(details.evidenceLinks) : null,
        details.comment ?? null,
        details.changes ? JSON.stringify(details.changes) : null,
        this.clock.now(),
      ],
    );
  }
}
