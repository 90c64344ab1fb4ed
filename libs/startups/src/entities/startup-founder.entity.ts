import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '@hatchery/accounts/entities';
import { Startup } from './startup.entity';

/** A person who founded (and speaks for) a startup: they see its timeline and submit its evidence. */
@Entity({ name: 'startup_founders' })
@Index('ix_startup_founders_org_user', ['organizationId', 'userId'])
export class StartupFounder {
  @PrimaryColumn('uuid', { name: 'startup_id', primaryKeyConstraintName: 'pk_startup_founders' })
  startupId: string;

  @PrimaryColumn('uuid', { name: 'user_id', primaryKeyConstraintName: 'pk_startup_founders' })
  userId: string;

  @PrimaryColumn('uuid', { name: 'organization_id', primaryKeyConstraintName: 'pk_startup_founders' })
  organizationId: string;

  @ManyToOne(() => Startup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'startup_id', foreignKeyConstraintName: 'fk_startup_founders_startup' })
  startup?: Startup;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_startup_founders_user' })
  user?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
