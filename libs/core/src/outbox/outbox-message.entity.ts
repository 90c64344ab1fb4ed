import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A job waiting to be handed to BullMQ; written in the same transaction as the state change. */
@Entity({ name: 'outbox_messages' })
@Index('ix_outbox_messages_org_id', ['organizationId', 'id'])
@Index('ix_outbox_messages_pending', ['id'], { where: 'relayed_at IS NULL' })
@Index('ix_outbox_messages_unfinished', ['jobId'], { where: 'relayed_at IS NOT NULL AND completed_at IS NULL' })
export class OutboxMessage {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_outbox_messages' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('text', { name: 'job_name' })
  jobName: string;

  @Column('text', { name: 'job_id' })
  jobId: string;

  @Column('jsonb')
  payload: object;

  @Column('timestamptz', { name: 'run_at', nullable: true })
  runAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'relayed_at', nullable: true })
  relayedAt: Date | null;

  /** Set once its job has run to the end; until then the redelivery sweep checks that Redis still holds the job. */
  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt: Date | null;

  /** The request that caused it, carried into the job's logs. */
  @Column('text', { name: 'request_id', nullable: true })
  requestId: string | null;
}
