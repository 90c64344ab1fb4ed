import type { Role } from '@hatchery/core';
import { User } from '@hatchery/accounts/entities';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import { Organization } from './organization.entity';

/** A person's role in one organization; a person may hold several, one per organization. */
@Entity({ name: 'memberships' })
@Unique('uq_memberships_org_user', ['organizationId', 'userId'])
@Index('ix_memberships_user', ['userId'])
export class Membership {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_memberships' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_memberships_organization' })
  organization?: Organization;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_memberships_user' })
  user?: User;

  @Column('text')
  role: Role;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
