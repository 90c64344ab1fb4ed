import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { User } from '@hatchery/accounts/entities';

export const NOTIFICATION_KINDS = [
  'milestone.reminder',
  'milestone.overdue',
  'milestone.submitted',
  'milestone.reviewed',
  'graduation.review-opened',
  'equity.stake-due',
  'mentor.statement-issued',
  'invoice.issued',
  'invoice.overdue',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * An in-app notification, and the email that goes with it. `dedupe_key` makes the effect
 * happen once per person however often the job that creates it runs.
 */
@Entity({ name: 'notifications' })
@Unique('uq_notifications_once', ['organizationId', 'userId', 'dedupeKey'])
@Index('ix_notifications_user', ['userId', 'id'])
export class Notification {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_notifications' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notifications_user' })
  user?: User;

  @Column('text')
  kind: NotificationKind;

  @Column('text')
  title: string;

  @Column('text')
  body: string;

  /** What it is about, for a link: `{ type: 'milestone', id }`. */
  @Column('jsonb')
  subject: { type: string; id: string };

  @Column('text', { name: 'dedupe_key' })
  dedupeKey: string;

  /** pending: to be emailed; sent; skipped (the person turned this kind of email off); none. */
  @Column('text', { name: 'email_status', default: 'none' })
  emailStatus: 'pending' | 'sent' | 'skipped' | 'none';

  @Column('timestamptz', { name: 'emailed_at', nullable: true })
  emailedAt: Date | null;

  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
