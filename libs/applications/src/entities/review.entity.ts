import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import { User } from '@hatchery/accounts/entities';
import { Application } from './application.entity';

export const ASSIGNMENT_STATUSES = ['assigned', 'submitted'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** A reviewer's task on one application in one round; its scores are rows of review_scores. */
@Entity({ name: 'review_assignments' })
@Unique('uq_review_assignments_app_round_reviewer', ['organizationId', 'applicationId', 'roundKey', 'reviewerUserId'])
@Index('ix_review_assignments_org_reviewer', ['organizationId', 'reviewerUserId', 'roundKey'])
export class ReviewAssignment {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_review_assignments' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'application_id' })
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'fk_review_assignments_application' })
  application?: Application;

  @Column('text', { name: 'round_key' })
  roundKey: string;

  @Column('uuid', { name: 'reviewer_user_id' })
  reviewerUserId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reviewer_user_id', foreignKeyConstraintName: 'fk_review_assignments_reviewer' })
  reviewer?: User;

  @Column('text', { default: 'assigned' })
  status: AssignmentStatus;

  @Column('text', { nullable: true })
  comment: string | null;

  @Column('timestamptz', { name: 'submitted_at', nullable: true })
  submittedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@Entity({ name: 'review_scores' })
@Index('ix_review_scores_org_assignment', ['organizationId', 'assignmentId'])
@Check('ck_review_scores_integer', `score BETWEEN 0 AND 100`)
export class ReviewScore {
  @PrimaryColumn('uuid', { name: 'assignment_id', primaryKeyConstraintName: 'pk_review_scores' })
  assignmentId: string;

  @PrimaryColumn('text', { name: 'criterion_key', primaryKeyConstraintName: 'pk_review_scores' })
  criterionKey: string;

  @ManyToOne(() => ReviewAssignment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'fk_review_scores_assignment' })
  assignment?: ReviewAssignment;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('integer')
  score: number;
}

/** A reviewer's declared conflict of interest: never assigned, cannot read or score the application. */
@Entity({ name: 'review_conflicts' })
@Unique('uq_review_conflicts_app_reviewer', ['organizationId', 'applicationId', 'reviewerUserId'])
export class ReviewConflict {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_review_conflicts' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'application_id' })
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'fk_review_conflicts_application' })
  application?: Application;

  @Column('uuid', { name: 'reviewer_user_id' })
  reviewerUserId: string;

  @Column('text', { nullable: true })
  reason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
