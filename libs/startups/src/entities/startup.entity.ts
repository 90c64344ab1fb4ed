import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const STARTUP_ORIGINS = ['external', 'internal'] as const;
export type StartupOrigin = (typeof STARTUP_ORIGINS)[number];

export const STARTUP_STATUSES = ['accepted', 'incubating', 'accelerating', 'graduated_successful', 'failed', 'exited', 'withdrawn'] as const;
export type StartupStatus = (typeof STARTUP_STATUSES)[number];

/** A startup in one organization's portfolio. */
@Entity({ name: 'startups' })
@Index('ix_startups_org_name', ['organizationId', 'name'])
@Index('uq_startups_org_application', ['organizationId', 'applicationId'], { unique: true, where: 'application_id IS NOT NULL' })
export class Startup {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_startups' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  sector: string | null;

  @Column('text', { nullable: true })
  stage: string | null;

  @Column('text', { default: 'external' })
  origin: StartupOrigin;

  @Column('text', { default: 'accepted' })
  status: StartupStatus;

  /** Why and when it reached its last outcome (graduated, failed, extended). */
  @Column('text', { name: 'outcome_reason', nullable: true })
  outcomeReason: string | null;

  @Column('date', { name: 'outcome_on', nullable: true })
  outcomeOn: string | null;

  /** The application it came from, if any. */
  @Column('uuid', { name: 'application_id', nullable: true })
  applicationId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
