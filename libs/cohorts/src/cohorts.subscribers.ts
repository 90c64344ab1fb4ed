import { DomainEvents, EventSubscriber, EventSubscriberProvider } from '@hatchery/core';
import { EnrolmentsService } from './enrolments.service';

/** An accepted applicant declined the place: their enrolment ends, and its open actions are cancelled. */
@EventSubscriberProvider()
export class EndDeclinedEnrolments implements EventSubscriber<'application.withdrawn'> {
  readonly event = 'application.withdrawn' as const;
  readonly name = 'cohorts.end-declined-enrolments';
  constructor(private readonly enrolments: EnrolmentsService) {}

  async handle({ applicationId, previousStatus }: DomainEvents['application.withdrawn']): Promise<void> {
    if (previousStatus !== 'accepted') return;
    await this.enrolments.withdrawForApplication(applicationId, 'The applicant declined the place.');
  }
}
