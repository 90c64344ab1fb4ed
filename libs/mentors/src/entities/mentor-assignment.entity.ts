import { Check, Column, CreateDateColumn, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { MentorProfile } from './mentor-profile.entity';

export const ASSIGNMENT_ROLES = ['lead', 'expert'] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];

/**
 * A mentor assigned to a startup from `starts_on` to `ends_on` (both included; null = open-ended),
 * through the startup's enrolment at the time (its programme is kept for the success fee and the
 * hours per programme). At most one lead per startup on any day, and one assignment per mentor and
 * startup on any day: exclusion constraints on the date ranges, so concurrent assignments cannot
 * break either.
 */
@Entity({ name: 'mentor_assignments' })
@Index('ix_mentor_assignments_org_profile', ['organizationId', 'profileId', 'startsOn'])
@Index('ix_mentor_assignments_org_startup', ['organizationId', 'startupId', 'startsOn'])
@Check('ck_mentor_assignments_role', `role IN ('lead', 'expert')`)
@Check('ck_mentor_assignments_dates', `ends_on IS NULL OR ends_on >= starts_on`)
@Exclusion('ex_mentor_assignments_one_lead', `USING gist ("organization_id" WITH =, "startup_id" WITH =, daterange("starts_on", "ends_on", '[]') WITH &&) WHERE (role = 'lead')`)
@Exclusion('ex_mentor_assignments_once', `USING gist ("organization_id" WITH =, "profile_id" WITH =, "startup_id" WITH =, daterange("starts_on", "ends_on", '[]') WITH &&)`)
export class MentorAssignment {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_mentor_assignments' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'profile_id' })
  profileId: string;

  @ManyToOne(() => MentorProfile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'profile_id', foreignKeyConstraintName: 'fk_mentor_assignments_profile' })
  profile?: MentorProfile;

  @Column('uuid', { name: 'startup_id' })
  startupId: string;

  @Column('uuid', { name: 'enrolment_id' })
  enrolmentId: string;

  @Column('uuid', { name: 'programme_id' })
  programmeId: string;

  @Column('text')
  role: AssignmentRole;

  @Column('date', { name: 'starts_on' })
  startsOn: string;

  /** The last day, included; null while open-ended. */
  @Column('date', { name: 'ends_on', nullable: true })
  endsOn: string | null;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
