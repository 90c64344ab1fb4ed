import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '@hatchery/accounts/entities';
import { Milestone } from './milestone.entity';

/**
 * A file a founder attached to a milestone as evidence. The bytes live in the file storage under
 * `storage_key`; the row holds what the server checked: the type it sniffed from the magic bytes,
 * the size and the SHA-256. Tenant-owned (row level security on the organization).
 */
@Entity({ name: 'milestone_attachments' })
@Index('ix_milestone_attachments_org_milestone', ['organizationId', 'milestoneId'])
@Check('ck_milestone_attachments_size', `size_bytes > 0`)
export class MilestoneAttachment {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_milestone_attachments' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'milestone_id' })
  milestoneId: string;

  @ManyToOne(() => Milestone, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'milestone_id', foreignKeyConstraintName: 'fk_milestone_attachments_milestone' })
  milestone?: Milestone;

  @Column('uuid', { name: 'uploaded_by' })
  uploadedBy: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by', foreignKeyConstraintName: 'fk_milestone_attachments_uploader' })
  uploader?: User;

  /** The name it was uploaded under, cleaned (no path, no control characters). */
  @Column('text', { name: 'file_name' })
  fileName: string;

  /** The type sniffed from its content (one of the allow-list), never the one the client declared. */
  @Column('text', { name: 'content_type' })
  contentType: string;

  @Column('integer', { name: 'size_bytes' })
  sizeBytes: number;

  @Column('text')
  sha256: string;

  @Column('text', { name: 'storage_key' })
  storageKey: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
