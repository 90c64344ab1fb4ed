import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditService, ConflictError, decodeCursor, formatMoney, NotFoundError, Outbox, jobId, toPage } from '@hatchery/core';
import { NotificationsService } from '@hatchery/notifications';
import { OrganizationsService } from '@hatchery/organizations';
import { FIRST_LEASE_MONTH, LeasesService } from '@hatchery/spaces';
import { StartupsService } from '@hatchery/startups';
import { BillingContext } from './billing-context';
import { CreateCreditNoteDto, InvoiceQueryDto, InvoiceStatus, IssueLateInvoiceDto, UpdateBillingSettingsDto } from './dto/invoices.dto';
import { BillingSettingsDto, InvoiceDetailDto, InvoiceDto, InvoicePageDto, InvoiceRunDto } from './dto/invoices.response.dto';
import { BillingSettings, Invoice, InvoiceLine, InvoiceRun } from './entities/invoice.entity';
import { Payment, PaymentAllocation } from './entities/payment.entity';
import { invoicePdf } from './invoice-export';
import { ADVANCE_COUNTER, INSERT_RUN, issueInvoices, LAST_RUN_PERIOD, LOCK_COUNTER } from './invoice-run.sql';
import { INVOICE_SETTLEMENTS } from './invoice-views.sql';
import { addDays, addMonths, defaultPrefix, documentNumber, firstDay, lastEndedPeriod, periodsBetween } from './period-rules';

/** Serializes every change to one startup's balances (payments, allocations, credit notes) until commit. */
export const LOCK_STARTUP_BILLING = `SELECT pg_advisory_xact_lock(hashtextextended('billing:' || $1::text, 0))`;

/**
 * Rent invoices and credit notes.
 *
 * A period (a calendar month) is invoiced in arrears, from local midnight starting the 1st of the
 * next month in the organization's timezone: one invoice per lease and period, exactly once (the
 * period's run row is inserted first: a second run waits, then finds it and does nothing; the
 * unique key on lease and period stands behind it). The run is a handful of set-based statements
 * (invoice-run.sql.ts). Numbers are per organization, series and year without gaps: taken under the
 * counter row's lock in the same transaction. Invoices are insert-only: a correction is a credit
 * note, against one invoice, never more than its open balance.
 */
@Injectable()
export class InvoicesService {
  constructor(
    private readonly billing: BillingContext,
    private readonly startups: StartupsService,
    private readonly organizations: OrganizationsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly leases: LeasesService,
  ) {}

  private get tx() {
    return this.billing.tx;
  }

  // ---- issuing ----

  /**
   * Issues every period that has ended and has not been invoiced, oldest first, up to `upTo`
   * (default: the last period that ended in the organization's timezone). The catch-up starts after
   * the last period that ran, or at the first lease's month.
   */
  async issueDue(upTo?: string): Promise<InvoiceRunDto> {
    const today = await this.billing.today();
    const lastEnded = lastEndedPeriod(today);
    const target = upTo ?? lastEnded;
    if (target > lastEnded) throw new ConflictError('PERIOD_NOT_ENDED', `${target} has not ended in the organization's timezone; the last period that ended is ${lastEnded}.`, { lastEndedPeriod: lastEnded });
    const organizationId = this.billing.organizationId;
    const [{ period: lastRun }]: { period: string | null }[] = await this.tx.query(LAST_RUN_PERIOD, [organizationId]);
    const [{ month: firstLease }]: { month: string | null }[] = await this.tx.query(FIRST_LEASE_MONTH, [organizationId]);
    const { firstPeriod } = await this.settings();
    const next = lastRun ? addMonths(lastRun, 1) : (firstLease ?? target);
    const from = firstPeriod && firstPeriod > next ? firstPeriod : next;
    const result: InvoiceRunDto = { period: target, periodsRun: [], invoicesIssued: 0, invoicesInPeriod: 0, unpricedLeaseIds: [] };
    for (const period of from <= target ? periodsBetween(from, target) : []) {
      const run = await this.runPeriod(period, today);
      if (!run) continue;
      result.periodsRun.push(period);
      result.invoicesIssued += run.invoices;
      result.unpricedLeaseIds = [...new Set([...result.unpricedLeaseIds, ...run.unpriced])];
    }
    result.invoicesInPeriod = await this.tx.getRepository(Invoice).countBy({ organizationId, kind: 'invoice', period: firstDay(target) });
    return result;
  }

  /** One period's run; null when it had run already. */
  private async runPeriod(period: string, today: string): Promise<{ invoices: number; unpriced: string[] } | null> {
    const organizationId = this.billing.organizationId;
    const claimed: unknown[] = await this.tx.query(INSERT_RUN, [organizationId, firstDay(period), this.billing.now(), this.billing.userId]);
    if (claimed.length === 0) return null;
    const issued = await this.issue(period, today);
    await this.audit.record({ action: 'invoices.issued', entityType: 'organization', entityId: organizationId, after: { period, invoices: issued.invoices, lines: issued.lines, unpricedLeaseIds: issued.unpriced } });
    return issued;
  }

  /**
   * The invoices of a period (every lease's, or one lease's), numbered from the counter under its
   * lock, and the founders' notification queued through the outbox.
   */
  private async issue(period: string, today: string, leaseId?: string): Promise<{ invoices: number; lines: number; unpriced: string[] }> {
    const organizationId = this.billing.organizationId;
    const settings = await this.settings();
    const year = Number(today.slice(0, 4));
    const [{ last_number: base }]: { last_number: number }[] = await this.tx.query(LOCK_COUNTER, [organizationId, 'invoice', year]);
    const defaultCurrency = await this.organizations.defaultCurrency();
    const [issued]: { invoices: number; lines: number; unpriced: string[] }[] = await this.tx.query(issueInvoices(leaseId !== undefined), [
      organizationId,
      firstDay(period),
      firstDay(addMonths(period, 1)),
      defaultCurrency,
      this.billing.now(),
      today,
      addDays(today, settings.paymentTermsDays),
      year,
      settings.invoicePrefix,
      base,
      this.billing.userId,
      ...(leaseId !== undefined ? [leaseId] : []),
    ]);
    if (issued.invoices > 0) {
      await this.tx.query(ADVANCE_COUNTER, [organizationId, 'invoice', year, issued.invoices]);
      await this.outbox.enqueue('billing.invoices-issued', { organizationId, period }, { jobId: jobId('billing.invoices-issued', organizationId, period, leaseId ?? 'run') });
    }
    return issued;
  }

  /**
   * A lease's invoice for a month already invoiced, which its run left out because the lease could
   * not be priced then (no market rate or plan terms in force): once the rate or terms are added,
   * staff issue it here, numbered like the rest. 409 PERIOD_NOT_INVOICED (the month's run will do
   * it), INVOICE_EXISTS, LEASE_UNPRICED (still), LEASE_NOT_IN_PERIOD.
   */
  async issueLate(input: IssueLateInvoiceDto): Promise<InvoiceDetailDto> {
    const organizationId = this.billing.organizationId;
    await this.leases.get(input.leaseId);
    if (!(await this.tx.getRepository(InvoiceRun).existsBy({ organizationId, period: firstDay(input.period) }))) {
      throw new ConflictError('PERIOD_NOT_INVOICED', `${input.period} has not been invoiced yet: its month-end run will invoice this lease.`);
    }
    const today = await this.billing.today();
    await this.tx.query(LOCK_COUNTER, [organizationId, 'invoice', Number(today.slice(0, 4))]); // before looking: a second request at once waits here, then sees the first's invoice
    const existing = await this.tx.getRepository(Invoice).findOneBy({ organizationId, kind: 'invoice', leaseId: input.leaseId, period: firstDay(input.period) });
    if (existing) throw new ConflictError('INVOICE_EXISTS', `${existing.number} invoices this lease for ${input.period} already.`, { invoiceId: existing.id });
    const issued = await this.issue(input.period, today, input.leaseId);
    if (issued.unpriced.length > 0) throw new ConflictError('LEASE_UNPRICED', `The lease cannot be priced for ${input.period}: add the space's market rate or the plan's terms in force then, and try again.`);
    if (issued.invoices === 0) throw new ConflictError('LEASE_NOT_IN_PERIOD', `The lease has no day in ${input.period}.`);
    const invoice = await this.tx.getRepository(Invoice).findOneByOrFail({ organizationId, kind: 'invoice', leaseId: input.leaseId, period: firstDay(input.period) });
    await this.audit.record({ action: 'invoice.issued-late', entityType: 'invoice', entityId: invoice.id, after: { leaseId: input.leaseId, period: input.period, number: invoice.number, totalMinor: invoice.totalMinor } });
    return this.get(invoice.id);
  }

  /**
   * The founders of each invoiced startup hear of the period's invoices, in the app and by email,
   * once per person and invoice (the notification's key): a job delivered twice sends nothing more.
   */
  async notifyIssued(period: string): Promise<number> {
    const invoices = await this.tx.getRepository(Invoice).findBy({ organizationId: this.billing.organizationId, kind: 'invoice', period: firstDay(period) });
    const founders = await this.startups.foundersOf([...new Set(invoices.map((i) => i.startupId))]);
    const items = invoices.flatMap((invoice) =>
      (founders.get(invoice.startupId) ?? []).map((userId) => ({
        userId,
        kind: 'invoice.issued' as const,
        title: `Invoice ${invoice.number} for ${period}`,
        body:
          invoice.totalMinor === 0
            ? `Your rent for ${period} is free of charge: ${formatMoney(invoice.marketMinor, invoice.currency)} of space at market rates, as in-kind support. The invoice is on record; download it as a PDF from its page.`
            : `Your rent invoice ${invoice.number} for ${period}: ${formatMoney(invoice.totalMinor, invoice.currency)}, due ${invoice.dueOn}. Download it as a PDF from its page.`,
        subject: { type: 'invoice', id: invoice.id },
        dedupeKey: `invoice.${invoice.id}`,
        email: true,
      })),
    );
    for (let i = 0; i < items.length; i += 1000) await this.notifications.notify(items.slice(i, i + 1000));
    return items.length;
  }

  // ---- credit notes ----

  /** A credit note against an invoice: at most its open balance (409 CREDIT_EXCEEDS_BALANCE), numbered in its own series. */
  async creditNote(invoiceId: string, input: CreateCreditNoteDto): Promise<InvoiceDto> {
    const invoice = await this.find(invoiceId);
    if (invoice.kind !== 'invoice') throw new ConflictError('NOT_AN_INVOICE', 'A credit note credits an invoice, not another credit note.');
    await this.tx.query(LOCK_STARTUP_BILLING, [invoice.startupId]);
    const view = (await this.views([invoice]))[0];
    if (input.amountMinor > view.balance.amountMinor) {
      throw new ConflictError('CREDIT_EXCEEDS_BALANCE', `Invoice ${invoice.number} has ${formatMoney(view.balance.amountMinor, invoice.currency)} open; a credit note may not exceed that.`, { balanceMinor: view.balance.amountMinor });
    }
    const organizationId = this.billing.organizationId;
    const today = await this.billing.today();
    const year = Number(today.slice(0, 4));
    const [{ last_number: last }]: { last_number: number }[] = await this.tx.query(LOCK_COUNTER, [organizationId, 'credit_note', year]);
    const sequence = last + 1;
    const settings = await this.settings();
    const id = (await this.tx.query(`SELECT uuid_v7() AS id`))[0].id as string;
    await this.tx.getRepository(Invoice).insert({
      id,
      organizationId,
      kind: 'credit_note',
      number: documentNumber(settings.invoicePrefix, 'credit_note', year, sequence),
      year,
      sequence,
      startupId: invoice.startupId,
      leaseId: invoice.leaseId,
      period: null,
      creditsInvoiceId: invoice.id,
      currency: invoice.currency,
      totalMinor: input.amountMinor,
      marketMinor: 0,
      issuedOn: today,
      dueOn: null,
      issuedAt: this.billing.now(),
      reason: input.reason,
      createdBy: this.billing.userId,
    });
    await this.tx.query(ADVANCE_COUNTER, [organizationId, 'credit_note', year, 1]);
    await this.audit.record({ action: 'credit-note.issued', entityType: 'invoice', entityId: invoice.id, after: { creditNoteId: id, amountMinor: input.amountMinor, currency: invoice.currency, reason: input.reason } });
    return (await this.views([await this.find(id)]))[0];
  }

  // ---- settings ----

  async settings(): Promise<BillingSettingsDto> {
    const row = await this.tx.getRepository(BillingSettings).findOneBy({ organizationId: this.billing.organizationId });
    if (row) return { invoicePrefix: row.invoicePrefix, paymentTermsDays: row.paymentTermsDays, firstPeriod: row.firstPeriod ? row.firstPeriod.slice(0, 7) : null };
    const { slug } = await this.organizations.publicProfile();
    return { invoicePrefix: defaultPrefix(slug), paymentTermsDays: 14, firstPeriod: null };
  }

  /**
   * A new prefix applies to numbers given from now on; the count per year goes on (no gap, no
   * restart). The first period may not be a month already invoiced (409 PERIOD_LOCKED).
   */
  async updateSettings(input: UpdateBillingSettingsDto): Promise<BillingSettingsDto> {
    const before = await this.settings();
    const after = {
      invoicePrefix: input.invoicePrefix ?? before.invoicePrefix,
      paymentTermsDays: input.paymentTermsDays ?? before.paymentTermsDays,
      firstPeriod: input.firstPeriod === undefined ? before.firstPeriod : input.firstPeriod,
    };
    if (after.firstPeriod && after.firstPeriod !== before.firstPeriod) {
      const [{ period: lastRun }]: { period: string | null }[] = await this.tx.query(LAST_RUN_PERIOD, [this.billing.organizationId]);
      if (lastRun && after.firstPeriod <= lastRun) throw new ConflictError('PERIOD_LOCKED', `Rent up to ${lastRun} is invoiced already: billing can only start after it.`, { period: lastRun });
    }
    await this.tx
      .getRepository(BillingSettings)
      .upsert({ organizationId: this.billing.organizationId, ...after, firstPeriod: after.firstPeriod ? firstDay(after.firstPeriod) : null, updatedAt: this.billing.now() }, ['organizationId']);
    await this.audit.record({ action: 'billing-settings.updated', entityType: 'organization', entityId: this.billing.organizationId, before, after });
    return after;
  }

  // ---- reading ----

  /** Staff: every invoice and credit note; a founder: their startups'. Newest first. */
  async list(query: InvoiceQueryDto): Promise<InvoicePageDto> {
    const qb = this.tx.getRepository(Invoice).createQueryBuilder('i').where('i.organization_id = :org', { org: this.billing.organizationId }).orderBy('i.id', 'DESC').limit(query.limit + 1);
    const readable = await this.billing.readableStartups();
    if (readable) qb.andWhere('i.startup_id = ANY(:readable)', { readable });
    if (query.startupId) qb.andWhere('i.startup_id = :startupId', { startupId: query.startupId });
    if (query.leaseId) qb.andWhere('i.lease_id = :leaseId', { leaseId: query.leaseId });
    if (query.period) qb.andWhere('i.period = :period', { period: firstDay(query.period) });
    if (query.kind) qb.andWhere('i.kind = :kind', { kind: query.kind });
    const after = decodeCursor(query.cursor);
    if (after) qb.andWhere('i.id < :after', { after });
    const rows = await qb.getMany();
    const views = new Map((await this.views(rows.slice(0, query.limit))).map((v) => [v.id, v]));
    return toPage(rows, query.limit, (row) => views.get(row.id)!);
  }

  /** Its lines, credit notes and payments: staff, or a founder of its startup (anyone else 404). */
  async get(id: string): Promise<InvoiceDetailDto> {
    const invoice = await this.find(id);
    const organizationId = this.billing.organizationId;
    const [view] = await this.views([invoice]);
    const lines = await this.tx.getRepository(InvoiceLine).find({ where: { organizationId, invoiceId: id }, order: { startsOn: 'ASC', id: 'ASC' } });
    const creditNotes = invoice.kind === 'invoice' ? await this.tx.getRepository(Invoice).find({ where: { organizationId, creditsInvoiceId: id }, order: { issuedAt: 'ASC' } }) : [];
    const allocations = await this.tx.getRepository(PaymentAllocation).find({ where: { organizationId, invoiceId: id }, order: { allocatedAt: 'ASC' } });
    const payments = new Map((allocations.length ? await this.tx.getRepository(Payment).findBy({ organizationId, id: In([...new Set(allocations.map((a) => a.paymentId))]) }) : []).map((p) => [p.id, p]));
    return {
      ...view,
      lines: lines.map((l) => ({
        id: l.id,
        description: l.description,
        startsOn: l.startsOn,
        endsOn: l.endsOn,
        days: l.days,
        daysInMonth: l.daysInMonth,
        planKind: l.planKind,
        shareBps: l.shareBps,
        marketMonth: l.marketMonth,
        priceMonth: l.priceMonth,
        amount: { amountMinor: l.amountMinor, currency: l.currency },
        market: { amountMinor: l.marketMinor, currency: l.currency },
      })),
      creditNotes: await this.views(creditNotes),
      allocations: allocations.map((a) => ({
        paymentId: a.paymentId,
        bankReference: payments.get(a.paymentId)?.bankReference ?? '',
        receivedOn: payments.get(a.paymentId)?.receivedOn ?? '',
        amount: { amountMinor: a.amountMinor, currency: view.total.currency },
        manual: a.manual,
      })),
    };
  }

  /** The invoice (or credit note) as a PDF. Same access as get. */
  async pdf(id: string): Promise<{ filename: string; body: Buffer }> {
    const invoice = await this.get(id);
    const { name } = await this.organizations.publicProfile();
    return { filename: `${invoice.number}.pdf`, body: await invoicePdf(invoice, name) };
  }

  private async find(id: string): Promise<Invoice> {
    const invoice = await this.tx.getRepository(Invoice).findOneBy({ organizationId: this.billing.organizationId, id });
    const readable = invoice ? await this.billing.readableStartups() : null;
    if (!invoice || (readable && !readable.includes(invoice.startupId))) throw new NotFoundError('Invoice');
    return invoice;
  }

  /** Views with the startup's name, what is credited and paid, the balance and the status, in a few queries for any number. */
  async views(rows: Invoice[]): Promise<InvoiceDto[]> {
    if (rows.length === 0) return [];
    const organizationId = this.billing.organizationId;
    const names = await this.startups.names([...new Set(rows.map((r) => r.startupId))]);
    const settled = new Map(
      ((await this.tx.query(INVOICE_SETTLEMENTS, [organizationId, rows.map((r) => r.id), null])) as { id: string; credited_minor: string; paid_minor: string }[]).map((s) => [s.id, s]),
    );
    const creditedIds = [...new Set(rows.map((r) => r.creditsInvoiceId).filter((x): x is string => x !== null))];
    const credited = new Map((creditedIds.length ? await this.tx.getRepository(Invoice).findBy({ organizationId, id: In(creditedIds) }) : []).map((i) => [i.id, i.number]));
    const today = await this.billing.today();
    return rows.map((r) => {
      const money = (amountMinor: number) => ({ amountMinor, currency: r.currency });
      const creditedMinor = Number(settled.get(r.id)?.credited_minor ?? 0);
      const paidMinor = Number(settled.get(r.id)?.paid_minor ?? 0);
      const balance = r.kind === 'invoice' ? r.totalMinor - creditedMinor - paidMinor : 0;
      return {
        id: r.id,
        kind: r.kind,
        number: r.number,
        startupId: r.startupId,
        startupName: names.get(r.startupId) ?? '',
        leaseId: r.leaseId,
        period: r.period ? r.period.slice(0, 7) : null,
        creditsInvoiceId: r.creditsInvoiceId,
        creditsInvoiceNumber: r.creditsInvoiceId ? (credited.get(r.creditsInvoiceId) ?? null) : null,
        total: money(r.totalMinor),
        market: money(r.marketMinor),
        credited: money(creditedMinor),
        paid: money(paidMinor),
        balance: money(balance),
        status: invoiceStatus(r, balance, paidMinor, today),
        issuedOn: r.issuedOn,
        dueOn: r.dueOn,
        issuedAt: r.issuedAt.toISOString(),
        reason: r.reason,
      };
    });
  }
}

/** The status of an invoice from its balance, on the organization's `today`. */
export function invoiceStatus(invoice: Pick<Invoice, 'kind' | 'totalMinor' | 'dueOn'>, balanceMinor: number, paidMinor: number, today: string): InvoiceStatus {
  if (invoice.kind === 'credit_note') return 'credit_note';
  if (invoice.totalMinor === 0) return 'no_charge';
  if (balanceMinor > 0) return invoice.dueOn !== null && invoice.dueOn < today ? 'overdue' : 'open';
  return paidMinor > 0 ? 'paid' : 'credited';
}

