import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import { bigintAsNumber } from '@hatchery/core';

export const RENT_PLAN_KINDS = ['free', 'share_of_market', 'fixed'] as const;
export type RentPlanKind = (typeof RENT_PLAN_KINDS)[number];

/**
 * What a startup pays for a space: nothing, a share of the space's market rate, or a fixed amount
 * per month; the numbers are in effective-dated terms. `notice_days`: a lease on this plan ends no
 * earlier than today + notice (unless staff give a reason).
 */
@Entity({ name: 'rent_plans' })
@Index('ix_rent_plans_org_name', ['organizationId', 'name'])
@Check('ck_rent_plans_kind', `kind IN ('free', 'share_of_market', 'fixed')`)
@Check('ck_rent_plans_notice', `notice_days >= 0`)
export class RentPlan {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_rent_plans' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('text')
  name: string;

  @Column('text')
  kind: RentPlanKind;

  @Column('integer', { name: 'notice_days' })
  noticeDays: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * A plan's terms from `effective_from` until the next row's: `share_bps` of the market rate
 * (share_of_market), or `amount_minor` + `currency` per month (fixed); nothing for a free plan.
 * One row per plan and date.
 */
@Entity({ name: 'rent_plan_terms' })
@Unique('uq_rent_plan_terms_plan_from', ['planId', 'effectiveFrom'])
@Index('ix_rent_plan_terms_org_plan', ['organizationId', 'planId', 'effectiveFrom'])
@Check('ck_rent_plan_terms_share', `share_bps IS NULL OR share_bps BETWEEN 0 AND 100000`)
@Check('ck_rent_plan_terms_amount', `(amount_minor IS NULL) = (currency IS NULL) AND (amount_minor IS NULL OR amount_minor >= 0)`)
export class RentPlanTerm {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_rent_plan_terms' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'plan_id' })
  planId: string;

  @ManyToOne(() => RentPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_rent_plan_terms_plan' })
  plan?: RentPlan;

  @Column('date', { name: 'effective_from' })
  effectiveFrom: string;

  @Column('integer', { name: 'share_bps', nullable: true })
  shareBps: number | null;

  @Column('bigint', { name: 'amount_minor', nullable: true, transformer: bigintAsNumber })
  amountMinor: number | null;

  @Column('text', { nullable: true })
  currency: string | null;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** The rent plans a programme gives: during incubation, and after graduation. Keyed by programme. */
@Entity({ name: 'programme_rent_plans' })
export class ProgrammeRentPlan {
  @PrimaryColumn('uuid', { name: 'programme_id', primaryKeyConstraintName: 'pk_programme_rent_plans' })
  programmeId: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'incubation_plan_id' })
  incubationPlanId: string;

  @ManyToOne(() => RentPlan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'incubation_plan_id', foreignKeyConstraintName: 'fk_programme_rent_plans_incubation' })
  incubationPlan?: RentPlan;

  @Column('uuid', { name: 'post_incubation_plan_id', nullable: true })
  postIncubationPlanId: string | null;

  @ManyToOne(() => RentPlan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'post_incubation_plan_id', foreignKeyConstraintName: 'fk_programme_rent_plans_post' })
  postIncubationPlan?: RentPlan;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
