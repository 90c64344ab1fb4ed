import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Criterion, Programme } from './programme.entity';

export const QUESTION_TYPES = ['short_text', 'long_text', 'number', 'single_choice', 'multiple_choice', 'url', 'yes_no'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface FormQuestion {
  key: string;
  label: string;
  type: QuestionType;
  required: boolean;
  minLength: number | null;
  maxLength: number | null;
  min: number | null;
  max: number | null;
  options: string[] | null;
}

export interface Round {
  key: string;
  name: string;
  rubric: Criterion[];
  /** How many go on to the next round; null for the last. */
  shortlistSize: number | null;
}

export const CALL_STATUSES = ['draft', 'scheduled', 'open', 'closed', 'decided', 'cancelled'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

/**
 * A programme's intake window. Its rounds' rubrics and its questions are its own copies, taken
 * from the programme when the call is created; once open they are frozen.
 */
@Entity({ name: 'calls' })
@Index('ix_calls_org_status', ['organizationId', 'status'])
@Index('ix_calls_org_programme', ['organizationId', 'programmeId'])
@Check('ck_calls_window', `closes_at > opens_at`)
@Check('ck_calls_capacity', `capacity > 0`)
@Check('ck_calls_reviewers', `reviewers_per_application > 0`)
export class Call {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_calls' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'programme_id' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_calls_programme' })
  programme?: Programme;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  theme: string | null;

  @Column('timestamptz', { name: 'opens_at' })
  opensAt: Date;

  @Column('timestamptz', { name: 'closes_at' })
  closesAt: Date;

  /** Places (or 1 for a single space). */
  @Column('integer')
  capacity: number;

  @Column('jsonb')
  questions: FormQuestion[];

  @Column('integer', { name: 'reviewers_per_application' })
  reviewersPerApplication: number;

  @Column('boolean', { name: 'blind_review', default: false })
  blindReview: boolean;

  @Column('jsonb')
  rounds: Round[];

  @Column('text', { default: 'draft' })
  status: CallStatus;

  /** Rounds whose reviews are closed (shortlisted from). */
  @Column('jsonb', { name: 'finalized_rounds', default: () => `'[]'` })
  finalizedRounds: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
