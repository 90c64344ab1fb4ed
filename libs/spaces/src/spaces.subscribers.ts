import { DomainEvents, EventSubscriber, EventSubscriberProvider } from '@hatchery/core';
import { LeasesService } from './leases.service';

/**
 * A startup's outcome: graduated_successful moves its incubation leases to the programme's
 * post-incubation plan from the graduation date; failed or withdrawn ends its leases after each
 * plan's notice. Once per event (its delivery), and a second event of the same outcome changes nothing.
 */
@EventSubscriberProvider()
export class LeasesFollowOutcome implements EventSubscriber<'startup.outcome-changed'> {
  readonly event = 'startup.outcome-changed' as const;
  readonly name = 'spaces.leases-follow-outcome';
  constructor(private readonly leases: LeasesService) {}

  async handle({ startupId, status, reason, on }: DomainEvents['startup.outcome-changed']): Promise<void> {
    if (status === 'graduated_successful') await this.leases.graduated(startupId, on);
    else if (status === 'failed' || status === 'withdrawn') await this.leases.endedByOutcome(startupId, status, on, reason);
  }
}
