import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One event delivered to one subscriber, written in the subscriber's transaction: its primary key
 * is what makes a delivery happen once, however often its job runs and on however many workers.
 */
@Entity({ name: 'event_deliveries' })
@Index('ix_event_deliveries_org_event', ['organizationId', 'eventId'])
export class EventDelivery {
  @PrimaryColumn('uuid', { name: 'event_id', primaryKeyConstraintName: 'pk_event_deliveries' })
  eventId: string;

  @PrimaryColumn('text', { primaryKeyConstraintName: 'pk_event_deliveries' })
  subscriber: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('text')
  event: string;

  @CreateDateColumn({ name: 'delivered_at', type: 'timestamptz' })
  deliveredAt: Date;
}
