import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { bigintAsNumber } from '@hatchery/core';

export const MENTOR_KINDS = ['lead', 'expert'] as const;
export type MentorKind = (typeof MENTOR_KINDS)[number];

/**
 * The organization's own expertise vocabulary. Tags are only ever added (no route removes one), so
 * a profile's `tags` (checked against this table when written) never names a tag that is gone.
 */
@Entity({ name: 'mentor_tags' })
@Index('uq_mentor_tags_org_key', ['organizationId', 'key'], { unique: true })
@Check('ck_mentor_tags_key', `key ~ '^[a-z0-9][a-z0-9-]{0,39}$'`)
export class MentorTag {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_mentor_tags' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  /** Lowercase slug: `fintech`, `go-to-market`; a startup's sector matches a tag of the same key. */
  @Column('text')
  key: string;

  @Column('text')
  label: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * A member with the mentor role, as one organization sees them: a person mentoring at two
 * organizations has two independent profiles (one per organization, row level security apart).
 */
@Entity({ name: 'mentor_profiles' })
@Index('uq_mentor_profiles_org_user', ['organizationId', 'userId'], { unique: true })
@Check('ck_mentor_profiles_kind', `kind IN ('lead', 'expert')`)
@Check('ck_mentor_profiles_capacity', `capacity BETWEEN 1 AND 100`)
export class MentorProfile {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_mentor_profiles' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  /** lead: may lead a startup or advise it as an expert; expert: advises only. */
  @Column('text')
  kind: MentorKind;

  /** Keys of the organization's mentor_tags. */
  @Column('text', { array: true })
  tags: string[];

  @Column('text')
  bio: string;

  /** How many startups at once. */
  @Column('integer')
  capacity: number;

  /** An inactive mentor is not suggested and cannot be assigned. */
  @Column('boolean', { default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * An hourly rate from a date on: the rate in force on day D is the row with the latest
 * `effective_from` ≤ D (until the next row's date). Rows are only inserted, never changed or
 * deleted (the app role has no UPDATE or DELETE), so the history stays; one row per profile and
 * date (a unique key: a second rate for the same date is 409 RATE_OVERLAPS).
 */
@Entity({ name: 'mentor_rates' })
@Index('uq_mentor_rates_profile_from', ['organizationId', 'profileId', 'effectiveFrom'], { unique: true })
@Check('ck_mentor_rates_amount', `amount_minor > 0`)
export class MentorRate {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_mentor_rates' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'profile_id' })
  profileId: string;

  @ManyToOne(() => MentorProfile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'profile_id', foreignKeyConstraintName: 'fk_mentor_rates_profile' })
  profile?: MentorProfile;

  /** Per hour, in minor units. */
  @Column('bigint', { name: 'amount_minor', transformer: bigintAsNumber })
  amountMinor: number;

  @Column('text')
  currency: string;

  @Column('date', { name: 'effective_from' })
  effectiveFrom: string;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * The success fee: a fixed amount per startup whose outcome turns successful, for every programme
 * (`programme_id` null) or for one programme (which then wins over the general terms).
 */
@Entity({ name: 'mentor_fee_terms' })
@Index('uq_mentor_fee_terms_general', ['organizationId', 'profileId'], { unique: true, where: 'programme_id IS NULL' })
@Index('uq_mentor_fee_terms_programme', ['organizationId', 'profileId', 'programmeId'], { unique: true, where: 'programme_id IS NOT NULL' })
@Check('ck_mentor_fee_terms_amount', `amount_minor >= 0`)
export class MentorFeeTerms {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_mentor_fee_terms' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'profile_id' })
  profileId: string;

  @ManyToOne(() => MentorProfile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'profile_id', foreignKeyConstraintName: 'fk_mentor_fee_terms_profile' })
  profile?: MentorProfile;

  @Column('uuid', { name: 'programme_id', nullable: true })
  programmeId: string | null;

  @Column('bigint', { name: 'amount_minor', transformer: bigintAsNumber })
  amountMinor: number;

  @Column('text')
  currency: string;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A declared conflict of interest: the mentor is never suggested for, nor assigned to, the startup. */
@Entity({ name: 'mentor_conflicts' })
@Index('uq_mentor_conflicts_profile_startup', ['organizationId', 'profileId', 'startupId'], { unique: true })
export class MentorConflict {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_mentor_conflicts' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'profile_id' })
  profileId: string;

  @ManyToOne(() => MentorProfile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'profile_id', foreignKeyConstraintName: 'fk_mentor_conflicts_profile' })
  profile?: MentorProfile;

  @Column('uuid', { name: 'startup_id' })
  startupId: string;

  @Column('text')
  reason: string;

  @Column('uuid', { name: 'declared_by', nullable: true })
  declaredBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** What a startup wants from mentors, as tags of the organization's vocabulary (stated by staff or its founders). */
@Entity({ name: 'startup_mentoring_needs' })
export class StartupMentoringNeeds {
  @PrimaryColumn('uuid', { name: 'organization_id', primaryKeyConstraintName: 'pk_startup_mentoring_needs' })
  organizationId: string;

  @PrimaryColumn('uuid', { name: 'startup_id', primaryKeyConstraintName: 'pk_startup_mentoring_needs' })
  startupId: string;

  @Column('text', { array: true })
  tags: string[];

  @Column('uuid', { name: 'updated_by', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
