import { DomainEvents, EventSubscriber, EventSubscriberProvider } from '@hatchery/core';
import { EquityService } from './equity.service';

/** Staff confirmed a stake action: the organization's shares are issued, once per action. */
@EventSubscriberProvider()
export class BookConfirmedStake implements EventSubscriber<'equity-stake.confirmed'> {
  readonly event = 'equity-stake.confirmed' as const;
  readonly name = 'equity.book-confirmed-stake';
  constructor(private readonly equity: EquityService) {}

  async handle({ actionId, startupId, stakeBps, effectiveOn }: DomainEvents['equity-stake.confirmed']): Promise<void> {
    await this.equity.bookConfirmedStake({ actionId, startupId, stakeBps, effectiveOn });
  }
}

/** A startup failed: the organization's investments in it are written off, once each. */
@EventSubscriberProvider()
export class WriteOffFailedStartup implements EventSubscriber<'startup.outcome-changed'> {
  readonly event = 'startup.outcome-changed' as const;
  readonly name = 'equity.write-off-failed-startup';
  constructor(private readonly equity: EquityService) {}

  async handle({ startupId, status, reason, on }: DomainEvents['startup.outcome-changed']): Promise<void> {
    if (status !== 'failed') return;
    await this.equity.writeOff(startupId, on, reason);
  }
}
