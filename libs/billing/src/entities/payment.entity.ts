import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '@hatchery/core';
import { Invoice } from './invoice.entity';

/** Money received from a startup, once per bank reference (unique per organization). Insert-only. */
@Entity({ name: 'payments' })
@Index('uq_payments_reference', ['organizationId', 'bankReference'], { unique: true })
@Index('ix_payments_org_startup', ['organizationId', 'startupId', 'receivedOn'])
@Check('ck_payments_amount', `amount_minor > 0`)
export class Payment {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_payments' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'startup_id' })
  startupId: string;

  @Column('date', { name: 'received_on' })
  receivedOn: string;

  @Column('bigint', { name: 'amount_minor', transformer: bigintAsNumber })
  amountMinor: number;

  @Column('char', { length: 3 })
  currency: string;

  @Column('text', { name: 'bank_reference' })
  bankReference: string;

  @Column('text', { nullable: true })
  note: string | null;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}

/** Part of a payment set against an invoice. Insert-only; never beyond the payment or the invoice's balance (checked under the startup's lock). */
@Entity({ name: 'payment_allocations' })
@Index('ix_payment_allocations_payment', ['organizationId', 'paymentId'])
@Index('ix_payment_allocations_invoice', ['organizationId', 'invoiceId'])
@Check('ck_payment_allocations_amount', `amount_minor > 0`)
export class PaymentAllocation {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_payment_allocations' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'payment_id' })
  paymentId: string;

  @ManyToOne(() => Payment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'payment_id', foreignKeyConstraintName: 'fk_payment_allocations_payment' })
  payment?: Payment;

  @Column('uuid', { name: 'invoice_id' })
  invoiceId: string;

  @ManyToOne(() => Invoice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invoice_id', foreignKeyConstraintName: 'fk_payment_allocations_invoice' })
  invoice?: Invoice;

  @Column('bigint', { name: 'amount_minor', transformer: bigintAsNumber })
  amountMinor: number;

  /** Staff chose the invoice (else: oldest open first). */
  @Column('boolean')
  manual: boolean;

  @Column('timestamptz', { name: 'allocated_at' })
  allocatedAt: Date;

  @Column('uuid', { name: 'allocated_by', nullable: true })
  allocatedBy: string | null;
}

/** A dunning reminder sent for an invoice at 7 or 30 days overdue: once each (the key). Insert-only. */
@Entity({ name: 'invoice_reminders' })
@Check('ck_invoice_reminders_level', `level IN (7, 30)`)
export class InvoiceReminder {
  @PrimaryColumn('uuid', { name: 'organization_id', primaryKeyConstraintName: 'pk_invoice_reminders' })
  organizationId: string;

  @PrimaryColumn('uuid', { name: 'invoice_id', primaryKeyConstraintName: 'pk_invoice_reminders' })
  invoiceId: string;

  @ManyToOne(() => Invoice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invoice_id', foreignKeyConstraintName: 'fk_invoice_reminders_invoice' })
  invoice?: Invoice;

  @PrimaryColumn('integer', { primaryKeyConstraintName: 'pk_invoice_reminders' })
  level: number;

  @Column('timestamptz', { name: 'sent_at' })
  sentAt: Date;
}
