import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import { bigintAsNumber } from '@hatchery/core';

export const SPACE_KINDS = ['office', 'incubation_room', 'desk_area', 'meeting_room', 'training_room'] as const;
export type SpaceKind = (typeof SPACE_KINDS)[number];
export const RATE_BASES = ['per_month', 'per_m2_month'] as const;
export type RateBasis = (typeof RATE_BASES)[number];

/** A building or a floor of the organization's, in its timezone (the organization's when made). */
@Entity({ name: 'sites' })
@Index('ix_sites_org_name', ['organizationId', 'name'])
export class Site {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_sites' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  address: string | null;

  @Column('text')
  timezone: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * A lettable space of a site. Offices and rooms are exclusive (one lease at a time); a desk area is
 * shared: its leases take desks, never more than `capacity` on any day.
 */
@Entity({ name: 'spaces' })
@Index('ix_spaces_org_site', ['organizationId', 'siteId'])
@Check('ck_spaces_kind', `kind IN ('office', 'incubation_room', 'desk_area', 'meeting_room', 'training_room')`)
@Check('ck_spaces_exclusive', `exclusive = (kind <> 'desk_area')`)
@Check('ck_spaces_area', `area_m2 > 0`)
@Check('ck_spaces_capacity', `capacity >= 1`)
export class Space {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_spaces' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'site_id' })
  siteId: string;

  @ManyToOne(() => Site, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'fk_spaces_site' })
  site?: Site;

  @Column('text')
  name: string;

  @Column('text')
  kind: SpaceKind;

  /** Square metres, exactly as given (numeric(10,2), a string). */
  @Column('numeric', { name: 'area_m2', precision: 10, scale: 2 })
  areaM2: string;

  /** Desks (a desk area) or seats. */
  @Column('integer')
  capacity: number;

  @Column('boolean')
  exclusive: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * A space's market rate from `effective_from` until the next row's: an amount per month for the
 * whole space, or per m² per month. One row per space and date.
 */
@Entity({ name: 'space_rates' })
@Unique('uq_space_rates_space_from', ['spaceId', 'effectiveFrom'])
@Index('ix_space_rates_org_space', ['organizationId', 'spaceId', 'effectiveFrom'])
@Check('ck_space_rates_amount', `amount_minor >= 0`)
@Check('ck_space_rates_basis', `basis IN ('per_month', 'per_m2_month')`)
export class SpaceRate {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_space_rates' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'space_id' })
  spaceId: string;

  @ManyToOne(() => Space, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'space_id', foreignKeyConstraintName: 'fk_space_rates_space' })
  space?: Space;

  @Column('date', { name: 'effective_from' })
  effectiveFrom: string;

  @Column('text')
  basis: RateBasis;

  @Column('bigint', { name: 'amount_minor', transformer: bigintAsNumber })
  amountMinor: number;

  @Column('text')
  currency: string;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
