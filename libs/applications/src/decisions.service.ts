import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccountsService } from '@hatchery/accounts';
import { AuditService, Clock, ConflictError, DomainError, EventBus, jobId, NotFoundError, Outbox, RequestContext, ValidationFailedError } from '@hatchery/core';
import { InvitationsService, MembersService } from '@hatchery/organizations';
import { Call, CallsService } from '@hatchery/programmes';
import { CohortsService, EnrolmentsService } from '@hatchery/cohorts';
import { StartupsService } from '@hatchery/startups';
import { In } from 'typeorm';
import { Application, ApplicationStatus } from './entities/application.entity';
import { RankingMethod, RankingService } from './ranking.service';
import { ReviewsService } from './reviews.service';

export const DECISIONS = ['accept', 'reject', 'waitlist'] as const;
export type Decision = (typeof DECISIONS)[number];

const STATUS_OF = { accept: 'accepted', reject: 'rejected', waitlist: 'waitlisted' } as const satisfies Record<Decision, ApplicationStatus>;
const DECIDABLE: ApplicationStatus[] = ['submitted', 'under_review', 'shortlisted', 'waitlisted'];

@Injectable()
export class DecisionsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly calls: CallsService,
    private readonly ranking: RankingService,
    private readonly reviews: ReviewsService,
    private readonly startups: StartupsService,
    private readonly members: MembersService,
    private readonly invitations: InvitationsService,
    private readonly accounts: AccountsService,
    private readonly cohorts: CohortsService,
    private readonly enrolments: EnrolmentsService,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  private get applications() {
    return this.txHost.tx.getRepository(Application);
  }

  /** When a call closes: its submitted applications enter the first round and get reviewers. */
  async startReview(callId: string): Promise<void> {
    const call = await this.calls.find(callId, true);
    const first = call.rounds[0];
    await this.applications.update({ organizationId: call.organizationId, callId, status: 'submitted' }, { status: 'under_review', roundKey: first.key });
    await this.reviews.assignRound(callId, first.key);
  }

  /**
   * The top K of a round (by the chosen ranking) go on to the next round; the round's reviews
   * are then final. K defaults to the round's shortlist size.
   */
  async shortlist(callId: string, roundKey: string, top: number | undefined, method: RankingMethod): Promise<{ shortlisted: string[] }> {
    const call = await this.calls.find(callId, true);
    if (call.status !== 'closed') throw new ConflictError('CALL_NOT_CLOSED', `Shortlists come after the call closes; it is ${call.status}.`);
    const index = call.rounds.findIndex((r) => r.key === roundKey);
    if (index < 0) throw new NotFoundError('Round');
    const next = call.rounds[index + 1];
    if (!next) throw new ConflictError('NO_NEXT_ROUND', 'This is the last round: decide from its ranking instead.');
    if (call.finalizedRounds.includes(roundKey)) throw new ConflictError('ROUND_FINALIZED', 'This round has already been shortlisted.');
    const size = top ?? call.rounds[index].shortlistSize;
    if (!size) throw new ValidationFailedError([{ field: 'top', message: 'give how many to shortlist (the round has no shortlist size)' }]);
    const ranked = (await this.ranking.rank(callId, roundKey, method)).filter((r) => r.status === 'under_review' || r.status === 'shortlisted');
    const chosen = ranked.slice(0, size).map((r) => r.applicationId);
    if (chosen.length > 0) await this.applications.update({ organizationId: call.organizationId, id: In(chosen) }, { status: 'shortlisted', roundKey: next.key });
    await this.calls.finalizeRound(callId, roundKey);
    await this.audit.record({ action: 'call.shortlisted', entityType: 'call', entityId: callId, after: { roundKey, next: next.key, applicationIds: chosen } });
    await this.reviews.assignRound(callId, next.key);
    return { shortlisted: chosen };
  }

  /**
   * Accept, reject or waitlist, one or many. The call row is locked first, so two staff
   * accepting at the same moment are serialized and capacity can never be exceeded; a batch
   * that would exceed it is refused whole.
   */
  async decide(callId: string, applicationIds: string[], decision: Decision, cohortId?: string): Promise<{ decided: string[] }> {
    const call = await this.calls.find(callId, true);
    if (call.status !== 'closed') throw new ConflictError('CALL_NOT_CLOSED', `Decisions come after the call closes; it is ${call.status}.`);
    if (cohortId !== undefined) await this.assertCohort(call, cohortId, decision);
    const ids = [...new Set(applicationIds)];
    const rows = await this.applications.find({ where: { organizationId: call.organizationId, callId, id: In(ids) }, lock: { mode: 'pessimistic_write' } });
    if (rows.length !== ids.length) throw new NotFoundError('Application');
    const undecidable = rows.filter((r) => !DECIDABLE.includes(r.status) && r.status !== STATUS_OF[decision]);
    if (undecidable.length > 0) {
      throw new ConflictError('APPLICATION_NOT_DECIDABLE', `Already ${undecidable[0].status}: ${undecidable.map((r) => r.id).join(', ')}.`, { applicationIds: undecidable.map((r) => r.id) });
    }
    const changing = rows.filter((r) => r.status !== STATUS_OF[decision]);
    if (decision === 'accept') await this.assertCapacity(call, changing.length);
    const memberIds = decision === 'accept' ? new Set((await this.members.list()).map((m) => m.userId)) : new Set<string>();
    for (const application of changing) await this.apply(call, application, decision, memberIds, cohortId);
    return { decided: changing.map((r) => r.id) };
  }

  /** After an accepted applicant withdraws: the best-ranked waitlisted application takes the place. */
  async promoteWaitlist(callId: string, cohortId?: string): Promise<string | null> {
    const call = await this.calls.find(callId, true);
    if (call.status !== 'closed') return null;
    const accepted = await this.applications.countBy({ organizationId: call.organizationId, callId, status: 'accepted' });
    if (accepted >= call.capacity) return null;
    // Waitlists are drawn up from the final round's ranking; anyone waitlisted outside it follows, by submission time.
    const finalRound = call.rounds[call.rounds.length - 1];
    const ranked = (await this.ranking.rank(callId, finalRound.key, 'weighted')).find((r) => r.status === 'waitlisted');
    const next = ranked?.applicationId ?? (await this.applications.findOne({ where: { organizationId: call.organizationId, callId, status: 'waitlisted' }, order: { submittedAt: 'ASC' } }))?.id;
    if (!next) return null;
    const application = await this.applications.findOneOrFail({ where: { id: next }, lock: { mode: 'pessimistic_write' } });
    // It may have been withdrawn since the ranking was read; the job runs again on the next withdrawal.
    if (application.status !== 'waitlisted') return null;
    // The freed place was in a cohort: the promoted startup takes it there (if it still takes enrolments).
    const cohort = cohortId ? await this.cohorts.find(cohortId) : null;
    const into = cohort && cohort.status !== 'completed' ? cohort.id : undefined;
    await this.apply(call, application, 'accept', new Set((await this.members.list()).map((m) => m.userId)), into);
    await this.audit.record({ action: 'application.promoted-from-waitlist', entityType: 'application', entityId: application.id, after: { status: 'accepted' } });
    return application.id;
  }

  /**
   * The applicant's place is freed when an accepted application is withdrawn: the best-ranked
   * waitlisted application takes it, in the cohort the withdrawn one was in. Ending the startup and
   * its enrolment are the startups' and cohorts' reactions to `application.withdrawn`.
   */
  async onWithdrawn(application: { id: string; callId: string; previousStatus: ApplicationStatus }): Promise<void> {
    if (application.previousStatus !== 'accepted') return;
    const cohortIds = await this.enrolments.activeCohortsOfApplication(application.id);
    const organizationId = this.context.requireOrganizationId();
    await this.outbox.enqueue(
      'call.promote-waitlist',
      { organizationId, callId: application.callId, ...(cohortIds[0] ? { cohortId: cohortIds[0] } : {}) },
      { jobId: jobId('call.promote-waitlist', application.callId, application.id) },
    );
  }

  private async assertCapacity(call: Call, adding: number): Promise<void> {
    const accepted = await this.applications.countBy({ organizationId: call.organizationId, callId: call.id, status: 'accepted' });
    if (accepted + adding > call.capacity) {
      throw new ConflictError('CALL_CAPACITY_REACHED', `The call has ${call.capacity} place(s); ${accepted} are taken, so ${adding} more cannot be accepted.`, {
        capacity: call.capacity,
        accepted,
      });
    }
  }

  /** `memberIds`: the organization's members, kept current as founders join (one read per batch). */
  /** The cohort accepted startups join must run the call's programme, and still take enrolments. */
  private async assertCohort(call: Call, cohortId: string, decision: Decision): Promise<void> {
    const field = (message: string) => new DomainError(400, 'COHORT_NOT_ALLOWED', message, { errors: [{ field: 'cohortId', message }] });
    if (decision !== 'accept') throw field('a cohort is given only when accepting');
    const cohort = await this.cohorts.find(cohortId);
    if (cohort.programmeId !== call.programmeId) throw field("must be a cohort of the call's programme");
    if (cohort.status === 'completed') throw new ConflictError('COHORT_COMPLETED', 'The cohort has completed; enrol into a running or planned one.');
  }

  private async apply(call: Call, application: Application, decision: Decision, memberIds: Set<string>, cohortId?: string): Promise<void> {
    const status = STATUS_OF[decision];
    await this.applications.update({ id: application.id }, { status, decidedAt: this.clock.now() });
    await this.audit.record({ action: `application.${status}`, entityType: 'application', entityId: application.id, before: { status: application.status }, after: { status } });
    if (decision === 'accept') {
      const startupId = await this.onboard(call, application, memberIds);
      if (cohortId) await this.enrolments.enrol(cohortId, [startupId], application.id);
      await this.events.publish('application.accepted', call.organizationId, { applicationId: application.id, callId: call.id, startupId, cohortId: cohortId ?? null });
    }
    await this.outbox.enqueue(
      'application.decision-email',
      { organizationId: call.organizationId, applicationId: application.id, decision: STATUS_OF[decision] },
      { jobId: jobId('application.decision-email', application.id, status) },
    );
  }

  /** The startup is created; the applicant and co-founders with accounts become founders, the others are invited. */
  private async onboard(call: Call, application: Application, memberIds: Set<string>): Promise<string> {
    const startup = await this.startups.createFromApplication({
      applicationId: application.id,
      name: application.startupName ?? 'Unnamed startup',
      sector: application.sector,
      stage: application.stage,
      origin: application.answers['origin'] === 'internal' ? 'internal' : 'external',
    });
    const join = async (userId: string) => {
      await this.startups.addFounder(startup.id, userId);
      if (memberIds.has(userId)) return;
      memberIds.add(userId);
      await this.members.add(userId, 'founder', call.organizationId);
    };
    await join(application.applicantUserId);
    const applicant = await this.accounts.get(application.applicantUserId);
    for (const founder of application.founders) {
      if (founder.email === applicant.email) continue;
      const account = await this.accounts.findByEmail(founder.email);
      if (account) await join(account.id);
      else await this.invitations.create(founder.email, 'founder', application.applicantUserId, startup.id);
    }
    return startup.id;
  }
}
