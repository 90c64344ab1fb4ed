import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { Enrolment } from './enrolment.entity';

export const ACTION_KINDS = ['graduation_review', 'equity_stake'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const ACTION_RESOLUTIONS = ['graduated', 'extended', 'failed', 'confirmed', 'dismissed', 'cancelled'] as const;
export type ActionResolution = (typeof ACTION_RESOLUTIONS)[number];

/**
 * Something the programme's calendar asks staff to do: a graduation review when incubation ends,
 * or a fixed stake that fell due. The worker opens it once per enrolment, kind and moment.
 */
@Entity({ name: 'programme_actions' })
@Unique('uq_programme_actions_once', ['enrolmentId', 'kind', 'dueAt'])
@Index('ix_programme_actions_org_status', ['organizationId', 'status'])
export class ProgrammeAction {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_programme_actions' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'enrolment_id' })
  enrolmentId: string;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'fk_programme_actions_enrolment' })
  enrolment?: Enrolment;

  @Column('uuid', { name: 'startup_id' })
  startupId: string;

  @Column('text')
  kind: ActionKind;

  @Column('timestamptz', { name: 'due_at' })
  dueAt: Date;

  /** For an equity stake: the share, in basis points. */
  @Column('integer', { name: 'stake_bps', nullable: true })
  stakeBps: number | null;

  @Column('text', { default: 'open' })
  status: 'open' | 'resolved';

  @Column('text', { nullable: true })
  resolution: ActionResolution | null;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('date', { name: 'effective_on', nullable: true })
  effectiveOn: string | null;

  @Column('uuid', { name: 'resolved_by', nullable: true })
  resolvedBy: string | null;

  @Column('timestamptz', { name: 'resolved_at', nullable: true })
  resolvedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
