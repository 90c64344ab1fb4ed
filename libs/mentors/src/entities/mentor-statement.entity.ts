import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '@hatchery/core';
import { MentorProfile } from './mentor-profile.entity';
import { MentorSession } from './mentor-session.entity';

export const STATEMENT_LINE_KINDS = ['session', 'adjustment', 'success_fee'] as const;
export type StatementLineKind = (typeof STATEMENT_LINE_KINDS)[number];

/**
 * An organization's month whose statements were issued. Inserted first in the run's transaction, so
 * it is the run's mutex: a second run of the month (another worker, a job delivered twice, staff
 * pressing the button) waits for the first and then finds the row and does nothing. Insert-only.
 */
@Entity({ name: 'mentor_statement_runs' })
@Check('ck_mentor_statement_runs_month', `extract(day from month) = 1`)
export class MentorStatementRun {
  @PrimaryColumn('uuid', { name: 'organization_id', primaryKeyConstraintName: 'pk_mentor_statement_runs' })
  organizationId: string;

  /** The month's first day. */
  @PrimaryColumn('date', { primaryKeyConstraintName: 'pk_mentor_statement_runs' })
  month: string;

  @Column('timestamptz', { name: 'run_at' })
  runAt: Date;

  /** Staff who ran it by hand; null for the worker. */
  @Column('uuid', { name: 'run_by', nullable: true })
  runBy: string | null;
}

/** One mentor's statement for one month: exactly one per profile and month (unique). Frozen (insert-only). */
@Entity({ name: 'mentor_statements' })
@Index('uq_mentor_statements_profile_month', ['organizationId', 'profileId', 'month'], { unique: true })
@Index('ix_mentor_statements_org_month', ['organizationId', 'month'])
@Check('ck_mentor_statements_month', `extract(day from month) = 1`)
export class MentorStatement {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_mentor_statements' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'profile_id' })
  profileId: string;

  @ManyToOne(() => MentorProfile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'profile_id', foreignKeyConstraintName: 'fk_mentor_statements_profile' })
  profile?: MentorProfile;

  /** The month's first day. */
  @Column('date')
  month: string;

  @Column('timestamptz', { name: 'issued_at' })
  issuedAt: Date;
}

/**
 * A success fee: accrued once per mentor and startup (unique) when the startup's outcome turns
 * successful, from the fee terms of the assignment's programme (else the general ones). Paid by the
 * next statement issued (one line, unique). Insert-only.
 */
@Entity({ name: 'mentor_success_fees' })
@Index('uq_mentor_success_fees_once', ['organizationId', 'profileId', 'startupId'], { unique: true })
@Check('ck_mentor_success_fees_amount', `amount_minor > 0`)
export class MentorSuccessFee {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_mentor_success_fees' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'profile_id' })
  profileId: string;

  @ManyToOne(() => MentorProfile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'profile_id', foreignKeyConstraintName: 'fk_mentor_success_fees_profile' })
  profile?: MentorProfile;

  @Column('uuid', { name: 'startup_id' })
  startupId: string;

  @Column('uuid', { name: 'programme_id' })
  programmeId: string;

  @Column('uuid', { name: 'assignment_id' })
  assignmentId: string;

  @Column('uuid', { name: 'fee_terms_id' })
  feeTermsId: string;

  @Column('bigint', { name: 'amount_minor', transformer: bigintAsNumber })
  amountMinor: number;

  @Column('text')
  currency: string;

  /** The outcome's date. */
  @Column('date', { name: 'accrued_on' })
  accruedOn: string;

  /** graduated_successful or exited. */
  @Column('text', { name: 'outcome_status' })
  outcomeStatus: string;

  @Column('timestamptz', { name: 'accrued_at' })
  accruedAt: Date;
}

/**
 * A line of a statement: a session of the month (`session`), a session of an earlier month approved
 * after that month's statements were issued (`adjustment`), or a success fee. A session and a fee are
 * paid once ever (unique keys). Amount = rate × approved minutes / 60, rounded half up to the minor
 * unit (statement-rules.ts). Insert-only.
 */
@Entity({ name: 'mentor_statement_lines' })
@Index('ix_mentor_statement_lines_statement', ['organizationId', 'statementId'])
@Index('uq_mentor_statement_lines_session', ['organizationId', 'sessionId'], { unique: true, where: 'session_id IS NOT NULL' })
@Index('uq_mentor_statement_lines_fee', ['organizationId', 'successFeeId'], { unique: true, where: 'success_fee_id IS NOT NULL' })
@Check('ck_mentor_statement_lines_kind', `kind IN ('session', 'adjustment', 'success_fee')`)
@Check(
  'ck_mentor_statement_lines_shape',
  `(kind = 'success_fee' AND success_fee_id IS NOT NULL AND session_id IS NULL) OR (kind <> 'success_fee' AND session_id IS NOT NULL AND success_fee_id IS NULL AND minutes IS NOT NULL AND rate_minor IS NOT NULL)`,
)
@Check('ck_mentor_statement_lines_amount', `amount_minor >= 0`)
export class MentorStatementLine {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_mentor_statement_lines' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'statement_id' })
  statementId: string;

  @ManyToOne(() => MentorStatement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'statement_id', foreignKeyConstraintName: 'fk_mentor_statement_lines_statement' })
  statement?: MentorStatement;

  @Column('text')
  kind: StatementLineKind;

  @Column('uuid', { name: 'session_id', nullable: true })
  sessionId: string | null;

  @ManyToOne(() => MentorSession, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_mentor_statement_lines_session' })
  session?: MentorSession;

  @Column('uuid', { name: 'success_fee_id', nullable: true })
  successFeeId: string | null;

  @ManyToOne(() => MentorSuccessFee, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'success_fee_id', foreignKeyConstraintName: 'fk_mentor_statement_lines_fee' })
  successFee?: MentorSuccessFee;

  @Column('uuid', { name: 'startup_id' })
  startupId: string;

  /** The session's day, or the fee's accrual day. */
  @Column('date', { name: 'occurred_on' })
  occurredOn: string;

  /** Approved minutes (sessions and adjustments). */
  @Column('integer', { nullable: true })
  minutes: number | null;

  @Column('uuid', { name: 'rate_id', nullable: true })
  rateId: string | null;

  /** The hourly rate in force on the session's day, in minor units. */
  @Column('bigint', { name: 'rate_minor', nullable: true, transformer: bigintAsNumber })
  rateMinor: number | null;

  @Column('date', { name: 'rate_effective_from', nullable: true })
  rateEffectiveFrom: string | null;

  @Column('bigint', { name: 'amount_minor', transformer: bigintAsNumber })
  amountMinor: number;

  @Column('text')
  currency: string;

  @Column('text')
  description: string;
}
