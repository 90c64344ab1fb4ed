import { Logger } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccountsService } from '@hatchery/accounts';
import { defineJobs, Env, JobHandler, JobHandlerProvider, JobPayloads, MailService } from '@hatchery/core';
import { OrganizationsService } from '@hatchery/organizations';
import { DecisionsService } from './decisions.service';
import { Application } from './entities/application.entity';

declare module '@hatchery/core' {
  interface JobPayloads {
    'call.start-review': { organizationId: string; callId: string };
    /** `decision`: the decision that was made, which is what is mailed, whatever the application's status by then. */
    'application.decision-email': { organizationId: string; applicationId: string; decision: 'accepted' | 'rejected' | 'waitlisted' };
    /** `cohortId`: the cohort the freed place was in; the promoted startup joins it. */
    'call.promote-waitlist': { organizationId: string; callId: string; cohortId?: string };
  }
}

export const APPLICATIONS_JOBS = defineJobs({ 'call.start-review': 'selection', 'application.decision-email': 'notifications', 'call.promote-waitlist': 'selection' });

@JobHandlerProvider()
export class StartReviewHandler implements JobHandler<'call.start-review'> {
  readonly jobName = 'call.start-review' as const;
  constructor(private readonly decisions: DecisionsService) {}

  async handle({ callId }: JobPayloads['call.start-review']): Promise<void> {
    await this.decisions.startReview(callId);
  }
}

@JobHandlerProvider()
export class PromoteWaitlistHandler implements JobHandler<'call.promote-waitlist'> {
  readonly jobName = 'call.promote-waitlist' as const;
  constructor(private readonly decisions: DecisionsService) {}

  async handle({ callId, cohortId }: JobPayloads['call.promote-waitlist']): Promise<void> {
    await this.decisions.promoteWaitlist(callId, cohortId);
  }
}

type MailedDecision = JobPayloads['application.decision-email']['decision'];

const DECISION_TEXT: Record<MailedDecision, { subject: string; body: string }> = {
  accepted: { subject: 'accepted', body: 'Congratulations: your application has been accepted. The team will be in touch about the next steps.' },
  rejected: { subject: 'not accepted', body: 'Thank you for applying. We are sorry: your application was not accepted this time.' },
  waitlisted: { subject: 'on the waiting list', body: 'Your application is on the waiting list: if a place frees up, it will be offered in ranking order.' },
};


/**
 * The order decisions follow on one application: waitlisted may become accepted or rejected,
 * which are final (DecisionsService only decides undecided or waitlisted applications).
 */
const DECISION_ORDER: Record<MailedDecision, number> = { waitlisted: 1, accepted: 2, rejected: 2 };
const isDecision = (status: string | null): status is MailedDecision => status !== null && status in DECISION_ORDER;

/**
 * Mails the applicant the decision that was made (the job's), once per decision, even if the
 * application has moved on since: an acceptance withdrawn before this job runs is still mailed,
 * as the applicant was accepted. Skipped when this decision, or a later one, has been mailed
 * already (a redelivered or late job), and when a later decision replaced it before it went
 * out (a waitlisting followed by an acceptance: only the acceptance is news).
 */
@JobHandlerProvider()
export class DecisionEmailHandler implements JobHandler<'application.decision-email'> {
  readonly jobName = 'application.decision-email' as const;
  private readonly logger = new Logger(DecisionEmailHandler.name);

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly accounts: AccountsService,
    private readonly organizations: OrganizationsService,
    private readonly mail: MailService,
    private readonly env: Env,
  ) {}

  async handle(payload: JobPayloads['application.decision-email']): Promise<void> {
    const { organizationId, applicationId } = payload;
    const repository = this.txHost.tx.getRepository(Application);
    const application = await repository.findOne({ where: { id: applicationId, organizationId }, lock: { mode: 'pessimistic_write' } });
    // Jobs queued before the payload carried the decision: the status is the best there is.
    const decision: string | undefined = payload.decision ?? application?.status;
    if (!application || !isDecision(decision) || this.alreadyDone(application, decision)) {
      this.logger.log({ applicationId, decision }, 'decision email not needed');
      return;
    }
    const text = DECISION_TEXT[decision];
    const applicant = await this.accounts.get(application.applicantUserId);
    const organization = await this.organizations.current();
    await this.mail.send({
      to: applicant.email,
      subject: `${organization.name}: ${application.startupName ?? 'your application'} ${text.subject}`,
      text: [`Dear ${applicant.name},`, '', text.body, '', `Your application: ${this.env.APP_URL}/me/applications/${organization.slug}/${application.id}`, '', organization.name].join('\n'),
    });
    await repository.update({ id: application.id }, { decisionEmailed: decision });
  }

  private alreadyDone(application: Application, decision: MailedDecision): boolean {
    const mailed = application.decisionEmailed;
    if (isDecision(mailed) && DECISION_ORDER[mailed] >= DECISION_ORDER[decision]) return true;
    return isDecision(application.status) && DECISION_ORDER[application.status] > DECISION_ORDER[decision];
  }
}
