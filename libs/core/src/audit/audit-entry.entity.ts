import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

@Entity({ name: 'audit_entries' })
@Index('ix_audit_entries_org_id', ['organizationId', 'id'])
@Index('ix_audit_entries_org_entity', ['organizationId', 'entityId'])
export class AuditEntry {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_audit_entries' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'actor_user_id', nullable: true })
  actorUserId: string | null;

  @Column('text')
  action: string;

  @Column('text', { name: 'entity_type' })
  entityType: string;

  @Column('uuid', { name: 'entity_id' })
  entityId: string;

  @Column('jsonb', { default: () => `'{}'` })
  changes: AuditChanges;

  @Column('text', { name: 'request_id', nullable: true })
  requestId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
