import { Injectable, Logger } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccountsService } from '@hatchery/accounts';
import { Env, JobHandler, JobPayloads, MailService } from '@hatchery/core';
import { OrganizationsService } from '@hatchery/organizations';
import { DecisionsService } from './decisions.service';
import { Application } from './entities/application.entity';

@Injectable()
export class StartReviewHandler implements JobHandler<'call.start-review'> {
  readonly jobName = 'call.start-review' as const;
  constructor(private readonly decisions: DecisionsService) {}

  async handle({ callId }: JobPayloads['call.start-review']): Promise<void> {
    await this.decisions.startReview(callId);
  }
}

@Injectable()
export class PromoteWaitlistHandler implements JobHandler<'call.promote-waitlist'> {
  readonly jobName = 'call.promote-waitlist' as const;
  constructor(private readonly decisions: DecisionsService) {}

  async handle({ callId, cohortId }: JobPayloads['call.promote-waitlist']): Promise<void> {
    await this.decisions.promoteWaitlist(callId, cohortId);
  }
}

const DECISION_TEXT: Record<string, { subject: string; body: string }> = {
  accepted: { subject: 'accepted', body: 'Congratulations: your application has been accepted. The team will be in touch about the next steps.' },
  rejected: { subject: 'not accepted', body: 'Thank you for applying. We are sorry: your application was not accepted this time.' },
  waitlisted: { subject: 'on the waiting list', body: 'Your application is on the waiting list: if a place frees up, it will be offered in ranking order.' },
};

/** Mails the applicant their decision, once per decision (a later, different decision mails again). */
@Injectable()
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

  async handle({ organizationId, applicationId }: JobPayloads['application.decision-email']): Promise<void> {
    const repository = this.txHost.tx.getRepository(Application);
    const application = await repository.findOne({ where: { id: applicationId, organizationId }, lock: { mode: 'pessimistic_write' } });
    const text = application && DECISION_TEXT[application.status];
    if (!application || !text || application.decisionEmailed === application.status) {
      this.logger.log({ applicationId }, 'decision email not needed');
      return;
    }
    const applicant = await this.accounts.get(application.applicantUserId);
    const organization = await this.organizations.current();
    await this.mail.send({
      to: applicant.email,
      subject: `${organization.name}: ${application.startupName ?? 'your application'} ${text.subject}`,
      text: [`Dear ${applicant.name},`, '', text.body, '', `Your application: ${this.env.APP_URL}/organizations/${organization.slug}/applications/${application.id}`, '', organization.name].join('\n'),
    });
    await repository.update({ id: application.id }, { decisionEmailed: application.status });
  }
}
