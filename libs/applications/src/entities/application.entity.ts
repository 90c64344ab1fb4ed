import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import { User } from '@hatchery/accounts/entities';
import { Call } from '@hatchery/programmes/entities';

export const STAGES = ['idea', 'pre_seed', 'seed', 'reinvestment', 'ipo'] as const;
export type Stage = (typeof STAGES)[number];

export const APPLICATION_STATUSES = ['draft', 'submitted', 'under_review', 'shortlisted', 'accepted', 'rejected', 'waitlisted', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const GENDERS = ['female', 'male', 'other', 'prefer_not_to_say'] as const;

/** Gender, birth year and group are optional and self-declared; they feed aggregate inclusion indicators only. */
export interface Founder {
  name: string;
  email: string;
  role: string;
  gender: (typeof GENDERS)[number] | null;
  birthYear: number | null;
  group: string | null;
}

export type Answers = Record<string, string | number | boolean | string[]>;

/** One per applicant per call. */
@Entity({ name: 'applications' })
@Unique('uq_applications_org_call_applicant', ['organizationId', 'callId', 'applicantUserId'])
@Index('ix_applications_org_call_status', ['organizationId', 'callId', 'status'])
@Index('ix_applications_applicant', ['applicantUserId'])
@Check('ck_applications_team_size', `team_size IS NULL OR team_size > 0`)
export class Application {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_applications' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'call_id' })
  callId: string;

  @ManyToOne(() => Call, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'fk_applications_call' })
  call?: Call;

  @Column('uuid', { name: 'applicant_user_id' })
  applicantUserId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'applicant_user_id', foreignKeyConstraintName: 'fk_applications_applicant' })
  applicant?: User;

  @Column('text', { default: 'draft' })
  status: ApplicationStatus;

  @Column('text', { name: 'startup_name', nullable: true })
  startupName: string | null;

  @Column('text', { nullable: true })
  sector: string | null;

  @Column('text', { nullable: true })
  stage: Stage | null;

  @Column('text', { nullable: true })
  idea: string | null;

  @Column('integer', { name: 'team_size', nullable: true })
  teamSize: number | null;

  @Column('text', { name: 'previous_experience', nullable: true })
  previousExperience: string | null;

  @Column('jsonb', { default: () => `'[]'` })
  founders: Founder[];

  @Column('jsonb', { default: () => `'{}'` })
  answers: Answers;

  @Column('timestamptz', { name: 'submitted_at', nullable: true })
  submittedAt: Date | null;

  @Column('timestamptz', { name: 'withdrawn_at', nullable: true })
  withdrawnAt: Date | null;

  /** The round it is in (null until the call closes). */
  @Column('text', { name: 'round_key', nullable: true })
  roundKey: string | null;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  /** The decision whose email has gone out, so each decision is mailed once. */
  @Column('text', { name: 'decision_emailed', nullable: true })
  decisionEmailed: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
