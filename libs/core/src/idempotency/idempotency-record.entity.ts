import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The first response to a POST sent with an Idempotency-Key, per user and key. */
@Entity({ name: 'idempotency_records' })
export class IdempotencyRecord {
  @PrimaryColumn('uuid', { name: 'user_id', primaryKeyConstraintName: 'pk_idempotency_records' })
  userId: string;

  @PrimaryColumn('text', { primaryKeyConstraintName: 'pk_idempotency_records' })
  key: string;

  @Column('text', { name: 'request_hash' })
  requestHash: string;

  @Column('integer', { name: 'response_status', nullable: true })
  responseStatus: number | null;

  @Column('jsonb', { name: 'response_body', nullable: true })
  responseBody: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
