import { EventBus, EventMeta, EventSubscriber, EventSubscriberProvider, DomainEvents } from '@hatchery/core';
import { StartupStatus } from './entities/startup.entity';
import { StartupsService } from './startups.service';

/** An accepted applicant declined the place: their startup is withdrawn. */
@EventSubscriberProvider()
export class WithdrawDeclinedStartup implements EventSubscriber<'application.withdrawn'> {
  readonly event = 'application.withdrawn' as const;
  readonly name = 'startups.withdraw-declined-startup';
  constructor(private readonly startups: StartupsService) {}

  async handle({ applicationId, previousStatus }: DomainEvents['application.withdrawn']): Promise<void> {
    if (previousStatus !== 'accepted') return;
    await this.startups.withdrawForApplication(applicationId);
  }
}

const STATUS_OF: Record<DomainEvents['enrolment.outcome-decided']['outcome'], StartupStatus> = {
  graduated: 'graduated_successful',
  failed: 'failed',
  extended: 'incubating',
};

/**
 * A graduation review was resolved: the startup's outcome is recorded, and when its status changed
 * the startups domain tells the others (`startup.outcome-changed`). A startup that withdrew in the
 * meantime keeps its status.
 */
@EventSubscriberProvider()
export class RecordStartupOutcome implements EventSubscriber<'enrolment.outcome-decided'> {
  readonly event = 'enrolment.outcome-decided' as const;
  readonly name = 'startups.record-outcome';
  constructor(
    private readonly startups: StartupsService,
    private readonly events: EventBus,
  ) {}

  async handle({ startupId, outcome, reason, effectiveOn }: DomainEvents['enrolment.outcome-decided'], { organizationId }: EventMeta): Promise<void> {
    const [current] = await this.startups.existing([startupId]);
    if (!current || current.status === 'withdrawn') return;
    const status = STATUS_OF[outcome];
    await this.startups.recordOutcome(startupId, { status, reason, on: effectiveOn });
    if (status !== current.status) {
      await this.events.publish('startup.outcome-changed', organizationId, { startupId, status, previousStatus: current.status, reason, on: effectiveOn });
    }
  }
}
