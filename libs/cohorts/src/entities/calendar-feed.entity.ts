import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '@hatchery/accounts/entities';

/**
 * A person's private iCalendar feed. The URL carries a random token; only its SHA-256 is
 * stored. Not tenant-scoped: one feed spans every organization the person belongs to.
 */
@Entity({ name: 'calendar_feeds' })
@Index('uq_calendar_feeds_token', ['tokenHash'], { unique: true })
@Index('uq_calendar_feeds_active_user', ['userId'], { unique: true, where: 'revoked_at IS NULL' })
export class CalendarFeed {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_calendar_feeds' })
  id: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_calendar_feeds_user' })
  user?: User;

  @Column('text', { name: 'token_hash' })
  tokenHash: string;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
