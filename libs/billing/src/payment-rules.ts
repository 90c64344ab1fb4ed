/**
 * The rules of payments, arrears and dunning, as pure functions (the SQL in payments.sql.ts follows
 * them; their unit tests state them).
 */

export interface OpenInvoice {
  id: string;
  dueOn: string;
  issuedOn: string;
  number: string;
  balanceMinor: number;
}

export interface Allocation {
  invoiceId: string;
  amountMinor: number;
}

/**
 * Oldest first: the invoice due first is paid first; on the same due date the one issued first;
 * then by number. Each takes at most its balance; what is left of the amount stays unallocated (the
 * startup's credit balance). Invoices with nothing open are passed over.
 */
export function allocateOldestFirst(openInvoices: OpenInvoice[], amountMinor: number): { allocations: Allocation[]; unallocatedMinor: number } {
  const ordered = [...openInvoices].sort((a, b) => compare(a.dueOn, b.dueOn) || compare(a.issuedOn, b.issuedOn) || compare(a.number, b.number));
  let left = amountMinor;
  const allocations: Allocation[] = [];
  for (const invoice of ordered) {
    if (left <= 0) break;
    if (invoice.balanceMinor <= 0) continue;
    const take = Math.min(left, invoice.balanceMinor);
    allocations.push({ invoiceId: invoice.id, amountMinor: take });
    left -= take;
  }
  return { allocations, unallocatedMinor: left };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const AGING_BUCKETS = ['not_due', '0_30', '31_60', '61_90', '90_plus'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/**
 * Days past due (as-of date − due date): 0 or less is not due yet (an invoice is due through its due
 * date); 1–30 '0_30', 31–60 '31_60', 61–90 '61_90', more than 90 '90_plus'.
 */
export function agingBucket(daysOverdue: number): AgingBucket {
  if (daysOverdue <= 0) return 'not_due';
  if (daysOverdue <= 30) return '0_30';
  if (daysOverdue <= 60) return '31_60';
  if (daysOverdue <= 90) return '61_90';
  return '90_plus';
}

export const REMINDER_LEVELS = [7, 30] as const;
export type ReminderLevel = (typeof REMINDER_LEVELS)[number];

/**
 * Reminders are caught up to this many days past due (a worker down for weeks still sends the
 * 30-day reminder); an invoice older than that that never got one is left to the arrears report.
 */
export const REMINDER_CATCH_UP_DAYS = 90;

/**
 * The dunning reminder due for an invoice with a balance, `daysOverdue` days past its due date,
 * given the levels already sent: from 30 days the 30-day one (never the 7-day one any more, even if
 * it was missed); from 7 to 29 days the 7-day one; each at most once; none after
 * REMINDER_CATCH_UP_DAYS; null: none.
 */
export function reminderLevelDue(daysOverdue: number, sentLevels: readonly number[]): ReminderLevel | null {
  if (daysOverdue > REMINDER_CATCH_UP_DAYS) return null;
  if (daysOverdue >= 30) return sentLevels.includes(30) ? null : 30;
  if (daysOverdue >= 7) return sentLevels.includes(7) || sentLevels.includes(30) ? null : 7;
  return null;
}
