import { Injectable } from '@nestjs/common';
import { formatMoney } from '@hatchery/core';
import { NotificationsService } from '@hatchery/notifications';
import { StartupsService } from '@hatchery/startups';
import { BillingContext } from './billing-context';
import { REMINDER_CATCH_UP_DAYS, reminderLevelDue } from './payment-rules';
import { DUNNING_CANDIDATES, INSERT_REMINDERS } from './payments.sql';

/**
 * Dunning: an invoice with a balance gets a reminder at 7 and at 30 days past its due date (in the
 * organization's timezone), each once (reminderLevelDue; the reminder row's key), caught up to
 * REMINDER_CATCH_UP_DAYS days past due. The founders of
 * its startup hear of it in the app and by email. Run by the month-end job at every sweep round: a
 * job delivered twice, or two workers, send once (the reminder rows are inserted ON CONFLICT DO
 * NOTHING; only rows this run inserted notify, and the notification's key stands behind it).
 */
@Injectable()
export class DunningService {
  constructor(
    private readonly billing: BillingContext,
    private readonly startups: StartupsService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Returns the reminders this run sent and the notifications it created. */
  async sendDue(): Promise<{ reminders: number; notifications: number }> {
    const organizationId = this.billing.organizationId;
    const today = await this.billing.today();
    const candidates: { id: string; startup_id: string; number: string; currency: string; due_on: string; days: number; balance_minor: string; sent: number[] }[] = await this.billing.tx.query(DUNNING_CANDIDATES, [
      organizationId,
      today,
      REMINDER_CATCH_UP_DAYS,
    ]);
    const due = candidates.map((c) => ({ ...c, level: reminderLevelDue(c.days, c.sent) })).filter((c) => c.level !== null);
    if (due.length === 0) return { reminders: 0, notifications: 0 };
    const inserted: { invoice_id: string; level: number }[] = await this.billing.tx.query(INSERT_REMINDERS, [organizationId, due.map((d) => d.id), due.map((d) => d.level), this.billing.now()]);
    const sent = new Set(inserted.map((r) => `${r.invoice_id}:${r.level}`));
    const reminders = due.filter((d) => sent.has(`${d.id}:${d.level}`));
    const founders = await this.startups.foundersOf([...new Set(reminders.map((r) => r.startup_id))]);
    const items = reminders.flatMap((r) =>
      (founders.get(r.startup_id) ?? []).map((userId) => ({
        userId,
        kind: 'invoice.overdue' as const,
        title: r.level === 30 ? `Invoice ${r.number} is 30 days overdue` : `Invoice ${r.number} is overdue`,
        body: `${formatMoney(Number(r.balance_minor), r.currency)} is still open on invoice ${r.number}, due ${r.due_on} (${r.days} days ago). Please pay it, quoting the invoice number, or tell us if you think it is wrong.`,
        subject: { type: 'invoice', id: r.id },
        dedupeKey: `invoice.${r.id}.reminder-${r.level}`,
        email: true,
      })),
    );
    for (let i = 0; i < items.length; i += 1000) await this.notifications.notify(items.slice(i, i + 1000));
    return { reminders: reminders.length, notifications: items.length };
  }
}
