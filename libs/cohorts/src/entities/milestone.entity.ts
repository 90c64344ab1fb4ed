import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { CohortMilestone } from './cohort.entity';
import { Enrolment } from './enrolment.entity';

export const MILESTONE_STATUSES = ['pending', 'submitted', 'approved', 'changes_requested'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/**
 * One startup's milestone. `due_at` is the instant it becomes overdue: local midnight after
 * `due_on` in the cohort's timezone. `overdue_marked_at` is set once, by the worker, when it
 * marks it overdue and escalates; a reschedule clears it.
 */
@Entity({ name: 'milestones' })
@Index('ix_milestones_org_enrolment', ['organizationId', 'enrolmentId'])
@Index('ix_milestones_org_cohort_due', ['organizationId', 'cohortId', 'dueAt'])
@Index('ix_milestones_cohort_milestone', ['organizationId', 'cohortMilestoneId'])
export class Milestone {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_milestones' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'cohort_id' })
  cohortId: string;

  @Column('uuid', { name: 'enrolment_id' })
  enrolmentId: string;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'fk_milestones_enrolment' })
  enrolment?: Enrolment;

  @Column('uuid', { name: 'cohort_milestone_id', nullable: true })
  cohortMilestoneId: string | null;

  @ManyToOne(() => CohortMilestone, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_milestone_id', foreignKeyConstraintName: 'fk_milestones_cohort_milestone' })
  cohortMilestone?: CohortMilestone;

  @Column('integer', { name: 'phase_position', nullable: true })
  phasePosition: number | null;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('boolean', { name: 'evidence_required', default: true })
  evidenceRequired: boolean;

  @Column('date', { name: 'due_on' })
  dueOn: string;

  @Column('timestamptz', { name: 'due_at' })
  dueAt: Date;

  @Column('text', { default: 'pending' })
  status: MilestoneStatus;

  @Column('timestamptz', { name: 'overdue_marked_at', nullable: true })
  overdueMarkedAt: Date | null;

  @Column('timestamptz', { name: 'dropped_at', nullable: true })
  droppedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export const MILESTONE_EVENT_KINDS = ['created', 'edited', 'rescheduled', 'submitted', 'approved', 'changes_requested', 'dropped', 'overdue'] as const;
export type MilestoneEventKind = (typeof MILESTONE_EVENT_KINDS)[number];

/** A milestone's history: every submission, review, reschedule and overdue mark. Append-only. */
@Entity({ name: 'milestone_events' })
@Index('ix_milestone_events_org_milestone', ['organizationId', 'milestoneId'])
export class MilestoneEvent {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_milestone_events' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'milestone_id' })
  milestoneId: string;

  @ManyToOne(() => Milestone, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'milestone_id', foreignKeyConstraintName: 'fk_milestone_events_milestone' })
  milestone?: Milestone;

  @Column('text')
  kind: MilestoneEventKind;

  /** Null when the worker did it. */
  @Column('uuid', { name: 'actor_user_id', nullable: true })
  actorUserId: string | null;

  @Column('text', { name: 'evidence_text', nullable: true })
  evidenceText: string | null;

  @Column('jsonb', { name: 'evidence_links', nullable: true })
  evidenceLinks: string[] | null;

  @Column('text', { nullable: true })
  comment: string | null;

  @Column('jsonb', { nullable: true })
  changes: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A reminder that went out: one per milestone, offset and due date (the effect's unique key). */
@Entity({ name: 'milestone_reminders' })
@Index('ix_milestone_reminders_org_milestone', ['organizationId', 'milestoneId'])
export class MilestoneReminder {
  @PrimaryColumn('uuid', { name: 'milestone_id', primaryKeyConstraintName: 'pk_milestone_reminders' })
  milestoneId: string;

  @PrimaryColumn('integer', { name: 'offset_days', primaryKeyConstraintName: 'pk_milestone_reminders' })
  offsetDays: number;

  @PrimaryColumn('date', { name: 'due_on', primaryKeyConstraintName: 'pk_milestone_reminders' })
  dueOn: string;

  @ManyToOne(() => Milestone, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'milestone_id', foreignKeyConstraintName: 'fk_milestone_reminders_milestone' })
  milestone?: Milestone;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;
}
