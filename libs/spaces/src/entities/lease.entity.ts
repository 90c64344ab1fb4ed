import { Check, Column, CreateDateColumn, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import { RentPlan } from './rent-plan.entity';
import { Space } from './space.entity';

/**
 * A startup's lease of a space (or of `desks` desks in a desk area) from `starts_on` to `ends_on`
 * (both included; null = open-ended) on a rent plan. `exclusive` is the space's, copied so that the
 * database itself refuses two overlapping leases of an exclusive space (an exclusion constraint on
 * the date range). `continues_lease_id`: the lease this one continues (graduation opens a new lease
 * on the post-incubation plan; a lease is continued at most once).
 */
@Entity({ name: 'leases' })
@Index('ix_leases_org_startup', ['organizationId', 'startupId', 'startsOn'])
@Index('ix_leases_org_space', ['organizationId', 'spaceId', 'startsOn'])
@Unique('uq_leases_continues', ['continuesLeaseId'])
@Check('ck_leases_dates', `ends_on IS NULL OR ends_on >= starts_on`)
@Check('ck_leases_desks', `(exclusive AND desks IS NULL) OR (NOT exclusive AND desks >= 1)`)
@Exclusion('ex_leases_exclusive_space', `USING gist ("space_id" WITH =, daterange("starts_on", "ends_on", '[]') WITH &&) WHERE (exclusive)`)
export class Lease {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_leases' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'startup_id' })
  startupId: string;

  @Column('uuid', { name: 'space_id' })
  spaceId: string;

  @ManyToOne(() => Space, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'space_id', foreignKeyConstraintName: 'fk_leases_space' })
  space?: Space;

  @Column('uuid', { name: 'plan_id' })
  planId: string;

  @ManyToOne(() => RentPlan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_leases_plan' })
  plan?: RentPlan;

  @Column('date', { name: 'starts_on' })
  startsOn: string;

  @Column('date', { name: 'ends_on', nullable: true })
  endsOn: string | null;

  @Column('integer', { nullable: true })
  desks: number | null;

  @Column('boolean')
  exclusive: boolean;

  @Column('uuid', { name: 'continues_lease_id', nullable: true })
  continuesLeaseId: string | null;

  /** Why it ends when it does: staff's reason for a short notice, or the outcome that ended it. */
  @Column('text', { name: 'end_reason', nullable: true })
  endReason: string | null;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
