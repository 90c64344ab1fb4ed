import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { bigintAsNumber } from '@hatchery/core';

export const SHARE_CLASS_KINDS = ['common', 'preferred'] as const;
export type ShareClassKind = (typeof SHARE_CLASS_KINDS)[number];
export const HOLDER_KINDS = ['organization', 'founder', 'investor', 'option_pool'] as const;
export const ENTRY_KINDS = ['issuance', 'transfer', 'cancellation'] as const;
export const INSTRUMENTS = ['equity', 'safe', 'convertible_note'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

/**
 * One row per startup whose cap table exists: every entry locks it (SELECT … FOR UPDATE), so two
 * entries for one startup are checked one after the other and the stake rules hold under load.
 */
@Entity({ name: 'cap_tables' })
@Index('uq_cap_tables_org_startup', ['organizationId', 'startupId'], { unique: true })
export class CapTable {
  @PrimaryColumn('uuid', { name: 'startup_id', primaryKeyConstraintName: 'pk_cap_tables' })
  startupId: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity({ name: 'share_classes' })
@Index('uq_share_classes_startup_name', ['organizationId', 'startupId', 'name'], { unique: true })
@Check('ck_share_classes_kind', `kind IN ('common', 'preferred')`)
export class ShareClass {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_share_classes' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'startup_id' })
  startupId: string;

  @Column('text')
  name: string;

  @Column('text')
  kind: ShareClassKind;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** Who holds shares: the organization itself (one per startup), founders (linked to their account), investors by name, an option pool. */
@Entity({ name: 'holders' })
@Index('ix_holders_org_startup', ['organizationId', 'startupId'])
@Index('uq_holders_one_organization', ['startupId'], { unique: true, where: `kind = 'organization'` })
@Index('uq_holders_startup_user', ['startupId', 'userId'], { unique: true, where: 'user_id IS NOT NULL' })
@Check('ck_holders_kind', `kind IN ('organization', 'founder', 'investor', 'option_pool')`)
@Check('ck_holders_user_is_founder', `user_id IS NULL OR kind = 'founder'`)
export class Holder {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_holders' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'startup_id' })
  startupId: string;

  @Column('text')
  kind: (typeof HOLDER_KINDS)[number];

  @Column('text')
  name: string;

  @Column('uuid', { name: 'user_id', nullable: true })
  userId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * The ledger: append-only. The app role may only SELECT and INSERT, and a trigger refuses UPDATE
 * and DELETE for every role (the owner's included). A wrong entry is undone by a reversing entry
 * (`reverses_entry_id`, at most one per entry).
 */
@Entity({ name: 'equity_entries' })
@Index('ix_equity_entries_org_startup_date', ['organizationId', 'startupId', 'entryDate', 'id'])
@Index('uq_equity_entries_reverses', ['reversesEntryId'], { unique: true, where: 'reverses_entry_id IS NOT NULL' })
@Index('uq_equity_entries_converts_investment', ['convertsInvestmentId'], { unique: true, where: 'converts_investment_id IS NOT NULL' })
@Check('ck_equity_entries_conversion', `converts_investment_id IS NULL OR kind = 'issuance'`)
@Check('ck_equity_entries_kind', `kind IN ('issuance', 'transfer', 'cancellation')`)
@Check('ck_equity_entries_shares', `shares > 0`)
@Check(
  'ck_equity_entries_holders',
  `(kind = 'issuance' AND from_holder_id IS NULL AND to_holder_id IS NOT NULL) OR (kind = 'transfer' AND from_holder_id IS NOT NULL AND to_holder_id IS NOT NULL AND from_holder_id <> to_holder_id) OR (kind = 'cancellation' AND from_holder_id IS NOT NULL AND to_holder_id IS NULL)`,
)
@Check('ck_equity_entries_price', `(price_minor IS NULL) = (price_currency IS NULL) AND (price_minor IS NULL OR price_minor >= 0)`)
export class EquityEntry {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_equity_entries' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'startup_id' })
  startupId: string;

  @Column('text')
  kind: (typeof ENTRY_KINDS)[number];

  @Column('date', { name: 'entry_date' })
  entryDate: string;

  @Column('uuid', { name: 'share_class_id' })
  shareClassId: string;

  @ManyToOne(() => ShareClass, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'share_class_id', foreignKeyConstraintName: 'fk_equity_entries_share_class' })
  shareClass?: ShareClass;

  @Column('uuid', { name: 'from_holder_id', nullable: true })
  fromHolderId: string | null;

  @ManyToOne(() => Holder, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_holder_id', foreignKeyConstraintName: 'fk_equity_entries_from_holder' })
  fromHolder?: Holder;

  @Column('uuid', { name: 'to_holder_id', nullable: true })
  toHolderId: string | null;

  @ManyToOne(() => Holder, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_holder_id', foreignKeyConstraintName: 'fk_equity_entries_to_holder' })
  toHolder?: Holder;

  /** A share count: bigint, read as a string (never a JS number). */
  @Column('bigint')
  shares: string;

  @Column('bigint', { name: 'price_minor', nullable: true, transformer: bigintAsNumber })
  priceMinor: number | null;

  @Column('text', { name: 'price_currency', nullable: true })
  priceCurrency: string | null;

  @Column('uuid', { name: 'reverses_entry_id', nullable: true })
  reversesEntryId: string | null;

  /**
   * A SAFE or convertible note converted by this issuance (at most one entry per investment):
   * from the entry's date on, the instrument is no longer counted in the fully diluted view.
   */
  @Column('uuid', { name: 'converts_investment_id', nullable: true })
  convertsInvestmentId: string | null;

  @ManyToOne(() => Investment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'converts_investment_id', foreignKeyConstraintName: 'fk_equity_entries_converts_investment' })
  convertsInvestment?: Relation<Investment>;

  /** Why staff booked it outside the programme's stake range. */
  @Column('text', { name: 'override_reason', nullable: true })
  overrideReason: string | null;

  @Column('text', { nullable: true })
  note: string | null;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A confirmed stake action booked once: the action id is the key. */
@Entity({ name: 'stake_bookings' })
@Index('ix_stake_bookings_org_startup', ['organizationId', 'startupId'])
export class StakeBooking {
  @PrimaryColumn('uuid', { name: 'action_id', primaryKeyConstraintName: 'pk_stake_bookings' })
  actionId: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'startup_id' })
  startupId: string;

  @Column('integer', { name: 'stake_bps' })
  stakeBps: number;

  @Column('bigint')
  shares: string;

  @Column('uuid', { name: 'entry_id', nullable: true })
  entryId: string | null;

  /** issued; already_at_stake (it held p or more); nothing_to_dilute (no other shares yet). */
  @Column('text')
  outcome: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity({ name: 'investments' })
@Index('ix_investments_org_startup', ['organizationId', 'startupId'])
@Check('ck_investments_instrument', `instrument IN ('equity', 'safe', 'convertible_note')`)
@Check('ck_investments_amounts', `amount_minor > 0 AND pre_money_minor > 0`)
@Check('ck_investments_conversion', `conversion_shares IS NULL OR (conversion_shares > 0 AND instrument <> 'equity')`)
export class Investment {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_investments' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'startup_id' })
  startupId: string;

  @Column('uuid', { name: 'investor_holder_id' })
  investorHolderId: string;

  @ManyToOne(() => Holder, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'investor_holder_id', foreignKeyConstraintName: 'fk_investments_investor' })
  investor?: Holder;

  @Column('text')
  instrument: Instrument;

  @Column('bigint', { name: 'amount_minor', transformer: bigintAsNumber })
  amountMinor: number;

  @Column('text')
  currency: string;

  @Column('bigint', { name: 'pre_money_minor', transformer: bigintAsNumber })
  preMoneyMinor: number;

  @Column('date', { name: 'invested_on' })
  investedOn: string;

  /** The issuance an equity investment booked. */
  @Column('uuid', { name: 'entry_id', nullable: true })
  entryId: string | null;

  /** A SAFE or note: the shares it converts into, when recorded (then counted in the fully diluted view until an issuance converts it). */
  @Column('bigint', { name: 'conversion_shares', nullable: true })
  conversionShares: string | null;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** An investment of the organization written off when its startup failed: once per investment. */
@Entity({ name: 'write_offs' })
@Index('uq_write_offs_investment', ['investmentId'], { unique: true })
@Index('ix_write_offs_org_startup', ['organizationId', 'startupId'])
export class WriteOff {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_write_offs' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'startup_id' })
  startupId: string;

  @Column('uuid', { name: 'investment_id' })
  investmentId: string;

  @ManyToOne(() => Investment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'investment_id', foreignKeyConstraintName: 'fk_write_offs_investment' })
  investment?: Investment;

  @Column('bigint', { name: 'amount_minor', transformer: bigintAsNumber })
  amountMinor: number;

  @Column('text')
  currency: string;

  @Column('date', { name: 'written_off_on' })
  writtenOffOn: string;

  @Column('text')
  reason: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** Money the organization got back from a startup (an exit, a sale of its shares). */
@Entity({ name: 'proceeds' })
@Index('ix_proceeds_org_startup', ['organizationId', 'startupId'])
@Check('ck_proceeds_amount', `amount_minor > 0`)
export class Proceeds {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_proceeds' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'startup_id' })
  startupId: string;

  @Column('bigint', { name: 'amount_minor', transformer: bigintAsNumber })
  amountMinor: number;

  @Column('text')
  currency: string;

  @Column('date', { name: 'received_on' })
  receivedOn: string;

  @Column('text', { nullable: true })
  note: string | null;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
