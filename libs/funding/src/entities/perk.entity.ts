import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { bigintAsNumber } from '@hatchery/core';

/** A partner perk in the organization's catalogue (cloud credits, legal hours, …), valued in money. */
@Entity({ name: 'perks' })
@Index('ix_perks_org_partner', ['organizationId', 'partner'])
@Check('ck_perks_value', `value_minor >= 0`)
export class Perk {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_perks' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('text')
  partner: string;

  @Column('text')
  description: string;

  @Column('bigint', { name: 'value_minor', transformer: bigintAsNumber })
  valueMinor: number;

  @Column('text')
  currency: string;

  @Column('boolean', { default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * A startup's use of a perk, counted against its programme's yearly perk cap in the enrolment
 * year it falls in. The perk's value is copied (a later edit of the catalogue changes nothing
 * here); `charged_minor` is what counts against the cap, in the cap's currency: the value itself,
 * or the value converted at `rate` (kept exactly as given, with its source and date).
 */
@Entity({ name: 'perk_redemptions' })
@Index('ix_perk_redemptions_org_startup', ['organizationId', 'startupId'])
@Index('ix_perk_redemptions_org_enrolment_year', ['organizationId', 'enrolmentId', 'year'])
@Check('ck_perk_redemptions_rate', `(rate IS NULL) = (rate_source IS NULL) AND (rate IS NULL) = (rate_on IS NULL)`)
export class PerkRedemption {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_perk_redemptions' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'startup_id' })
  startupId: string;

  @Column('uuid', { name: 'enrolment_id' })
  enrolmentId: string;

  @Column('uuid', { name: 'programme_id' })
  programmeId: string;

  @Column('uuid', { name: 'perk_id' })
  perkId: string;

  @ManyToOne(() => Perk, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'perk_id', foreignKeyConstraintName: 'fk_perk_redemptions_perk' })
  perk?: Perk;

  /** The enrolment year, 1 = the first year from the enrolment's start date. */
  @Column('integer')
  year: number;

  @Column('date', { name: 'year_starts_on' })
  yearStartsOn: string;

  /** The year's last day. */
  @Column('date', { name: 'year_ends_on' })
  yearEndsOn: string;

  @Column('date', { name: 'redeemed_on' })
  redeemedOn: string;

  @Column('bigint', { name: 'value_minor', transformer: bigintAsNumber })
  valueMinor: number;

  @Column('text', { name: 'value_currency' })
  valueCurrency: string;

  /** Units of the cap's currency for one unit of the perk's, exactly as given. */
  @Column('numeric', { nullable: true })
  rate: string | null;

  @Column('text', { name: 'rate_source', nullable: true })
  rateSource: string | null;

  @Column('date', { name: 'rate_on', nullable: true })
  rateOn: string | null;

  @Column('bigint', { name: 'charged_minor', transformer: bigintAsNumber })
  chargedMinor: number;

  @Column('text', { name: 'cap_currency' })
  capCurrency: string;

  @Column('text', { nullable: true })
  note: string | null;

  @Column('uuid', { name: 'redeemed_by', nullable: true })
  redeemedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
