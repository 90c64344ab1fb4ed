import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '@hatchery/core';

export const TRANCHE_STATUSES = ['scheduled', 'payable', 'disbursed'] as const;
export type TrancheStatus = (typeof TRANCHE_STATUSES)[number];

/**
 * A grant awarded to a startup through one of its enrolments, within the programme's grant range
 * at the moment of the award. Its amount is paid in tranches whose amounts sum to it exactly.
 */
@Entity({ name: 'grants' })
@Index('ix_grants_org_startup', ['organizationId', 'startupId'])
@Check('ck_grants_amount', `amount_minor > 0`)
export class Grant {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_grants' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'startup_id' })
  startupId: string;

  @Column('uuid', { name: 'enrolment_id' })
  enrolmentId: string;

  @Column('uuid', { name: 'programme_id' })
  programmeId: string;

  @Column('bigint', { name: 'amount_minor', transformer: bigintAsNumber })
  amountMinor: number;

  @Column('text')
  currency: string;

  @Column('text', { nullable: true })
  purpose: string | null;

  @Column('uuid', { name: 'awarded_by', nullable: true })
  awardedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * One part of a grant: tied to a milestone of the grant's enrolment (payable when it is approved)
 * or to a date (payable from local midnight starting that date, `payable_at`). scheduled →
 * payable → disbursed, each step once (conditional updates on `status`).
 */
@Entity({ name: 'grant_tranches' })
@Index('ix_grant_tranches_org_grant', ['organizationId', 'grantId'])
@Index('ix_grant_tranches_org_milestone', ['organizationId', 'milestoneId'], { where: `status = 'scheduled'` })
@Index('ix_grant_tranches_due', ['payableAt'], { where: `status = 'scheduled'` })
@Check('ck_grant_tranches_amount', `amount_minor > 0`)
@Check('ck_grant_tranches_trigger', `(milestone_id IS NULL) <> (due_on IS NULL)`)
@Check('ck_grant_tranches_status', `status IN ('scheduled', 'payable', 'disbursed')`)
export class GrantTranche {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_grant_tranches' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'grant_id' })
  grantId: string;

  @ManyToOne(() => Grant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'grant_id', foreignKeyConstraintName: 'fk_grant_tranches_grant' })
  grant?: Grant;

  /** 1, 2, … in the order they were given. */
  @Column('integer')
  position: number;

  @Column('bigint', { name: 'amount_minor', transformer: bigintAsNumber })
  amountMinor: number;

  @Column('text')
  currency: string;

  @Column('uuid', { name: 'milestone_id', nullable: true })
  milestoneId: string | null;

  @Column('date', { name: 'due_on', nullable: true })
  dueOn: string | null;

  /** For a date tranche: local midnight starting `due_on` in the cohort's timezone. */
  @Column('timestamptz', { name: 'payable_at', nullable: true })
  payableAt: Date | null;

  @Column('text', { default: 'scheduled' })
  status: TrancheStatus;

  @Column('timestamptz', { name: 'payable_since', nullable: true })
  payableSince: Date | null;

  @Column('date', { name: 'disbursed_on', nullable: true })
  disbursedOn: string | null;

  @Column('text', { name: 'bank_reference', nullable: true })
  bankReference: string | null;

  @Column('uuid', { name: 'disbursed_by', nullable: true })
  disbursedBy: string | null;

  @Column('timestamptz', { name: 'disbursed_at', nullable: true })
  disbursedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
