import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { MentorAssignment } from './mentor-assignment.entity';
import { MentorProfile } from './mentor-profile.entity';

export const SESSION_STATUSES = ['logged', 'confirmed', 'disputed', 'approved', 'rejected'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/**
 * A mentoring session a mentor logged for a startup they were assigned to on that day. Founders
 * confirm or dispute it; staff approve (with the minutes that count, `approved_minutes`) or reject
 * it. For the monthly statements: `locked_at` marks every session of a mentor's month once its
 * statement is issued (no more edits), `locked_statement_id` the statement that paid this session
 * (after which it never changes state again).
 */
@Entity({ name: 'mentor_sessions' })
@Index('ix_mentor_sessions_org_profile_on', ['organizationId', 'profileId', 'sessionOn'])
@Index('ix_mentor_sessions_org_startup_on', ['organizationId', 'startupId', 'sessionOn'])
@Index('ix_mentor_sessions_org_status_on', ['organizationId', 'status', 'sessionOn'])
@Check('ck_mentor_sessions_minutes', `minutes BETWEEN 1 AND 720`)
@Check('ck_mentor_sessions_status', `status IN ('logged', 'confirmed', 'disputed', 'approved', 'rejected')`)
@Check('ck_mentor_sessions_approved_minutes', `(status = 'approved') = (approved_minutes IS NOT NULL) AND (approved_minutes IS NULL OR approved_minutes BETWEEN 1 AND minutes)`)
@Check('ck_mentor_sessions_reasons', `(status <> 'rejected' OR review_comment IS NOT NULL) AND (status <> 'disputed' OR dispute_reason IS NOT NULL)`)
export class MentorSession {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_mentor_sessions' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'profile_id' })
  profileId: string;

  @ManyToOne(() => MentorProfile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'profile_id', foreignKeyConstraintName: 'fk_mentor_sessions_profile' })
  profile?: MentorProfile;

  @Column('uuid', { name: 'assignment_id' })
  assignmentId: string;

  @ManyToOne(() => MentorAssignment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'fk_mentor_sessions_assignment' })
  assignment?: MentorAssignment;

  @Column('uuid', { name: 'startup_id' })
  startupId: string;

  /** The assignment's programme, for the hours per programme. */
  @Column('uuid', { name: 'programme_id' })
  programmeId: string;

  /** The local date of the session (the organization's timezone). */
  @Column('date', { name: 'session_on' })
  sessionOn: string;

  @Column('integer')
  minutes: number;

  @Column('text')
  topic: string;

  @Column('text')
  notes: string;

  /** Founders of the startup who attended. */
  @Column('uuid', { name: 'attendee_user_ids', array: true })
  attendeeUserIds: string[];

  @Column('text', { default: 'logged' })
  status: SessionStatus;

  /** What counts (statements, hours): set on approval, at most `minutes`. */
  @Column('integer', { name: 'approved_minutes', nullable: true })
  approvedMinutes: number | null;

  @Column('uuid', { name: 'founder_user_id', nullable: true })
  founderUserId: string | null;

  @Column('timestamptz', { name: 'founder_responded_at', nullable: true })
  founderRespondedAt: Date | null;

  @Column('text', { name: 'dispute_reason', nullable: true })
  disputeReason: string | null;

  @Column('uuid', { name: 'reviewed_by', nullable: true })
  reviewedBy: string | null;

  @Column('timestamptz', { name: 'reviewed_at', nullable: true })
  reviewedAt: Date | null;

  /** The rejection's reason (required), or the approval's comment. */
  @Column('text', { name: 'review_comment', nullable: true })
  reviewComment: string | null;

  /** Set on every session of the mentor's month when that month's statement is issued: no more edits. */
  @Column('timestamptz', { name: 'locked_at', nullable: true })
  lockedAt: Date | null;

  /** The statement that paid this session: from then on it never changes. */
  @Column('uuid', { name: 'locked_statement_id', nullable: true })
  lockedStatementId: string | null;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
