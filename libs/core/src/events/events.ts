import { applyDecorators, Injectable, SetMetadata } from '@nestjs/common';

/**
 * Every domain event: a fact one domain records and others react to. Named `<entity>.<past
 * participle>`; the payload says what happened, by ids (and the few values that are the fact
 * itself, such as an outcome and its reason). Core declares none: the publishing domain adds its
 * events from its own `<domain>.events.ts` by declaration merging, as with jobs:
 *
 * ```ts
 * declare module '@hatchery/core' {
 *   interface DomainEvents {
 *     'application.withdrawn': { applicationId: string; callId: string; previousStatus: string };
 *   }
 * }
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface DomainEvents {}
export type EventName = keyof DomainEvents & string;

/** What a subscriber is told besides the payload. */
export interface EventMeta {
  eventId: string;
  organizationId: string;
}

/**
 * A domain's reaction to another's event, in the subscribing domain's lib. `name` is stable and
 * unique (`<domain>.<reaction>`): deliveries are recorded under it, so renaming it delivers again.
 * `handle` runs in the organization, in one transaction with the delivery's record: it commits
 * with its effect or not at all, and a subscriber that throws is retried on its own.
 */
export interface EventSubscriber<E extends EventName = EventName> {
  readonly event: E;
  readonly name: string;
  handle(payload: DomainEvents[E], meta: EventMeta): Promise<void>;
}

export const EVENT_SUBSCRIBER = Symbol('hatchery:event-subscriber');

/** Marks a provider as an event subscriber: the worker finds it wherever its domain module declares it. */
export function EventSubscriberProvider(): ClassDecorator {
  return applyDecorators(Injectable(), SetMetadata(EVENT_SUBSCRIBER, true));
}
