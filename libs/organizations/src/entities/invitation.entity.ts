import type { Role } from '@hatchery/core';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { Startup } from '@hatchery/startups/entities';
import { Organization } from './organization.entity';

@Entity({ name: 'invitations' })
@Unique('uq_invitations_token_hash', ['tokenHash'])
@Index('ix_invitations_org_email', ['organizationId', 'email'])
/** At most one pending invitation per address and organization. */
@Index('uq_invitations_pending_email', ['organizationId', 'email'], { unique: true, where: 'accepted_at IS NULL AND revoked_at IS NULL' })
export class Invitation {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_invitations' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_invitations_organization' })
  organization?: Organization;

  @Column('text')
  email: string;

  @Column('text')
  role: Role;

  /** SHA-256 of the token; the token itself is only ever in the email. */
  @Column('text', { name: 'token_hash' })
  tokenHash: string;

  @Column('uuid', { name: 'invited_by_user_id' })
  invitedByUserId: string;

  /** A co-founder's invitation: on acceptance they become a founder of this startup. */
  @Column('uuid', { name: 'startup_id', nullable: true })
  startupId: string | null;

  @ManyToOne(() => Startup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'startup_id', foreignKeyConstraintName: 'fk_invitations_startup' })
  startup?: Startup;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('timestamptz', { name: 'accepted_at', nullable: true })
  acceptedAt: Date | null;

  @Column('uuid', { name: 'accepted_by_user_id', nullable: true })
  acceptedByUserId: string | null;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  @Column('timestamptz', { name: 'email_sent_at', nullable: true })
  emailSentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
