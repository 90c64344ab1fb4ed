import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '@hatchery/core';

export const INVOICE_KINDS = ['invoice', 'credit_note'] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];

/**
 * An organization's billing settings: the invoice number prefix (`HUB` in `HUB-2026-000123`), the
 * days from issue to due date, and the first period to invoice (an organization moving onto
 * Hatchery with leases that began years ago starts billing from a month of its choosing). Without a
 * row the prefix comes from the organization's slug, the terms are 14 days, and billing starts at
 * the first lease's month.
 */
@Entity({ name: 'billing_settings' })
@Check('ck_billing_settings_prefix', `invoice_prefix ~ '^[A-Z0-9]{2,10}$'`)
@Check('ck_billing_settings_terms', `payment_terms_days BETWEEN 0 AND 120`)
@Check('ck_billing_settings_first_period', `extract(day from first_period) = 1`)
export class BillingSettings {
  @PrimaryColumn('uuid', { name: 'organization_id', primaryKeyConstraintName: 'pk_billing_settings' })
  organizationId: string;

  @Column('text', { name: 'invoice_prefix' })
  invoicePrefix: string;

  @Column('integer', { name: 'payment_terms_days' })
  paymentTermsDays: number;

  /** The first period invoiced (its first day); null: the first lease's month. */
  @Column('date', { name: 'first_period', nullable: true })
  firstPeriod: string | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}

/**
 * An organization's invoiced period (a month, billed in arrears). Inserted first in the run's
 * transaction: the run's mutex and the period's lock. A second run of the period (another worker, a
 * job delivered twice, staff) waits for the first, then finds the row and issues nothing. Insert-only.
 */
@Entity({ name: 'invoice_runs' })
@Check('ck_invoice_runs_period', `extract(day from period) = 1`)
export class InvoiceRun {
  @PrimaryColumn('uuid', { name: 'organization_id', primaryKeyConstraintName: 'pk_invoice_runs' })
  organizationId: string;

  /** The period's first day. */
  @PrimaryColumn('date', { primaryKeyConstraintName: 'pk_invoice_runs' })
  period: string;

  @Column('timestamptz', { name: 'run_at' })
  runAt: Date;

  /** Staff who ran it by hand; null for the worker. */
  @Column('uuid', { name: 'run_by', nullable: true })
  runBy: string | null;
}

/**
 * The last number given per organization, series and year. Numbers are taken under this row's lock
 * in the issuing transaction: a rolled-back run gives its numbers back, so there are no gaps, and two
 * runs at once number one after the other.
 */
@Entity({ name: 'invoice_counters' })
@Check('ck_invoice_counters_last', `last_number >= 0`)
export class InvoiceCounter {
  @PrimaryColumn('uuid', { name: 'organization_id', primaryKeyConstraintName: 'pk_invoice_counters' })
  organizationId: string;

  @PrimaryColumn('text', { primaryKeyConstraintName: 'pk_invoice_counters' })
  series: InvoiceKind;

  @PrimaryColumn('integer', { primaryKeyConstraintName: 'pk_invoice_counters' })
  year: number;

  @Column('integer', { name: 'last_number' })
  lastNumber: number;
}

/**
 * An issued invoice (one per lease and period, unique) or a credit note (against one invoice, with a
 * reason). Numbered per organization, series and year without gaps. Insert-only: a trigger refuses
 * UPDATE and DELETE for every role; a correction is a credit note.
 */
@Entity({ name: 'invoices' })
@Index('uq_invoices_number', ['organizationId', 'kind', 'year', 'sequence'], { unique: true })
@Index('uq_invoices_lease_period', ['organizationId', 'leaseId', 'period'], { unique: true, where: `kind = 'invoice'` })
@Index('ix_invoices_org_startup', ['organizationId', 'startupId', 'issuedOn'])
@Index('ix_invoices_org_period', ['organizationId', 'period'])
@Index('ix_invoices_credits', ['organizationId', 'creditsInvoiceId'], { where: `credits_invoice_id IS NOT NULL` })
@Index('ix_invoices_org_due', ['organizationId', 'dueOn'], { where: `kind = 'invoice'` })
@Check('ck_invoices_kind', `kind IN ('invoice', 'credit_note')`)
@Check(
  'ck_invoices_shape',
  `(kind = 'invoice' AND lease_id IS NOT NULL AND period IS NOT NULL AND due_on IS NOT NULL AND credits_invoice_id IS NULL) OR (kind = 'credit_note' AND credits_invoice_id IS NOT NULL AND reason IS NOT NULL AND total_minor > 0)`,
)
@Check('ck_invoices_total', `total_minor >= 0`)
export class Invoice {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_invoices' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('text')
  kind: InvoiceKind;

  /** `HUB-2026-000123`; a credit note `HUB-CN-2026-000004`. */
  @Column('text')
  number: string;

  @Column('integer')
  year: number;

  @Column('integer')
  sequence: number;

  @Column('uuid', { name: 'startup_id' })
  startupId: string;

  @Column('uuid', { name: 'lease_id', nullable: true })
  leaseId: string | null;

  /** The month billed (its first day); null for a credit note. */
  @Column('date', { nullable: true })
  period: string | null;

  @Column('uuid', { name: 'credits_invoice_id', nullable: true })
  creditsInvoiceId: string | null;

  @ManyToOne(() => Invoice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'credits_invoice_id', foreignKeyConstraintName: 'fk_invoices_credits' })
  credits?: Invoice;

  @Column('char', { length: 3 })
  currency: string;

  @Column('bigint', { name: 'total_minor', transformer: bigintAsNumber })
  totalMinor: number;

  /** What the lines' days would cost at the market rate: total − this is the in-kind support. */
  @Column('bigint', { name: 'market_minor', transformer: bigintAsNumber })
  marketMinor: number;

  @Column('date', { name: 'issued_on' })
  issuedOn: string;

  @Column('date', { name: 'due_on', nullable: true })
  dueOn: string | null;

  @Column('timestamptz', { name: 'issued_at' })
  issuedAt: Date;

  /** A credit note's reason. */
  @Column('text', { nullable: true })
  reason: string | null;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;
}

/**
 * One segment of a lease's month at one price: a plan-terms or market-rate change inside the month
 * starts a new line. amount = price per month × days / days in the month, rounded half up once.
 */
@Entity({ name: 'invoice_lines' })
@Index('ix_invoice_lines_invoice', ['organizationId', 'invoiceId'])
@Check('ck_invoice_lines_days', `days >= 1 AND days <= days_in_month`)
@Check('ck_invoice_lines_amount', `amount_minor >= 0 AND market_minor >= 0`)
export class InvoiceLine {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_invoice_lines' })
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'invoice_id' })
  invoiceId: string;

  @ManyToOne(() => Invoice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invoice_id', foreignKeyConstraintName: 'fk_invoice_lines_invoice' })
  invoice?: Invoice;

  @Column('date', { name: 'starts_on' })
  startsOn: string;

  @Column('date', { name: 'ends_on' })
  endsOn: string;

  @Column('integer')
  days: number;

  @Column('integer', { name: 'days_in_month' })
  daysInMonth: number;

  @Column('text', { name: 'plan_kind' })
  planKind: 'free' | 'share_of_market' | 'fixed';

  @Column('integer', { name: 'share_bps', nullable: true })
  shareBps: number | null;

  /** The market rate for the leased part of the space, per month, exact (null: no rate in force). */
  @Column('numeric', { name: 'market_month', precision: 20, scale: 4, nullable: true })
  marketMonth: string | null;

  /** What the plan asks for a whole month, exact. */
  @Column('numeric', { name: 'price_month', precision: 20, scale: 4 })
  priceMonth: string;

  @Column('bigint', { name: 'amount_minor', transformer: bigintAsNumber })
  amountMinor: number;

  @Column('bigint', { name: 'market_minor', transformer: bigintAsNumber })
  marketMinor: number;

  @Column('char', { length: 3 })
  currency: string;

  @Column('text')
  description: string;
}
