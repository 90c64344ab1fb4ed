import { bigintAsNumber } from '@hatchery/core';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const PROGRAMME_TYPES = ['pre_incubation', 'incubation', 'acceleration', 'coworking_membership'] as const;
export type ProgrammeType = (typeof PROGRAMME_TYPES)[number];

export interface MilestoneTemplate {
  title: string;
  description: string | null;
  /** Days after the phase starts. */
  offsetDays: number;
  evidenceRequired: boolean;
}

export interface PhaseTemplate {
  name: string;
  durationValue: number;
  durationUnit: 'days' | 'months';
  milestones: MilestoneTemplate[];
}

export interface Criterion {
  key: string;
  label: string;
  weight: number;
  scaleMin: number;
  scaleMax: number;
}

export const EQUITY_KINDS = ['none', 'range', 'fixed_after'] as const;
export type EquityKind = (typeof EQUITY_KINDS)[number];

/** A programme a park runs: its phases, how it selects, and what money and equity come with it. */
@Entity({ name: 'programmes' })
@Index('ix_programmes_org_name', ['organizationId', 'name'])
@Check('ck_programmes_equity_bps', `(equity_min_bps IS NULL OR equity_min_bps BETWEEN 0 AND 10000) AND (equity_max_bps IS NULL OR equity_max_bps BETWEEN 0 AND 10000) AND (equity_fixed_bps IS NULL OR equity_fixed_bps BETWEEN 0 AND 10000)`)
@Check('ck_programmes_equity_range', `equity_min_bps IS NULL OR equity_max_bps IS NULL OR equity_min_bps <= equity_max_bps`)
@Check('ck_programmes_never_majority', `NOT equity_never_majority OR equity_max_bps < 5000`)
@Check('ck_programmes_grant_range', `grant_min_minor IS NULL OR (grant_min_minor >= 0 AND grant_min_minor <= grant_max_minor)`)
export class Programme {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_programmes' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('text')
  name: string;

  @Column('text')
  type: ProgrammeType;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('jsonb', { name: 'phase_template' })
  phaseTemplate: PhaseTemplate[];

  @Column('jsonb')
  rubric: Criterion[];

  @Column('text', { name: 'equity_kind', default: 'none' })
  equityKind: EquityKind;

  @Column('integer', { name: 'equity_min_bps', nullable: true })
  equityMinBps: number | null;

  @Column('integer', { name: 'equity_max_bps', nullable: true })
  equityMaxBps: number | null;

  /** The operator's stake must stay below 50 %. */
  @Column('boolean', { name: 'equity_never_majority', default: false })
  equityNeverMajority: boolean;

  @Column('integer', { name: 'equity_fixed_bps', nullable: true })
  equityFixedBps: number | null;

  @Column('integer', { name: 'equity_after_months', nullable: true })
  equityAfterMonths: number | null;

  @Column('bigint', { name: 'grant_min_minor', nullable: true, transformer: bigintAsNumber })
  grantMinMinor: number | null;

  @Column('bigint', { name: 'grant_max_minor', nullable: true, transformer: bigintAsNumber })
  grantMaxMinor: number | null;

  @Column('char', { name: 'grant_currency', length: 3, nullable: true })
  grantCurrency: string | null;

  /** Yearly cap on partner perks. */
  @Column('bigint', { name: 'perk_cap_minor', nullable: true, transformer: bigintAsNumber })
  perkCapMinor: number | null;

  @Column('char', { name: 'perk_cap_currency', length: 3, nullable: true })
  perkCapCurrency: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
