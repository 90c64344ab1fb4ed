import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Startup } from '@hatchery/startups/entities';
import { Cohort } from './cohort.entity';

export const ENROLMENT_STATUSES = ['active', 'withdrawn', 'graduated', 'failed'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/**
 * A startup in a cohort. At most one active enrolment per startup and programme (a partial
 * unique index), so a startup is never in two running cohorts of one programme. Withdrawn,
 * graduated and failed enrolments stay, with their milestones, as history.
 */
@Entity({ name: 'enrolments' })
@Index('uq_enrolments_active_startup_programme', ['organizationId', 'programmeId', 'startupId'], { unique: true, where: `status = 'active'` })
@Index('ix_enrolments_org_cohort', ['organizationId', 'cohortId'])
export class Enrolment {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_enrolments' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'cohort_id' })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_enrolments_cohort' })
  cohort?: Cohort;

  @Column('uuid', { name: 'programme_id' })
  programmeId: string;

  @Column('uuid', { name: 'startup_id' })
  startupId: string;

  @ManyToOne(() => Startup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'startup_id', foreignKeyConstraintName: 'fk_enrolments_startup' })
  startup?: Startup;

  /** The accepted application it came from; null for a direct (internal) enrolment. */
  @Column('uuid', { name: 'application_id', nullable: true })
  applicationId: string | null;

  @Column('text', { default: 'active' })
  status: EnrolmentStatus;

  @Column('integer', { name: 'current_phase', nullable: true })
  currentPhase: number | null;

  /** When incubation ends and the graduation review opens (the cohort's end, unless extended). */
  @Column('timestamptz', { name: 'incubation_ends_at' })
  incubationEndsAt: Date;

  /** When the programme's fixed stake falls due, if it has one. */
  @Column('timestamptz', { name: 'stake_due_at', nullable: true })
  stakeDueAt: Date | null;

  @Column('timestamptz', { name: 'ended_at', nullable: true })
  endedAt: Date | null;

  @Column('text', { name: 'end_reason', nullable: true })
  endReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
