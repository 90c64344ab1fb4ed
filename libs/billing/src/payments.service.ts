import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditService, ConflictError, decodeCursor, ForbiddenError, formatMoney, newId, NotFoundError, toPage, ValidationFailedError } from '@hatchery/core';
import { StartupsService } from '@hatchery/startups';
import { BillingContext } from './billing-context';
import { AllocatePaymentDto, ArrearsQueryDto, CreditBalanceQueryDto, PaymentAllocationInputDto, PaymentQueryDto, RecordPaymentDto, RevenueQueryDto } from './dto/payments.dto';
import { ArrearsAmountsDto, ArrearsReportDto, CreditBalanceListDto, PaymentDetailDto, PaymentDto, PaymentPageDto, RevenueReportDto } from './dto/payments.response.dto';
import { Invoice } from './entities/invoice.entity';
import { Payment, PaymentAllocation } from './entities/payment.entity';
import { LOCK_STARTUP_BILLING } from './invoices.service';
import { agingBucket, Allocation, allocateOldestFirst } from './payment-rules';
import { ARREARS_AGING, ARREARS_INVOICES, CREDIT_BALANCES, INSERT_ALLOCATIONS, INSERT_PAYMENT, INVOICE_BALANCES, OPEN_INVOICES, PAYMENT_BY_REFERENCE, PAYMENTS_ALLOCATED, REVENUE_BY_MONTH, UNALLOCATED_PAYMENTS } from './payments.sql';
import { addMonths, firstDay, periodOf } from './period-rules';

const MAX_REVENUE_MONTHS = 120;

/**
 * Payments received from startups and their allocation to invoices; credit balances; arrears aging
 * as of any day; rent revenue per month.
 *
 * Every change to a startup's balances runs under its advisory lock (LOCK_STARTUP_BILLING, also
 * taken by credit notes) in the request's transaction, and reads balances only after taking it: two
 * payments at once, or a payment and a credit note, never take an invoice below zero. Payments and
 * allocations are insert-only; an error rolls the whole request back.
 */
@Injectable()
export class PaymentsService {
  constructor(
    private readonly billing: BillingContext,
    private readonly startups: StartupsService,
    private readonly audit: AuditService,
  ) {}

  private get tx() {
    return this.billing.tx;
  }

  // ---- recording and allocating ----

  /**
   * Records a payment once per bank reference (409 PAYMENT_DUPLICATE with the payment that has it)
   * and allocates it: without `allocations` to the startup's open invoices in its currency, oldest
   * first; with them, exactly those. What is left is the startup's credit balance.
   */
  async record(input: RecordPaymentDto): Promise<PaymentDetailDto> {
    await this.startups.find(input.startupId);
    if (input.amount.amountMinor < 1) throw new ValidationFailedError([{ field: 'amount.amountMinor', message: 'amountMinor must be more than 0' }]);
    const today = await this.billing.today();
    if (input.receivedOn > today) throw new ValidationFailedError([{ field: 'receivedOn', message: `receivedOn must not be after today (${today} in the organization's timezone)` }]);
    this.checkDistinct(input.allocations);
    const organizationId = this.billing.organizationId;
    await this.tx.query(LOCK_STARTUP_BILLING, [input.startupId]);
    const id = newId();
    const bankReference = input.bankReference;
    const inserted: unknown[] = await this.tx.query(INSERT_PAYMENT, [
      id,
      organizationId,
      input.startupId,
      input.receivedOn,
      input.amount.amountMinor,
      input.amount.currency,
      bankReference,
      input.note ?? null,
      this.billing.userId,
      this.billing.now(),
    ]);
    if (inserted.length === 0) {
      const [existing]: { id: string }[] = await this.tx.query(PAYMENT_BY_REFERENCE, [organizationId, bankReference]);
      throw new ConflictError('PAYMENT_DUPLICATE', `A payment with bank reference ${bankReference} is recorded already.`, { paymentId: existing?.id ?? null });
    }
    const payment = { id, startupId: input.startupId, amountMinor: input.amount.amountMinor, currency: input.amount.currency };
    const allocations = input.allocations ? await this.checkManual(payment, input.allocations, payment.amountMinor) : await this.oldestFirst(payment, payment.amountMinor);
    await this.insertAllocations(id, allocations, input.allocations !== undefined);
    await this.audit.record({
      action: 'payment.recorded',
      entityType: 'payment',
      entityId: id,
      after: { startupId: input.startupId, receivedOn: input.receivedOn, amountMinor: payment.amountMinor, currency: payment.currency, bankReference, allocations, manual: input.allocations !== undefined },
    });
    return this.get(id);
  }

  /**
   * Allocates what is unallocated of a payment (a credit balance) to invoices: without `allocations`
   * to the startup's open invoices in its currency, oldest first (nothing open: nothing changes);
   * with them, exactly those.
   */
  async allocate(paymentId: string, input: AllocatePaymentDto): Promise<PaymentDetailDto> {
    const found = await this.tx.getRepository(Payment).findOneBy({ organizationId: this.billing.organizationId, id: paymentId });
    if (!found) throw new NotFoundError('Payment');
    this.checkDistinct(input.allocations);
    await this.tx.query(LOCK_STARTUP_BILLING, [found.startupId]);
    const unallocated = found.amountMinor - ((await this.allocated([paymentId])).get(paymentId) ?? 0);
    const payment = { id: found.id, startupId: found.startupId, amountMinor: found.amountMinor, currency: found.currency };
    const allocations = input.allocations ? await this.checkManual(payment, input.allocations, unallocated) : await this.oldestFirst(payment, unallocated);
    if (allocations.length > 0) {
      await this.insertAllocations(paymentId, allocations, input.allocations !== undefined);
      await this.audit.record({ action: 'payment.allocated', entityType: 'payment', entityId: paymentId, after: { allocations, manual: input.allocations !== undefined } });
    }
    return this.get(paymentId);
  }

  /**
   * Credit balances pay what is open: for each startup and currency with credit, its payments'
   * unallocated amounts (received first, first) go to its open invoices, oldest first, under the
   * startup's lock. Run after a month's invoices are issued, before reminders. Returns the
   * allocations made.
   */
  async applyCredits(): Promise<number> {
    const organizationId = this.billing.organizationId;
    const credits: { startup_id: string; currency: string }[] = await this.tx.query(CREDIT_BALANCES, [organizationId, null, null]);
    let made = 0;
    for (const { startup_id: startupId, currency } of credits) {
      await this.tx.query(LOCK_STARTUP_BILLING, [startupId]);
      const payments: { id: string; unallocated_minor: string }[] = await this.tx.query(UNALLOCATED_PAYMENTS, [organizationId, startupId, currency]);
      for (const payment of payments) {
        const allocations = await this.oldestFirst({ startupId, currency }, Number(payment.unallocated_minor));
        if (allocations.length === 0) break; // nothing open any more
        await this.insertAllocations(payment.id, allocations, false);
        await this.audit.record({ action: 'payment.allocated', entityType: 'payment', entityId: payment.id, after: { allocations, manual: false, cause: 'credit balance applied' } });
        made += allocations.length;
      }
    }
    return made;
  }

  private checkDistinct(allocations: PaymentAllocationInputDto[] | undefined): void {
    if (!allocations) return;
    const seen = new Set<string>();
    allocations.forEach((a, index) => {
      if (seen.has(a.invoiceId)) throw new ValidationFailedError([{ field: `allocations.${index}.invoiceId`, message: 'each invoice once' }]);
      seen.add(a.invoiceId);
    });
  }

  /** Oldest first over the startup's open invoices in the payment's currency (read under the startup's lock). */
  private async oldestFirst(payment: { startupId: string; currency: string }, availableMinor: number): Promise<Allocation[]> {
    if (availableMinor <= 0) return [];
    const open: { id: string; number: string; issued_on: string; due_on: string; balance_minor: string }[] = await this.tx.query(OPEN_INVOICES, [this.billing.organizationId, payment.startupId, payment.currency]);
    return allocateOldestFirst(
      open.map((o) => ({ id: o.id, number: o.number, issuedOn: o.issued_on, dueOn: o.due_on, balanceMinor: Number(o.balance_minor) })),
      availableMinor,
    ).allocations;
  }

  /**
   * A manual allocation: each an invoice of the payment's startup (404), an invoice and not a credit
   * note (409 NOT_AN_INVOICE), in the payment's currency (409 CURRENCY_MISMATCH), at most its open
   * balance (409 ALLOCATION_EXCEEDS_BALANCE); together at most what the payment has unallocated
   * (409 ALLOCATION_EXCEEDS_PAYMENT).
   */
  private async checkManual(payment: { startupId: string; currency: string }, requested: PaymentAllocationInputDto[], availableMinor: number): Promise<Allocation[]> {
    if (requested.length === 0) return [];
    const rows: { id: string; kind: string; startup_id: string; number: string; currency: string; balance_minor: string }[] = await this.tx.query(INVOICE_BALANCES, [
      this.billing.organizationId,
      requested.map((r) => r.invoiceId),
    ]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const r of requested) {
      const invoice = byId.get(r.invoiceId);
      if (!invoice || invoice.startup_id !== payment.startupId) throw new NotFoundError('Invoice');
    }
    for (const r of requested) {
      const invoice = byId.get(r.invoiceId)!;
      if (invoice.kind !== 'invoice') throw new ConflictError('NOT_AN_INVOICE', `${invoice.number} is a credit note: a payment is allocated to invoices.`, { invoiceId: invoice.id });
      if (invoice.currency !== payment.currency) {
        throw new ConflictError('CURRENCY_MISMATCH', `Invoice ${invoice.number} is in ${invoice.currency}; the payment is in ${payment.currency}.`, { invoiceId: invoice.id, invoiceCurrency: invoice.currency, paymentCurrency: payment.currency });
      }
      const balance = Number(invoice.balance_minor);
      if (r.amountMinor > balance) {
        throw new ConflictError('ALLOCATION_EXCEEDS_BALANCE', `Invoice ${invoice.number} has ${formatMoney(balance, invoice.currency)} open.`, { invoiceId: invoice.id, balanceMinor: balance });
      }
    }
    const sum = requested.reduce((total, r) => total + r.amountMinor, 0);
    if (sum > availableMinor) {
      throw new ConflictError('ALLOCATION_EXCEEDS_PAYMENT', `The allocations add up to ${formatMoney(sum, payment.currency)}; the payment has ${formatMoney(availableMinor, payment.currency)} unallocated.`, {
        unallocatedMinor: availableMinor,
      });
    }
    return requested.map((r) => ({ invoiceId: r.invoiceId, amountMinor: r.amountMinor }));
  }

  private async insertAllocations(paymentId: string, allocations: Allocation[], manual: boolean): Promise<void> {
    if (allocations.length === 0) return;
    await this.tx.query(INSERT_ALLOCATIONS, [
      this.billing.organizationId,
      paymentId,
      allocations.map(() => newId()),
      allocations.map((a) => a.invoiceId),
      allocations.map((a) => a.amountMinor),
      manual,
      this.billing.now(),
      this.billing.userId,
    ]);
  }

  // ---- reading ----

  /** Staff: every payment (filter by startup); a founder: their startups'. Newest first. */
  async list(query: PaymentQueryDto): Promise<PaymentPageDto> {
    const qb = this.tx.getRepository(Payment).createQueryBuilder('p').where('p.organization_id = :org', { org: this.billing.organizationId }).orderBy('p.id', 'DESC').limit(query.limit + 1);
    const readable = await this.billing.readableStartups();
    if (readable) qb.andWhere('p.startup_id = ANY(:readable)', { readable });
    if (query.startupId) qb.andWhere('p.startup_id = :startupId', { startupId: query.startupId });
    const after = decodeCursor(query.cursor);
    if (after) qb.andWhere('p.id < :after', { after });
    const rows = await qb.getMany();
    const views = new Map((await this.views(rows.slice(0, query.limit))).map((v) => [v.id, v]));
    return toPage(rows, query.limit, (row) => views.get(row.id)!);
  }

  /** A payment with its allocations: staff, or a founder of its startup (anyone else 404). */
  async get(id: string): Promise<PaymentDetailDto> {
    const organizationId = this.billing.organizationId;
    const payment = await this.tx.getRepository(Payment).findOneBy({ organizationId, id });
    const readable = payment ? await this.billing.readableStartups() : null;
    if (!payment || (readable && !readable.includes(payment.startupId))) throw new NotFoundError('Payment');
    const [view] = await this.views([payment]);
    const allocations = await this.tx.getRepository(PaymentAllocation).find({ where: { organizationId, paymentId: id }, order: { allocatedAt: 'ASC', id: 'ASC' } });
    const invoiceIds = [...new Set(allocations.map((a) => a.invoiceId))];
    const numbers = new Map((invoiceIds.length ? await this.tx.getRepository(Invoice).find({ select: { id: true, number: true }, where: { organizationId, id: In(invoiceIds) } }) : []).map((i) => [i.id, i.number]));
    return {
      ...view,
      allocations: allocations.map((a) => ({
        invoiceId: a.invoiceId,
        invoiceNumber: numbers.get(a.invoiceId) ?? '',
        amount: { amountMinor: a.amountMinor, currency: payment.currency },
        manual: a.manual,
        allocatedAt: a.allocatedAt.toISOString(),
      })),
    };
  }

  private async allocated(paymentIds: string[]): Promise<Map<string, number>> {
    if (paymentIds.length === 0) return new Map();
    const rows: { payment_id: string; allocated_minor: string }[] = await this.tx.query(PAYMENTS_ALLOCATED, [this.billing.organizationId, paymentIds]);
    return new Map(rows.map((r) => [r.payment_id, Number(r.allocated_minor)]));
  }

  private async views(rows: Payment[]): Promise<PaymentDto[]> {
    if (rows.length === 0) return [];
    const names = await this.startups.names([...new Set(rows.map((r) => r.startupId))]);
    const allocated = await this.allocated(rows.map((r) => r.id));
    return rows.map((p) => {
      const money = (amountMinor: number) => ({ amountMinor, currency: p.currency });
      const done = allocated.get(p.id) ?? 0;
      return {
        id: p.id,
        startupId: p.startupId,
        startupName: names.get(p.startupId) ?? '',
        receivedOn: p.receivedOn,
        amount: money(p.amountMinor),
        allocated: money(done),
        unallocated: money(p.amountMinor - done),
        bankReference: p.bankReference,
        note: p.note,
        createdAt: p.createdAt.toISOString(),
      };
    });
  }

  /** The startups a report may show: a founder only their own, and only one they name. */
  private async reportScope(startupId: string | undefined): Promise<string[] | null> {
    const readable = await this.billing.readableStartups();
    if (startupId) {
      if (readable ? !readable.includes(startupId) : !(await this.startups.names([startupId])).has(startupId)) throw new NotFoundError('Startup');
    }
    return readable;
  }

  /** Unallocated payments per startup and currency (everything recorded). */
  async creditBalances(query: CreditBalanceQueryDto): Promise<CreditBalanceListDto> {
    const readable = await this.reportScope(query.startupId);
    const rows: { startup_id: string; currency: string; credit_minor: string; payments: number }[] = await this.tx.query(CREDIT_BALANCES, [this.billing.organizationId, query.startupId ?? null, readable]);
    const names = await this.startups.names([...new Set(rows.map((r) => r.startup_id))]);
    const items = rows.map((r) => ({ startupId: r.startup_id, startupName: names.get(r.startup_id) ?? '', credit: { amountMinor: Number(r.credit_minor), currency: r.currency }, payments: r.payments }));
    items.sort((a, b) => a.startupName.localeCompare(b.startupName) || a.startupId.localeCompare(b.startupId) || a.credit.currency.localeCompare(b.credit.currency));
    return { items };
  }

  /**
   * Arrears aging as of a day (default today in the organization's timezone), per startup and
   * currency and per currency over them, in one query; with startupId also its open invoices (a
   * second). A founder must name one of their startups (403 without one).
   */
  async arrears(query: ArrearsQueryDto): Promise<ArrearsReportDto> {
    if (!this.billing.isStaff() && !query.startupId) throw new ForbiddenError('A founder reads the arrears of their own startup: give its startupId.');
    const readable = await this.reportScope(query.startupId);
    const asOf = query.asOf ?? (await this.billing.today());
    const params = [this.billing.organizationId, asOf, query.startupId ?? null, readable];
    const rows: {
      is_total: number;
      startup_id: string | null;
      currency: string;
      not_due: string;
      d0_30: string;
      d31_60: string;
      d61_90: string;
      d90_plus: string;
      credit: string;
      open_invoices: number;
      overdue_invoices: number;
      startups: number;
    }[] = await this.tx.query(ARREARS_AGING, params);
    const names = await this.startups.names([...new Set(rows.map((r) => r.startup_id).filter((s): s is string => s !== null))]);
    const amounts = (r: (typeof rows)[number]): ArrearsAmountsDto => {
      const money = (value: string | number) => ({ amountMinor: Number(value), currency: r.currency });
      const overdue = Number(r.d0_30) + Number(r.d31_60) + Number(r.d61_90) + Number(r.d90_plus);
      return {
        currency: r.currency,
        notDue: money(r.not_due),
        days0To30: money(r.d0_30),
        days31To60: money(r.d31_60),
        days61To90: money(r.d61_90),
        days90Plus: money(r.d90_plus),
        overdue: money(overdue),
        outstanding: money(overdue + Number(r.not_due)),
        creditBalance: money(r.credit),
        openInvoices: r.open_invoices,
        overdueInvoices: r.overdue_invoices,
      };
    };
    const startups = rows
      .filter((r) => Number(r.is_total) === 0)
      .map((r) => ({ startupId: r.startup_id!, startupName: names.get(r.startup_id!) ?? '', ...amounts(r) }))
      .sort((a, b) => a.startupName.localeCompare(b.startupName) || a.startupId.localeCompare(b.startupId) || a.currency.localeCompare(b.currency));
    const totals = rows.filter((r) => Number(r.is_total) === 1).map((r) => ({ ...amounts(r), startups: r.startups }));
    const invoices: { id: string; number: string; period: string; issued_on: string; due_on: string; days: number; currency: string; balance_minor: string }[] = query.startupId ? await this.tx.query(ARREARS_INVOICES, params) : [];
    return {
      asOf,
      startups,
      totals,
      invoices: invoices.map((i) => ({
        invoiceId: i.id,
        number: i.number,
        period: i.period,
        issuedOn: i.issued_on,
        dueOn: i.due_on,
        daysOverdue: i.days,
        bucket: agingBucket(i.days),
        balance: { amountMinor: Number(i.balance_minor), currency: i.currency },
      })),
    };
  }

  /** Rent invoiced (net of credit notes issued in the month) and collected, per month and currency, in one query. */
  async revenue(query: RevenueQueryDto): Promise<RevenueReportDto> {
    const to = query.to ?? periodOf(await this.billing.today());
    const from = query.from ?? addMonths(to, -11);
    if (from > to) throw new ValidationFailedError([{ field: 'from', message: 'from must not be after to' }]);
    if (from < addMonths(to, -(MAX_REVENUE_MONTHS - 1))) throw new ValidationFailedError([{ field: 'from', message: `at most ${MAX_REVENUE_MONTHS} months at once` }]);
    const rows: { month: string; stream: 'rent'; currency: string; invoiced_minor: string; credited_minor: string; collected_minor: string; invoices: number }[] = await this.tx.query(REVENUE_BY_MONTH, [
      this.billing.organizationId,
      firstDay(from),
      firstDay(to),
    ]);
    return {
      from,
      to,
      rows: rows.map((r) => {
        const money = (amountMinor: number) => ({ amountMinor, currency: r.currency });
        return {
          month: r.month,
          stream: r.stream,
          currency: r.currency,
          invoiced: money(Number(r.invoiced_minor)),
          credited: money(Number(r.credited_minor)),
          netInvoiced: money(Number(r.invoiced_minor) - Number(r.credited_minor)),
          collected: money(Number(r.collected_minor)),
          invoices: r.invoices,
        };
      }),
    };
  }
}
