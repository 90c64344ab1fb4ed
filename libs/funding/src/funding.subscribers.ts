import { DomainEvents, EventSubscriber, EventSubscriberProvider } from '@hatchery/core';
import { GrantsService } from './grants.service';

/** A milestone was approved: the grant tranches tied to it become payable (once: a status guard, and one delivery per event). */
@EventSubscriberProvider()
export class TranchesPayableOnMilestone implements EventSubscriber<'milestone.approved'> {
  readonly event = 'milestone.approved' as const;
  readonly name = 'funding.tranches-payable-on-milestone';
  constructor(private readonly grants: GrantsService) {}

  async handle({ milestoneId }: DomainEvents['milestone.approved']): Promise<void> {
    await this.grants.milestoneApproved(milestoneId);
  }
}
