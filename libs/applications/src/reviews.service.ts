import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccountsService } from '@hatchery/accounts';
import { AuditService, Clock, ConflictError, decodeCursor, newId, NotFoundError, Page, RequestContext, toPage, ValidationFailedError } from '@hatchery/core';
import { MembersService } from '@hatchery/organizations';
import { Call, CallsService } from '@hatchery/programmes';
import { In } from 'typeorm';
import { Application } from './entities/application.entity';
import { ReviewAssignment, ReviewConflict, ReviewScore } from './entities/review.entity';
import { QueueItemDto, ReviewerProgressDto } from './dto/application.response.dto';
import { MyReviewDto, RoundAssignmentDto, RoundAssignmentQueryDto, RoundAssignmentStatus } from './dto/round-assignment.dto';
import { planAssignments, scoreErrors } from './review-rules';

export type ReviewerProgress = ReviewerProgressDto;

export type QueueItem = QueueItemDto;

const IN_REVIEW = ['under_review', 'shortlisted'];

@Injectable()
export class ReviewsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly audit: AuditService,
    private readonly calls: CallsService,
    private readonly members: MembersService,
    private readonly accounts: AccountsService,
    private readonly clock: Clock,
  ) {}

  private get assignments() {
    return this.txHost.tx.getRepository(ReviewAssignment);
  }

  /**
   * Gives every application in the round its reviewers (members with the reviewer role; owners
   * and managers when there are none). Only adds what is missing, so it can run again safely.
   */
  async assignRound(callId: string, roundKey: string): Promise<number> {
    const call = await this.calls.find(callId, true);
    this.round(call, roundKey);
    const organizationId = call.organizationId;
    const members = await this.members.list();
    const pool = members.filter((m) => m.role === 'reviewer');
    const reviewers = (pool.length > 0 ? pool : members.filter((m) => m.role === 'owner' || m.role === 'manager')).map((m) => m.userId);
    const applications = await this.txHost.tx
      .getRepository(Application)
      .find({ where: { organizationId, callId, roundKey, status: In(IN_REVIEW) }, order: { submittedAt: 'ASC', id: 'ASC' } });
    if (applications.length === 0 || reviewers.length === 0) return 0;
    const ids = applications.map((a) => a.id);
    const existing = await this.assignments.find({ where: { organizationId, roundKey, applicationId: In(ids) } });
    const conflicts = await this.txHost.tx.getRepository(ReviewConflict).find({ where: { organizationId, applicationId: In(ids) } });
    const loads: { reviewer_user_id: string; n: number }[] = await this.txHost.tx.query(
      `SELECT reviewer_user_id, count(*)::int AS n FROM review_assignments ra JOIN applications a ON a.id = ra.application_id
        WHERE ra.organization_id = $1 AND a.call_id = $2 AND ra.round_key = $3 GROUP BY reviewer_user_id`,
      [organizationId, callId, roundKey],
    );
    const loadOf = new Map(loads.map((l) => [l.reviewer_user_id, l.n]));
    const plan = planAssignments(
      applications.map((a) => ({
        id: a.id,
        applicantUserId: a.applicantUserId,
        assigned: existing.filter((e) => e.applicationId === a.id).map((e) => e.reviewerUserId),
        conflicts: conflicts.filter((c) => c.applicationId === a.id).map((c) => c.reviewerUserId),
      })),
      reviewers.map((userId) => ({ userId, load: loadOf.get(userId) ?? 0 })),
      call.reviewersPerApplication,
    );
    for (let i = 0; i < plan.length; i += 1000) {
      await this.assignments
        .createQueryBuilder()
        .insert()
        .values(plan.slice(i, i + 1000).map((p) => ({ id: newId(), organizationId, roundKey, status: 'assigned' as const, ...p })))
        .orIgnore()
        .execute();
    }
    return plan.length;
  }

  /** The reviewer steps aside: the application leaves their queue, scores included, and someone else is assigned. */
  async declareConflict(applicationId: string, reason: string | undefined): Promise<void> {
    const reviewerUserId = this.context.requireUserId();
    const application = await this.application(applicationId);
    const organizationId = application.organizationId;
    await this.txHost.tx
      .getRepository(ReviewConflict)
      .createQueryBuilder()
      .insert()
      .values({ id: newId(), organizationId, applicationId, reviewerUserId, reason: reason ?? null })
      .orIgnore()
      .execute();
    // Finalized rounds keep their reviews: the shortlists made from them stand.
    const call = await this.calls.find(application.callId);
    const open = await this.assignments.find({ where: { organizationId, applicationId, reviewerUserId } });
    const removable = open.filter((a) => !call.finalizedRounds.includes(a.roundKey)).map((a) => a.id);
    if (removable.length > 0) await this.assignments.delete({ id: In(removable) });
    await this.audit.record({ action: 'review.conflict-declared', entityType: 'application', entityId: applicationId, after: { reviewerUserId } });
    if (application.roundKey) await this.assignRound(application.callId, application.roundKey);
  }

  /** Staff move an assignment to another reviewer. */
  async reassign(assignmentId: string, reviewerUserId: string): Promise<void> {
    const assignment = await this.assignments.findOne({ where: { id: assignmentId, organizationId: this.context.requireOrganizationId() }, lock: { mode: 'pessimistic_write' } });
    if (!assignment) throw new NotFoundError('Assignment');
    const member = (await this.members.list()).find((m) => m.userId === reviewerUserId);
    if (!member || !['owner', 'manager', 'reviewer'].includes(member.role)) throw new ValidationFailedError([{ field: 'reviewerUserId', message: 'must be a reviewer or staff member of this organization' }]);
    const conflict = await this.txHost.tx.getRepository(ReviewConflict).existsBy({ organizationId: assignment.organizationId, applicationId: assignment.applicationId, reviewerUserId });
    if (conflict) throw new ConflictError('REVIEWER_CONFLICT', 'That reviewer declared a conflict of interest with this application.');
    const application = await this.application(assignment.applicationId);
    if ((await this.calls.find(application.callId)).finalizedRounds.includes(assignment.roundKey)) {
      throw new ConflictError('ROUND_FINALIZED', 'This round is finalized: its reviews stay as they are.');
    }
    if (application.applicantUserId === reviewerUserId) throw new ConflictError('REVIEWER_CONFLICT', 'Applicants do not review their own application.');
    if (await this.assignments.existsBy({ organizationId: assignment.organizationId, applicationId: assignment.applicationId, roundKey: assignment.roundKey, reviewerUserId })) {
      throw new ConflictError('ALREADY_ASSIGNED', 'That reviewer already reviews this application in this round.');
    }
    await this.txHost.tx.getRepository(ReviewScore).delete({ assignmentId });
    await this.assignments.update({ id: assignmentId }, { reviewerUserId, status: 'assigned', submittedAt: null, comment: null });
    await this.audit.record({ action: 'review.reassigned', entityType: 'review_assignment', entityId: assignmentId, before: { reviewerUserId: assignment.reviewerUserId }, after: { reviewerUserId } });
  }

  /** The caller's own assignments that still count (recusals remove them). */
  async myQueue(): Promise<QueueItem[]> {
    const rows: { id: string; application_id: string; call_id: string; round_key: string; status: string; startup_name: string | null }[] = await this.txHost.tx.query(
      `SELECT ra.id, ra.application_id, a.call_id, ra.round_key, ra.status, a.startup_name
         FROM review_assignments ra JOIN applications a ON a.id = ra.application_id
        WHERE ra.organization_id = $1 AND ra.reviewer_user_id = $2
          AND NOT EXISTS (SELECT 1 FROM review_conflicts rc WHERE rc.application_id = ra.application_id AND rc.reviewer_user_id = ra.reviewer_user_id)
        ORDER BY ra.status, ra.id LIMIT 1000`,
      [this.context.requireOrganizationId(), this.context.requireUserId()],
    );
    return rows.map((r) => ({ assignmentId: r.id, applicationId: r.application_id, callId: r.call_id, roundKey: r.round_key, status: r.status, startupName: r.startup_name }));
  }

  /** Scores every criterion of the round; editable until the round is finalized. */
  async submit(applicationId: string, roundKey: string, scores: Record<string, unknown>, comment: string | undefined): Promise<void> {
    const organizationId = this.context.requireOrganizationId();
    const assignment = await this.assignments.findOne({
      where: { organizationId, applicationId, roundKey, reviewerUserId: this.context.requireUserId() },
      lock: { mode: 'pessimistic_write' },
    });
    if (!assignment) throw new NotFoundError('Review');
    const application = await this.application(applicationId);
    // FOR SHARE: a shortlist (which locks the call FOR UPDATE) cannot finalize the round under this review.
    const call = await this.calls.find(application.callId, 'share');
    const round = this.round(call, roundKey);
    if (call.finalizedRounds.includes(roundKey)) throw new ConflictError('ROUND_FINALIZED', 'This round is finalized: its reviews can no longer change.');
    const errors = scoreErrors(round.rubric, scores);
    if (errors.length > 0) throw new ValidationFailedError(errors);
    const repository = this.txHost.tx.getRepository(ReviewScore);
    await repository.delete({ assignmentId: assignment.id });
    await repository.insert(round.rubric.map((c) => ({ assignmentId: assignment.id, organizationId, criterionKey: c.key, score: scores[c.key] as number })));
    await this.assignments.update({ id: assignment.id }, { status: 'submitted', submittedAt: this.clock.now(), comment: comment ?? null });
    await this.audit.record({
      action: 'review.submitted',
      entityType: 'review_assignment',
      entityId: assignment.id,
      before: { status: assignment.status },
      after: { status: 'submitted', scores },
    });
  }

  /**
   * Every assignment of a call's round, newest first, for staff (owners and managers: they see
   * startup and applicant names whatever the call's blind review, which hides founders from reviewers).
   */
  async roundAssignments(callId: string, roundKey: string, query: RoundAssignmentQueryDto): Promise<Page<RoundAssignmentDto>> {
    const call = await this.calls.find(callId);
    this.round(call, roundKey);
    const params: unknown[] = [call.organizationId, callId, roundKey];
    const where: string[] = [];
    const conflict = `EXISTS (SELECT 1 FROM review_conflicts rc WHERE rc.organization_id = ra.organization_id AND rc.application_id = ra.application_id AND rc.reviewer_user_id = ra.reviewer_user_id)`;
    if (query.status === 'conflict') where.push(conflict);
    else if (query.status) where.push(`ra.status = '${query.status === 'done' ? 'submitted' : 'assigned'}' AND NOT ${conflict}`);
    if (query.reviewerUserId) where.push(`ra.reviewer_user_id = $${params.push(query.reviewerUserId)}`);
    const after = decodeCursor(query.cursor);
    if (after) where.push(`ra.id < $${params.push(after)}`);
    const rows: { id: string; round_key: string; application_id: string; startup_name: string | null; applicant_user_id: string; reviewer_user_id: string; status: string; conflict: boolean; created_at: Date; submitted_at: Date | null }[] =
      await this.txHost.tx.query(
        `SELECT ra.id, ra.round_key, ra.application_id, a.startup_name, a.applicant_user_id, ra.reviewer_user_id, ra.status, ra.created_at, ra.submitted_at, ${conflict} AS conflict
           FROM review_assignments ra JOIN applications a ON a.id = ra.application_id AND a.organization_id = ra.organization_id
          WHERE ra.organization_id = $1 AND a.call_id = $2 AND ra.round_key = $3 ${where.map((w) => `AND ${w}`).join(' ')}
          ORDER BY ra.id DESC LIMIT $${params.push(query.limit + 1)}`,
        params,
      );
    const people = await this.accounts.getMany([...new Set(rows.flatMap((r) => [r.reviewer_user_id, r.applicant_user_id]))]);
    const names = new Map(people.map((p) => [p.id, p.name]));
    const statusOf = (r: (typeof rows)[number]): RoundAssignmentStatus => (r.conflict ? 'conflict' : r.status === 'submitted' ? 'done' : 'pending');
    return toPage(rows, query.limit, (r) => ({
      id: r.id,
      roundKey: r.round_key,
      application: { id: r.application_id, startupName: r.startup_name, applicantName: names.get(r.applicant_user_id) ?? null },
      reviewer: { id: r.reviewer_user_id, name: names.get(r.reviewer_user_id) ?? '' },
      status: statusOf(r),
      assignedAt: r.created_at.toISOString(),
      submittedAt: r.submitted_at?.toISOString() ?? null,
    }));
  }

  /**
   * The caller's own submitted review of an application in a round. Found as submit() finds it
   * (the caller's assignment), so another reviewer's review is never reachable; a recused reviewer
   * cannot read it, even where a finalized round kept it.
   */
  async mine(applicationId: string, roundKey: string): Promise<MyReviewDto> {
    const organizationId = this.context.requireOrganizationId();
    const reviewerUserId = this.context.requireUserId();
    const assignment = await this.assignments.findOneBy({ organizationId, applicationId, roundKey, reviewerUserId });
    if (!assignment) throw new NotFoundError('Review');
    const application = await this.application(applicationId);
    if (await this.txHost.tx.getRepository(ReviewConflict).existsBy({ organizationId, applicationId, reviewerUserId })) throw new NotFoundError('Review');
    if (assignment.status !== 'submitted' || !assignment.submittedAt) throw new NotFoundError('Review');
    const call = await this.calls.find(application.callId);
    this.round(call, roundKey);
    const scores = await this.txHost.tx.getRepository(ReviewScore).find({ where: { organizationId, assignmentId: assignment.id }, order: { criterionKey: 'ASC' } });
    return {
      assignmentId: assignment.id,
      applicationId,
      roundKey,
      scores: Object.fromEntries(scores.map((s) => [s.criterionKey, s.score])),
      comment: assignment.comment,
      submittedAt: assignment.submittedAt.toISOString(),
      editable: !call.finalizedRounds.includes(roundKey),
    };
  }

  /** Per reviewer: assigned, done, pending. */
  async progress(callId: string, roundKey: string): Promise<ReviewerProgress[]> {
    const call = await this.calls.find(callId);
    this.round(call, roundKey);
    const rows: { reviewer_user_id: string; assigned: number; done: number }[] = await this.txHost.tx.query(
      `SELECT ra.reviewer_user_id, count(*)::int AS assigned, count(*) FILTER (WHERE ra.status = 'submitted')::int AS done
         FROM review_assignments ra JOIN applications a ON a.id = ra.application_id
        WHERE ra.organization_id = $1 AND a.call_id = $2 AND ra.round_key = $3
        GROUP BY ra.reviewer_user_id`,
      [call.organizationId, callId, roundKey],
    );
    const names = new Map((await this.members.list()).map((m) => [m.userId, m.name]));
    return rows
      .map((r) => ({ reviewerUserId: r.reviewer_user_id, name: names.get(r.reviewer_user_id) ?? '', assigned: r.assigned, done: r.done, pending: r.assigned - r.done }))
      .sort((a, b) => b.pending - a.pending || a.name.localeCompare(b.name));
  }

  private async application(id: string): Promise<Application> {
    const application = await this.txHost.tx.getRepository(Application).findOneBy({ id, organizationId: this.context.requireOrganizationId() });
    if (!application || application.status === 'draft') throw new NotFoundError('Application');
    return application;
  }

  private round(call: Call, roundKey: string) {
    const round = call.rounds.find((r) => r.key === roundKey);
    if (!round) throw new NotFoundError('Round');
    return round;
  }
}
