import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditService, Clock, ConflictError, decodeCursor, EventBus, newId, NotFoundError, Page, RequestContext, Role, toPage, ValidationFailedError, wallClock } from '@hatchery/core';
import { OrganizationsService } from '@hatchery/organizations';
import { Call, CallsService, formatInZone } from '@hatchery/programmes';
import { answerErrors } from './answer-rules';
import { ApplicationFieldsDto, ApplicationQueryDto } from './dto/application.dto';
import { ApplicationDto } from './dto/application.response.dto';
import { Answers, Application, ApplicationStatus } from './entities/application.entity';

export type ApplicationView = ApplicationDto;

const STAFF: Role[] = ['owner', 'manager', 'reviewer'];
const SEES_DEMOGRAPHICS: Role[] = ['owner', 'manager'];
/** Open and before its close time (by the server's clock): what the public list of calls shows. */
// A call's window runs on real time, like the jobs and the sweeper that open and close it (calls.service.ts).
const takingApplications = (call: Call) => call.status === 'open' && call.closesAt > wallClock();
/** An accepted applicant may still decline the place; the waitlist then moves up. */
const WITHDRAWABLE: ApplicationStatus[] = ['draft', 'submitted', 'under_review', 'shortlisted', 'waitlisted', 'accepted'];

@Injectable()
export class ApplicationsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly audit: AuditService,
    private readonly calls: CallsService,
    private readonly organizations: OrganizationsService,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  private get applications() {
    return this.txHost.tx.getRepository(Application);
  }

  /** Starts a draft. One per applicant and call: a second attempt gets the first one's id in a 409. */
  async create(callId: string, input: ApplicationFieldsDto): Promise<ApplicationView> {
    const call = await this.calls.find(callId);
    // Who may not see the call learns nothing of it, not even that it closed: 404, as for no call.
    if (!(await this.maySeeCall(call))) throw new NotFoundError('Call');
    await this.assertAcceptingApplications(call);
    const fields = this.fields(call, input, { complete: false });
    const applicantUserId = this.context.requireUserId();
    const id = newId();
    const inserted = await this.applications
      .createQueryBuilder()
      .insert()
      .values({ id, organizationId: call.organizationId, callId, applicantUserId, status: 'draft', ...fields })
      .orIgnore()
      .returning('id')
      .execute();
    if (inserted.raw.length === 0) {
      const existing = await this.applications.findOneByOrFail({ organizationId: call.organizationId, callId, applicantUserId });
      throw new ConflictError('APPLICATION_EXISTS', 'You already have an application to this call.', { existingId: existing.id });
    }
    const created = await this.applications.findOneByOrFail({ id });
    await this.audit.record({ action: 'application.created', entityType: 'application', entityId: id, after: { status: 'draft', callId } });
    return this.view(created, call);
  }

  /** Saves a draft as the applicant goes. */
  async update(id: string, input: ApplicationFieldsDto): Promise<ApplicationView> {
    const application = await this.ownDraft(id);
    const call = await this.calls.find(application.callId);
    await this.assertAcceptingApplications(call);
    const fields = this.fields(call, input, { complete: false });
    if (fields.answers) fields.answers = { ...application.answers, ...fields.answers };
    if (Object.keys(fields).length > 0) await this.applications.update({ id }, fields);
    return this.view(await this.applications.findOneByOrFail({ id }), call);
  }

  /** Checks every required field and answer; refused after the close time, by the server's clock. */
  async submit(id: string): Promise<ApplicationView> {
    const application = await this.ownDraft(id);
    const call = await this.calls.find(application.callId);
    await this.assertAcceptingApplications(call);
    const errors = [
      ...(['startupName', 'sector', 'stage', 'idea'] as const).filter((field) => !application[field]?.trim()).map((field) => ({ field, message: `${field} is required` })),
      ...(application.founders.length === 0 ? [{ field: 'founders', message: 'at least one founder is required' }] : []),
      ...answerErrors(call.questions, application.answers, { complete: true }),
    ];
    if (errors.length > 0) throw new ValidationFailedError(errors, 'The application is incomplete.');
    await this.applications.update({ id }, { status: 'submitted', submittedAt: this.clock.now() });
    await this.audit.record({ action: 'application.submitted', entityType: 'application', entityId: id, before: { status: 'draft' }, after: { status: 'submitted' } });
    return this.view(await this.applications.findOneByOrFail({ id }), call);
  }

  /** The applicant withdraws: before a decision, or declining an accepted place. */
  async withdraw(id: string): Promise<ApplicationView & { previousStatus: ApplicationStatus }> {
    const application = await this.own(id, true);
    if (!WITHDRAWABLE.includes(application.status)) {
      throw new ConflictError('APPLICATION_DECIDED', `An application that is ${application.status} cannot be withdrawn.`);
    }
    await this.applications.update({ id }, { status: 'withdrawn', withdrawnAt: this.clock.now() });
    await this.audit.record({ action: 'application.withdrawn', entityType: 'application', entityId: id, before: { status: application.status }, after: { status: 'withdrawn' } });
    await this.events.publish('application.withdrawn', application.organizationId, { applicationId: id, callId: application.callId, previousStatus: application.status });
    return { ...this.view(await this.applications.findOneByOrFail({ id }), await this.calls.find(application.callId)), previousStatus: application.status };
  }

  async get(id: string): Promise<ApplicationView> {
    const application = await this.applications.findOneBy({ id, organizationId: this.context.requireOrganizationId() });
    const own = application?.applicantUserId === this.context.userId;
    // Staff see applications once submitted; a draft is the applicant's alone; a reviewer sees only what they are assigned.
    if (!application || !(own || (this.isStaff() && application.status !== 'draft'))) throw new NotFoundError('Application');
    if (!own && this.context.role === 'reviewer' && !(await this.assignedToCaller(application.id))) throw new NotFoundError('Application');
    return this.view(application, await this.calls.find(application.callId));
  }

  /** Staff see every submitted application (filters, search); anyone else sees only their own. */
  async list(query: ApplicationQueryDto): Promise<Page<ApplicationView>> {
    const builder = this.applications
      .createQueryBuilder('a')
      .where('a.organization_id = :organizationId', { organizationId: this.context.requireOrganizationId() })
      .orderBy('a.id', 'DESC')
      .limit(query.limit + 1);
    if (!this.isStaff()) builder.andWhere('a.applicant_user_id = :userId', { userId: this.context.requireUserId() });
    else builder.andWhere(`a.status <> 'draft'`);
    if (this.context.role === 'reviewer') {
      // Assigned, and not recused (a recusal after a finalized round keeps that round's review).
      builder.andWhere(
        `EXISTS (SELECT 1 FROM review_assignments ra WHERE ra.application_id = a.id AND ra.reviewer_user_id = :reviewer)
         AND NOT EXISTS (SELECT 1 FROM review_conflicts rc WHERE rc.application_id = a.id AND rc.reviewer_user_id = :reviewer)`,
        { reviewer: this.context.requireUserId() },
      );
    }
    if (query.callId) builder.andWhere('a.call_id = :callId', { callId: query.callId });
    if (query.status) builder.andWhere('a.status = :status', { status: query.status });
    if (query.sector) builder.andWhere('lower(a.sector) = lower(:sector)', { sector: query.sector });
    if (query.q) builder.andWhere(`(a.startup_name ILIKE :q OR a.idea ILIKE :q)`, { q: `%${query.q.replace(/[\\%_]/g, (c) => '\\' + c)}%` });
    const after = decodeCursor(query.cursor);
    if (after) builder.andWhere('a.id < :after', { after });
    const rows = await builder.getMany();
    const calls = new Map((await this.calls.findMany([...new Set(rows.map((r) => r.callId))])).map((call): [string, Call] => [call.id, call]));
    return toPage(rows, query.limit, (row) => this.view(row, calls.get(row.callId)!));
  }

  private async assignedToCaller(applicationId: string): Promise<boolean> {
    const rows: unknown[] = await this.txHost.tx.query(
      `SELECT 1 FROM review_assignments ra WHERE ra.application_id = $1 AND ra.reviewer_user_id = $2
          AND NOT EXISTS (SELECT 1 FROM review_conflicts rc WHERE rc.application_id = ra.application_id AND rc.reviewer_user_id = ra.reviewer_user_id)
        LIMIT 1`,
      [
      applicationId,
      this.context.requireUserId(),
    ]);
    return rows.length > 0;
  }

  private isStaff(): boolean {
    return !!this.context.role && STAFF.includes(this.context.role);
  }

  /**
   * Whether the caller may know this call exists: anyone while it takes applications (the rule of
   * the public list, CallsService.listOpen: open and before its close time); staff, who see every
   * call of their organization; and an applicant who already has an application to it.
   */
  private async maySeeCall(call: Call): Promise<boolean> {
    if (takingApplications(call) || this.isStaff()) return true;
    return this.applications.existsBy({ organizationId: call.organizationId, callId: call.id, applicantUserId: this.context.requireUserId() });
  }

  private async assertAcceptingApplications(call: Call): Promise<void> {
    if (takingApplications(call)) return;
    if (call.status === 'open' || call.status === 'closed' || call.status === 'decided') {
      const { timezone } = await this.organizations.current();
      throw new ConflictError('CALL_CLOSED', `The call closed on ${formatInZone(call.closesAt, timezone)}.`, { closesAt: call.closesAt.toISOString() });
    }
    throw new ConflictError('CALL_NOT_OPEN', `The call is ${call.status}: it is not taking applications.`);
  }

  private fields(call: Call, input: ApplicationFieldsDto, options: { complete: boolean }): Partial<Application> {
    const fields: Partial<Application> = {};
    if (input.startupName !== undefined) fields.startupName = input.startupName;
    if (input.sector !== undefined) fields.sector = input.sector;
    if (input.stage !== undefined) fields.stage = input.stage;
    if (input.idea !== undefined) fields.idea = input.idea;
    if (input.teamSize !== undefined) fields.teamSize = input.teamSize;
    if (input.previousExperience !== undefined) fields.previousExperience = input.previousExperience;
    if (input.founders !== undefined) {
      fields.founders = input.founders.map((f) => ({ name: f.name, email: f.email, role: f.role, gender: f.gender ?? null, birthYear: f.birthYear ?? null, group: f.group ?? null }));
    }
    if (input.answers !== undefined) {
      const errors = answerErrors(call.questions, input.answers as Answers, options);
      if (errors.length > 0) throw new ValidationFailedError(errors);
      fields.answers = input.answers as Answers;
    }
    return fields;
  }

  private async own(id: string, lock = false): Promise<Application> {
    const application = await this.applications.findOne({
      where: { id, organizationId: this.context.requireOrganizationId(), applicantUserId: this.context.requireUserId() },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!application) throw new NotFoundError('Application');
    return application;
  }

  private async ownDraft(id: string): Promise<Application> {
    const application = await this.own(id, true);
    if (application.status !== 'draft') throw new ConflictError('APPLICATION_NOT_DRAFT', `The application is already ${application.status}.`);
    return application;
  }

  private view(application: Application, call: Call): ApplicationView {
    const role = this.context.role;
    const isApplicant = application.applicantUserId === this.context.userId;
    const blind = call.blindReview && role === 'reviewer' && !isApplicant;
    const demographics = isApplicant || (!!role && SEES_DEMOGRAPHICS.includes(role));
    return {
      id: application.id,
      callId: application.callId,
      status: application.status,
      startupName: application.startupName,
      sector: application.sector,
      stage: application.stage,
      idea: application.idea,
      teamSize: application.teamSize,
      previousExperience: application.previousExperience,
      ...(blind
        ? {}
        : { founders: application.founders.map((f) => (demographics ? f : { name: f.name, email: f.email, role: f.role })) }),
      answers: application.answers,
      ...(isApplicant ? { call: { id: call.id, title: call.title, questions: call.questions } } : {}),
      submittedAt: application.submittedAt?.toISOString() ?? null,
      withdrawnAt: application.withdrawnAt?.toISOString() ?? null,
      roundKey: application.roundKey,
      decidedAt: application.decidedAt?.toISOString() ?? null,
      createdAt: application.createdAt.toISOString(),
      updatedAt: application.updatedAt.toISOString(),
    };
  }
}
