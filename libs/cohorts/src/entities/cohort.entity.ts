import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import { Programme } from '@hatchery/programmes/entities';

export const COHORT_STATUSES = ['planned', 'running', 'completed'] as const;
export type CohortStatus = (typeof COHORT_STATUSES)[number];

/**
 * A programme run from a start date. Dates are local dates in `timezone` (the organization's,
 * copied at creation so a later change does not move a running cohort); `ends_at` is the
 * instant the cohort completes, local midnight after its last day.
 */
@Entity({ name: 'cohorts' })
@Unique('uq_cohorts_org_programme_name', ['organizationId', 'programmeId', 'name'])
@Check('ck_cohorts_span', `starts_on <= ends_on`)
export class Cohort {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_cohorts' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'programme_id' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_cohorts_programme' })
  programme?: Programme;

  @Column('text')
  name: string;

  @Column('text', { default: 'planned' })
  status: CohortStatus;

  @Column('text')
  timezone: string;

  @Column('date', { name: 'starts_on' })
  startsOn: string;

  /** The last day of the last phase. */
  @Column('date', { name: 'ends_on' })
  endsOn: string;

  @Column('timestamptz', { name: 'ends_at' })
  endsAt: Date;

  /** Position of the current phase; null before the first starts. */
  @Column('integer', { name: 'current_phase', nullable: true })
  currentPhase: number | null;

  /** Days before a due date on which founders are reminded. */
  @Column('integer', { name: 'reminder_offsets_days', array: true, default: () => `'{7,1}'` })
  reminderOffsetsDays: number[];

  /** A fixed stake the operator takes after N months (copied from the programme at creation). */
  @Column('integer', { name: 'equity_stake_bps', nullable: true })
  equityStakeBps: number | null;

  @Column('integer', { name: 'equity_after_months', nullable: true })
  equityAfterMonths: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One phase of a cohort, with real dates: `starts_on` through `ends_on`, both inclusive. */
@Entity({ name: 'cohort_phases' })
@Unique('uq_cohort_phases_position', ['cohortId', 'position'])
@Index('ix_cohort_phases_org_cohort', ['organizationId', 'cohortId'])
export class CohortPhase {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_cohort_phases' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'cohort_id' })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_cohort_phases_cohort' })
  cohort?: Cohort;

  @Column('integer')
  position: number;

  @Column('text')
  name: string;

  @Column('date', { name: 'starts_on' })
  startsOn: string;

  @Column('date', { name: 'ends_on' })
  endsOn: string;

  /** Local midnight of `starts_on`: when the worker moves the cohort into this phase. */
  @Column('timestamptz', { name: 'starts_at' })
  startsAt: Date;
}

/**
 * A milestone every startup of the cohort has (from the programme's template, or added for the
 * whole cohort). Each enrolment holds its own copy in `milestones`, so one startup's can be
 * rescheduled alone; editing this one edits every copy not yet approved.
 */
@Entity({ name: 'cohort_milestones' })
@Index('ix_cohort_milestones_org_cohort', ['organizationId', 'cohortId'])
export class CohortMilestone {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_cohort_milestones' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'cohort_id' })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_cohort_milestones_cohort' })
  cohort?: Cohort;

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

  @Column('timestamptz', { name: 'dropped_at', nullable: true })
  droppedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
