import { DomainEvents, EventSubscriber, EventSubscriberProvider } from '@hatchery/core';
import { MentorStatementsService } from './statements.service';

/** A startup's outcome turned successful: its mentors accrue their success fees, once per mentor and startup. */
@EventSubscriberProvider()
export class AccrueSuccessFees implements EventSubscriber<'startup.outcome-changed'> {
  readonly event = 'startup.outcome-changed' as const;
  readonly name = 'mentors.accrue-success-fees';
  constructor(private readonly statements: MentorStatementsService) {}

  async handle({ startupId, status, on }: DomainEvents['startup.outcome-changed']): Promise<void> {
    await this.statements.outcomeChanged(startupId, status, on);
  }
}
